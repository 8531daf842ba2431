#pragma once
// Deterministic random small planning models for the solver and checker tests: the same seed gives the same
// Model on every platform (own integer draws on std::mt19937_64, no std distributions). Budgets bind, seats
// are few, classes overlap, some employees have JP already (a few beyond T or the cap), some needs cannot be
// raised by any program, and candidates follow PLANNING.md (offerings that raise a need, plus the free ones).

#include <cstdint>

#include "planning/model.hpp"

namespace bangkom::planning::testing {

struct RandomModelOptions {
    int min_employees = 4;
    int max_employees = 10;
    int agencies = 2;  // 1..agencies are drawn
};

Model RandomModel(uint64_t seed, const RandomModelOptions& options = {});

}  // namespace bangkom::planning::testing
