#pragma once
// The two solvers behind one shape (PLANNING.md "What the optimizer must give").

#include "planning/solution.hpp"

namespace bangkom::planning {

/// Fast: greedy by marginal value per Rupiah, repair and local search, agencies in parallel where budgets
/// separate them; bound from a Lagrangian/LP relaxation of the tightened model. For a province or the nation.
Result<Solution> SolveFast(const Model& model, const SolveOptions& options = {});

/// Exact: the model (coefficient-tightened as PLANNING.md says) solved by COIN-OR CBC. For small scopes and
/// for checking; stops at the time limit with its best plan and bound (optimal = false then).
Result<Solution> SolveExact(const Model& model, const SolveOptions& options = {});

}  // namespace bangkom::planning
