#include "evaluation/year.hpp"

#include <utility>

#include "evaluation/stats.hpp"

namespace bangkom::evaluation {

YearEvaluation EvaluateYear(int year, std::vector<OfferingEvaluation> offerings) {
    YearEvaluation out;
    out.year = year;
    out.offerings = std::move(offerings);
    out.q.assign(out.offerings.size(), std::nullopt);
    std::vector<double> p;
    std::vector<size_t> at;
    for (size_t i = 0; i < out.offerings.size(); ++i) {
        const auto& e = out.offerings[i];
        ++out.counts[static_cast<size_t>(e.verdict)];
        if (e.primary.level == Level::none) continue;
        p.push_back(e.primary.p);
        at.push_back(i);
    }
    const std::vector<double> q = BenjaminiHochberg(p);
    for (size_t k = 0; k < at.size() && k < q.size(); ++k) out.q[at[k]] = q[k];
    return out;
}

}  // namespace bangkom::evaluation
