#pragma once
// A plan under construction for the fast solver: chosen items per employee, raised levels, JP, budget and
// seats left. Every Add keeps all constraints of PLANNING.md (CanAdd checks them), so a State is always a
// feasible plan. The greedy (marginal value per Rupiah, or reduced value under Lagrangian prices) fills it.

#include <cstdint>
#include <span>
#include <vector>

#include "planning/fast_problem.hpp"
#include "planning/solution.hpp"

namespace bangkom::planning::fast {

class State {
  public:
    explicit State(const Problem& problem);

    const Problem& problem() const { return *problem_; }
    const std::vector<uint32_t>& Chosen(uint32_t e) const { return chosen_[e]; }
    std::span<const double> Raised(uint32_t e) const;
    int Jp(uint32_t e) const { return jp_[e]; }
    int64_t BudgetLeft(uint32_t agency) const { return budget_left_[agency]; }
    int SeatsLeft(uint32_t offering) const { return seats_left_[offering]; }

    /// Employee-local constraints only: program not taken, no shared attendance day, JP cap.
    bool FitsEmployee(uint32_t e, uint32_t item) const;
    /// Everything: FitsEmployee, the agency budget and the seats.
    bool CanAdd(uint32_t e, uint32_t item) const;
    double GainOf(uint32_t e, uint32_t item) const;
    double LossOf(uint32_t e, uint32_t item) const;
    void Add(uint32_t e, uint32_t item);
    void Remove(uint32_t e, uint32_t item);

    /// The objective of PLANNING.md (sum over employees), recomputed from scratch.
    double Value() const;
    std::vector<Assignment> Assignments() const;

  private:
    const Problem* problem_;
    std::vector<std::vector<uint32_t>> chosen_;
    std::vector<double> raised_;
    std::vector<int> jp_;
    std::vector<int64_t> budget_left_;
    std::vector<int> seats_left_;  // a large number for unlimited offerings
};

/// How the greedy orders candidates. `ratio`: free items by gain first, then paid ones by gain per Rupiah
/// (the baseline). `priced`: by gain − price(item) (Lagrangian reduced value), only while that is positive.
enum class GreedyOrder { ratio, priced };

/// Adds items to `state` in the given order until nothing with a positive key fits. `price` is per item
/// (Problem::items), used by `priced` only. Deterministic: ties by (employee, item).
void Greedy(State& state, GreedyOrder order, std::span<const double> price = {});

}  // namespace bangkom::planning::fast
