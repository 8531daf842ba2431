// Contract: saved plans — versions per (year, agency scope), rows browsed by filters, the status life cycle.

#include <gmock/gmock.h>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

PlanHeader MakeHeader(int year, const std::string& agency) {
    PlanHeader h;
    h.year = year;
    h.agency = agency;
    h.solver = "fast";
    h.value = 123.456789012345;
    h.bound = 130.25;
    h.gap = 0.052147;
    h.cost = 15'000'000;
    h.settings_json = R"({"target_jp":20})";
    h.summary_json = R"({"jp":{"employees":3}})";
    h.created_by = 7;
    h.created_at = 1'700'000'000;
    h.comment = "pertama";
    h.status = PlanStatus::approved;  // ignored: a new version is always a draft
    h.version = 42;                   // ignored: numbered by the store
    return h;
}

PlanAssignmentRow MakeRow(const std::string& nip, const std::string& offering, const std::string& agency) {
    return PlanAssignmentRow{nip,
                             offering,
                             "PR-" + offering,
                             agency,
                             24,
                             2'500'000,
                             {"kesenjangan", "usulan_pegawai"},
                             {{"K1", 1.5}, {"K2", 0.25}}};
}

std::vector<PlanAssignmentRow> ThreeRows() {
    return {MakeRow("198609262015051001", "AN2", "A1"), MakeRow("198609262015051001", "AN1", "A1"),
            MakeRow("198609262015051004", "AN1", "A2")};
}

TEST_P(StoreContract, PlanSaveNumbersVersionsPerYearAndScope) {
    auto first = store().Plans().SavePlanVersion(MakeHeader(2027, ""), ThreeRows());
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_GT(first->id, 0);
    EXPECT_EQ(first->version, 1);
    EXPECT_EQ(first->status, PlanStatus::draft);
    EXPECT_EQ(first->assignment_count, 3);
    EXPECT_EQ(first->updated_at, first->created_at);
    auto second = store().Plans().SavePlanVersion(MakeHeader(2027, ""), {});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->version, 2);
    EXPECT_NE(second->id, first->id);
    auto other_scope = store().Plans().SavePlanVersion(MakeHeader(2027, "A1"), {});
    ASSERT_TRUE(other_scope.ok());
    EXPECT_EQ(other_scope->version, 1);
    auto other_year = store().Plans().SavePlanVersion(MakeHeader(2028, ""), {});
    ASSERT_TRUE(other_year.ok());
    EXPECT_EQ(other_year->version, 1);
}

TEST_P(StoreContract, PlanHeaderRoundTrips) {
    auto saved = store().Plans().SavePlanVersion(MakeHeader(2027, "A1"), ThreeRows());
    ASSERT_TRUE(saved.ok());
    Reopen();
    auto got = store().Plans().GetPlan(saved->id);
    ASSERT_TRUE(got.ok()) << got.error().message;
    EXPECT_EQ(got->year, 2027);
    EXPECT_EQ(got->agency, "A1");
    EXPECT_EQ(got->version, 1);
    EXPECT_EQ(got->status, PlanStatus::draft);
    EXPECT_EQ(got->solver, "fast");
    EXPECT_DOUBLE_EQ(got->value, 123.456789012345);
    EXPECT_DOUBLE_EQ(got->bound, 130.25);
    EXPECT_DOUBLE_EQ(got->gap, 0.052147);
    EXPECT_EQ(got->cost, 15'000'000);
    EXPECT_EQ(got->settings_json, R"({"target_jp":20})");
    EXPECT_EQ(got->summary_json, R"({"jp":{"employees":3}})");
    EXPECT_EQ(got->created_by, 7);
    EXPECT_EQ(got->created_at, 1'700'000'000);
    EXPECT_EQ(got->comment, "pertama");
    EXPECT_EQ(got->assignment_count, 3);
}

TEST_P(StoreContract, PlanGetUnknownIsNotFound) {
    auto got = store().Plans().GetPlan(999);
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().code, ErrorCode::not_found);
    auto rows = store().Plans().ListPlanRows(999, {});
    ASSERT_FALSE(rows.ok());
    EXPECT_EQ(rows.error().code, ErrorCode::not_found);
}

TEST_P(StoreContract, PlanRowsRoundTripSortedAndFiltered) {
    auto saved = store().Plans().SavePlanVersion(MakeHeader(2027, ""), ThreeRows());
    ASSERT_TRUE(saved.ok());
    auto all = store().Plans().ListPlanRows(saved->id, {});
    ASSERT_TRUE(all.ok()) << all.error().message;
    ASSERT_EQ(all->size(), 3u);
    EXPECT_EQ((*all)[0], MakeRow("198609262015051001", "AN1", "A1"));  // sorted by (agency, nip, offering)
    EXPECT_EQ((*all)[1].offering, "AN2");
    EXPECT_EQ((*all)[2].agency, "A2");
    EXPECT_THAT((*all)[0].reasons, ::testing::ElementsAre("kesenjangan", "usulan_pegawai"));
    EXPECT_EQ((*all)[0].closes, (std::vector<PlanClosure>{{"K1", 1.5}, {"K2", 0.25}}));

    auto by_agency = store().Plans().ListPlanRows(saved->id, PlanRowQuery{"A2", "", "", ""});
    ASSERT_TRUE(by_agency.ok());
    ASSERT_EQ(by_agency->size(), 1u);
    EXPECT_EQ((*by_agency)[0].nip, "198609262015051004");
    auto by_nip = store().Plans().ListPlanRows(saved->id, PlanRowQuery{"", "198609262015051001", "", ""});
    ASSERT_TRUE(by_nip.ok());
    EXPECT_EQ(by_nip->size(), 2u);
    auto by_offering = store().Plans().ListPlanRows(saved->id, PlanRowQuery{"", "", "AN1", ""});
    ASSERT_TRUE(by_offering.ok());
    EXPECT_EQ(by_offering->size(), 2u);
    auto by_program = store().Plans().ListPlanRows(saved->id, PlanRowQuery{"", "", "", "PR-AN2"});
    ASSERT_TRUE(by_program.ok());
    EXPECT_EQ(by_program->size(), 1u);
    auto none = store().Plans().ListPlanRows(saved->id, PlanRowQuery{"A2", "198609262015051001", "", ""});
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
}

TEST_P(StoreContract, PlanRowsWithEmptyListsRoundTrip) {
    PlanAssignmentRow row = MakeRow("198609262015051001", "AN1", "A1");
    row.reasons.clear();
    row.closes.clear();
    auto saved = store().Plans().SavePlanVersion(MakeHeader(2027, ""), {row});
    ASSERT_TRUE(saved.ok());
    auto rows = store().Plans().ListPlanRows(saved->id, {});
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0], row);
}

TEST_P(StoreContract, PlanSaveRefusesDuplicateRowsAndBadYearAndStoresNothing) {
    auto rows = ThreeRows();
    rows.push_back(rows[0]);
    auto duplicate = store().Plans().SavePlanVersion(MakeHeader(2027, ""), rows);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::invalid_argument);
    auto bad_year = store().Plans().SavePlanVersion(MakeHeader(0, ""), {});
    ASSERT_FALSE(bad_year.ok());
    EXPECT_EQ(bad_year.error().code, ErrorCode::invalid_argument);
    auto listed = store().Plans().ListPlans({});
    ASSERT_TRUE(listed.ok());
    EXPECT_TRUE(listed->empty());
}

TEST_P(StoreContract, PlanListFiltersAndOrdersNewestFirst) {
    ASSERT_TRUE(store().Plans().SavePlanVersion(MakeHeader(2027, ""), {}).ok());
    ASSERT_TRUE(store().Plans().SavePlanVersion(MakeHeader(2027, ""), {}).ok());
    ASSERT_TRUE(store().Plans().SavePlanVersion(MakeHeader(2027, "A1"), {}).ok());
    auto newer = store().Plans().SavePlanVersion(MakeHeader(2028, "A1"), {});
    ASSERT_TRUE(newer.ok());
    auto all = store().Plans().ListPlans({});
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 4u);
    EXPECT_EQ((*all)[0].year, 2028);
    EXPECT_EQ((*all)[1].agency, "");
    EXPECT_EQ((*all)[1].version, 2);
    EXPECT_EQ((*all)[2].version, 1);
    EXPECT_EQ((*all)[3].agency, "A1");

    auto year = store().Plans().ListPlans(PlanQuery{2027, std::nullopt, std::nullopt});
    ASSERT_TRUE(year.ok());
    EXPECT_EQ(year->size(), 3u);
    auto all_agencies = store().Plans().ListPlans(PlanQuery{2027, std::string(), std::nullopt});
    ASSERT_TRUE(all_agencies.ok());
    EXPECT_EQ(all_agencies->size(), 2u);
    auto a1 = store().Plans().ListPlans(PlanQuery{0, std::string("A1"), std::nullopt});
    ASSERT_TRUE(a1.ok());
    EXPECT_EQ(a1->size(), 2u);
    ASSERT_TRUE(store().Plans().SetPlanStatus(newer->id, PlanStatus::submitted, "", 5).ok());
    auto submitted = store().Plans().ListPlans(PlanQuery{0, std::nullopt, PlanStatus::submitted});
    ASSERT_TRUE(submitted.ok());
    ASSERT_EQ(submitted->size(), 1u);
    EXPECT_EQ((*submitted)[0].id, newer->id);
}

TEST_P(StoreContract, PlanStatusFollowsTheLifeCycle) {
    auto saved = store().Plans().SavePlanVersion(MakeHeader(2027, "A1"), {});
    ASSERT_TRUE(saved.ok());
    auto skip = store().Plans().SetPlanStatus(saved->id, PlanStatus::approved, "", 10);
    ASSERT_FALSE(skip.ok());
    EXPECT_EQ(skip.error().code, ErrorCode::failed_precondition);
    auto submitted = store().Plans().SetPlanStatus(saved->id, PlanStatus::submitted, "diajukan", 20);
    ASSERT_TRUE(submitted.ok()) << submitted.error().message;
    EXPECT_EQ(submitted->status, PlanStatus::submitted);
    auto returned = store().Plans().SetPlanStatus(saved->id, PlanStatus::returned, "anggaran terlalu besar", 30);
    ASSERT_TRUE(returned.ok());
    auto got = store().Plans().GetPlan(saved->id);
    ASSERT_TRUE(got.ok());
    EXPECT_EQ(got->status, PlanStatus::returned);
    EXPECT_EQ(got->comment, "anggaran terlalu besar");
    EXPECT_EQ(got->updated_at, 30);
    EXPECT_EQ(got->created_at, 1'700'000'000);
    auto again = store().Plans().SetPlanStatus(saved->id, PlanStatus::approved, "", 40);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::failed_precondition);
    auto unknown = store().Plans().SetPlanStatus(999, PlanStatus::submitted, "", 40);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
}

TEST_P(StoreContract, PlanVersionsVisibleFromAnotherStore) {
    auto other = OpenAnother();
    ASSERT_NE(other, nullptr);
    ASSERT_TRUE(store().Plans().SavePlanVersion(MakeHeader(2027, ""), {}).ok());
    auto second = other->Plans().SavePlanVersion(MakeHeader(2027, ""), {});
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->version, 2);
}

TEST(PlanCodec, StatusCodesAndTransitions) {
    for (auto s : {PlanStatus::draft, PlanStatus::submitted, PlanStatus::approved, PlanStatus::returned}) {
        EXPECT_EQ(PlanStatusFromCode(PlanStatusCode(s)), s);
    }
    EXPECT_FALSE(PlanStatusFromCode("disetujui").has_value());
    EXPECT_TRUE(PlanTransitionAllowed(PlanStatus::draft, PlanStatus::submitted));
    EXPECT_TRUE(PlanTransitionAllowed(PlanStatus::submitted, PlanStatus::approved));
    EXPECT_TRUE(PlanTransitionAllowed(PlanStatus::submitted, PlanStatus::returned));
    EXPECT_FALSE(PlanTransitionAllowed(PlanStatus::draft, PlanStatus::approved));
    EXPECT_FALSE(PlanTransitionAllowed(PlanStatus::approved, PlanStatus::returned));
    EXPECT_FALSE(PlanTransitionAllowed(PlanStatus::returned, PlanStatus::submitted));
}

TEST(PlanCodec, ListsRoundTripThroughText) {
    const std::vector<PlanClosure> closes = {{"K.1", 0.1}, {"K2", 3}};
    EXPECT_EQ(EncodePlanClosures(closes), "K.1=0.1;K2=3");
    EXPECT_EQ(DecodePlanClosures(EncodePlanClosures(closes)), closes);
    EXPECT_TRUE(DecodePlanClosures("").empty());
    EXPECT_EQ(EncodePlanReasons({"a", "b"}), "a,b");
    EXPECT_THAT(DecodePlanReasons("a,b"), ::testing::ElementsAre("a", "b"));
    EXPECT_TRUE(DecodePlanReasons("").empty());
}

}  // namespace
}  // namespace bangkom::storage::contract
