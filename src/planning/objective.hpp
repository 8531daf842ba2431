#pragma once
// The plan's value (PLANNING.md objective) computed from assignments: per employee, the best split of what
// the chosen offerings raise over z1/z2 (higher weight first), minus λ per JP short of T.

#include <span>

#include "planning/model.hpp"

namespace bangkom::planning {

struct EmployeeScore {
    double closure = 0;  // Σ w1·z1 + w2·z2
    int jp = 0;          // Σ j(o) over the chosen offerings
    int shortfall = 0;   // max(0, T − j0 − jp)
    int64_t cost = 0;
    double value = 0;  // closure − λ·shortfall
};

/// The score of employee `e` taking `offerings` (indices into model.offerings; order irrelevant).
EmployeeScore ScoreEmployee(const Model& model, uint32_t e, std::span<const uint32_t> offerings);

/// What employee e would close per need: z1 and z2 for each of model.employees[e].needs, in that order.
struct Closure {
    double z1 = 0, z2 = 0;
};
std::vector<Closure> CloseNeeds(const Model& model, uint32_t e, std::span<const uint32_t> offerings);

}  // namespace bangkom::planning
