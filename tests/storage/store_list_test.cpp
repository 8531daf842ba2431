// Contract: List (search, sort, paging, scope filters), Keys, Get and Count.

#include <gmock/gmock.h>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

using domain::Kind;
using ::testing::ElementsAre;

std::vector<std::string> EmployeeNames(const RecordPage& page) {
    std::vector<std::string> names;
    for (const auto& e : std::get<std::vector<domain::Employee>>(page.items)) names.push_back(e.name);
    return names;
}

RecordPage MustList(Store& store, Kind kind, const ListQuery& query) {
    auto page = store.List(kind, query);
    EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.error().message);
    return page.ok() ? std::move(*page) : RecordPage{};
}

void SeedAssessments(Store& store) {
    const auto day = Day(2026, 3, 1);
    std::vector<domain::Assessment> rows;
    for (int n = 1; n <= 4; ++n) rows.push_back({TestNip(n), "K1", 3.0, domain::AssessmentSource::asesmen, day});
    MustUpsert(store, rows);
}

TEST_P(StoreContract, ListDefaultsToKeyOrderWithTotal) {
    SeedWorld(store());
    const RecordPage page = MustList(store(), Kind::pegawai, {});
    EXPECT_EQ(page.total, 4);
    EXPECT_THAT(EmployeeNames(page), ElementsAre("Budi Santoso", "Siti Aminah", "Agus Salim", "Dewi Lestari"));
}

TEST_P(StoreContract, ListSearchIsCaseInsensitiveOverNamesCodesAndNip) {
    SeedWorld(store());
    ListQuery query;
    query.search = "sITi";
    EXPECT_THAT(EmployeeNames(MustList(store(), Kind::pegawai, query)), ElementsAre("Siti Aminah"));
    query.search = TestNip(4).str().substr(10);  // part of a NIP
    EXPECT_THAT(EmployeeNames(MustList(store(), Kind::pegawai, query)), ElementsAre("Dewi Lestari"));
    query.search = "dinas kes";
    const RecordPage agencies = MustList(store(), Kind::opd, query);
    EXPECT_EQ(agencies.total, 1);
    query.search = "a2";
    EXPECT_EQ(MustList(store(), Kind::opd, query).total, 1);
}

TEST_P(StoreContract, ListSearchTakesWildcardsLiterally) {
    SeedWorld(store());
    ListQuery query;
    query.search = "%";
    EXPECT_EQ(MustList(store(), Kind::pegawai, query).total, 0);
    query.search = "_";
    EXPECT_EQ(MustList(store(), Kind::pegawai, query).total, 0);
}

TEST_P(StoreContract, ListSortsByAFormatsColumnBothWays) {
    SeedWorld(store());
    ListQuery query;
    query.sort_by = "nama";
    EXPECT_THAT(EmployeeNames(MustList(store(), Kind::pegawai, query)),
                ElementsAre("Agus Salim", "Budi Santoso", "Dewi Lestari", "Siti Aminah"));
    query.descending = true;
    EXPECT_THAT(EmployeeNames(MustList(store(), Kind::pegawai, query)),
                ElementsAre("Siti Aminah", "Dewi Lestari", "Budi Santoso", "Agus Salim"));
    query.sort_by.clear();
    EXPECT_THAT(EmployeeNames(MustList(store(), Kind::pegawai, query)),
                ElementsAre("Dewi Lestari", "Agus Salim", "Siti Aminah", "Budi Santoso"));
}

TEST_P(StoreContract, ListRejectsAnUnknownSortColumn) {
    SeedWorld(store());
    ListQuery query;
    query.sort_by = "nama; DROP TABLE pegawai";
    auto page = store().List(Kind::pegawai, query);
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code, ErrorCode::invalid_argument);
    query.sort_by = "nama_opd";  // a column of another kind
    EXPECT_FALSE(store().List(Kind::pegawai, query).ok());
}

TEST_P(StoreContract, ListSortByAColumnWithNothingToSortKeepsKeyOrder) {
    SeedWorld(store());
    MustUpsert(store(), std::vector<domain::Program>{MakeProgram("PR0", "K2")});
    ListQuery query;
    query.sort_by = "kompetensi";  // a program's list of raises
    auto programs = store().List(Kind::program, query);
    ASSERT_TRUE(programs.ok()) << programs.error().message;
    const auto& items = std::get<std::vector<domain::Program>>(programs->items);
    ASSERT_EQ(items.size(), 2u);
    EXPECT_EQ(items[0].code, "PR0");
    query.sort_by = "nip_penilai";  // stored only as a hash
    EXPECT_TRUE(store().List(Kind::umpan_balik_360, query).ok());
}

TEST_P(StoreContract, ListPagesWithOffsetAndLimit) {
    SeedWorld(store());
    ListQuery query;
    query.sort_by = "nama";
    query.offset = 1;
    query.limit = 2;
    const RecordPage page = MustList(store(), Kind::pegawai, query);
    EXPECT_EQ(page.total, 4);
    EXPECT_THAT(EmployeeNames(page), ElementsAre("Budi Santoso", "Dewi Lestari"));
    query.offset = 3;
    query.limit = 0;  // all the rest
    EXPECT_THAT(EmployeeNames(MustList(store(), Kind::pegawai, query)), ElementsAre("Siti Aminah"));
    query.offset = 10;
    const RecordPage beyond = MustList(store(), Kind::pegawai, query);
    EXPECT_EQ(beyond.total, 4);
    EXPECT_TRUE(EmployeeNames(beyond).empty());
}

TEST_P(StoreContract, ListRejectsNegativePaging) {
    ListQuery query;
    query.offset = -1;
    auto page = store().List(Kind::opd, query);
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code, ErrorCode::invalid_argument);
    query.offset = 0;
    query.limit = -5;
    EXPECT_FALSE(store().List(Kind::opd, query).ok());
}

TEST_P(StoreContract, ListAgencyScopeFollowsRowEmployeeOrUnit) {
    SeedWorld(store());
    SeedAssessments(store());
    domain::SurveyResponse survey;
    survey.unit_code = "U2";
    survey.date = Day(2026, 5, 1);
    MustUpsert(store(), std::vector<domain::SurveyResponse>{survey});
    ListQuery query;
    query.agency_code = "A1";
    EXPECT_EQ(MustList(store(), Kind::pegawai, query).total, 3);    // the row's agency
    EXPECT_EQ(MustList(store(), Kind::penilaian, query).total, 3);  // its employee's agency
    EXPECT_EQ(MustList(store(), Kind::unit_layanan, query).total, 1);
    EXPECT_EQ(MustList(store(), Kind::skm, query).total, 0);  // its unit's agency
    query.agency_code = "A2";
    EXPECT_EQ(MustList(store(), Kind::skm, query).total, 1);
    EXPECT_EQ(MustList(store(), Kind::opd, query).total, 1);
    EXPECT_EQ(MustList(store(), Kind::kompetensi, query).total, 2);  // the shared catalog is not scoped
}

TEST_P(StoreContract, ListStandardsScopedThroughTheirPosition) {
    SeedWorld(store());
    MustUpsert(store(),
               std::vector<domain::PositionStandard>{{"P1", "K1", 3, 1.0}, {"P2", "K1", 2, 1.0}, {"P2", "K2", 2, 1.5}});
    ListQuery query;
    query.agency_code = "A2";
    EXPECT_EQ(MustList(store(), Kind::standar_kompetensi, query).total, 2);
}

TEST_P(StoreContract, ListNipScopeKeepsOneEmployeesRows) {
    SeedWorld(store());
    SeedAssessments(store());
    ListQuery query;
    query.nip = TestNip(2).str();
    const RecordPage page = MustList(store(), Kind::penilaian, query);
    ASSERT_EQ(page.total, 1);
    EXPECT_EQ(std::get<std::vector<domain::Assessment>>(page.items)[0].nip, TestNip(2));
    EXPECT_THAT(EmployeeNames(MustList(store(), Kind::pegawai, query)), ElementsAre("Siti Aminah"));
}

TEST_P(StoreContract, ListTeamScopeKeepsSupervisorAndTeam) {
    SeedWorld(store());
    SeedAssessments(store());
    ListQuery query;
    query.team_of = TestNip(1).str();
    EXPECT_THAT(EmployeeNames(MustList(store(), Kind::pegawai, query)),
                ElementsAre("Budi Santoso", "Siti Aminah", "Agus Salim"));
    EXPECT_EQ(MustList(store(), Kind::penilaian, query).total, 3);
    query.team_of = TestNip(2).str();  // no team: only herself
    EXPECT_EQ(MustList(store(), Kind::penilaian, query).total, 1);
}

TEST_P(StoreContract, ListFiltersCombine) {
    SeedWorld(store());
    ListQuery query;
    query.agency_code = "A1";
    query.search = "a";
    query.sort_by = "nama";
    query.limit = 1;
    const RecordPage page = MustList(store(), Kind::pegawai, query);
    EXPECT_EQ(page.total, 3);
    EXPECT_THAT(EmployeeNames(page), ElementsAre("Agus Salim"));
}

TEST_P(StoreContract, KeysListKeyedMasterKinds) {
    SeedWorld(store());
    auto agencies = store().Keys(Kind::opd);
    ASSERT_TRUE(agencies.ok());
    EXPECT_THAT(*agencies, ElementsAre("A1", "A2"));
    auto nips = store().Keys(Kind::pegawai);
    ASSERT_TRUE(nips.ok());
    EXPECT_EQ(nips->size(), 4u);
    EXPECT_EQ(nips->front(), TestNip(1).str());
    auto offerings = store().Keys(Kind::angkatan);
    ASSERT_TRUE(offerings.ok());
    EXPECT_THAT(*offerings, ElementsAre("AN1"));
}

TEST_P(StoreContract, KeysAndGetRejectKindsWithoutASingleKey) {
    auto keys = store().Keys(Kind::penilaian);
    ASSERT_FALSE(keys.ok());
    EXPECT_EQ(keys.error().code, ErrorCode::invalid_argument);
    auto got = store().Get(Kind::skm, "1");
    ASSERT_FALSE(got.ok());
    EXPECT_EQ(got.error().code, ErrorCode::invalid_argument);
}

TEST_P(StoreContract, GetFindsOneRecordOrAnswersNotFound) {
    SeedWorld(store());
    auto unit = store().Get(Kind::unit_layanan, "U2");
    ASSERT_TRUE(unit.ok()) << unit.error().message;
    const auto& units = std::get<std::vector<domain::ServiceUnit>>(*unit);
    ASSERT_EQ(units.size(), 1u);
    EXPECT_EQ(units[0].agency_code, "A2");
    auto missing = store().Get(Kind::opd, "A9");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

TEST_P(StoreContract, CountCountsEachKind) {
    SeedWorld(store());
    for (const Kind kind : domain::AllKinds()) {
        auto count = store().Count(kind);
        ASSERT_TRUE(count.ok()) << domain::KindCode(kind);
    }
    EXPECT_EQ(*store().Count(Kind::pegawai), 4);
    EXPECT_EQ(*store().Count(Kind::penilaian), 0);
}

}  // namespace
}  // namespace bangkom::storage::contract
