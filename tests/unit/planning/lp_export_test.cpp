#include "planning/lp_export.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "hand_model.hpp"
#include "random_model.hpp"

namespace bangkom::planning {
namespace {

using ::testing::HasSubstr;
using ::testing::Not;

// Worked out by hand from hand_model.hpp: KLS01/02 raise K01 by min(2, 5 − 2) = 2 ≤ g1 + g2 = 3; KLS03 raises
// K02 by min(2, 3 − 1) = 2 = g1 + g2; employee 1's K03 has no candidate (no z, no row) and only K02's z2; the
// cap rows bind (66 JP > 40, 42 JP > 40 − 12); KLS01 and KLS03 share 2027-02-03; KLS03 (2 seats, 1 taker)
// and EL01 (unlimited) have no seat row. cbc finds 9.5 on it (KLS02 + KLS03 for employee 0, EL01 + KLS01
// for employee 1), as SolveExact's test asserts.
TEST(ExportLp, HandModel) {
    const std::string expected =
        "\\ Bangkom yearly plan (PLANNING.md), year 2027: 2 employees, 4 offerings, 2 agencies; closure coefficients "
        "min(v, g1 + g2)\n"
        "Maximize\n"
        " obj: + 2 z1_0_0 + z2_0_0 + 3 z1_0_1 - 0.2 s0 + 0.5 z2_1_1 - 0.2 s1\n"
        "Subject To\n"
        " k0_0: + z1_0_0 + z2_0_0 - x0_0 - 2 x0_1 - 2 x0_2 <= 0\n"
        " k0_1: + z1_0_1 - x0_1 - x0_2 - 2 x0_3 <= 0\n"
        " j0: + s0 + 10 x0_0 + 16 x0_1 + 16 x0_2 + 24 x0_3 >= 20\n"
        " m0: + 10 x0_0 + 16 x0_1 + 16 x0_2 + 24 x0_3 <= 40\n"
        " r0_1: + x0_1 + x0_2 <= 1\n"
        " d0_0: + x0_1 + x0_3 <= 1\n"
        " k1_1: + z2_1_1 - x1_1 - x1_2 <= 0\n"
        " j1: + s1 + 10 x1_0 + 16 x1_1 + 16 x1_2 >= 8\n"
        " m1: + 10 x1_0 + 16 x1_1 + 16 x1_2 <= 28\n"
        " r1_1: + x1_1 + x1_2 <= 1\n"
        " b0: + 2000000 x0_1 + 2500000 x0_2 + 1500000 x0_3 <= 5000000\n"
        " b1: + 2000000 x1_1 + 2500000 x1_2 <= 2000000\n"
        " c1: + x0_1 + x1_1 <= 1\n"
        " c2: + x0_2 + x1_2 <= 1\n"
        "Bounds\n"
        " 0 <= z1_0_0 <= 1\n"
        " 0 <= z2_0_0 <= 2\n"
        " 0 <= z1_0_1 <= 2\n"
        " 0 <= z2_1_1 <= 1\n"
        "Binary\n"
        " x0_0 x0_1 x0_2 x0_3 x1_0 x1_1 x1_2\n"
        "End\n";
    EXPECT_EQ(ExportLp(testing::HandModel()), expected);
}

TEST(ExportLp, NoShortfallVariableWhenTargetAlreadyMet) {
    Model model = testing::HandModel();
    model.employees[1].j0 = 20;
    const std::string lp = ExportLp(model);
    EXPECT_THAT(lp, Not(HasSubstr("s1")));
    EXPECT_THAT(lp, Not(HasSubstr(" j1:")));
    EXPECT_THAT(lp, HasSubstr(" m1: + 10 x1_0 + 16 x1_1 + 16 x1_2 <= 20\n"));
}

TEST(ExportLp, CapRowOnlyWhenItCanBind) {
    Model model = testing::HandModel();
    model.settings.jp_cap = 66;  // employee 0's candidates total 66 JP, employee 1's 42 + 12 earned
    std::string lp = ExportLp(model);
    EXPECT_THAT(lp, Not(HasSubstr(" m0:")));
    EXPECT_THAT(lp, Not(HasSubstr(" m1:")));
    model.settings.jp_cap = 0;
    EXPECT_THAT(ExportLp(model), Not(HasSubstr(" m0:")));
}

TEST(ExportLp, CapAlreadyExceededKeepsTheEmptyPlanFeasible) {
    Model model = testing::HandModel();
    model.employees[1].j0 = 45;
    EXPECT_THAT(ExportLp(model), HasSubstr(" m1: + 10 x1_0 + 16 x1_1 + 16 x1_2 <= 0\n"));
}

TEST(ExportLp, NegativeBudgetIsClampedAtZero) {
    Model model = testing::HandModel();
    model.agencies[1].budget = -5;
    EXPECT_THAT(ExportLp(model), HasSubstr(" b1: + 2000000 x1_1 + 2500000 x1_2 <= 0\n"));
}

TEST(ExportLp, FractionalRaisesAndWeights) {
    Model model = testing::HandModel();
    model.programs[1].raises[0].second = 0.5;  // halved by an evaluation verdict
    model.employees[0].needs[0].w2 = 0.125;
    const std::string lp = ExportLp(model);
    EXPECT_THAT(lp, HasSubstr(" k0_0: + z1_0_0 + z2_0_0 - x0_0 - 0.5 x0_1 - 0.5 x0_2 <= 0\n"));
    EXPECT_THAT(lp, HasSubstr("+ 0.125 z2_0_0"));
}

TEST(ExportLp, LongRowsAreWrapped) {
    Model model = testing::HandModel();
    for (int i = 0; i < 60; ++i) {
        Employee copy = model.employees[0];
        copy.nip += std::to_string(i);
        model.employees.push_back(copy);
    }
    const std::string lp = ExportLp(model);
    size_t start = 0, longest = 0;
    for (size_t end = lp.find('\n'); end != std::string::npos; start = end + 1, end = lp.find('\n', start)) {
        longest = std::max(longest, end - start);
    }
    EXPECT_LE(longest, 200U);
    EXPECT_THAT(lp, HasSubstr("\n  + 1500000 x"));  // a continuation line of the budget row
}

TEST(ExportLp, ModelWithoutEmployeesStillParses) {
    Model model = testing::HandModel();
    model.employees.clear();
    const std::string lp = ExportLp(model);
    EXPECT_THAT(lp, HasSubstr(" obj: 0 none\n"));
    EXPECT_THAT(lp, HasSubstr(" none = 0\n"));
}

}  // namespace
}  // namespace bangkom::planning
