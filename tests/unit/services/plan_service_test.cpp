#include "services/plan_service.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>

#include "plan_fixture.hpp"
#include "planning/check.hpp"
#include "services/evaluation_service.hpp"

namespace bangkom::services {
namespace {

class PlanServiceTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string pattern = ::testing::TempDir() + "bangkom-plan-XXXXXX";
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        dir_ = pattern;
        auto store = storage::OpenStore(dir_ + "/bangkom.db");
        ASSERT_TRUE(store.ok()) << store.error().message;
        store_ = std::move(store).value();
        for (const auto& batch : plan_test::WorldRecords()) {
            auto r = store_->Upsert(batch);
            ASSERT_TRUE(r.ok()) << r.error().message;
        }
        gaps_ = std::make_unique<GapService>(*store_);
        service_ = std::make_unique<PlanService>(*store_, *gaps_);
    }
    void TearDown() override {
        service_.reset();
        gaps_.reset();
        store_.reset();
        std::filesystem::remove_all(dir_);
    }

    PlanOutcome MustRun(const std::string& solver, const std::string& agency = "") {
        PlanRequest request;
        request.scope = {2027, agency};
        request.solver = solver;
        request.progress = [this](int percent, const std::string&) { percents_.push_back(percent); };
        auto outcome = service_->Run(request);
        EXPECT_TRUE(outcome.ok()) << outcome.error().message;
        return std::move(outcome).value();
    }

    std::string dir_;
    std::unique_ptr<storage::Store> store_;
    std::unique_ptr<GapService> gaps_;
    std::unique_ptr<PlanService> service_;
    std::vector<int> percents_;
};

TEST_F(PlanServiceTest, BuildsTheModelFromTheStore) {
    PlanTimings timings;
    auto built = service_->Build({2027, ""}, domain::Lang::id, &timings);
    ASSERT_TRUE(built.ok()) << built.error().message;
    EXPECT_EQ(built->model.employees.size(), 3u);
    EXPECT_EQ(built->model.offerings.size(), 3u);
    EXPECT_EQ(built->model.agencies[0].budget, 10'000'000);
    EXPECT_EQ(built->earned_jp[0], 8);
    EXPECT_GE(timings.load, 0);
}

TEST_F(PlanServiceTest, StoredSettingsReachTheModel) {
    ASSERT_TRUE(store_->PutSetting(kPlanSettingsKey, R"({"jp_cap":100,"shortfall_penalty":0.3})").ok());
    auto built = service_->Build({2027, ""});
    ASSERT_TRUE(built.ok());
    EXPECT_EQ(built->model.settings.jp_cap, 100);
    EXPECT_DOUBLE_EQ(built->model.settings.shortfall_penalty, 0.3);
    EXPECT_EQ(built->model.settings.target_jp, 20);
}

TEST_F(PlanServiceTest, BadStoredSettingsAreInvalidArgument) {
    ASSERT_TRUE(store_->PutSetting(kPlanSettingsKey, R"({"jp_cap":-1})").ok());
    auto built = service_->Build({2027, ""});
    ASSERT_FALSE(built.ok());
    EXPECT_EQ(built.error().code, ErrorCode::invalid_argument);
}

TEST_F(PlanServiceTest, LastYearsVerdictLowersAProgramUntilARevisionIsRecorded) {
    // AN0 (PR1, 1–5 March 2026) with three pre/post pairs that barely move → tidak_signifikan (two pairs suffice here)
    ASSERT_TRUE(store_->PutSetting(kEvaluationSettingsKey, R"({"min_pairs":2})").ok());
    std::vector<domain::TestScore> tests;
    const double change[] = {1, -1, 0.5};
    int i = 0;
    for (const auto& nip : {plan_test::kE1, plan_test::kE2, plan_test::kE3}) {
        tests.push_back({"AN0", *domain::Nip::ParseReference(nip), domain::TestKind::pre, 60});
        tests.push_back({"AN0", *domain::Nip::ParseReference(nip), domain::TestKind::post, 60 + change[i++]});
    }
    ASSERT_TRUE(store_->Upsert(domain::Records{tests}).ok());

    auto flagged = service_->Build({2027, ""});
    ASSERT_TRUE(flagged.ok()) << flagged.error().message;
    ASSERT_EQ(flagged->flagged.size(), 1u);
    EXPECT_EQ(flagged->flagged[0].program, "PR1");
    EXPECT_EQ(flagged->flagged[0].verdict, "tidak_signifikan");
    EXPECT_DOUBLE_EQ(flagged->flagged[0].factor, 0.5);
    EXPECT_EQ(flagged->flagged[0].revision, 0);

    // a revision dated before the offering ended changes nothing; one on its last day lifts the flag
    ASSERT_TRUE(store_->Review().AddRevision({0, "PR1", "2026-03-04", "materi", "Terlalu awal.", 1, 1}).ok());
    EXPECT_EQ(service_->Build({2027, ""})->flagged[0].revision, 0);
    auto id = store_->Review().AddRevision({0, "PR1", "2026-03-05", "materi_metode", "Modul dan metode baru.", 1, 2});
    ASSERT_TRUE(id.ok());
    auto revised = service_->Build({2027, ""});
    ASSERT_TRUE(revised.ok());
    ASSERT_EQ(revised->flagged.size(), 1u);
    EXPECT_EQ(revised->flagged[0].revision, *id);
    EXPECT_DOUBLE_EQ(revised->flagged[0].factor, 1.0);
    // PR1 raises K1 by one level in the catalog: halved while flagged, whole again once revised
    const auto raise_of_pr1 = [](const planning::Model& model) {
        for (const auto& p : model.programs) {
            if (p.code == "PR1" && !p.raises.empty()) return p.raises.front().second;
        }
        return -1.0;
    };
    EXPECT_DOUBLE_EQ(raise_of_pr1(flagged->model), 0.5);
    EXPECT_DOUBLE_EQ(raise_of_pr1(revised->model), 1.0);
}

TEST_F(PlanServiceTest, FastAndExactGiveFeasiblePlansOfTheSameValue) {
    const PlanOutcome fast = MustRun("fast");
    EXPECT_TRUE(planning::CheckPlan(fast.built.model, fast.solution.assignments).empty());
    EXPECT_EQ(fast.solution.solver, "fast");
    EXPECT_EQ(fast.rows.size(), fast.solution.assignments.size());
    EXPECT_FALSE(fast.rows.empty());
    const PlanOutcome exact = MustRun("exact");
    EXPECT_TRUE(planning::CheckPlan(exact.built.model, exact.solution.assignments).empty());
    EXPECT_NEAR(exact.solution.value, fast.solution.value, 1e-6);
    EXPECT_EQ(percents_.front(), 0);
    EXPECT_EQ(percents_.back(), 100);
}

TEST_F(PlanServiceTest, UnknownSolverIsInvalidArgument) {
    PlanRequest request;
    request.scope = {2027, ""};
    request.solver = "magic";
    auto outcome = service_->Run(request);
    ASSERT_FALSE(outcome.ok());
    EXPECT_EQ(outcome.error().code, ErrorCode::invalid_argument);
    EXPECT_THAT(outcome.error().message, ::testing::HasSubstr("magic"));
}

TEST_F(PlanServiceTest, UnknownAgencyAndBadYearAreRefused) {
    PlanRequest request;
    request.scope = {2027, "ZZ"};
    auto agency = service_->Run(request);
    ASSERT_FALSE(agency.ok());
    EXPECT_EQ(agency.error().code, ErrorCode::not_found);
    request.scope = {3000, ""};
    auto year = service_->Run(request);
    ASSERT_FALSE(year.ok());
    EXPECT_EQ(year.error().code, ErrorCode::invalid_argument);
}

TEST_F(PlanServiceTest, SaveKeepsAVersionItsRowsAndAnAuditEntry) {
    const PlanOutcome outcome = MustRun("fast", "A1");
    auto saved = service_->Save(outcome, PlanAuthor{5, "admin"}, 1'800'000'000);
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    EXPECT_EQ(saved->version, 1);
    EXPECT_EQ(saved->agency, "A1");
    EXPECT_EQ(saved->year, 2027);
    EXPECT_EQ(saved->status, storage::PlanStatus::draft);
    EXPECT_EQ(saved->settings_json, R"({"target_jp":20,"jp_cap":160,"shortfall_penalty":2E-1})");
    EXPECT_THAT(saved->summary_json, ::testing::HasSubstr("\"meeting_20\""));
    EXPECT_DOUBLE_EQ(saved->value, outcome.solution.value);
    auto rows = store_->Plans().ListPlanRows(saved->id, {});
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->size(), outcome.rows.size());
    auto audit = store_->ListAudit(0, 1);
    ASSERT_TRUE(audit.ok());
    ASSERT_EQ(audit->size(), 1u);
    EXPECT_EQ((*audit)[0].action, "plan.save");
    EXPECT_EQ((*audit)[0].entity_key, std::to_string(saved->id));
    EXPECT_EQ((*audit)[0].user_id, 5);
    auto again = service_->Save(outcome, PlanAuthor{5, "admin"}, 1'800'000'100);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(again->version, 2);
}

}  // namespace
}  // namespace bangkom::services
