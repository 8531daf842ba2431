#pragma once
// The Lagrangian relaxation of budgets (4) and seats (5): with a price per Rupiah of each agency and per seat
// of each offering, the model splits into one small problem per employee (choose a subset of its candidates
// under its own constraints 3, 6, 7 maximizing value − price), solved exactly by branch and bound (the value
// is submodular, so the sum of the remaining single-item gains bounds any completion). For any prices ≥ 0,
//   L = Σ_a price_a·B(a) + Σ_o price_o·cap(o) + Σ_e best_e
// is a proven upper bound on the optimum; subgradient steps on the prices make it tight.

#include <cstdint>
#include <functional>
#include <span>
#include <vector>

#include "planning/fast_problem.hpp"

namespace bangkom::planning::fast {

/// Prices: per seat of each offering, and per Problem::cost_unit Rupiah of each agency's budget (so that both
/// kinds are of the same magnitude and one subgradient step suits both).
struct Multipliers {
    std::vector<double> budget;  // per agency
    std::vector<double> seat;    // per offering (0 for unlimited ones)
};

Multipliers ZeroMultipliers(const Problem& problem);

/// price(item) = budget[a]·k/cost_unit + seat[o], per Problem::items.
std::vector<double> ItemPrices(const Problem& problem, const Multipliers& multipliers);

struct SubproblemResult {
    double value = 0;  // of `items`: Σ gains − prices
    double upper = 0;  // proven ≥ the subproblem's optimum (= value unless the node limit stopped the search)
    std::vector<uint32_t> items;
    int64_t nodes = 0;
};

/// Solves employee e's subproblem under `price` (per item). `node_limit` caps the search (the result stays a
/// valid upper bound through `upper`).
SubproblemResult SolveSubproblem(const Problem& problem, uint32_t e, std::span<const double> price,
                                 int64_t node_limit = 200);

struct LagrangianOptions {
    int iterations = 60;
    int threads = 1;
    /// The value of the best known plan (for the step size); updated through `on_prices`.
    double lower = 0;
    /// Called after some iterations with the current item prices; returns the value of the plan it built
    /// from them (or a negative number), which sharpens the step size.
    std::function<double(std::span<const double> price)> on_prices;
    int prices_every = 5;
    /// Asked before each iteration; true stops (a time limit). Empty = run all iterations.
    std::function<bool()> stop;
};

struct LagrangianResult {
    double bound = 0;  // the smallest L seen: a proven upper bound
    Multipliers best;  // the prices that gave it
    int iterations = 0;
};

LagrangianResult SolveLagrangian(const Problem& problem, const LagrangianOptions& options);

}  // namespace bangkom::planning::fast
