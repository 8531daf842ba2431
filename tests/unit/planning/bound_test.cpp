// The fast solver's bound against brute force: on tiny random models every plan is enumerated (per employee
// its locally feasible subsets, then every combination within budgets and seats) and the optimum compared.

#include <gtest/gtest.h>

#include <algorithm>
#include <map>

#include "planning/check.hpp"
#include "planning/objective.hpp"
#include "planning/solvers.hpp"
#include "random_model.hpp"

namespace bangkom::planning {
namespace {

struct Choice {
    std::vector<uint32_t> offerings;
    double value = 0;
    int64_t cost = 0;
};

/// Every subset of e's candidates that satisfies the employee's own constraints (JP cap, one run, days).
std::vector<Choice> LocalChoices(const Model& model, uint32_t e) {
    const Employee& employee = model.employees[e];
    std::vector<Choice> choices;
    const size_t n = employee.candidates.size();
    for (uint64_t mask = 0; mask < (uint64_t{1} << n); ++mask) {
        std::vector<Assignment> plan;
        Choice choice;
        for (size_t i = 0; i < n; ++i) {
            if ((mask >> i) & 1) {
                plan.push_back({e, employee.candidates[i]});
                choice.offerings.push_back(employee.candidates[i]);
            }
        }
        Model alone = model;  // budgets and seats are checked across employees below
        for (Agency& agency : alone.agencies) agency.budget = INT64_MAX / 4;
        for (Offering& offering : alone.offerings) offering.capacity = 0;
        if (!CheckPlan(alone, plan).empty()) continue;
        const EmployeeScore score = ScoreEmployee(model, e, choice.offerings);
        choice.value = score.value;
        choice.cost = score.cost;
        choices.push_back(choice);
    }
    return choices;
}

class BruteForce {
  public:
    explicit BruteForce(const Model& model) : model_(model), budget_(model.agencies.size()) {
        for (uint32_t e = 0; e < model.employees.size(); ++e) choices_.push_back(LocalChoices(model, e));
        for (size_t a = 0; a < budget_.size(); ++a) budget_[a] = model.agencies[a].budget;
        for (const Offering& o : model.offerings) seats_.push_back(o.capacity > 0 ? o.capacity : INT32_MAX);
        best_after_.assign(choices_.size() + 1, 0.0);
        for (size_t e = choices_.size(); e-- > 0;) {
            double best = -1e18;
            for (const Choice& c : choices_[e]) best = std::max(best, c.value);
            best_after_[e] = best_after_[e + 1] + best;
        }
    }
    double Optimum() {
        Dfs(0, 0.0);
        return best_;
    }

  private:
    void Dfs(size_t e, double value) {
        if (value + best_after_[e] <= best_ + 1e-12) return;
        if (e == choices_.size()) {
            best_ = value;
            return;
        }
        const uint32_t agency = model_.employees[e].agency;
        for (const Choice& choice : choices_[e]) {
            if (choice.cost > budget_[agency]) continue;
            bool fits = true;
            for (uint32_t o : choice.offerings) fits = fits && seats_[o] > 0;
            if (!fits) continue;
            budget_[agency] -= choice.cost;
            for (uint32_t o : choice.offerings) --seats_[o];
            Dfs(e + 1, value + choice.value);
            budget_[agency] += choice.cost;
            for (uint32_t o : choice.offerings) ++seats_[o];
        }
    }

    const Model& model_;
    std::vector<std::vector<Choice>> choices_;
    std::vector<int64_t> budget_;
    std::vector<int> seats_;
    std::vector<double> best_after_;
    double best_ = -1e18;
};

TEST(FastBound, NeverBelowTheBruteForceOptimumAndThePlanNeverAbove) {
    int exact = 0;
    double worst_gap = 0;
    for (uint64_t seed = 1; seed <= 150; ++seed) {
        SCOPED_TRACE(seed);
        const Model model = testing::RandomModel(seed, {2, 5, 2});
        const double optimum = BruteForce(model).Optimum();
        const Result<Solution> fast = SolveFast(model);
        ASSERT_TRUE(fast.ok());
        EXPECT_GE(fast->bound, optimum - 1e-6);
        EXPECT_LE(fast->value, optimum + 1e-6);
        exact += fast->value >= optimum - 1e-6 ? 1 : 0;
        worst_gap = std::max(worst_gap, RelativeGap(fast->value, optimum));
    }
    // Tiny models are where a greedy is most often off; the fast solver finds the optimum in most of them.
    EXPECT_GE(exact, 120) << "worst gap " << worst_gap;
}

}  // namespace
}  // namespace bangkom::planning
