#include "evaluation/levels.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace bangkom::evaluation {
namespace {

using ::testing::DoubleNear;

SkmAnswers All(int v) {
    SkmAnswers a;
    a.fill(v);
    return a;
}

std::vector<SkmAnswers> Many(int n, int v) {
    return std::vector<SkmAnswers>(static_cast<size_t>(n), All(v));
}

TEST(ReactionTest, MeansSharesAndFlagsPerItem) {
    // relevansi 5,4 → 4.5 (share 1); materi 3,3 → 3.0 flagged (share 0); pengajar 4 only; the rest unanswered.
    std::vector<ReactionItems> answers{{5, 3, 4, std::nullopt, std::nullopt, std::nullopt},
                                       {4, 3, std::nullopt, std::nullopt, std::nullopt, std::nullopt},
                                       {}};
    const auto r = EvaluateReaction(answers, Settings{});
    EXPECT_TRUE(r.computed);
    EXPECT_EQ(r.respondents, 2);  // the empty answer is no respondent
    EXPECT_EQ(r.items[0].answered, 2);
    EXPECT_DOUBLE_EQ(r.items[0].mean, 4.5);
    EXPECT_DOUBLE_EQ(r.items[0].share_high, 1.0);
    EXPECT_FALSE(r.items[0].flagged);
    EXPECT_DOUBLE_EQ(r.items[1].mean, 3.0);
    EXPECT_TRUE(r.items[1].flagged);
    EXPECT_DOUBLE_EQ(r.items[1].share_high, 0.0);
    EXPECT_EQ(r.items[3].answered, 0);
    EXPECT_FALSE(r.items[3].flagged);  // nothing answered: nothing to flag
    EXPECT_DOUBLE_EQ(r.mean, (5 + 3 + 4 + 4 + 3) / 5.0);
    EXPECT_DOUBLE_EQ(r.share_high, 3 / 5.0);
}

TEST(ReactionTest, FlagThresholdIsASetting) {
    std::vector<ReactionItems> answers{{4, 4, 4, 4, 4, 4}};
    Settings s;
    s.reaction_flag_below = 4.5;
    const auto r = EvaluateReaction(answers, s);
    EXPECT_TRUE(r.items[5].flagged);
    EXPECT_FALSE(EvaluateReaction(answers, Settings{}).items[5].flagged);
}

TEST(ReactionTest, NoAnswersIsNotComputed) {
    const auto r = EvaluateReaction({}, Settings{});
    EXPECT_FALSE(r.computed);
    EXPECT_EQ(r.respondents, 0);
}

TEST(LearningTest, MeansGainAndTestsOfThePairs) {
    const std::vector<Pair> pairs{{50, 60}, {60, 75}, {40, 42}, {70, 80}, {55, 61}};
    const auto r = EvaluateLearning(pairs, Settings{});
    EXPECT_EQ(r.n, 5);
    EXPECT_TRUE(r.enough);
    EXPECT_DOUBLE_EQ(r.mean_pre, 55);
    EXPECT_DOUBLE_EQ(r.mean_post, 63.6);
    ASSERT_TRUE(r.gain.has_value());
    EXPECT_THAT(*r.gain, DoubleNear(8.6 / 45, 1e-12));
    EXPECT_TRUE(r.t.valid);
    EXPECT_DOUBLE_EQ(r.t.mean_diff, 8.6);
    EXPECT_TRUE(r.wilcoxon.valid);
    EXPECT_DOUBLE_EQ(r.wilcoxon.statistic, 15);  // every difference positive: V = 1+2+3+4+5
}

TEST(LearningTest, FewerPairsThanTheMinimumAreNotEnough) {
    const std::vector<Pair> pairs{{50, 60}, {60, 75}, {40, 42}, {70, 80}};
    EXPECT_FALSE(EvaluateLearning(pairs, Settings{}).enough);
    Settings s;
    s.min_pairs = 4;
    EXPECT_TRUE(EvaluateLearning(pairs, s).enough);
}

TEST(LearningTest, NoGainWhenThePreTestIsPerfect) {
    const std::vector<Pair> pairs{{100, 100}, {100, 90}};
    EXPECT_FALSE(EvaluateLearning(pairs, Settings{}).gain.has_value());
    EXPECT_EQ(EvaluateLearning({}, Settings{}).n, 0);
}

TEST(BehaviourTest, FeedbackAndSkpCountSeparately) {
    const std::vector<Pair> feedback{{3, 3.5}, {2.5, 3}, {3, 4}, {4, 4.25}, {3.5, 3.5}};
    const std::vector<Pair> skp{{80, 100}, {60, 80}, {80, 80}, {40, 60}};
    const auto r = EvaluateBehaviour(feedback, skp, Settings{});
    EXPECT_EQ(r.n, 5);
    EXPECT_TRUE(r.feedback_enough);
    EXPECT_DOUBLE_EQ(r.mean_before, 3.2);
    EXPECT_DOUBLE_EQ(r.mean_after, 3.65);
    EXPECT_TRUE(r.t.valid);
    EXPECT_EQ(r.skp_n, 4);
    EXPECT_FALSE(r.skp_enough);
    EXPECT_DOUBLE_EQ(r.skp_before, 65);
    EXPECT_DOUBLE_EQ(r.skp_after, 80);
}

TEST(ResultsTest, EnoughWithThirtyResponsesOnEachSideOfTheTreatedUnits) {
    // Treated: 15 + 15 before (index 50 and 75), 30 after at 100; control 30/30 unchanged at 75 and 50/100.
    std::vector<UnitSurveys> treated{{"U1", "Puskesmas A", Many(15, 2), Many(15, 4)},
                                     {"U2", "Puskesmas B", Many(15, 3), Many(15, 4)}};
    auto control_after = Many(15, 2);
    const auto more = Many(15, 4);
    control_after.insert(control_after.end(), more.begin(), more.end());
    std::vector<UnitSurveys> control{{"U3", "Puskesmas C", Many(30, 3), control_after}};
    const auto r = EvaluateResults(treated, control, Settings{});
    EXPECT_TRUE(r.enough);
    EXPECT_TRUE(r.did_enough);
    ASSERT_EQ(r.units.size(), 2u);
    EXPECT_DOUBLE_EQ(r.units[0].before.index, 50);
    EXPECT_DOUBLE_EQ(r.units[1].after.index, 100);
    EXPECT_DOUBLE_EQ(r.ikm_before.index, 62.5);
    EXPECT_DOUBLE_EQ(r.before, 62.5);
    EXPECT_DOUBLE_EQ(r.after, 100);
    EXPECT_EQ(r.control, std::vector<std::string>{"U3"});
    EXPECT_TRUE(r.welch.valid);  // after has no spread, before has
    EXPECT_GT(r.welch.t, 0);
    EXPECT_TRUE(r.did.valid);
    EXPECT_DOUBLE_EQ(r.did.estimate, 37.5);  // (100 − 62.5) − (75 − 75)
}

TEST(ResultsTest, TwentyNineResponsesAreNotEnoughAndUnansweredOnesDoNotCount) {
    auto after = Many(29, 4);
    after.push_back(SkmAnswers{});  // no element answered: no respondent index
    std::vector<UnitSurveys> treated{{"U1", "Puskesmas A", Many(30, 3), after}};
    const auto r = EvaluateResults(treated, {}, Settings{});
    EXPECT_FALSE(r.enough);
    EXPECT_FALSE(r.did_enough);
    EXPECT_EQ(r.treated.after.size(), 29u);
    EXPECT_EQ(r.treated.names, std::vector<std::string>{"Puskesmas A"});
}

TEST(ResultsTest, ControlBelowTheMinimumGivesNoDifferenceInDifferences) {
    std::vector<UnitSurveys> treated{{"U1", "", Many(30, 3), Many(30, 4)}};
    std::vector<UnitSurveys> control{{"U2", "", Many(30, 3), Many(29, 3)}};
    const auto r = EvaluateResults(treated, control, Settings{});
    EXPECT_TRUE(r.enough);
    EXPECT_FALSE(r.did_enough);
    EXPECT_FALSE(r.did.valid);
    EXPECT_EQ(r.treated.names, std::vector<std::string>{"U1"});  // the code stands in for a missing name
}

}  // namespace
}  // namespace bangkom::evaluation
