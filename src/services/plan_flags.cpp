#include "services/plan_flags.hpp"

#include <map>
#include <tuple>

namespace bangkom::services {

std::vector<ProgramReview> ReviewPrograms(const std::vector<evaluation::YearEvaluation>& years,
                                          const std::vector<RecordedRevision>& revisions) {
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
    std::vector<ProgramReview> out;
    for (const auto& [program, offering] : latest) {
        if (offering->verdict != Verdict::tidak_signifikan && offering->verdict != Verdict::menurun) continue;
        ProgramReview review{offering, 0};
        const RecordedRevision* lifting = nullptr;
        for (const auto& r : revisions) {
            if (r.program != program || r.date < offering->end) continue;
            if (lifting == nullptr || std::tie(r.date, r.id) > std::tie(lifting->date, lifting->id)) lifting = &r;
        }
        if (lifting != nullptr) review.revision = lifting->id;
        out.push_back(review);
    }
    return out;
}

std::vector<ProgramFlag> ProgramFlags(const std::vector<evaluation::YearEvaluation>& years, double factor,
                                      const std::vector<RecordedRevision>& revisions) {
    std::vector<ProgramFlag> flags;
    for (const auto& review : ReviewPrograms(years, revisions)) {
        const auto& o = *review.offering;
        flags.push_back({o.program, o.offering, std::string(evaluation::Code(o.verdict)),
                         review.revision == 0 ? factor : 1.0, review.revision});
    }
    return flags;
}

}  // namespace bangkom::services
