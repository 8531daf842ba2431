// The pass rule of an offering: attendance share against its minimum (equal passes), the score when given.

#include "learning/completion.hpp"

#include <gtest/gtest.h>

namespace bangkom::learning {
namespace {

const CompletionRule kRule{80, 60};

TEST(Completion, AttendanceAtTheMinimumPassesAndBelowFails) {
    const auto at = Decide(kRule, true, {4, 5}, std::nullopt);
    EXPECT_TRUE(at.passed);
    EXPECT_EQ(at.reason_id, "Kehadiran 4 dari 5 hari (80%) memenuhi batas 80%.");
    EXPECT_EQ(at.reason_en, "Attendance 4 of 5 days (80%) meets the minimum of 80%.");
    const auto below = Decide(kRule, true, {3, 5}, std::nullopt);
    EXPECT_FALSE(below.passed);
    EXPECT_EQ(below.reason_id, "Kehadiran 3 dari 5 hari (60%) di bawah batas 80%.");
}

TEST(Completion, AShareWithDecimalsIsWrittenWithAComma) {
    const auto d = Decide(CompletionRule{66.7, 0}, true, {2, 3}, std::nullopt);
    EXPECT_TRUE(d.passed);  // 66.666… reads as 66,7 and meets 66,7
    EXPECT_EQ(d.reason_id, "Kehadiran 2 dari 3 hari (66,7%) memenuhi batas 66,7%.");
    EXPECT_EQ(d.reason_en, "Attendance 2 of 3 days (66.7%) meets the minimum of 66.7%.");
}

TEST(Completion, ALowScoreFailsEvenWithFullAttendance) {
    const auto d = Decide(kRule, true, {5, 5}, 59.5);
    EXPECT_FALSE(d.passed);
    EXPECT_EQ(d.reason_id, "Kehadiran 5 dari 5 hari (100%) memenuhi batas 80%; nilai 59,5 di bawah batas 60.");
    EXPECT_TRUE(Decide(kRule, true, {5, 5}, 60).passed);
}

TEST(Completion, ScoresDoNotDecideWhenTheMinimumIsZero) {
    const auto d = Decide(CompletionRule{80, 0}, true, {5, 5}, 10);
    EXPECT_TRUE(d.passed);
    EXPECT_EQ(d.reason_id.find("nilai"), std::string::npos);
}

TEST(Completion, NoRecordedDayMeansNotPassed) {
    const auto d = Decide(kRule, true, {0, 0}, 90);
    EXPECT_FALSE(d.passed);
    EXPECT_EQ(d.reason_id, "Belum ada hari yang dicatat kehadirannya; nilai 90 memenuhi batas 60.");
}

TEST(Completion, FormsWithoutAttendanceLookOnlyAtTheScore) {
    const auto scored = Decide(kRule, false, {0, 0}, 75);
    EXPECT_TRUE(scored.passed);
    EXPECT_EQ(scored.reason_id, "Nilai 75 memenuhi batas 60.");
    EXPECT_EQ(scored.reason_en, "Score 75 meets the minimum of 60.");
    EXPECT_FALSE(Decide(kRule, false, {0, 0}, 40).passed);
    const auto unscored = Decide(kRule, false, {0, 0}, std::nullopt);
    EXPECT_TRUE(unscored.passed);
    EXPECT_EQ(unscored.reason_id, "Dinyatakan lulus tanpa syarat kehadiran atau nilai.");
}

}  // namespace
}  // namespace bangkom::learning
