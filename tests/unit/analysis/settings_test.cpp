#include "analysis/settings.hpp"

#include <gtest/gtest.h>

namespace bangkom::analysis {
namespace {

using domain::AssessmentSource;

TEST(SettingsTest, DefaultsArePlanningAndDomain) {
    const Settings s;
    EXPECT_EQ(s.window_years, 3);
    EXPECT_EQ(s.source_order[0], AssessmentSource::asesmen);
    EXPECT_EQ(s.source_order[3], AssessmentSource::mandiri);
    EXPECT_DOUBLE_EQ(s.proposal_multiplier, 0.5);
    EXPECT_DOUBLE_EQ(s.performance_multiplier, 0.5);
    EXPECT_DOUBLE_EQ(s.target_weight_factor, 0.5);
    EXPECT_EQ(s.jp_target, 20);
    EXPECT_TRUE(s.jp_applies_to_pppk);
    EXPECT_EQ(s.predikat_score, (std::array<int, 5>{100, 80, 60, 40, 20}));
    EXPECT_TRUE(Validate(s).ok());
}

TEST(SettingsTest, RejectsAWindowOutOfRange) {
    Settings s;
    s.window_years = 0;
    const auto r = Validate(s);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(r.error().details.at(0).column, "window_years");
    EXPECT_NE(r.error().message.find("harus"), std::string::npos);
    s.window_years = 51;
    EXPECT_FALSE(Validate(s).ok());
}

TEST(SettingsTest, RejectsNegativeMultipliers) {
    Settings s;
    s.proposal_multiplier = -0.1;
    EXPECT_FALSE(Validate(s).ok());
    s = Settings{};
    s.target_weight_factor = -1;
    EXPECT_FALSE(Validate(s).ok());
}

TEST(SettingsTest, RejectsNegativeJpTarget) {
    Settings s;
    s.jp_target = -1;
    EXPECT_FALSE(Validate(s).ok());
}

TEST(SettingsTest, RejectsCrossedCutOffs) {
    Settings s;
    s.potential_middle = 90;
    s.potential_high = 80;
    EXPECT_FALSE(Validate(s).ok());
    s.potential_middle = 50;
    s.potential_high = 101;
    EXPECT_FALSE(Validate(s).ok());
}

TEST(SettingsTest, RejectsARepeatedSource) {
    Settings s;
    s.source_order = {AssessmentSource::asesmen, AssessmentSource::asesmen, AssessmentSource::rekan,
                      AssessmentSource::mandiri};
    const auto r = Validate(s, domain::Lang::en);
    ASSERT_FALSE(r.ok());
    EXPECT_NE(r.error().message.find("exactly once"), std::string::npos);
}

TEST(SettingsTest, RejectsNegativeThreads) {
    Settings s;
    s.threads = -2;
    EXPECT_FALSE(Validate(s).ok());
}

TEST(SettingsTest, TodayIsAPlausibleDate) {
    EXPECT_GE(TodayUtc().year(), 2024);
}

}  // namespace
}  // namespace bangkom::analysis
