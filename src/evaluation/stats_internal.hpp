#pragma once
// Helpers shared by the statistics sources (not part of the pinned stats.hpp interface).

namespace bangkom::evaluation {

/// Two-sided p of a standard normal z: 2 · P(Z > |z|), from the upper tail so small p keep their precision.
double TwoSidedNormal(double z);

}  // namespace bangkom::evaluation
