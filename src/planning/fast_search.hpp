#pragma once
// Local search on a feasible fast::State: every move keeps the plan feasible and strictly raises its value.
//  - re-pick: an employee drops one offering for a better one that now fits (budget, seats, days, program);
//  - seat exchange: in a full class, the taker who loses least (after moving to their best alternative) gives
//    the seat to the outsider who gains most, when the gain exceeds the loss;
//  - fill: the greedy adds whatever still fits.

#include "planning/fast_state.hpp"

namespace bangkom::planning::fast {

/// Improves `state` in place; deterministic. `rounds` bounds the passes over all moves.
void ImprovePlan(State& state, int rounds = 4);

}  // namespace bangkom::planning::fast
