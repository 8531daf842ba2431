#include "services/plan_json.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

#include "plan_fixture.hpp"
#include "planning/check.hpp"

namespace bangkom::services {
namespace {

using ::testing::ElementsAre;
namespace json = boost::json;

BuiltPlanModel World() {
    auto built = BuildPlanModel(plan_test::WorldSnapshot(), plan_test::WorldAnalysisSettings(),
                                plan_test::WorldCatalog(), {2027, ""}, planning::ModelSettings{});
    EXPECT_TRUE(built.ok());
    return std::move(built).value();
}

// Employees E1, E2, E3 = 0, 1, 2; offerings AN1, AN2, AN3 = 0, 1, 2 (see plan_fixture.hpp).
planning::Solution Solve(const BuiltPlanModel& built, std::vector<planning::Assignment> assignments) {
    EXPECT_TRUE(planning::CheckPlan(built.model, assignments).empty());
    planning::Solution s = planning::Evaluate(built.model, std::move(assignments));
    s.solver = "fast";
    s.bound = s.value + 1;
    s.gap = planning::RelativeGap(s.value, s.bound);
    return s;
}

TEST(PlanRows, ReasonsAndClosures) {
    const BuiltPlanModel built = World();
    const auto rows = PlanRows(built, Solve(built, {{0, 0}, {0, 1}, {2, 1}}));
    ASSERT_EQ(rows.size(), 3u);
    EXPECT_EQ(rows[0].nip, plan_test::kE1);
    EXPECT_EQ(rows[0].offering, "AN1");
    EXPECT_EQ(rows[0].program, "PR1");
    EXPECT_EQ(rows[0].agency, "A1");
    EXPECT_EQ(rows[0].jp, 24);
    EXPECT_EQ(rows[0].cost, 2'000'000);
    // Without AN1, E1 would have 8 + 10 < 20 JP; K1 has a proposal approved for 2027.
    EXPECT_THAT(rows[0].reasons, ElementsAre(kReasonGap, kReasonProposal, kReasonJp));
    EXPECT_EQ(rows[0].closes, (std::vector<storage::PlanClosure>{{"K1", 1}}));
    // Without AN2, E1 still has 8 + 24 >= 20.
    EXPECT_THAT(rows[1].reasons, ElementsAre(kReasonGap));
    EXPECT_EQ(rows[1].closes, (std::vector<storage::PlanClosure>{{"K3", 2}}));
    // E3 has no assessed need: only the 20 JP rule.
    EXPECT_THAT(rows[2].reasons, ElementsAre(kReasonJp));
    EXPECT_TRUE(rows[2].closes.empty());
}

TEST(PlanRows, TwoOfferingsShareWhatIsLeftOfANeed) {
    BuiltPlanModel built = World();
    planning::Model& m = built.model;
    m.offerings.push_back(m.offerings[0]);  // AN1b: another run of PR1 (the checker is not asked here)
    m.offerings.back().code = "AN1b";
    m.employees[0].needs[0].g1 = 1.5;  // K1: 1.5 left to close, each run raises 1
    planning::Solution s;
    s.assignments = {{0, 0}, {0, 3}};
    const auto rows = PlanRows(built, s);
    ASSERT_EQ(rows.size(), 2u);
    EXPECT_EQ(rows[0].closes, (std::vector<storage::PlanClosure>{{"K1", 1}}));
    EXPECT_EQ(rows[1].closes, (std::vector<storage::PlanClosure>{{"K1", 0.5}}));
}

TEST(PlanRows, NoReasonWhenNothingIsClosedAndJpIsMetAnyway) {
    BuiltPlanModel built = World();
    built.model.employees[0].j0 = 40;
    built.model.employees[0].needs.clear();
    planning::Solution s;
    s.assignments = {{0, 1}};
    const auto rows = PlanRows(built, s);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_TRUE(rows[0].reasons.empty());
}

TEST(PlanJp, CountsSubjectEmployeesMeetingTheTarget) {
    const BuiltPlanModel built = World();
    const PlanJpFigures jp = PlanJp(built, Solve(built, {{0, 0}, {0, 1}, {2, 1}}));
    EXPECT_EQ(jp.employees, 3);
    EXPECT_EQ(jp.meeting_20, 1);  // E1: 8 + 34
    EXPECT_EQ(jp.short_count, 2);
    EXPECT_EQ(jp.shortfall_jp, 30);  // E2 20, E3 10
}

TEST(PlanJson, TheIssueShape) {
    const BuiltPlanModel built = World();
    const planning::Solution s = Solve(built, {{0, 0}, {0, 1}, {2, 1}});
    const json::value doc = json::parse(PlanJsonText(built, s, PlanRows(built, s)));
    const json::object& o = doc.as_object();
    EXPECT_EQ(o.at("year").as_int64(), 2027);
    EXPECT_TRUE(o.at("agency").is_null());
    EXPECT_EQ(o.at("solver").as_string(), "fast");
    EXPECT_DOUBLE_EQ(o.at("value").to_number<double>(), s.value);
    EXPECT_DOUBLE_EQ(o.at("bound").to_number<double>(), s.bound);
    EXPECT_EQ(o.at("cost").as_int64(), 2'000'000);
    EXPECT_EQ(o.at("analysis_date").as_string(), "2027-01-01");
    const json::array& assignments = o.at("assignments").as_array();
    ASSERT_EQ(assignments.size(), 3u);
    const json::object& first = assignments[0].as_object();
    EXPECT_EQ(first.at("nip").as_string(), plan_test::kE1);
    EXPECT_EQ(first.at("offering").as_string(), "AN1");
    EXPECT_EQ(first.at("program").as_string(), "PR1");
    EXPECT_EQ(first.at("jp").as_int64(), 24);
    EXPECT_EQ(first.at("reasons").as_array().size(), 3u);
    EXPECT_EQ(first.at("closes").as_array()[0].at("competency").as_string(), "K1");
    const json::array& agencies = o.at("agencies").as_array();
    ASSERT_EQ(agencies.size(), 2u);
    EXPECT_EQ(agencies[0].at("agency").as_string(), "A1");
    EXPECT_EQ(agencies[0].at("budget").as_int64(), 10'000'000);
    EXPECT_EQ(agencies[0].at("used").as_int64(), 2'000'000);
    EXPECT_EQ(agencies[1].at("used").as_int64(), 0);
    const json::array& offerings = o.at("offerings").as_array();
    ASSERT_EQ(offerings.size(), 3u);
    EXPECT_EQ(offerings[0].at("seats").as_int64(), 20);
    EXPECT_EQ(offerings[0].at("used").as_int64(), 1);
    EXPECT_EQ(offerings[1].at("used").as_int64(), 2);
    const json::object& jp = o.at("jp").as_object();
    EXPECT_EQ(jp.at("employees").as_int64(), 3);
    EXPECT_EQ(jp.at("meeting_20").as_int64(), 1);
    EXPECT_EQ(jp.at("short").as_int64(), 2);
}

TEST(PlanJson, SummaryKeepsBudgetsSeatsAndJp) {
    const BuiltPlanModel built = World();
    const planning::Solution s = Solve(built, {{0, 0}});
    const json::value doc = json::parse(PlanSummaryJson(built, s));
    EXPECT_EQ(doc.at("agencies").as_array()[0].at("used").as_int64(), 2'000'000);
    EXPECT_EQ(doc.at("offerings").as_array()[0].at("used").as_int64(), 1);
    EXPECT_EQ(doc.at("jp").at("meeting_20").as_int64(), 1);
}

TEST(PlanText, SummaryInTheLanguage) {
    const BuiltPlanModel built = World();
    const planning::Solution s = Solve(built, {{0, 0}});
    const std::string id = PlanText(built, s, PlanRows(built, s), domain::Lang::id);
    EXPECT_THAT(id, ::testing::HasSubstr("Rencana 2027"));
    EXPECT_THAT(id, ::testing::HasSubstr("A1: Rp 2.000.000 / Rp 10.000.000"));
    const std::string en = PlanText(built, s, PlanRows(built, s), domain::Lang::en);
    EXPECT_THAT(en, ::testing::HasSubstr("Plan 2027"));
    EXPECT_THAT(en, ::testing::HasSubstr("1 / 3 employees meet it"));
}

}  // namespace
}  // namespace bangkom::services
