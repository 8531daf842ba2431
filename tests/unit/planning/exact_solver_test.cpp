#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "hand_model.hpp"
#include "planning/check.hpp"
#include "planning/solvers.hpp"
#include "random_model.hpp"

namespace bangkom::planning {
namespace {

using ::testing::ElementsAre;
using testing::HandModel;
using testing::RandomModel;

/// The best value over every subset of every employee's candidates that CheckPlan accepts: an answer that
/// shares nothing with CBC or the LP.
double BruteForceOptimum(const Model& model) {
    std::vector<Assignment> all;
    for (uint32_t e = 0; e < model.employees.size(); ++e) {
        for (uint32_t o : model.employees[e].candidates) all.push_back({e, o});
    }
    EXPECT_LE(all.size(), 16U) << "too many candidates for brute force";
    double best = -1e18;
    for (uint32_t mask = 0; mask < (1U << all.size()); ++mask) {
        std::vector<Assignment> plan;
        for (size_t i = 0; i < all.size(); ++i) {
            if ((mask >> i) & 1U) plan.push_back(all[i]);
        }
        if (CheckPlan(model, plan).empty()) best = std::max(best, Evaluate(model, plan).value);
    }
    return best;
}

Solution Solve(const Model& model, const SolveOptions& options = {}) {
    Result<Solution> solution = SolveExact(model, options);
    EXPECT_TRUE(solution.ok()) << (solution.ok() ? "" : solution.error().message);
    return solution.ok() ? *solution : Solution{};
}

TEST(SolveExact, HandModelOptimum) {
    const Model model = HandModel();
    const Solution solution = Solve(model);
    // Employee 0: KLS02 + KLS03 (40 JP, Rp 4.000.000): K01 +2 → 1·2 + 1·1, K02 +1 +2 → 2·3 = 9; employee 1:
    // KLS01 raises K02 by 1 → 0.5 (alone or with the free EL01: equal value and cost).
    EXPECT_DOUBLE_EQ(solution.value, 9.5);
    EXPECT_DOUBLE_EQ(solution.bound, 9.5);
    EXPECT_DOUBLE_EQ(solution.gap, 0);
    EXPECT_TRUE(solution.optimal);
    EXPECT_EQ(solution.solver, "exact");
    EXPECT_EQ(solution.cost, 6'000'000);
    EXPECT_TRUE(CheckPlan(model, solution.assignments).empty());
    ASSERT_GE(solution.assignments.size(), 3U);
    EXPECT_EQ(solution.assignments[0], (Assignment{0, 2}));
    EXPECT_EQ(solution.assignments[1], (Assignment{0, 3}));
    EXPECT_EQ(solution.assignments.back(), (Assignment{1, 1}));
    EXPECT_DOUBLE_EQ(BruteForceOptimum(model), 9.5);
}

TEST(SolveExact, EqualsBruteForceOnTinyRandomModels) {
    int compared = 0;
    for (uint64_t seed = 100; compared < 12 && seed < 400; ++seed) {
        const Model model = RandomModel(seed, {2, 3, 2});
        size_t candidates = 0;
        for (const Employee& employee : model.employees) candidates += employee.candidates.size();
        if (candidates > 14) continue;
        ++compared;
        const Solution solution = Solve(model);
        EXPECT_NEAR(solution.value, BruteForceOptimum(model), 1e-9) << "seed " << seed;
        EXPECT_TRUE(solution.optimal) << "seed " << seed;
    }
    EXPECT_EQ(compared, 12);
}

TEST(SolveExact, NoEmployeesGivesTheEmptyPlan) {
    Model model = HandModel();
    model.employees.clear();
    const Solution solution = Solve(model);
    EXPECT_TRUE(solution.assignments.empty());
    EXPECT_DOUBLE_EQ(solution.value, 0);
    EXPECT_DOUBLE_EQ(solution.bound, 0);
    EXPECT_TRUE(solution.optimal);
}

TEST(SolveExact, NoCandidatesPaysEveryShortfall) {
    Model model = HandModel();
    for (Employee& employee : model.employees) employee.candidates.clear();
    const Solution solution = Solve(model);
    EXPECT_TRUE(solution.assignments.empty());
    EXPECT_DOUBLE_EQ(solution.value, -0.2 * (20 + 8));
    EXPECT_DOUBLE_EQ(solution.bound, solution.value);
}

TEST(SolveExact, NothingAffordableNorWorthItStaysEmpty) {
    // No budget, no free offering, every employee already past T: the empty plan (value 0) is optimal.
    Model model = HandModel();
    for (Agency& agency : model.agencies) agency.budget = 0;
    for (Employee& employee : model.employees) {
        employee.j0 = 25;
        std::erase(employee.candidates, 0U);
    }
    const Solution solution = Solve(model);
    EXPECT_TRUE(solution.assignments.empty());
    EXPECT_DOUBLE_EQ(solution.value, 0);
}

TEST(SolveExact, CapAlreadyExceededStillSolves) {
    Model model = HandModel();
    model.employees[0].j0 = 45;  // beyond J = 40: employee 0 may take nothing
    const Solution solution = Solve(model);
    EXPECT_TRUE(CheckPlan(model, solution.assignments).empty());
    for (const Assignment& a : solution.assignments) EXPECT_EQ(a.employee, 1U);
    EXPECT_DOUBLE_EQ(solution.value, 0.5);
}

TEST(SolveExact, DeterministicAcrossRunsAndThreads) {
    const Model model = RandomModel(4242, {30, 30, 3});
    const Solution one = Solve(model, {0, 1, {}});
    const Solution again = Solve(model, {0, 1, {}});
    const Solution two_threads = Solve(model, {0, 2, {}});
    EXPECT_EQ(one.assignments, again.assignments);
    EXPECT_DOUBLE_EQ(one.value, two_threads.value);
    EXPECT_EQ(two_threads.assignments, Solve(model, {0, 2, {}}).assignments);
}

TEST(SolveExact, TimeLimitStillGivesAFeasiblePlanAndABound) {
    const Model model = RandomModel(77, {60, 60, 3});
    const Solution solution = Solve(model, {0.05, 1, {}});
    EXPECT_TRUE(CheckPlan(model, solution.assignments).empty());
    EXPECT_GE(solution.bound, solution.value);
    EXPECT_GE(solution.value, Evaluate(model, {}).value);
    EXPECT_GE(solution.gap, 0);
    EXPECT_GT(solution.seconds, 0);
}

TEST(SolveExact, ReportsProgress) {
    std::vector<int> seen;
    SolveOptions options;
    options.progress = [&](int percent, const std::string&) { seen.push_back(percent); };
    (void)Solve(HandModel(), options);
    EXPECT_THAT(seen, ElementsAre(0, 100));
}

}  // namespace
}  // namespace bangkom::planning
