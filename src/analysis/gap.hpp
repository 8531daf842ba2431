#pragma once
// PLANNING.md's gaps, multiplier and weights for one (employee, competency) pair.

#include <optional>

#include "analysis/settings.hpp"

namespace bangkom::analysis {

/// The requirement of one competency for one employee: current position (rc, bc) and target position (rt, bt);
/// 0 where the position does not require it.
struct Requirement {
    double required = 0;
    double weight = 0;
    double target_required = 0;
    double target_weight = 0;
};

struct PairGap {
    double gap = 0;            // g1 = max(0, rc - h)
    double target_gap = 0;     // g2 = max(0, rt - max(h, rc))
    double weight = 0;         // w1 = bc·m
    double target_weight = 0;  // w2 = target_weight_factor·bt·m
};

/// m(e,c) = 1 + proposal_multiplier·[approved proposal for c this year] + performance_multiplier·[weak SKP].
double Multiplier(bool approved_proposal, bool weak_performance, const Settings& settings);

/// Gaps and weights of a pair with a held level `held`; without one (not assessed) every figure is 0:
/// the pair is listed for assessment and adds nothing to the need.
PairGap ComputePairGap(const Requirement& r, std::optional<double> held, double multiplier, const Settings& settings);

/// w1·g1 + w2·g2.
inline double WeightedNeed(const PairGap& g) {
    return g.weight * g.gap + g.target_weight * g.target_gap;
}

}  // namespace bangkom::analysis
