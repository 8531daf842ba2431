// SCORM commits as the server reads them: both time formats, statuses, scores and the mastery score.

#include "learning/scorm_runtime.hpp"

#include <gtest/gtest.h>

namespace bangkom::learning {
namespace {

using Cmi = std::map<std::string, std::string>;
using domain::Lang;

TEST(ScormTime, ReadsScorm12Timespans) {
    EXPECT_DOUBLE_EQ(*ParseScorm12Time("0000:01:30.5"), 90.5);
    EXPECT_DOUBLE_EQ(*ParseScorm12Time("00:00:07"), 7);
    EXPECT_DOUBLE_EQ(*ParseScorm12Time("1234:59:59.99"), 1234 * 3600 + 59 * 60 + 59.99);
    EXPECT_FALSE(ParseScorm12Time("0:00:07"));       // one hour digit
    EXPECT_FALSE(ParseScorm12Time("00000:00:07"));   // five
    EXPECT_FALSE(ParseScorm12Time("00:60:00"));      // minutes out of range
    EXPECT_FALSE(ParseScorm12Time("00:00:60"));      // seconds out of range
    EXPECT_FALSE(ParseScorm12Time("00:00:07.123"));  // three decimals
    EXPECT_FALSE(ParseScorm12Time("00:00:7"));
    EXPECT_FALSE(ParseScorm12Time("PT7S"));
    EXPECT_FALSE(ParseScorm12Time(""));
}

TEST(ScormTime, ReadsIsoDurations) {
    EXPECT_DOUBLE_EQ(*ParseIsoDuration("PT1H2M3.5S"), 3723.5);
    EXPECT_DOUBLE_EQ(*ParseIsoDuration("PT90S"), 90);
    EXPECT_DOUBLE_EQ(*ParseIsoDuration("P1DT1S"), 86401);
    EXPECT_DOUBLE_EQ(*ParseIsoDuration("P0D"), 0);
    EXPECT_DOUBLE_EQ(*ParseIsoDuration("PT0.25S"), 0.25);
    EXPECT_FALSE(ParseIsoDuration("P1Y"));         // years: not a fixed length
    EXPECT_FALSE(ParseIsoDuration("P1M"));         // months
    EXPECT_FALSE(ParseIsoDuration("PT"));          // nothing after T
    EXPECT_FALSE(ParseIsoDuration("PT1S2M"));      // out of order
    EXPECT_FALSE(ParseIsoDuration("PT1.5M"));      // decimals only on seconds
    EXPECT_FALSE(ParseIsoDuration("PT5"));         // no designator
    EXPECT_FALSE(ParseIsoDuration("0000:00:05"));  // the 1.2 format
}

TEST(ScormTime, WritesBothFormatsSoTheyReadBack) {
    EXPECT_EQ(FormatScorm12Time(0), "0000:00:00.00");
    EXPECT_EQ(FormatScorm12Time(3723.5), "0001:02:03.50");
    EXPECT_EQ(FormatIsoDuration(0), "PT0S");
    EXPECT_EQ(FormatIsoDuration(3723.5), "PT1H2M3.5S");
    EXPECT_EQ(FormatIsoDuration(7200), "PT2H");
    for (double s : {0.0, 1.25, 59.99, 3600.0, 86399.5, 400000.0}) {
        EXPECT_NEAR(*ParseScorm12Time(FormatScorm12Time(s)), s, 0.005) << s;
        EXPECT_NEAR(*ParseIsoDuration(FormatIsoDuration(s)), s, 0.005) << s;
    }
}

TEST(ScormCommit, ReadsAScorm12Commit) {
    const Cmi cmi{{"cmi.core.lesson_status", "passed"},  {"cmi.core.score.raw", "8"},
                  {"cmi.core.score.min", "0"},           {"cmi.core.score.max", "10"},
                  {"cmi.core.session_time", "00:02:00"}, {"cmi.core.lesson_location", "p3"},
                  {"cmi.suspend_data", "a=1"},           {"cmi.core.exit", "suspend"}};
    auto c = ReadCommit(ScormVersion::v12, cmi, Lang::id);
    ASSERT_TRUE(c) << c.error().message;
    EXPECT_EQ(c->completion, "passed");
    EXPECT_DOUBLE_EQ(*c->score, 80);  // 8 of 0..10
    EXPECT_DOUBLE_EQ(*c->session_seconds, 120);
    EXPECT_EQ(c->location, "p3");
    EXPECT_EQ(c->suspend_data, "a=1");
    EXPECT_EQ(c->exit, "suspend");
}

TEST(ScormCommit, Scorm2004PrefersTheScaledScore) {
    const Cmi cmi{{"cmi.completion_status", "completed"}, {"cmi.success_status", "passed"},
                  {"cmi.score.scaled", "0.75"},           {"cmi.score.raw", "3"},
                  {"cmi.session_time", "PT1M"},           {"cmi.location", "x"}};
    auto c = ReadCommit(ScormVersion::v2004, cmi, Lang::id);
    ASSERT_TRUE(c);
    EXPECT_DOUBLE_EQ(*c->score, 75);
    EXPECT_DOUBLE_EQ(*c->session_seconds, 60);
    const Cmi raw_only{{"cmi.score.raw", "30"}, {"cmi.score.min", "0"}, {"cmi.score.max", "40"}};
    EXPECT_DOUBLE_EQ(*ReadCommit(ScormVersion::v2004, raw_only, Lang::id)->score, 75);
    EXPECT_FALSE(ReadCommit(ScormVersion::v2004, {}, Lang::id)->score);  // nothing reported
}

TEST(ScormCommit, RefusesValuesOutsideTheStandardNamingTheElement) {
    auto bad_status = ReadCommit(ScormVersion::v12, {{"cmi.core.lesson_status", "done"}}, Lang::id);
    ASSERT_FALSE(bad_status);
    EXPECT_EQ(bad_status.error().code, ErrorCode::invalid_argument);
    EXPECT_NE(bad_status.error().message.find("cmi.core.lesson_status"), std::string::npos);
    ASSERT_EQ(bad_status.error().details.size(), 1U);
    EXPECT_EQ(bad_status.error().details[0].column, "cmi.core.lesson_status");
    // 2004 words are not 1.2 words and the other way round
    EXPECT_FALSE(ReadCommit(ScormVersion::v12, {{"cmi.core.lesson_status", "unknown"}}, Lang::id));
    EXPECT_FALSE(ReadCommit(ScormVersion::v2004, {{"cmi.completion_status", "passed"}}, Lang::id));
    EXPECT_FALSE(ReadCommit(ScormVersion::v2004, {{"cmi.score.scaled", "1.5"}}, Lang::id));
    EXPECT_FALSE(ReadCommit(ScormVersion::v12, {{"cmi.core.score.raw", "lots"}}, Lang::id));
    EXPECT_FALSE(ReadCommit(ScormVersion::v12, {{"cmi.core.session_time", "PT1M"}}, Lang::id));
    auto en = ReadCommit(ScormVersion::v2004, {{"cmi.session_time", "00:01:00"}}, Lang::en);
    ASSERT_FALSE(en);
    EXPECT_NE(en.error().message.find("Invalid value for cmi.session_time"), std::string::npos);
}

ScormCommit Commit(std::string completion, std::string success, std::optional<double> score) {
    ScormCommit c;
    c.completion = std::move(completion);
    c.success = std::move(success);
    c.score = score;
    return c;
}

TEST(ScormStatus, Scorm12PassedOrCompletedIsDoneAndMasteryDecidesFromTheScore) {
    EXPECT_EQ(StatusAfter(ScormVersion::v12, Commit("passed", "", std::nullopt), std::nullopt), ModuleStatus::done);
    EXPECT_EQ(StatusAfter(ScormVersion::v12, Commit("completed", "", 10), std::nullopt), ModuleStatus::done);
    EXPECT_EQ(StatusAfter(ScormVersion::v12, Commit("failed", "", std::nullopt), std::nullopt), ModuleStatus::failed);
    EXPECT_EQ(StatusAfter(ScormVersion::v12, Commit("incomplete", "", 95), 80), ModuleStatus::in_progress);
    EXPECT_EQ(StatusAfter(ScormVersion::v12, Commit("completed", "", 79.9), 80), ModuleStatus::failed);
    EXPECT_EQ(StatusAfter(ScormVersion::v12, Commit("failed", "", 80), 80), ModuleStatus::done);  // the LMS decides
    EXPECT_EQ(StatusAfter(ScormVersion::v12, Commit("passed", "", std::nullopt), 80), ModuleStatus::done);
    EXPECT_EQ(StatusAfter(ScormVersion::v12, Commit("", "", std::nullopt), std::nullopt), ModuleStatus::in_progress);
}

TEST(ScormStatus, Scorm2004CompletionAndSuccessTogether) {
    const auto v = ScormVersion::v2004;
    EXPECT_EQ(StatusAfter(v, Commit("completed", "unknown", std::nullopt), std::nullopt), ModuleStatus::done);
    EXPECT_EQ(StatusAfter(v, Commit("completed", "failed", std::nullopt), std::nullopt), ModuleStatus::failed);
    EXPECT_EQ(StatusAfter(v, Commit("incomplete", "passed", std::nullopt), std::nullopt), ModuleStatus::done);
    EXPECT_EQ(StatusAfter(v, Commit("incomplete", "unknown", std::nullopt), std::nullopt), ModuleStatus::in_progress);
    EXPECT_EQ(StatusAfter(v, Commit("completed", "passed", 50), 60), ModuleStatus::failed);  // scaled passing score
    EXPECT_EQ(StatusAfter(v, Commit("completed", "failed", 60), 60), ModuleStatus::done);
}

TEST(ScormStatus, ResumeStatusSpeaksTheVersionsVocabulary) {
    EXPECT_EQ(ResumeStatus(ScormVersion::v12, ModuleStatus::not_started, "", "").first, "not attempted");
    EXPECT_EQ(ResumeStatus(ScormVersion::v12, ModuleStatus::in_progress, "incomplete", "").first, "incomplete");
    EXPECT_EQ(ResumeStatus(ScormVersion::v12, ModuleStatus::done, "completed", "").first, "completed");
    EXPECT_EQ(ResumeStatus(ScormVersion::v12, ModuleStatus::failed, "completed", "").first, "failed");
    const auto resumed = ResumeStatus(ScormVersion::v2004, ModuleStatus::in_progress, "incomplete", "");
    EXPECT_EQ(resumed.first, "incomplete");
    EXPECT_EQ(resumed.second, "unknown");
    EXPECT_EQ(ResumeStatus(ScormVersion::v2004, ModuleStatus::failed, "completed", "passed").second, "failed");
}

TEST(ModuleStatusCodes, RoundTrip) {
    for (auto s : {ModuleStatus::not_started, ModuleStatus::in_progress, ModuleStatus::done, ModuleStatus::failed}) {
        EXPECT_EQ(ModuleStatusFromCode(Code(s)), s);
    }
    EXPECT_FALSE(ModuleStatusFromCode("lulus"));
}

}  // namespace
}  // namespace bangkom::learning
