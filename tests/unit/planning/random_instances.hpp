#pragma once
// The random instances on which the solvers are compared (exact vs the cbc command, fast vs exact).

#include "random_model.hpp"

namespace bangkom::planning::testing {

inline constexpr int kAgreementInstances = 40;

/// Mostly 4-10 employees; every fifth a little larger (20-30) so that seats and budgets interact more.
inline Model AgreementInstance(int i) {
    return i % 5 == 4 ? RandomModel(1000 + i, RandomModelOptions{20, 30, 3}) : RandomModel(1000 + i);
}

}  // namespace bangkom::planning::testing
