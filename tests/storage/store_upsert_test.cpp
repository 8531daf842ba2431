// Contract: Upsert counts inserts and updates for every kind, stores every field, and is all or nothing.

#include <gmock/gmock.h>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

using domain::Kind;

template <class R>
std::vector<R> ListAll(Store& store, Kind kind) {
    ListQuery query;
    query.limit = 0;
    auto page = store.List(kind, query);
    EXPECT_TRUE(page.ok()) << (page.ok() ? "" : page.error().message);
    if (!page.ok()) return {};
    return std::get<std::vector<R>>(page->items);
}

// Upserts `first`, then `second` (one changed record with the first's key and one new record), and checks the
// counts: keyed kinds update, appended kinds always insert.
template <class R>
void ExpectUpsertCounts(Store& store, Kind kind, std::vector<R> first, std::vector<R> second, bool keyed) {
    const UpsertCounts a = MustUpsert(store, first);
    EXPECT_EQ(a.inserted, 2) << domain::KindCode(kind);
    EXPECT_EQ(a.updated, 0) << domain::KindCode(kind);
    const UpsertCounts b = MustUpsert(store, second);
    EXPECT_EQ(b.inserted, keyed ? 1 : 2) << domain::KindCode(kind);
    EXPECT_EQ(b.updated, keyed ? 1 : 0) << domain::KindCode(kind);
    auto count = store.Count(kind);
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, keyed ? 3 : 4) << domain::KindCode(kind);
}

TEST_P(StoreContract, UpsertCountsMasterKinds) {
    ExpectUpsertCounts<domain::Agency>(store(), Kind::opd, {MakeAgency("A1", "x"), MakeAgency("A2", "y")},
                                       {MakeAgency("A1", "z"), MakeAgency("A3", "w")}, true);
    ExpectUpsertCounts<domain::ServiceUnit>(store(), Kind::unit_layanan, {MakeUnit("U1", "A1"), MakeUnit("U2", "A1")},
                                            {MakeUnit("U1", "A2"), MakeUnit("U3", "A1")}, true);
    ExpectUpsertCounts<domain::Competency>(store(), Kind::kompetensi,
                                           {MakeCompetency("K1", "a"), MakeCompetency("K2", "b")},
                                           {MakeCompetency("K1", "c"), MakeCompetency("K3", "d")}, true);
    ExpectUpsertCounts<domain::Position>(store(), Kind::jabatan, {MakePosition("P1", "A1"), MakePosition("P2", "A1")},
                                         {MakePosition("P1", "A2"), MakePosition("P3", "A1")}, true);
    ExpectUpsertCounts<domain::PositionStandard>(store(), Kind::standar_kompetensi,
                                                 {{"P1", "K1", 3, 1.0}, {"P1", "K2", 2, 1.0}},
                                                 {{"P1", "K1", 4, 2.0}, {"P2", "K1", 1, 1.0}}, true);
    ExpectUpsertCounts<domain::Employee>(store(), Kind::pegawai,
                                         {MakeEmployee(1, "a", "P1", "A1"), MakeEmployee(2, "b", "P1", "A1")},
                                         {MakeEmployee(1, "c", "P2", "A2"), MakeEmployee(3, "d", "P1", "A1")}, true);
    ExpectUpsertCounts<domain::Program>(store(), Kind::program, {MakeProgram("PR1", "K1"), MakeProgram("PR2", "K1")},
                                        {MakeProgram("PR1", "K2"), MakeProgram("PR3", "K1")}, true);
    ExpectUpsertCounts<domain::Offering>(store(), Kind::angkatan,
                                         {MakeOffering("AN1", "PR1"), MakeOffering("AN2", "PR1")},
                                         {MakeOffering("AN1", "PR2"), MakeOffering("AN3", "PR1")}, true);
}

TEST_P(StoreContract, UpsertCountsTransactionKinds) {
    SeedWorld(store());
    using domain::AssessmentSource;
    const auto d1 = Day(2026, 1, 10);
    ExpectUpsertCounts<domain::Assessment>(
        store(), Kind::penilaian,
        {{TestNip(1), "K1", 3.0, AssessmentSource::asesmen, d1}, {TestNip(1), "K1", 2.5, AssessmentSource::atasan, d1}},
        {{TestNip(1), "K1", 4.0, AssessmentSource::asesmen, d1},
         {TestNip(2), "K1", 2.0, AssessmentSource::asesmen, d1}},
        true);
    using domain::Expectation;
    using domain::Predikat;
    ExpectUpsertCounts<domain::PerformanceRating>(
        store(), Kind::kinerja,
        {{TestNip(1), 2025, Expectation::sesuai, Expectation::sesuai, Predikat::baik},
         {TestNip(1), 2024, Expectation::sesuai, Expectation::sesuai, Predikat::baik}},
        {{TestNip(1), 2025, Expectation::di_atas, Expectation::di_atas, Predikat::sangat_baik},
         {TestNip(2), 2025, Expectation::sesuai, Expectation::sesuai, Predikat::baik}},
        true);
    const auto d2 = Day(2026, 2, 1);
    ExpectUpsertCounts<domain::JpHistoryEntry>(
        store(), Kind::riwayat_jp,
        {{TestNip(1), "Latsar", d1, d2, 40, "BPSDM", "S-1"}, {TestNip(1), "Bimtek", d1, d2, 10, "", ""}},
        {{TestNip(1), "Latsar", d1, d2, 45, "BPSDM", "S-2"}, {TestNip(2), "Latsar", d1, d2, 40, "", ""}}, true);
    domain::Proposal p1{0, TestNip(1), "K1", 2027, "butuh", std::nullopt, 1, domain::ProposalStatus::submitted};
    domain::Proposal p2 = p1;
    p2.competency_code = "K2";
    domain::Proposal p1b = p1;
    p1b.reason = "lebih butuh";
    domain::Proposal p3 = p1;
    p3.nip = TestNip(3);
    ExpectUpsertCounts<domain::Proposal>(store(), Kind::usulan, {p1, p2}, {p1b, p3}, true);
    ExpectUpsertCounts<domain::TestScore>(
        store(), Kind::tes,
        {{"AN1", TestNip(1), domain::TestKind::pre, 50}, {"AN1", TestNip(1), domain::TestKind::post, 80}},
        {{"AN1", TestNip(1), domain::TestKind::pre, 55}, {"AN1", TestNip(2), domain::TestKind::pre, 60}}, true);
}

TEST_P(StoreContract, UpsertAppendedKindsAlwaysInsert) {
    SeedWorld(store());
    domain::SurveyResponse survey;
    survey.unit_code = "U1";
    survey.date = Day(2026, 5, 1);
    survey.answers = {4, 3, std::nullopt, 4, 4, 3, 2, 4, 1};
    survey.sex = domain::Sex::P;
    survey.age = 31;
    survey.suggestion = "antrian lebih cepat";
    ExpectUpsertCounts<domain::SurveyResponse>(store(), Kind::skm, {survey, survey}, {survey, survey}, false);
    domain::ReactionAnswer reaction{0, "AN1", TestNip(1), {5, 4, 4, std::nullopt, 3, 5}, "bagus"};
    domain::ReactionAnswer anonymous{0, "AN1", std::nullopt, {1, 2, 3, 4, 5, 1}, ""};
    ExpectUpsertCounts<domain::ReactionAnswer>(store(), Kind::reaksi, {reaction, anonymous}, {reaction, anonymous},
                                               false);
    domain::Feedback360 feedback{0, TestNip(2), "hash-1", domain::Relationship::atasan, "K1", 4.5, Day(2026, 6, 1)};
    ExpectUpsertCounts<domain::Feedback360>(store(), Kind::umpan_balik_360, {feedback, feedback}, {feedback, feedback},
                                            false);
}

TEST_P(StoreContract, StoredRecordsReadBackFieldForField) {
    SeedWorld(store());
    const auto employees = ListAll<domain::Employee>(store(), Kind::pegawai);
    ASSERT_EQ(employees.size(), 4u);
    EXPECT_EQ(employees[1].nip, TestNip(2));
    EXPECT_EQ(employees[1].name, "Siti Aminah");
    ASSERT_TRUE(employees[1].supervisor_nip.has_value());
    EXPECT_EQ(*employees[1].supervisor_nip, TestNip(1));
    EXPECT_FALSE(employees[0].supervisor_nip.has_value());
    EXPECT_EQ(employees[1].unit_code, "");
    EXPECT_EQ(employees[1].email, "pegawai2@example.go.id");

    const auto competencies = ListAll<domain::Competency>(store(), Kind::kompetensi);
    ASSERT_EQ(competencies.size(), 2u);
    EXPECT_EQ(competencies[0].level_descriptions[4], "lima");
    EXPECT_EQ(competencies[0].kind, domain::CompetencyKind::teknis);

    domain::SurveyResponse survey;
    survey.unit_code = "U1";
    survey.date = Day(2026, 5, 1);
    survey.answers = {4, 3, std::nullopt, 4, 4, 3, 2, 4, 1};
    survey.age = 31;
    MustUpsert(store(), std::vector<domain::SurveyResponse>{survey});
    const auto surveys = ListAll<domain::SurveyResponse>(store(), Kind::skm);
    ASSERT_EQ(surveys.size(), 1u);
    EXPECT_GT(surveys[0].id, 0);
    EXPECT_EQ(surveys[0].answers, survey.answers);
    EXPECT_EQ(surveys[0].date, survey.date);
    EXPECT_FALSE(surveys[0].sex.has_value());
    EXPECT_EQ(surveys[0].age, 31);
}

TEST_P(StoreContract, ProgramUpsertReplacesItsRaises) {
    SeedWorld(store());
    domain::Program program = MakeProgram("PR1", "K1");
    program.raises = {{"K2", 2}, {"K1", 1}};
    MustUpsert(store(), std::vector<domain::Program>{program});
    auto got = store().Get(Kind::program, "PR1");
    ASSERT_TRUE(got.ok()) << got.error().message;
    const auto& stored = std::get<std::vector<domain::Program>>(*got);
    ASSERT_EQ(stored.size(), 1u);
    ASSERT_EQ(stored[0].raises.size(), 2u);
    EXPECT_EQ(stored[0].raises[0].competency_code, "K2");
    EXPECT_EQ(stored[0].raises[0].levels, 2);
    EXPECT_EQ(stored[0].raises[1].competency_code, "K1");
    EXPECT_EQ(stored[0].cost_per_participant.rupiah, 2'500'000);
    EXPECT_EQ(stored[0].max_level, 4);
}

TEST_P(StoreContract, ProposalKeepsItsIdWhenUpdated) {
    SeedWorld(store());
    domain::Proposal proposal{
        0, TestNip(2), "K1", 2027, "a", domain::DevelopmentForm::coaching, 2, domain::ProposalStatus::submitted};
    MustUpsert(store(), std::vector<domain::Proposal>{proposal});
    const auto before = ListAll<domain::Proposal>(store(), Kind::usulan);
    proposal.status = domain::ProposalStatus::approved;
    MustUpsert(store(), std::vector<domain::Proposal>{proposal});
    const auto after = ListAll<domain::Proposal>(store(), Kind::usulan);
    ASSERT_EQ(after.size(), 1u);
    ASSERT_EQ(before.size(), 1u);
    EXPECT_EQ(after[0].id, before[0].id);
    EXPECT_EQ(after[0].status, domain::ProposalStatus::approved);
    EXPECT_EQ(after[0].form, domain::DevelopmentForm::coaching);
}

TEST_P(StoreContract, BatchWithMissingReferenceWritesNothing) {
    SeedWorld(store());
    const std::vector<domain::Employee> batch = {MakeEmployee(10, "Baru", "P1", "A1"),
                                                 MakeEmployee(11, "Salah", "P1", "TIDAK-ADA"),
                                                 MakeEmployee(1, "Budi Berubah", "P1", "A1")};
    auto result = store().Upsert(batch);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::failed_precondition);
    EXPECT_THAT(result.error().message, ::testing::HasSubstr("ke-2"));  // names the failing record
    auto count = store().Count(Kind::pegawai);
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 4);
    auto budi = store().Get(Kind::pegawai, TestNip(1).str());
    ASSERT_TRUE(budi.ok());
    EXPECT_EQ(std::get<std::vector<domain::Employee>>(*budi)[0].name, "Budi Santoso");
}

TEST_P(StoreContract, AppendedBatchWithMissingReferenceWritesNothing) {
    SeedWorld(store());
    domain::Feedback360 good{0, TestNip(2), "", domain::Relationship::rekan, "K1", 3, Day(2026, 6, 1)};
    domain::Feedback360 bad = good;
    bad.competency_code = "K9";
    auto result = store().Upsert(std::vector<domain::Feedback360>{good, bad});
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::failed_precondition);
    auto count = store().Count(Kind::umpan_balik_360);
    ASSERT_TRUE(count.ok());
    EXPECT_EQ(*count, 0);
}

TEST_P(StoreContract, EmptyBatchCountsNothing) {
    const UpsertCounts counts = MustUpsert(store(), domain::EmptyRecords(Kind::penilaian));
    EXPECT_EQ(counts.inserted, 0);
    EXPECT_EQ(counts.updated, 0);
}

}  // namespace
}  // namespace bangkom::storage::contract
