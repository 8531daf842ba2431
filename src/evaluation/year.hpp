#pragma once
// A year's evaluation: every offering's verdict with Benjamini–Hochberg q-values beside the p-values of the
// primary outcomes (EVALUATION.md "Many programs at once"). Offerings without a primary outcome (data_kurang)
// take no part in the adjustment and have no q-value.

#include <array>
#include <optional>
#include <vector>

#include "evaluation/verdict.hpp"

namespace bangkom::evaluation {

struct YearEvaluation {
    int year = 0;
    std::vector<OfferingEvaluation> offerings;
    std::vector<std::optional<double>> q;  // per offering, same order; nullopt without a primary outcome
    std::array<int, 4> counts{};           // per Verdict, in enum order
};

/// The offerings in the given order with their q-values and the count per verdict.
YearEvaluation EvaluateYear(int year, std::vector<OfferingEvaluation> offerings);

}  // namespace bangkom::evaluation
