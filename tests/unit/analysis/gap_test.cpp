#include "analysis/gap.hpp"

#include <gtest/gtest.h>

namespace bangkom::analysis {
namespace {

TEST(GapTest, MultiplierAddsHalfForProposalAndHalfForWeakPerformance) {
    const Settings s;
    EXPECT_DOUBLE_EQ(Multiplier(false, false, s), 1.0);
    EXPECT_DOUBLE_EQ(Multiplier(true, false, s), 1.5);
    EXPECT_DOUBLE_EQ(Multiplier(false, true, s), 1.5);
    EXPECT_DOUBLE_EQ(Multiplier(true, true, s), 2.0);
}

TEST(GapTest, MultipliersAreSettings) {
    Settings s;
    s.proposal_multiplier = 1;
    s.performance_multiplier = 0.25;
    EXPECT_DOUBLE_EQ(Multiplier(true, true, s), 2.25);
}

TEST(GapTest, CurrentAndTargetGapsFollowPlanning) {
    // rc 3, rt 4, h 2: g1 = 1, g2 = 4 - max(2, 3) = 1; w1 = 2·1.5, w2 = 0.5·3·1.5.
    const PairGap g = ComputePairGap(Requirement{3, 2, 4, 3}, 2.0, 1.5, Settings{});
    EXPECT_DOUBLE_EQ(g.gap, 1);
    EXPECT_DOUBLE_EQ(g.target_gap, 1);
    EXPECT_DOUBLE_EQ(g.weight, 3);
    EXPECT_DOUBLE_EQ(g.target_weight, 2.25);
    EXPECT_DOUBLE_EQ(WeightedNeed(g), 3 * 1 + 2.25 * 1);
}

TEST(GapTest, HeldAboveRequiredIsNoGap) {
    const PairGap g = ComputePairGap(Requirement{2, 1, 3, 1}, 3.5, 1, Settings{});
    EXPECT_DOUBLE_EQ(g.gap, 0);
    EXPECT_DOUBLE_EQ(g.target_gap, 0);
    EXPECT_DOUBLE_EQ(WeightedNeed(g), 0);
}

TEST(GapTest, TargetLowerThanCurrentGivesNoTargetGap) {
    const PairGap g = ComputePairGap(Requirement{4, 1, 2, 1}, 1.0, 1, Settings{});
    EXPECT_DOUBLE_EQ(g.gap, 3);
    EXPECT_DOUBLE_EQ(g.target_gap, 0);
}

TEST(GapTest, OnlyTheTargetRequiresIt) {
    // rc = 0 (not in the current standard): g1 = 0, w1 = 0, g2 = rt - h.
    const PairGap g = ComputePairGap(Requirement{0, 0, 3, 2}, 1.5, 1, Settings{});
    EXPECT_DOUBLE_EQ(g.gap, 0);
    EXPECT_DOUBLE_EQ(g.weight, 0);
    EXPECT_DOUBLE_EQ(g.target_gap, 1.5);
    EXPECT_DOUBLE_EQ(g.target_weight, 1);
}

TEST(GapTest, DecimalHeldLevels) {
    const PairGap g = ComputePairGap(Requirement{3, 1, 0, 0}, 2.25, 1, Settings{});
    EXPECT_DOUBLE_EQ(g.gap, 0.75);
}

TEST(GapTest, NotAssessedAddsNothing) {
    const PairGap g = ComputePairGap(Requirement{5, 2, 5, 2}, std::nullopt, 2, Settings{});
    EXPECT_DOUBLE_EQ(g.gap, 0);
    EXPECT_DOUBLE_EQ(g.target_gap, 0);
    EXPECT_DOUBLE_EQ(WeightedNeed(g), 0);
}

TEST(GapTest, TargetWeightFactorIsASetting) {
    Settings s;
    s.target_weight_factor = 1;
    EXPECT_DOUBLE_EQ(ComputePairGap(Requirement{0, 0, 3, 2}, 1.0, 1, s).target_weight, 2);
}

}  // namespace
}  // namespace bangkom::analysis
