#include "analysis/held_level.hpp"

#include <gtest/gtest.h>

#include <vector>

#include "analysis_fixture.hpp"

namespace bangkom::analysis {
namespace {

using domain::AssessmentSource;
using testing::At;
using testing::D;

AssessmentEntry E(AssessmentSource source, domain::Date date, double level) {
    return AssessmentEntry{0, source, static_cast<int32_t>(date.DaysSinceEpoch()), static_cast<float>(level)};
}

std::optional<HeldLevel> Held(const std::vector<AssessmentEntry>& entries, const Settings& s) {
    return FindHeldLevel(entries, AssessmentWindow(s), s);
}

TEST(HeldLevelTest, NoAssessmentIsNotAssessed) {
    EXPECT_FALSE(Held({}, At(D(2027, 6, 1))).has_value());
}

TEST(HeldLevelTest, AsesmenBeatsLaterAtasan) {
    const auto held =
        Held({E(AssessmentSource::asesmen, D(2025, 1, 10), 2), E(AssessmentSource::atasan, D(2026, 5, 1), 4)},
             At(D(2027, 6, 1)));
    ASSERT_TRUE(held);
    EXPECT_DOUBLE_EQ(held->level, 2);
    EXPECT_EQ(held->source, AssessmentSource::asesmen);
}

TEST(HeldLevelTest, LatestOfTheSourceWins) {
    const auto held =
        Held({E(AssessmentSource::atasan, D(2025, 1, 10), 2), E(AssessmentSource::atasan, D(2026, 3, 1), 3),
              E(AssessmentSource::mandiri, D(2027, 1, 1), 5)},
             At(D(2027, 6, 1)));
    ASSERT_TRUE(held);
    EXPECT_DOUBLE_EQ(held->level, 3);
    EXPECT_EQ(held->source, AssessmentSource::atasan);
}

TEST(HeldLevelTest, StaleAssessmentOutsideTheWindowIsIgnored) {
    // The asesmen is older than 3 years: the atasan rating inside the window decides.
    const auto held =
        Held({E(AssessmentSource::asesmen, D(2024, 5, 31), 4), E(AssessmentSource::atasan, D(2025, 1, 1), 2)},
             At(D(2027, 6, 1)));
    ASSERT_TRUE(held);
    EXPECT_EQ(held->source, AssessmentSource::atasan);
    EXPECT_DOUBLE_EQ(held->level, 2);
}

TEST(HeldLevelTest, WindowBoundsAreInclusive) {
    EXPECT_TRUE(Held({E(AssessmentSource::mandiri, D(2024, 6, 1), 3)}, At(D(2027, 6, 1))));
    EXPECT_TRUE(Held({E(AssessmentSource::mandiri, D(2027, 6, 1), 3)}, At(D(2027, 6, 1))));
    EXPECT_FALSE(Held({E(AssessmentSource::mandiri, D(2024, 5, 31), 3)}, At(D(2027, 6, 1))));
}

TEST(HeldLevelTest, OnlyStaleOrFutureAssessmentsAreNotAssessed) {
    EXPECT_FALSE(Held({E(AssessmentSource::asesmen, D(2020, 1, 1), 3), E(AssessmentSource::atasan, D(2027, 6, 2), 3)},
                      At(D(2027, 6, 1))));
}

TEST(HeldLevelTest, SeveralSourcesOnOneDayFollowTheOrder) {
    const auto day = D(2026, 4, 4);
    const auto held = Held({E(AssessmentSource::asesmen, day, 3.5), E(AssessmentSource::atasan, day, 2),
                            E(AssessmentSource::rekan, day, 1), E(AssessmentSource::mandiri, day, 5)},
                           At(D(2027, 1, 1)));
    ASSERT_TRUE(held);
    EXPECT_EQ(held->source, AssessmentSource::asesmen);
    EXPECT_DOUBLE_EQ(held->level, 3.5);
}

TEST(HeldLevelTest, RekanIsTheMeanOfTheLatestYear) {
    // 2026's peers: 2, 3, 3.5 → 2.8333; the 2025 peer rating of 5 is not in that year.
    const auto held =
        Held({E(AssessmentSource::rekan, D(2025, 12, 31), 5), E(AssessmentSource::rekan, D(2026, 1, 1), 2),
              E(AssessmentSource::rekan, D(2026, 6, 1), 3), E(AssessmentSource::rekan, D(2026, 11, 1), 3.5),
              E(AssessmentSource::mandiri, D(2027, 1, 1), 1)},
             At(D(2027, 3, 1)));
    ASSERT_TRUE(held);
    EXPECT_EQ(held->source, AssessmentSource::rekan);
    EXPECT_NEAR(held->level, (2 + 3 + 3.5) / 3, 1e-6);
}

TEST(HeldLevelTest, RekanMeanLeavesOutRatingsBeforeTheWindow) {
    // Window starts 2024-03-01: the January 2024 peer rating is stale even though its year is the latest.
    const auto held =
        Held({E(AssessmentSource::rekan, D(2024, 1, 15), 1), E(AssessmentSource::rekan, D(2024, 5, 1), 4)},
             At(D(2027, 3, 1)));
    ASSERT_TRUE(held);
    EXPECT_DOUBLE_EQ(held->level, 4);
}

TEST(HeldLevelTest, DecimalLevelsAreKept) {
    const auto held = Held({E(AssessmentSource::atasan, D(2026, 1, 1), 2.75)}, At(D(2026, 2, 1)));
    ASSERT_TRUE(held);
    EXPECT_DOUBLE_EQ(held->level, 2.75);
}

TEST(HeldLevelTest, SourceOrderIsASetting) {
    Settings s = At(D(2027, 1, 1));
    s.source_order = {AssessmentSource::mandiri, AssessmentSource::rekan, AssessmentSource::atasan,
                      AssessmentSource::asesmen};
    const auto held =
        Held({E(AssessmentSource::asesmen, D(2026, 1, 1), 2), E(AssessmentSource::mandiri, D(2025, 1, 1), 4)}, s);
    ASSERT_TRUE(held);
    EXPECT_EQ(held->source, AssessmentSource::mandiri);
}

TEST(HeldLevelTest, WindowYearsIsASetting) {
    Settings s = At(D(2027, 1, 1));
    s.window_years = 1;
    EXPECT_FALSE(Held({E(AssessmentSource::asesmen, D(2025, 12, 31), 2)}, s));
    EXPECT_TRUE(Held({E(AssessmentSource::asesmen, D(2026, 1, 1), 2)}, s));
}

}  // namespace
}  // namespace bangkom::analysis
