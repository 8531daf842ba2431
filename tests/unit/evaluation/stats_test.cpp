// The behaviour of stats.hpp that the R reference (stats_reference_test.cpp) does not reach: refused inputs,
// the orientation of the tests, and properties that hold for any data.

#include "evaluation/stats.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>
#include <vector>

namespace bangkom::evaluation {
namespace {

using V = std::vector<double>;
constexpr double kNan = std::numeric_limits<double>::quiet_NaN();
constexpr double kInf = std::numeric_limits<double>::infinity();

TEST(MeanSdTest, SmallInputs) {
    EXPECT_EQ(Mean(V{}), 0);
    EXPECT_EQ(Mean(V{7}), 7);
    EXPECT_EQ(SampleSd(V{}), 0);
    EXPECT_EQ(SampleSd(V{7}), 0);
    EXPECT_DOUBLE_EQ(Mean(V{1, 2, 3, 4}), 2.5);
    EXPECT_DOUBLE_EQ(SampleSd(V{2, 4, 4, 4, 5, 5, 7, 9}), std::sqrt(32.0 / 7));
}

TEST(MeanSdTest, LargeOffsetKeepsPrecision) {
    // A naive Σx² − n·mean² would lose every digit here.
    EXPECT_DOUBLE_EQ(SampleSd(V{1e9 + 1, 1e9 + 2, 1e9 + 3}), 1);
    EXPECT_DOUBLE_EQ(Mean(V{1e9 + 1, 1e9 + 2, 1e9 + 3}), 1e9 + 2);
}

TEST(PairedTTest, RefusesBadInput) {
    EXPECT_FALSE(PairedTTest(V{1, 2, 3}, V{1, 2}).valid);           // lengths differ
    EXPECT_FALSE(PairedTTest(V{}, V{}).valid);                      // empty
    EXPECT_FALSE(PairedTTest(V{1}, V{2}).valid);                    // n = 1
    EXPECT_FALSE(PairedTTest(V{1, 2, 3}, V{2, 3, 4}).valid);        // sd(d) = 0
    EXPECT_FALSE(PairedTTest(V{1, 2, 3}, V{1, 2, 3}).valid);        // all differences 0
    EXPECT_FALSE(PairedTTest(V{1, kNan, 3}, V{2, 3, 5}).valid);     // NaN
    EXPECT_FALSE(PairedTTest(V{1, 2, 3}, V{2, kInf, 5}).valid);     // infinity
    EXPECT_FALSE(PairedTTest(V{1, 2, 3}, V{2, 4, 5}, 0).valid);     // alpha out of range
    EXPECT_FALSE(PairedTTest(V{1, 2, 3}, V{2, 4, 5}, 1).valid);     //
    EXPECT_FALSE(PairedTTest(V{1, 2, 3}, V{2, 4, 5}, kNan).valid);  //
    EXPECT_TRUE(PairedTTest(V{1, 2, 3}, V{2, 4, 5}).valid);
}

TEST(PairedTTest, RefusedResultCarriesNoNan) {
    const auto r = PairedTTest(V{1, 2, 3}, V{2, 3, 4});
    EXPECT_FALSE(r.valid);
    EXPECT_EQ(r.p, 1);
    EXPECT_FALSE(std::isnan(r.t));
    EXPECT_EQ(r.n, 3);
    EXPECT_DOUBLE_EQ(r.mean_diff, 1);  // the descriptive figures are still filled
}

TEST(PairedTTest, OrientationIsPostMinusPre) {
    const V pre{50, 55, 60, 65, 70};
    const V post{58, 60, 63, 75, 72};
    const auto r = PairedTTest(pre, post);
    ASSERT_TRUE(r.valid);
    EXPECT_GT(r.t, 0);
    EXPECT_DOUBLE_EQ(r.mean_x, 60);
    EXPECT_DOUBLE_EQ(r.mean_y, 65.6);
    EXPECT_DOUBLE_EQ(r.mean_diff, 5.6);
    EXPECT_DOUBLE_EQ(r.d_z, r.mean_diff / r.sd_diff);
    EXPECT_EQ(r.df, 4);
    EXPECT_LT(r.ci_low, r.mean_diff);
    EXPECT_GT(r.ci_high, r.mean_diff);
    const auto swapped = PairedTTest(post, pre);
    EXPECT_DOUBLE_EQ(swapped.t, -r.t);
    EXPECT_DOUBLE_EQ(swapped.p, r.p);
}

TEST(PairedTTest, WiderIntervalForSmallerAlpha) {
    const V pre{50, 55, 60, 65, 70};
    const V post{58, 60, 63, 75, 72};
    const auto r95 = PairedTTest(pre, post, 0.05);
    const auto r99 = PairedTTest(pre, post, 0.01);
    EXPECT_LT(r99.ci_low, r95.ci_low);
    EXPECT_GT(r99.ci_high, r95.ci_high);
    EXPECT_DOUBLE_EQ(r99.p, r95.p);
}

TEST(WelchTTest, RefusesBadInput) {
    EXPECT_FALSE(WelchTTest(V{1}, V{2, 3}).valid);
    EXPECT_FALSE(WelchTTest(V{1, 2}, V{}).valid);
    EXPECT_FALSE(WelchTTest(V{4, 4, 4}, V{5, 5}).valid);  // both variances 0
    EXPECT_FALSE(WelchTTest(V{1, kNan}, V{2, 3}).valid);
    EXPECT_FALSE(WelchTTest(V{1, 2}, V{2, 4}, 1.5).valid);
    EXPECT_TRUE(WelchTTest(V{4, 4, 4}, V{5, 6}).valid);  // one variance 0 is enough
}

TEST(WelchTTest, SymmetricInItsSamples) {
    const V a{71.2, 80.5, 77.7, 69.4, 83.3};
    const V b{75.1, 88.8, 91.6, 86.2};
    const auto ab = WelchTTest(a, b);
    const auto ba = WelchTTest(b, a);
    ASSERT_TRUE(ab.valid);
    EXPECT_DOUBLE_EQ(ab.t, -ba.t);
    EXPECT_DOUBLE_EQ(ab.p, ba.p);
    EXPECT_DOUBLE_EQ(ab.df, ba.df);
    EXPECT_DOUBLE_EQ(ab.ci_low, -ba.ci_high);
    EXPECT_EQ(ab.n1, 5);
    EXPECT_EQ(ab.n2, 4);
}

TEST(WilcoxonSignedRankTest, RefusesBadInput) {
    EXPECT_FALSE(WilcoxonSignedRank(V{1, 2}, V{1}).valid);
    EXPECT_FALSE(WilcoxonSignedRank(V{}, V{}).valid);
    EXPECT_FALSE(WilcoxonSignedRank(V{1, 2}, V{1, 2}).valid);  // every difference zero
    EXPECT_EQ(WilcoxonSignedRank(V{1, 2}, V{1, 2}).n, 0);
    EXPECT_FALSE(WilcoxonSignedRank(V{1, 2}, V{kNan, 3}).valid);
}

TEST(WilcoxonSignedRankTest, ExactOnlyWithoutTiesOrZerosBelowFifty) {
    const V pre{10, 20, 30, 40, 50};
    EXPECT_TRUE(WilcoxonSignedRank(pre, V{11, 22, 33, 44, 55}).exact);
    EXPECT_FALSE(WilcoxonSignedRank(pre, V{11, 21, 33, 44, 55}).exact);  // |d| 1 twice: ties
    EXPECT_FALSE(WilcoxonSignedRank(pre, V{10, 22, 33, 44, 55}).exact);  // a zero
    const V zeros(50, 0.0);
    V distinct(50);
    for (int i = 0; i < 50; ++i) distinct[i] = i + 1;
    EXPECT_FALSE(WilcoxonSignedRank(zeros, distinct).exact);  // n = 50: R's rule is n < 50
    const std::span<const double> z(zeros), d(distinct);
    EXPECT_TRUE(WilcoxonSignedRank(z.first(49), d.first(49)).exact);
}

TEST(WilcoxonSignedRankTest, StatisticIsSumOfPositiveRanks) {
    // d = 3, −1, 2, −4 → ranks of |d| 3, 1, 2, 4 → V = 3 + 2.
    const auto r = WilcoxonSignedRank(V{0, 0, 0, 0}, V{3, -1, 2, -4});
    ASSERT_TRUE(r.valid);
    EXPECT_EQ(r.statistic, 5);
    EXPECT_EQ(r.n, 4);
    EXPECT_DOUBLE_EQ(r.p, 1);  // V = n(n+1)/4 exactly: both tails ≥ 1/2
}

TEST(MannWhitneyUTest, RefusesBadInput) {
    EXPECT_FALSE(MannWhitneyU(V{}, V{1}).valid);
    EXPECT_FALSE(MannWhitneyU(V{1}, V{}).valid);
    EXPECT_FALSE(MannWhitneyU(V{3, 3}, V{3}).valid);  // every value equal
    EXPECT_FALSE(MannWhitneyU(V{kInf}, V{1}).valid);
}

TEST(MannWhitneyUTest, StatisticIsUOfTheFirstSample) {
    // a = 1, 5; b = 2, 3, 4: pairs with a > b: 5 beats three → U = 3.
    const auto r = MannWhitneyU(V{1, 5}, V{2, 3, 4});
    ASSERT_TRUE(r.valid);
    EXPECT_EQ(r.statistic, 3);
    EXPECT_EQ(r.n, 5);
    EXPECT_TRUE(r.exact);
    const auto swapped = MannWhitneyU(V{2, 3, 4}, V{1, 5});
    EXPECT_EQ(swapped.statistic, 3);  // 2·3 − 3
    EXPECT_DOUBLE_EQ(swapped.p, r.p);
}

TEST(DifferenceInDifferencesTest, RefusesSmallOrConstantGroups) {
    const V ok{70, 72, 74};
    EXPECT_FALSE(DifferenceInDifferences(V{70}, ok, ok, ok).valid);
    EXPECT_FALSE(DifferenceInDifferences(ok, ok, ok, V{}).valid);
    EXPECT_FALSE(DifferenceInDifferences(V{1, 1}, V{2, 2}, V{3, 3}, V{4, 4}).valid);  // se 0
    EXPECT_FALSE(DifferenceInDifferences(ok, V{1, kNan}, ok, ok).valid);
}

TEST(DifferenceInDifferencesTest, HandComputed) {
    // Means 71, 80, 70, 72 → estimate (80 − 71) − (72 − 70) = 7; each variance 4 over n 3 → se = √(16/3).
    const auto r = DifferenceInDifferences(V{69, 71, 73}, V{78, 80, 82}, V{68, 70, 72}, V{70, 72, 74});
    ASSERT_TRUE(r.valid);
    EXPECT_DOUBLE_EQ(r.before_treated, 71);
    EXPECT_DOUBLE_EQ(r.after_treated, 80);
    EXPECT_DOUBLE_EQ(r.before_control, 70);
    EXPECT_DOUBLE_EQ(r.after_control, 72);
    EXPECT_DOUBLE_EQ(r.estimate, 7);
    EXPECT_DOUBLE_EQ(r.se, std::sqrt(16.0 / 3));
    EXPECT_DOUBLE_EQ(r.z, 7 / std::sqrt(16.0 / 3));
    EXPECT_NEAR(r.p, 0.002436734809, 1e-12);  // 2·(1 − Φ(3.0311)), R: 2 * pnorm(-7 / sqrt(16 / 3))
}

TEST(BenjaminiHochbergTest, EmptyAndMonotone) {
    EXPECT_TRUE(BenjaminiHochberg(V{}).empty());
    const V p{0.04, 0.001, 0.03, 0.5, 0.02};
    const auto q = BenjaminiHochberg(p);
    ASSERT_EQ(q.size(), p.size());
    for (size_t i = 0; i < p.size(); ++i) {
        EXPECT_GE(q[i], p[i]);
        EXPECT_LE(q[i], 1);
        for (size_t j = 0; j < p.size(); ++j) {
            if (p[i] < p[j]) {
                EXPECT_LE(q[i], q[j]);
            }
        }
    }
    EXPECT_DOUBLE_EQ(q[1], 0.005);  // 5/1 · 0.001
    EXPECT_DOUBLE_EQ(q[3], 0.5);
}

}  // namespace
}  // namespace bangkom::evaluation
