// Contract: data survives reopening, concurrent writers lose nothing, a million-row batch is fast.

#include <gmock/gmock.h>

#include <functional>
#include <thread>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

using domain::Kind;

TEST_P(StoreContract, ReopeningKeepsEveryKindOfData) {
    SeedWorld(store());
    auto user = store().CreateUser(User{0, "budi", "h", domain::Role::asn, "A1", "", "", "Budi", true});
    ASSERT_TRUE(user.ok());
    ASSERT_TRUE(store().PutSetting("k", "v").ok());
    ASSERT_TRUE(store().CreateSession(Session{"s", *user, "c", 0, 100}).ok());
    Reopen();
    EXPECT_EQ(*store().Count(Kind::pegawai), 4);
    auto program = store().Get(Kind::program, "PR1");
    ASSERT_TRUE(program.ok());
    EXPECT_EQ(std::get<std::vector<domain::Program>>(*program)[0].raises.size(), 1u);
    EXPECT_TRUE(store().FindUserByUsername("budi").ok());
    EXPECT_TRUE(store().FindSession("s", 50).ok());
    EXPECT_EQ(**store().GetSetting("k"), "v");
    // Upserting the same records again updates them: the keys survived too.
    const UpsertCounts again = MustUpsert(store(), std::vector<domain::Agency>{MakeAgency("A1", "Dinas Kesehatan")});
    EXPECT_EQ(again.updated, 1);
}

TEST_P(StoreContract, FourConcurrentWritersLoseNoRows) {
    constexpr int kThreads = 4;
    constexpr int kBatches = 25;
    std::vector<std::thread> threads;
    std::vector<int> failures(kThreads, 0);
    for (int t = 0; t < kThreads; ++t) {
        threads.emplace_back([this, t, &failures] {
            for (int b = 0; b < kBatches; ++b) {
                const std::string code = "T" + std::to_string(t) + "-" + std::to_string(b);
                std::vector<domain::Agency> batch = {MakeAgency(code + "a", "x"), MakeAgency(code + "b", "y")};
                if (!store().Upsert(batch).ok()) ++failures[t];
                if (!store().CountHit("shared", 0).ok()) ++failures[t];
                if (!store().AppendAudit(AuditEntry{0, b, t, "", "import", "opd", code, "", ""}).ok()) ++failures[t];
                if (!store().List(Kind::opd, ListQuery{}).ok()) ++failures[t];
            }
        });
    }
    for (auto& thread : threads) thread.join();
    EXPECT_THAT(failures, ::testing::Each(0));
    EXPECT_EQ(*store().Count(Kind::opd), kThreads * kBatches * 2);
    EXPECT_EQ(*store().CountHit("shared", 0), kThreads * kBatches + 1);
    EXPECT_EQ(store().ListAudit(0, 0)->size(), static_cast<size_t>(kThreads * kBatches));
}

// Two stores on one database stand for two server processes: their writers wait for each other.
TEST_P(StoreContract, WritersOfTwoStoresWaitForEachOther) {
    auto other = OpenAnother();
    ASSERT_NE(other, nullptr);
    constexpr int kBatches = 40;
    std::vector<int> failures(2, 0);
    auto writer = [&failures](Store& target, int t) {
        for (int b = 0; b < kBatches; ++b) {
            const std::string code = "S" + std::to_string(t) + "-" + std::to_string(b);
            if (!target.Upsert(std::vector<domain::Agency>{MakeAgency(code, "x")}).ok()) ++failures[t];
            if (!target.CountHit("both", 0).ok()) ++failures[t];
        }
    };
    std::thread first(writer, std::ref(store()), 0);
    std::thread second(writer, std::ref(*other), 1);
    first.join();
    second.join();
    EXPECT_THAT(failures, ::testing::Each(0));
    EXPECT_EQ(*store().Count(Kind::opd), 2 * kBatches);
    EXPECT_EQ(*other->CountHit("both", 0), 2 * kBatches + 1);
}

TEST_P(StoreContract, TwoStoresOnOneDatabaseSeeEachOthersWrites) {
    auto other = OpenAnother();
    ASSERT_NE(other, nullptr);
    MustUpsert(store(), std::vector<domain::Agency>{MakeAgency("A1", "x")});
    MustUpsert(*other, std::vector<domain::Agency>{MakeAgency("A2", "y")});
    EXPECT_EQ(*store().Count(Kind::opd), 2);
    EXPECT_EQ(*other->Count(Kind::opd), 2);
}

// A national import: one million assessments in one batch (5,000 employees x 50 competencies x 4 sources).
TEST_P(StoreContract, MillionAssessmentsInOneBatch) {
    constexpr int kEmployees = 5000;
    constexpr int kCompetencies = 50;
    MustUpsert(store(), std::vector<domain::Agency>{MakeAgency("A1", "x")});
    MustUpsert(store(), std::vector<domain::Position>{MakePosition("P1", "A1")});
    std::vector<domain::Competency> competencies;
    for (int c = 0; c < kCompetencies; ++c) competencies.push_back(MakeCompetency("K" + std::to_string(c), "k"));
    MustUpsert(store(), competencies);
    std::vector<domain::Employee> employees;
    for (int n = 0; n < kEmployees; ++n) employees.push_back(MakeEmployee(n, "e", "P1", "A1"));
    MustUpsert(store(), employees);

    const auto day = Day(2026, 1, 15);
    constexpr domain::AssessmentSource kSources[] = {domain::AssessmentSource::asesmen,
                                                     domain::AssessmentSource::atasan, domain::AssessmentSource::rekan,
                                                     domain::AssessmentSource::mandiri};
    std::vector<domain::Assessment> rows;
    rows.reserve(static_cast<size_t>(kEmployees) * kCompetencies * 4);
    for (const auto& e : employees) {
        for (const auto& c : competencies) {
            for (const auto source : kSources) rows.push_back({e.nip, c.code, 3.5, source, day});
        }
    }
    const UpsertCounts counts = MustUpsert(store(), rows);
    EXPECT_EQ(counts.inserted, 1'000'000);
    EXPECT_EQ(*store().Count(Kind::penilaian), 1'000'000);
    // Speed is measured in bench/import_bench, not asserted here (tests assert behaviour only).
}

}  // namespace
}  // namespace bangkom::storage::contract
