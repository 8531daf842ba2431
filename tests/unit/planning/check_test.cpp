#include "planning/check.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "hand_model.hpp"
#include "random_model.hpp"

namespace bangkom::planning {
namespace {

using ::testing::ElementsAre;
using testing::HandModel;
using ::testing::HasSubstr;

constexpr uint32_t kEl01 = 0, kKls01 = 1, kKls02 = 2, kKls03 = 3;
const char* const kNip0 = "198501012010011001";
const char* const kNip1 = "199002022015022002";

std::vector<ViolationKind> Kinds(const std::vector<Violation>& violations) {
    std::vector<ViolationKind> kinds;
    for (const Violation& v : violations) kinds.push_back(v.kind);
    return kinds;
}

TEST(CheckPlan, EmptyPlanIsFeasible) {
    EXPECT_TRUE(CheckPlan(HandModel(), {}).empty());
}

TEST(CheckPlan, FeasiblePlanHasNoViolation) {
    EXPECT_TRUE(CheckPlan(HandModel(), {{0, kEl01}, {0, kKls03}, {1, kEl01}, {1, kKls01}}).empty());
}

TEST(CheckPlan, UnknownEmployeeOrOfferingIsReportedAndSkipped) {
    const auto violations = CheckPlan(HandModel(), {{5, kEl01}, {0, 9}, {0, kEl01}});
    ASSERT_THAT(Kinds(violations), ElementsAre(ViolationKind::unknown_index, ViolationKind::unknown_index));
    EXPECT_EQ(violations[0].employee, 0);
    EXPECT_EQ(violations[0].offering, 9);
    EXPECT_THAT(violations[0].message, HasSubstr("Penugasan ke-2"));
    EXPECT_THAT(violations[1].message, HasSubstr("pegawai #5"));
}

TEST(CheckPlan, DuplicateAssignment) {
    const auto violations = CheckPlan(HandModel(), {{0, kEl01}, {0, kEl01}});
    ASSERT_THAT(Kinds(violations), ElementsAre(ViolationKind::duplicate));
    EXPECT_EQ(violations[0].employee, 0);
    EXPECT_EQ(violations[0].offering, kEl01);
    EXPECT_THAT(violations[0].message, HasSubstr(kNip0));
    EXPECT_THAT(violations[0].message, HasSubstr("EL01"));
}

TEST(CheckPlan, OfferingOutsideCandidates) {
    const auto violations = CheckPlan(HandModel(), {{1, kKls03}});
    ASSERT_THAT(Kinds(violations), ElementsAre(ViolationKind::not_candidate));
    EXPECT_EQ(violations[0].employee, 1);
    EXPECT_EQ(violations[0].offering, kKls03);
    EXPECT_EQ(violations[0].agency, 1);
    EXPECT_THAT(violations[0].message, HasSubstr("KLS03"));
    EXPECT_THAT(violations[0].message, HasSubstr(kNip1));
}

TEST(CheckPlan, JpCapCountsEarnedJp) {
    // 10 + 16 + 24 = 50 JP > 40.
    const auto violations = CheckPlan(HandModel(), {{0, kEl01}, {0, kKls02}, {0, kKls03}});
    ASSERT_THAT(Kinds(violations), ElementsAre(ViolationKind::jp_cap));
    EXPECT_EQ(violations[0].employee, 0);
    EXPECT_EQ(violations[0].offering, -1);
    EXPECT_THAT(violations[0].message, HasSubstr("50 JP"));
    EXPECT_THAT(violations[0].message, HasSubstr("40 JP"));
    // Employee 1 has 12 JP already: 12 + 10 + 16 = 38 fits, at J = 30 it does not.
    Model model = HandModel();
    EXPECT_TRUE(CheckPlan(model, {{1, kEl01}, {1, kKls01}}).empty());
    model.settings.jp_cap = 30;
    EXPECT_THAT(Kinds(CheckPlan(model, {{1, kEl01}, {1, kKls01}})), ElementsAre(ViolationKind::jp_cap));
    model.settings.jp_cap = 0;  // no cap
    EXPECT_TRUE(CheckPlan(model, {{0, kEl01}, {0, kKls02}, {0, kKls03}}).empty());
}

TEST(CheckPlan, JpCapAlreadyExceededAllowsTheEmptyPlan) {
    Model model = HandModel();
    model.employees[1].j0 = 45;
    EXPECT_TRUE(CheckPlan(model, {}).empty());
    EXPECT_THAT(Kinds(CheckPlan(model, {{1, kEl01}})), ElementsAre(ViolationKind::jp_cap));
}

TEST(CheckPlan, BudgetPerAgency) {
    const auto violations = CheckPlan(HandModel(), {{1, kKls02}}, domain::Lang::en);
    ASSERT_THAT(Kinds(violations), ElementsAre(ViolationKind::budget));
    EXPECT_EQ(violations[0].agency, 1);
    EXPECT_EQ(violations[0].employee, -1);
    EXPECT_THAT(violations[0].message, HasSubstr("AG02"));
    EXPECT_THAT(violations[0].message, HasSubstr("Rp 2.500.000"));
    EXPECT_THAT(violations[0].message, HasSubstr("Rp 2.000.000"));
    // Exactly the budget is fine.
    EXPECT_TRUE(CheckPlan(HandModel(), {{1, kKls01}}).empty());
}

TEST(CheckPlan, FreeOfferingsNeedNoBudget) {
    Model model = HandModel();
    model.agencies[1].budget = 0;
    EXPECT_TRUE(CheckPlan(model, {{1, kEl01}}).empty());
}

TEST(CheckPlan, SeatsPerOffering) {
    const auto violations = CheckPlan(HandModel(), {{0, kKls01}, {1, kKls01}});
    ASSERT_THAT(Kinds(violations), ElementsAre(ViolationKind::seats));
    EXPECT_EQ(violations[0].offering, kKls01);
    EXPECT_THAT(violations[0].message, HasSubstr("KLS01"));
    EXPECT_THAT(violations[0].message, HasSubstr("2 peserta melebihi 1 kursi"));
}

TEST(CheckPlan, UnlimitedSeats) {
    Model model = HandModel();
    model.offerings[kKls01].capacity = 0;
    EXPECT_TRUE(CheckPlan(model, {{0, kKls01}, {1, kKls01}}).empty());
}

TEST(CheckPlan, OneRunPerProgram) {
    const auto violations = CheckPlan(HandModel(), {{0, kKls01}, {0, kKls02}});
    ASSERT_THAT(Kinds(violations), ElementsAre(ViolationKind::one_run));
    EXPECT_EQ(violations[0].employee, 0);
    EXPECT_EQ(violations[0].offering, kKls02);
    EXPECT_THAT(violations[0].message, HasSubstr("PRG02: KLS01, KLS02"));
}

TEST(CheckPlan, DoublePresenceNamesTheSharedDay) {
    const auto violations = CheckPlan(HandModel(), {{0, kKls03}, {0, kKls01}});
    ASSERT_THAT(Kinds(violations), ElementsAre(ViolationKind::double_presence));
    EXPECT_EQ(violations[0].employee, 0);
    EXPECT_EQ(violations[0].offering, kKls03);
    EXPECT_THAT(violations[0].message, HasSubstr("2027-02-03"));
    EXPECT_THAT(violations[0].message, HasSubstr("KLS01 dan KLS03"));
}

TEST(CheckPlan, OfferingsWithoutAttendanceMayOverlap) {
    Model model = HandModel();
    EXPECT_TRUE(CheckPlan(model, {{0, kEl01}, {0, kKls01}}).empty());  // EL01 covers the whole year
    model.offerings[kKls03].attendance = false;
    EXPECT_TRUE(CheckPlan(model, {{0, kKls01}, {0, kKls03}}).empty());
}

TEST(CheckPlan, AdjacentDaysDoNotOverlap) {
    Model model = HandModel();
    model.offerings[kKls03].first_day = model.offerings[kKls01].last_day + 1;
    EXPECT_TRUE(CheckPlan(model, {{0, kKls01}, {0, kKls03}}).empty());
}

TEST(CheckPlan, OrderedByKindThenIndex) {
    // Employee 0 takes KLS03, KLS01, KLS02 (56 JP, Rp 6.000.000 of 5.000.000, two runs of PRG02, KLS01 and
    // KLS03 share a day); employee 1 takes KLS02, KLS01 (44 JP, Rp 4.500.000 of 2.000.000, two runs); both classes
    // of PRG02 then hold two people on one seat.
    const auto violations =
        CheckPlan(HandModel(), {{1, kKls02}, {1, kKls01}, {0, kKls03}, {0, kKls01}, {0, kKls02}}, domain::Lang::en);
    EXPECT_THAT(Kinds(violations),
                ElementsAre(ViolationKind::jp_cap, ViolationKind::jp_cap, ViolationKind::budget, ViolationKind::budget,
                            ViolationKind::seats, ViolationKind::seats, ViolationKind::one_run, ViolationKind::one_run,
                            ViolationKind::double_presence));
    ASSERT_EQ(violations.size(), 9U);
    EXPECT_EQ(violations[0].employee, 0);
    EXPECT_EQ(violations[1].employee, 1);
    EXPECT_EQ(violations[2].agency, 0);
    EXPECT_EQ(violations[3].agency, 1);
    EXPECT_EQ(violations[4].offering, kKls01);
    EXPECT_EQ(violations[5].offering, kKls02);
    EXPECT_EQ(violations[6].employee, 0);
    EXPECT_EQ(violations[7].employee, 1);
    EXPECT_THAT(violations[1].message, HasSubstr("44 JP (including 12 JP already earned) exceeds the yearly cap"));
    EXPECT_THAT(violations[8].message, HasSubstr("must attend two classes"));
}

TEST(Evaluate, EmptyPlanPaysTheShortfall) {
    const Solution solution = Evaluate(HandModel(), {});
    // 20 JP short for employee 0, 8 for employee 1, at 0.2 per JP.
    EXPECT_DOUBLE_EQ(solution.value, -0.2 * 28);
    EXPECT_EQ(solution.cost, 0);
    EXPECT_TRUE(solution.assignments.empty());
}

TEST(Evaluate, SumsClosureAndCostAndSortsTheAssignments) {
    const Solution solution = Evaluate(HandModel(), {{1, kEl01}, {0, kKls01}, {0, kEl01}});
    // Employee 0: K01 raised 1 + 2 = 3 → z1 = 1 (w 2), z2 = 2 (w 1); K02 raised 1 → z1 = 1 (w 3); 26 JP.
    // Employee 1: EL01 raises nothing of theirs; 12 + 10 = 22 JP.
    EXPECT_DOUBLE_EQ(solution.value, 2 + 2 + 3);
    EXPECT_EQ(solution.cost, 2'000'000);
    EXPECT_THAT(solution.assignments, ElementsAre(Assignment{0, kEl01}, Assignment{0, kKls01}, Assignment{1, kEl01}));
}

TEST(Evaluate, IgnoresRepeatsAndUnknownOfferings) {
    const Solution once = Evaluate(HandModel(), {{0, kKls01}});
    const Solution repeated = Evaluate(HandModel(), {{0, kKls01}, {0, kKls01}, {0, 99}});
    EXPECT_DOUBLE_EQ(repeated.value, once.value);
    EXPECT_EQ(repeated.cost, once.cost);
}

TEST(RandomModel, SameSeedSameModel) {
    const Model a = testing::RandomModel(7), b = testing::RandomModel(7), c = testing::RandomModel(8);
    EXPECT_EQ(Evaluate(a, {}).value, Evaluate(b, {}).value);
    ASSERT_EQ(a.employees.size(), b.employees.size());
    for (size_t e = 0; e < a.employees.size(); ++e) EXPECT_EQ(a.employees[e].candidates, b.employees[e].candidates);
    EXPECT_FALSE(a.offerings.size() == c.offerings.size() && a.employees.size() == c.employees.size() &&
                 a.agencies[0].budget == c.agencies[0].budget);
}

TEST(RandomModel, EmptyPlanIsAlwaysFeasible) {
    for (uint64_t seed = 0; seed < 50; ++seed) EXPECT_TRUE(CheckPlan(testing::RandomModel(seed), {}).empty());
}

}  // namespace
}  // namespace bangkom::planning
