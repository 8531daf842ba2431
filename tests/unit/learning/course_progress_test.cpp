// A learner's progress through a course: required modules, the share done, completion and the score.

#include "learning/course_progress.hpp"

#include <gtest/gtest.h>

namespace bangkom::learning {
namespace {

ModuleState M(bool required, ModuleStatus status, std::optional<double> score = std::nullopt) {
    return ModuleState{required, status, score};
}

TEST(CourseProgress, CountsOnlyRequiredModules) {
    const auto p = Summarize({M(true, ModuleStatus::done), M(true, ModuleStatus::in_progress),
                              M(false, ModuleStatus::not_started), M(true, ModuleStatus::done, 80)});
    EXPECT_EQ(p.required, 3);
    EXPECT_EQ(p.done, 2);
    EXPECT_EQ(p.percent, 66);  // floor
    EXPECT_FALSE(p.complete);
    EXPECT_DOUBLE_EQ(*p.score, 80);
}

TEST(CourseProgress, CompleteWhenEveryRequiredModuleIsDoneOptionalOnesAside) {
    const auto p = Summarize({M(true, ModuleStatus::done, 90), M(false, ModuleStatus::failed, 10),
                              M(true, ModuleStatus::done, 70), M(false, ModuleStatus::done, 50)});
    EXPECT_TRUE(p.complete);
    EXPECT_EQ(p.percent, 100);
    EXPECT_DOUBLE_EQ(*p.score, 70);  // mean of the scored modules done: 90, 70, 50 (the failed one is not done)
}

TEST(CourseProgress, AFailedModuleIsNotDone) {
    const auto p = Summarize({M(true, ModuleStatus::failed, 40)});
    EXPECT_FALSE(p.complete);
    EXPECT_EQ(p.done, 0);
    EXPECT_FALSE(p.score);
}

TEST(CourseProgress, WithoutRequiredModulesEveryModuleCounts) {
    EXPECT_FALSE(Summarize({M(false, ModuleStatus::done), M(false, ModuleStatus::in_progress)}).complete);
    const auto p = Summarize({M(false, ModuleStatus::done), M(false, ModuleStatus::done)});
    EXPECT_TRUE(p.complete);
    EXPECT_EQ(p.required, 2);
}

TEST(CourseProgress, ACourseWithoutModulesNeverCompletes) {
    const auto p = Summarize({});
    EXPECT_FALSE(p.complete);
    EXPECT_EQ(p.percent, 0);
}

TEST(VideoWatched, NinetyPercentOfAKnownLength) {
    EXPECT_TRUE(VideoWatched(90, 100));
    EXPECT_FALSE(VideoWatched(89.9, 100));
    EXPECT_TRUE(VideoWatched(100, 100));
    EXPECT_FALSE(VideoWatched(10, 0));  // length unknown
}

}  // namespace
}  // namespace bangkom::learning
