#include "services/plan_flags.hpp"

#include <map>
#include <tuple>

namespace bangkom::services {

std::vector<ProgramFlag> ProgramFlags(const std::vector<evaluation::YearEvaluation>& years, double factor) {
    using evaluation::Verdict;
    std::map<std::string, const evaluation::OfferingEvaluation*> latest;
    const auto later = [](const evaluation::OfferingEvaluation& a, const evaluation::OfferingEvaluation& b) {
        return std::tie(a.end, a.start, a.offering) > std::tie(b.end, b.start, b.offering);
    };
    for (const auto& year : years) {
        for (const auto& offering : year.offerings) {
            if (offering.verdict == Verdict::data_kurang) continue;
            auto [it, added] = latest.emplace(offering.program, &offering);
            if (!added && later(offering, *it->second)) it->second = &offering;
        }
    }
    std::vector<ProgramFlag> flags;
    for (const auto& [program, offering] : latest) {
        if (offering->verdict != Verdict::tidak_signifikan && offering->verdict != Verdict::menurun) continue;
        flags.push_back({program, offering->offering, std::string(evaluation::Code(offering->verdict)), factor});
    }
    return flags;
}

}  // namespace bangkom::services
