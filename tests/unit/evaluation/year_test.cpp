#include "evaluation/year.hpp"

#include <gtest/gtest.h>

namespace bangkom::evaluation {
namespace {

OfferingEvaluation With(Level level, double p, Verdict verdict) {
    OfferingEvaluation e;
    e.primary.level = level;
    e.primary.p = p;
    e.verdict = verdict;
    return e;
}

TEST(YearTest, QValuesOnlyForOfferingsWithAPrimaryOutcome) {
    // R: p.adjust(c(0.01, 0.04, 0.03), "BH") = 0.03 0.04 0.04.
    std::vector<OfferingEvaluation> list{
        With(Level::L2, 0.01, Verdict::efektif), With(Level::none, 1, Verdict::data_kurang),
        With(Level::L4, 0.04, Verdict::efektif), With(Level::L3, 0.03, Verdict::menurun)};
    const auto y = EvaluateYear(2026, std::move(list));
    EXPECT_EQ(y.year, 2026);
    ASSERT_EQ(y.q.size(), 4u);
    ASSERT_TRUE(y.q[0].has_value());
    EXPECT_NEAR(*y.q[0], 0.03, 1e-12);
    EXPECT_FALSE(y.q[1].has_value());
    EXPECT_NEAR(*y.q[2], 0.04, 1e-12);
    EXPECT_NEAR(*y.q[3], 0.04, 1e-12);
    EXPECT_EQ(y.counts[static_cast<size_t>(Verdict::efektif)], 2);
    EXPECT_EQ(y.counts[static_cast<size_t>(Verdict::menurun)], 1);
    EXPECT_EQ(y.counts[static_cast<size_t>(Verdict::data_kurang)], 1);
    EXPECT_EQ(y.counts[static_cast<size_t>(Verdict::tidak_signifikan)], 0);
}

TEST(YearTest, EmptyYear) {
    const auto y = EvaluateYear(2030, {});
    EXPECT_TRUE(y.offerings.empty());
    EXPECT_TRUE(y.q.empty());
}

}  // namespace
}  // namespace bangkom::evaluation
