#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

#include "hand_model.hpp"
#include "planning/check.hpp"
#include "planning/objective.hpp"
#include "planning/solvers.hpp"
#include "random_model.hpp"

namespace bangkom::planning {
namespace {

using ::testing::ElementsAre;

constexpr int32_t kDay = 20'850;  // 2027-02-01

/// A model with one agency, one competency K0 (g1 = 2, w1 = 1) per employee, and the given offerings, each
/// its own program raising K0 by 1 (L 5); every offering is a candidate of every employee, who already has
/// 20 JP this year (no shortfall unless a test changes j0).
Model Basic(int employees, int64_t budget, std::vector<Offering> offerings) {
    Model model;
    model.year = 2027;
    model.competencies = {"K0"};
    model.agencies = {{"AG", budget}};
    for (size_t o = 0; o < offerings.size(); ++o) {
        model.programs.push_back({"P" + std::to_string(o), {{0, 1.0}}, 5});
        if (offerings[o].code.empty()) {
            offerings[o].code = "O" + std::to_string(o);
            offerings[o].program = static_cast<uint32_t>(o);
        }
    }
    model.offerings = std::move(offerings);
    for (int e = 0; e < employees; ++e) {
        Employee employee{"E" + std::to_string(e), 0, 20, {{0, 1, 2, 0, 1, 0}}, {}};
        for (uint32_t o = 0; o < model.offerings.size(); ++o) employee.candidates.push_back(o);
        model.employees.push_back(employee);
    }
    return model;
}

Offering Class(int64_t cost, int capacity, int32_t first, int32_t last, int jp = 8) {
    return Offering{"", 0, jp, cost, capacity, first, last, true};
}

Solution Solve(const Model& model, int threads = 1) {
    SolveOptions options;
    options.threads = threads;
    Result<Solution> result = SolveFast(model, options);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? *result : Solution{};
}

void ExpectSound(const Model& model, const Solution& s) {
    EXPECT_TRUE(CheckPlan(model, s.assignments).empty());
    EXPECT_TRUE(std::is_sorted(s.assignments.begin(), s.assignments.end()));
    const Solution evaluated = Evaluate(model, s.assignments);
    EXPECT_NEAR(s.value, evaluated.value, 1e-9);
    EXPECT_EQ(s.cost, evaluated.cost);
    EXPECT_GE(s.bound, s.value - 1e-9);
    EXPECT_NEAR(s.gap, RelativeGap(s.value, s.bound), 1e-12);
    EXPECT_EQ(s.solver, "fast");
}

TEST(SolveFast, EmptyModel) {
    const Solution s = Solve(Model{});
    EXPECT_TRUE(s.assignments.empty());
    EXPECT_EQ(s.value, 0);
    EXPECT_EQ(s.bound, 0);
    EXPECT_EQ(s.gap, 0);
}

TEST(SolveFast, EmployeeWithoutCandidatesOnlyPaysTheShortfall) {
    Model model = Basic(1, 0, {});
    model.employees[0].j0 = 5;
    const Solution s = Solve(model);
    EXPECT_TRUE(s.assignments.empty());
    EXPECT_NEAR(s.value, -0.2 * 15, 1e-12);
    EXPECT_NEAR(s.bound, -0.2 * 15, 1e-9);
}

TEST(SolveFast, RefusesAModelWithBadIndices) {
    Model model = Basic(1, 0, {Class(0, 0, kDay, kDay)});
    model.employees[0].candidates = {7};
    EXPECT_EQ(SolveFast(model).error().code, ErrorCode::invalid_argument);
    model = Basic(1, 0, {Class(0, 0, kDay, kDay)});
    model.employees[0].agency = 3;
    EXPECT_EQ(SolveFast(model).error().code, ErrorCode::invalid_argument);
    model = Basic(1, 0, {Class(0, 0, kDay, kDay)});
    model.offerings[0].program = 9;
    EXPECT_EQ(SolveFast(model).error().code, ErrorCode::invalid_argument);
}

TEST(SolveFast, BudgetBinds) {
    // Three employees want the Rp 1,000,000 class; the budget pays for two.
    const Model model = Basic(3, 2'000'000, {Class(1'000'000, 0, kDay, kDay)});
    const Solution s = Solve(model);
    ExpectSound(model, s);
    EXPECT_EQ(s.assignments.size(), 2u);
    EXPECT_EQ(s.cost, 2'000'000);
}

TEST(SolveFast, SeatsBindAndTheSecondRunTakesTheRest) {
    Model model = Basic(3, 0, {Class(0, 2, kDay, kDay), Class(0, 2, kDay + 7, kDay + 7)});
    model.offerings[1].program = 0;  // a second run of the same program
    model.programs.pop_back();
    const Solution s = Solve(model);
    ExpectSound(model, s);
    ASSERT_EQ(s.assignments.size(), 3u);  // one run each (one run per program), seats 2 + 1
    EXPECT_NEAR(s.value, 3.0, 1e-9);
    EXPECT_NEAR(s.bound, s.value, 1e-6);
}

TEST(SolveFast, NoTwoClassesOnOneDay) {
    // Two free classes on overlapping days: only one; a third class on another day adds the second level.
    const Model model =
        Basic(1, 0, {Class(0, 0, kDay, kDay + 1), Class(0, 0, kDay + 1, kDay + 2), Class(0, 0, kDay + 5, kDay + 5)});
    const Solution s = Solve(model);
    ExpectSound(model, s);
    ASSERT_EQ(s.assignments.size(), 2u);
    EXPECT_EQ(s.assignments[1].offering, 2u);
    EXPECT_NEAR(s.value, 2.0, 1e-9);
}

TEST(SolveFast, JpCapBinds) {
    Model model = Basic(1, 0, {Class(0, 0, kDay, kDay, 24), Class(0, 0, kDay + 3, kDay + 3, 16)});
    model.settings.jp_cap = 40;
    model.employees[0].j0 = 20;  // room for 20 JP: only the 16-JP class
    const Solution s = Solve(model);
    ExpectSound(model, s);
    EXPECT_THAT(s.assignments, ElementsAre(Assignment{0, 1}));
    EXPECT_NEAR(s.value, 1.0, 1e-9);
}

TEST(SolveFast, FreeElearningCoversTheShortfall) {
    Model model = Basic(1, 0, {Offering{"EL", 0, 24, 0, 0, kDay, kDay + 300, false}});
    model.programs[0].raises = {};  // raises nothing: only the 20 JP rule makes it worth taking
    model.employees[0].j0 = 0;
    const Solution s = Solve(model);
    EXPECT_THAT(s.assignments, ElementsAre(Assignment{0, 0}));
    EXPECT_NEAR(s.value, 0.0, 1e-12);
}

TEST(SolveFast, HandModelIsFeasibleAndBounded) {
    const Model model = testing::HandModel();
    const Solution s = Solve(model);
    ExpectSound(model, s);
}

TEST(SolveFast, RandomModelsAreFeasibleWithAValidBound) {
    for (uint64_t seed = 1; seed <= 300; ++seed) {
        SCOPED_TRACE(seed);
        const Model model = testing::RandomModel(seed, {4, 30, 3});
        ExpectSound(model, Solve(model, 1 + static_cast<int>(seed % 2)));
    }
}

TEST(SolveFast, SameResultWithOneOrTwoThreads) {
    for (uint64_t seed = 1; seed <= 40; ++seed) {
        const Model model = testing::RandomModel(seed, {100, 200, 4});
        const Solution one = Solve(model, 1);
        const Solution two = Solve(model, 2);
        EXPECT_EQ(one.assignments, two.assignments) << seed;
        EXPECT_EQ(one.bound, two.bound) << seed;
        EXPECT_EQ(one.value, two.value) << seed;
    }
}

TEST(SolveFast, ReportsProgress) {
    std::vector<int> seen;
    SolveOptions options;
    options.progress = [&](int percent, const std::string&) { seen.push_back(percent); };
    ASSERT_TRUE(SolveFast(testing::HandModel(), options).ok());
    ASSERT_FALSE(seen.empty());
    EXPECT_TRUE(std::is_sorted(seen.begin(), seen.end()));
    EXPECT_EQ(seen.back(), 100);
}

}  // namespace
}  // namespace bangkom::planning
