#include "analysis/gap.hpp"

#include <algorithm>

namespace bangkom::analysis {

double Multiplier(bool approved_proposal, bool weak_performance, const Settings& settings) {
    return 1.0 + (approved_proposal ? settings.proposal_multiplier : 0.0) +
           (weak_performance ? settings.performance_multiplier : 0.0);
}

PairGap ComputePairGap(const Requirement& r, std::optional<double> held, double multiplier, const Settings& settings) {
    if (!held) return {};
    PairGap g;
    g.gap = std::max(0.0, r.required - *held);
    g.target_gap = std::max(0.0, r.target_required - std::max(*held, r.required));
    g.weight = r.weight * multiplier;
    g.target_weight = settings.target_weight_factor * r.target_weight * multiplier;
    return g;
}

}  // namespace bangkom::analysis
