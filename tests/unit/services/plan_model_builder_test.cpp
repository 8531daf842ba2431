#include "services/plan_model_builder.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "plan_fixture.hpp"

namespace bangkom::services {
namespace {

using ::testing::ElementsAre;
using namespace plan_test;  // NOLINT(google-build-using-namespace): the fixture's names

BuiltPlanModel Build(const PlanScope& scope, analysis::Settings analysis = WorldAnalysisSettings()) {
    auto built = BuildPlanModel(WorldSnapshot(), analysis, WorldCatalog(), scope, planning::ModelSettings{});
    EXPECT_TRUE(built.ok()) << built.error().message;
    return std::move(built).value();
}

const planning::Employee& Find(const planning::Model& model, const std::string& nip) {
    for (const auto& e : model.employees) {
        if (e.nip == nip) return e;
    }
    ADD_FAILURE() << "no employee " << nip;
    return model.employees.front();
}

TEST(PlanModelBuilder, OfferingsOfTheYearWithTheirProgramsFigures) {
    const BuiltPlanModel built = Build({2027, ""});
    const planning::Model& m = built.model;
    EXPECT_EQ(m.year, 2027);
    ASSERT_EQ(m.offerings.size(), 3u);  // AN0 starts in 2026
    EXPECT_EQ(m.offerings[0].code, "AN1");
    EXPECT_EQ(m.offerings[1].code, "AN2");
    EXPECT_EQ(m.offerings[2].code, "AN3");
    const planning::Offering& an1 = m.offerings[0];
    EXPECT_EQ(m.programs[an1.program].code, "PR1");
    EXPECT_EQ(an1.jp, 24);
    EXPECT_EQ(an1.cost, 2'000'000);
    EXPECT_EQ(an1.capacity, 20);
    EXPECT_EQ(an1.first_day, domain::Date::FromYmd(2027, 3, 1)->DaysSinceEpoch());
    EXPECT_EQ(an1.last_day, domain::Date::FromYmd(2027, 3, 5)->DaysSinceEpoch());
    EXPECT_TRUE(an1.attendance);
    EXPECT_FALSE(m.offerings[1].attendance);  // e_learning
    EXPECT_EQ(m.offerings[1].cost, 0);
    const planning::Program& pr1 = m.programs[an1.program];
    ASSERT_EQ(pr1.raises.size(), 1u);
    EXPECT_EQ(m.competencies[pr1.raises[0].first], "K1");
    EXPECT_DOUBLE_EQ(pr1.raises[0].second, 1);
    EXPECT_DOUBLE_EQ(m.programs[m.offerings[2].program].max_level, 2);
    EXPECT_EQ(m.programs.size(), 3u);
}

TEST(PlanModelBuilder, AgenciesWithBudgets) {
    const planning::Model m = Build({2027, ""}).model;
    ASSERT_EQ(m.agencies.size(), 2u);
    EXPECT_EQ(m.agencies[0].code, "A1");
    EXPECT_EQ(m.agencies[0].budget, 10'000'000);
    EXPECT_EQ(m.agencies[1].budget, 5'000'000);
    EXPECT_EQ(m.settings.target_jp, 20);
    EXPECT_EQ(m.settings.jp_cap, 160);
}

TEST(PlanModelBuilder, NeedsAndWeightsComeFromTheAnalysis) {
    const BuiltPlanModel built = Build({2027, ""});
    const planning::Model& m = built.model;
    ASSERT_EQ(m.employees.size(), 3u);
    const planning::Employee& e1 = Find(m, kE1);
    EXPECT_EQ(m.agencies[e1.agency].code, "A1");
    ASSERT_EQ(e1.needs.size(), 2u);  // K2 held 2 of 2: no need
    EXPECT_EQ(m.competencies[e1.needs[0].competency], "K1");
    EXPECT_DOUBLE_EQ(e1.needs[0].held, 1);
    EXPECT_DOUBLE_EQ(e1.needs[0].g1, 2);
    EXPECT_DOUBLE_EQ(e1.needs[0].g2, 0);
    EXPECT_DOUBLE_EQ(e1.needs[0].w1, 1.5);  // proposal approved for 2027
    EXPECT_EQ(m.competencies[e1.needs[1].competency], "K3");
    EXPECT_DOUBLE_EQ(e1.needs[1].g1, 0);
    EXPECT_DOUBLE_EQ(e1.needs[1].g2, 2);
    EXPECT_DOUBLE_EQ(e1.needs[1].w2, 0.5);
    EXPECT_TRUE(Find(m, kE2).needs.empty());
    EXPECT_TRUE(Find(m, kE3).needs.empty());  // not assessed: adds nothing
    EXPECT_EQ(built.analysis_date, "2027-01-01");
}

TEST(PlanModelBuilder, JpEarnedInThePlanYearOnly) {
    const BuiltPlanModel built = Build({2027, ""});
    EXPECT_EQ(Find(built.model, kE1).j0, 8);
    EXPECT_EQ(Find(built.model, kE2).j0, 0);
    EXPECT_THAT(built.earned_jp, ElementsAre(8, 0, 0));
    EXPECT_THAT(built.jp_subject, ElementsAre(true, true, true));
}

TEST(PlanModelBuilder, ProposalsApprovedForThePlanYear) {
    const BuiltPlanModel built = Build({2027, ""});
    ASSERT_EQ(built.proposals.size(), 3u);
    ASSERT_EQ(built.proposals[0].size(), 1u);  // K2's proposal is for 2026
    EXPECT_EQ(built.model.competencies[built.proposals[0][0]], "K1");
    EXPECT_TRUE(built.proposals[1].empty());
}

TEST(PlanModelBuilder, CandidatesRaiseANeedOrAreFree) {
    const planning::Model m = Build({2027, ""}).model;
    EXPECT_THAT(Find(m, kE1).candidates, ElementsAre(0u, 1u));  // AN1 (K1), AN2 (K3, free); AN3 raises no need
    EXPECT_THAT(Find(m, kE2).candidates, ElementsAre(1u));      // only the free one
    EXPECT_THAT(Find(m, kE3).candidates, ElementsAre(1u));
}

TEST(PlanModelBuilder, NoCandidateWhenTheProgramCannotRaiseTheHeldLevel) {
    PlanCatalog catalog = WorldCatalog();
    catalog.programs[0].max_level = 1;  // PR1 up to level 1: E1 holds K1 at 1 already
    auto built = BuildPlanModel(WorldSnapshot(), WorldAnalysisSettings(), catalog, {2027, ""}, {});
    ASSERT_TRUE(built.ok());
    EXPECT_THAT(Find(built->model, kE1).candidates, ElementsAre(1u));
}

TEST(PlanModelBuilder, AFlaggedProgramRaisesByItsFactorAndIsListed) {
    PlanCatalog catalog = WorldCatalog();
    catalog.flags = {{"PR1", "AN0", "tidak_signifikan", 0.5}, {"PR9", "X", "menurun", 0.5}};  // PR9 not offered
    auto built = BuildPlanModel(WorldSnapshot(), WorldAnalysisSettings(), catalog, {2027, ""}, {});
    ASSERT_TRUE(built.ok());
    const planning::Model& m = built->model;
    const planning::Program& pr1 = m.programs[m.offerings[0].program];
    ASSERT_EQ(pr1.code, "PR1");
    EXPECT_DOUBLE_EQ(pr1.raises[0].second, 0.5);  // u halved
    EXPECT_DOUBLE_EQ(m.programs[m.offerings[2].program].raises[0].second,
                     Build({2027, ""}).model.programs[m.offerings[2].program].raises[0].second);  // others as they are
    ASSERT_EQ(built->flagged.size(), 1u);
    EXPECT_EQ(built->flagged[0].program, "PR1");
    EXPECT_EQ(built->flagged[0].verdict, "tidak_signifikan");
}

TEST(PlanModelBuilder, PppkOutsideTheRuleHaveNoShortfall) {
    analysis::Settings analysis = WorldAnalysisSettings();
    analysis.jp_applies_to_pppk = false;
    const BuiltPlanModel built = Build({2027, ""}, analysis);
    EXPECT_EQ(Find(built.model, kE2).j0, 20);
    EXPECT_THAT(built.earned_jp, ElementsAre(8, 0, 0));
    EXPECT_THAT(built.jp_subject, ElementsAre(true, false, true));
}

TEST(PlanModelBuilder, AgencyScope) {
    const BuiltPlanModel built = Build({2027, "A2"});
    ASSERT_EQ(built.model.agencies.size(), 1u);
    EXPECT_EQ(built.model.agencies[0].code, "A2");
    EXPECT_EQ(built.model.agencies[0].budget, 5'000'000);
    ASSERT_EQ(built.model.employees.size(), 1u);
    EXPECT_EQ(built.model.employees[0].nip, kE3);
    EXPECT_EQ(built.model.employees[0].agency, 0u);
    EXPECT_EQ(built.agency, "A2");
}

TEST(PlanModelBuilder, UnknownAgencyIsNotFound) {
    auto built = BuildPlanModel(WorldSnapshot(), WorldAnalysisSettings(), WorldCatalog(), {2027, "ZZ"}, {});
    ASSERT_FALSE(built.ok());
    EXPECT_EQ(built.error().code, ErrorCode::not_found);
    EXPECT_THAT(built.error().message, ::testing::HasSubstr("ZZ"));
}

TEST(PlanModelBuilder, YearWithoutOfferingsIsRefused) {
    analysis::Settings analysis = WorldAnalysisSettings();
    analysis.analysis_date = PlanAnalysisDate(2030).value();
    auto built = BuildPlanModel(WorldSnapshot(), analysis, WorldCatalog(), {2030, ""}, {});
    ASSERT_FALSE(built.ok());
    EXPECT_EQ(built.error().code, ErrorCode::failed_precondition);
    EXPECT_THAT(built.error().message, ::testing::HasSubstr("2030"));
}

TEST(PlanModelBuilder, AnalysisDateIsTheFirstDayOfTheYear) {
    EXPECT_EQ(PlanAnalysisDate(2027)->ToIso(), "2027-01-01");
    auto bad = PlanAnalysisDate(1800);
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::invalid_argument);
    EXPECT_THAT(bad.error().message, ::testing::HasSubstr("1800"));
}

TEST(PlanSettings, JsonOverridesDefaultsAndRoundTrips) {
    planning::ModelSettings s;
    ASSERT_TRUE(ApplyPlanSettingsJson(R"({"jp_cap":0,"shortfall_penalty":0.5})", s, domain::Lang::id).ok());
    EXPECT_EQ(s.target_jp, 20);
    EXPECT_EQ(s.jp_cap, 0);
    EXPECT_DOUBLE_EQ(s.shortfall_penalty, 0.5);
    EXPECT_EQ(PlanSettingsJson(s), R"({"target_jp":20,"jp_cap":0,"shortfall_penalty":5E-1})");
    planning::ModelSettings back;
    ASSERT_TRUE(ApplyPlanSettingsJson(PlanSettingsJson(s), back, domain::Lang::id).ok());
    EXPECT_EQ(back.jp_cap, 0);
    EXPECT_DOUBLE_EQ(back.shortfall_penalty, 0.5);
}

TEST(PlanSettings, BadJsonIsRefused) {
    planning::ModelSettings s;
    for (const char* text :
         {"[", "[]", R"({"jp_cap":"x"})", R"({"target_jp":-1})", R"({"jp_cap":-5})", R"({"shortfall_penalty":-0.1})"}) {
        auto r = ApplyPlanSettingsJson(text, s, domain::Lang::id);
        ASSERT_FALSE(r.ok()) << text;
        EXPECT_EQ(r.error().code, ErrorCode::invalid_argument) << text;
        EXPECT_THAT(r.error().message, ::testing::HasSubstr("Pengaturan rencana"));
    }
}

}  // namespace
}  // namespace bangkom::services
