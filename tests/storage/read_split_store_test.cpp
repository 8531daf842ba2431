// ReadSplitStore on two real SQLite files that hold different data: every answer shows which one it came from.

#include "storage/read_split_store.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <thread>

#include "sqlite/sqlite_test_dir.hpp"
#include "store_contract.hpp"

namespace bangkom::storage {
namespace {

using contract::MakeAgency;
using domain::Agency;
using domain::Kind;
using ::testing::ElementsAre;

std::string AgencyName(const Result<domain::Records>& records) {
    if (!records.ok()) return "<" + records.error().message + ">";
    const auto& agencies = std::get<std::vector<Agency>>(*records);
    return agencies.empty() ? "<none>" : agencies[0].name;
}

class ReadSplitStoreTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto primary = OpenStore(dir_.File("primary.db"));
        auto replica = OpenStore(dir_.File("replica.db"));
        ASSERT_TRUE(primary.ok() && replica.ok());
        primary_ = primary->get();
        replica_ = replica->get();
        // The same key with different names, and one agency only the replica has.
        ASSERT_TRUE(primary_->Upsert(std::vector<Agency>{MakeAgency("A1", "Di primer")}).ok());
        ASSERT_TRUE(replica_->Upsert(std::vector<Agency>{MakeAgency("A1", "Di replika"), MakeAgency("R9", "x")}).ok());
        split_ = std::make_unique<ReadSplitStore>(std::move(*primary), std::move(*replica));
    }

    sqlite::TempDir dir_;
    Store* primary_ = nullptr;
    Store* replica_ = nullptr;
    std::unique_ptr<ReadSplitStore> split_;
};

TEST_F(ReadSplitStoreTest, RecordReadsComeFromTheReadStore) {
    auto page = split_->List(Kind::opd, ListQuery{});
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total, 2);
    EXPECT_EQ(std::get<std::vector<Agency>>(page->items)[0].name, "Di replika");
    EXPECT_THAT(*split_->Keys(Kind::opd), ElementsAre("A1", "R9"));
    EXPECT_EQ(AgencyName(split_->Get(Kind::opd, "A1")), "Di replika");
    EXPECT_TRUE(split_->Get(Kind::opd, "R9").ok());
    EXPECT_EQ(*split_->Count(Kind::opd), 2);
}

TEST_F(ReadSplitStoreTest, RecordWritesLandInThePrimaryOnly) {
    auto counts = split_->Upsert(std::vector<Agency>{MakeAgency("A1", "Baru"), MakeAgency("A2", "Dua")});
    ASSERT_TRUE(counts.ok());
    // Counted by the primary: A1 existed there (updated), A2 did not; the replica's R9 played no part.
    EXPECT_EQ(counts->inserted, 1);
    EXPECT_EQ(counts->updated, 1);
    EXPECT_EQ(AgencyName(primary_->Get(Kind::opd, "A1")), "Baru");
    EXPECT_EQ(*primary_->Count(Kind::opd), 2);
    EXPECT_EQ(AgencyName(replica_->Get(Kind::opd, "A1")), "Di replika");
    EXPECT_EQ(replica_->Get(Kind::opd, "A2").error().code, ErrorCode::not_found);
    // Reads through the split still see the replica until it catches up.
    EXPECT_EQ(split_->Get(Kind::opd, "A2").error().code, ErrorCode::not_found);
}

TEST_F(ReadSplitStoreTest, UpsertErrorsComeFromThePrimary) {
    // R9 exists only in the replica: a unit referring to it breaks the primary's foreign key.
    auto counts = split_->Upsert(std::vector<domain::ServiceUnit>{contract::MakeUnit("U1", "R9")});
    ASSERT_FALSE(counts.ok());
    EXPECT_EQ(*replica_->Count(Kind::unit_layanan), 0);
    EXPECT_EQ(*primary_->Count(Kind::unit_layanan), 0);
}

TEST_F(ReadSplitStoreTest, UsersAndSessionsLiveInThePrimary) {
    auto id = split_->CreateUser(User{0, "budi", "h", domain::Role::admin_bkd, "", "", "", "Budi", true});
    ASSERT_TRUE(id.ok());
    EXPECT_TRUE(primary_->FindUserByUsername("budi").ok());
    EXPECT_EQ(replica_->FindUserByUsername("budi").error().code, ErrorCode::not_found);
    EXPECT_EQ(split_->FindUserById(*id)->username, "budi");
    EXPECT_EQ(split_->ListUsers()->size(), 1u);
    User renamed = *split_->FindUserById(*id);
    renamed.display_name = "Budi S.";
    ASSERT_TRUE(split_->UpdateUser(renamed).ok());
    EXPECT_EQ(primary_->FindUserById(*id)->display_name, "Budi S.");

    ASSERT_TRUE(split_->CreateSession(Session{"t", *id, "c", 0, 100}).ok());
    ASSERT_TRUE(split_->TouchSession("t", 200).ok());
    EXPECT_EQ(primary_->FindSession("t", 150)->expires_at, 200);
    EXPECT_EQ(split_->FindSession("t", 150)->csrf_token, "c");
    ASSERT_TRUE(split_->DeleteSession("t").ok());
    EXPECT_EQ(primary_->FindSession("t", 150).error().code, ErrorCode::not_found);
    ASSERT_TRUE(split_->CreateSession(Session{"old", *id, "c", 0, 10}).ok());
    ASSERT_TRUE(split_->DeleteExpiredSessions(50).ok());
    EXPECT_EQ(primary_->FindSession("old", 5).error().code, ErrorCode::not_found);
}

TEST_F(ReadSplitStoreTest, LimitsAuditJobsAndSettingsLiveInThePrimary) {
    EXPECT_EQ(*split_->CountHit("login:budi", 60), 1);
    EXPECT_EQ(*split_->CountHit("login:budi", 60), 2);
    EXPECT_EQ(*split_->Hits("login:budi", 60), 2);
    EXPECT_EQ(*primary_->Hits("login:budi", 60), 2);
    EXPECT_EQ(*replica_->Hits("login:budi", 60), 0);

    ASSERT_TRUE(split_->AppendAudit(AuditEntry{0, 5, 0, "cli", "import", "opd", "A1", "", ""}).ok());
    EXPECT_EQ(split_->ListAudit(0, 0)->size(), 1u);
    EXPECT_EQ(primary_->ListAudit(0, 0)->size(), 1u);
    EXPECT_TRUE(replica_->ListAudit(0, 0)->empty());

    ASSERT_TRUE(split_->CreateJob(Job{"j1", "import", 0, JobState::queued, 0, "", "", 1, 1}).ok());
    ASSERT_TRUE(split_->UpdateJob("j1", JobState::running, 40, "separuh", "", 2).ok());
    EXPECT_EQ(primary_->FindJob("j1")->percent, 40);
    EXPECT_EQ(split_->FindJob("j1")->message, "separuh");
    EXPECT_EQ(replica_->FindJob("j1").error().code, ErrorCode::not_found);

    ASSERT_TRUE(split_->PutSetting("k", "\"v\"").ok());
    EXPECT_EQ(**primary_->GetSetting("k"), "\"v\"");
    EXPECT_EQ(**split_->GetSetting("k"), "\"v\"");
    EXPECT_FALSE(replica_->GetSetting("k")->has_value());
}

TEST_F(ReadSplitStoreTest, PrimaryReadScopeSendsThisThreadsReadsToThePrimary) {
    {
        ReadSplitStore::PrimaryReadScope outer;
        {
            ReadSplitStore::PrimaryReadScope inner;
            EXPECT_EQ(AgencyName(split_->Get(Kind::opd, "A1")), "Di primer");
        }
        // Still inside the outer scope: still the primary.
        EXPECT_THAT(*split_->Keys(Kind::opd), ElementsAre("A1"));
        EXPECT_EQ(*split_->Count(Kind::opd), 1);
        EXPECT_EQ(split_->List(Kind::opd, ListQuery{})->total, 1);
        // Another thread without a scope reads the replica meanwhile.
        int64_t other_count = 0;
        std::thread([&] { other_count = *split_->Count(Kind::opd); }).join();
        EXPECT_EQ(other_count, 2);
    }
    EXPECT_EQ(AgencyName(split_->Get(Kind::opd, "A1")), "Di replika");
}

TEST_F(ReadSplitStoreTest, HalvesAreReachable) {
    EXPECT_EQ(&split_->primary(), primary_);
    EXPECT_EQ(&split_->read(), replica_);
}

TEST(ReadSplitStoreOpen, OpensTwoLocations) {
    sqlite::TempDir dir;
    auto opened = ReadSplitStore::Open(dir.File("a.db"), dir.File("b.db"));
    ASSERT_TRUE(opened.ok()) << opened.error().message;
    ASSERT_TRUE((*opened)->Upsert(std::vector<Agency>{MakeAgency("A1", "x")}).ok());
    EXPECT_EQ(*(*opened)->primary().Count(Kind::opd), 1);
    EXPECT_EQ(*(*opened)->Count(Kind::opd), 0);
}

TEST(ReadSplitStoreOpen, NamesThePrimaryWhenItFails) {
    sqlite::TempDir dir;
    auto opened = ReadSplitStore::Open("", dir.File("b.db"));
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::invalid_argument);
    EXPECT_THAT(opened.error().message, ::testing::HasSubstr("primary database"));
}

TEST(ReadSplitStoreOpen, NamesTheReadStoreWhenItFails) {
    sqlite::TempDir dir;
    auto opened = ReadSplitStore::Open(dir.File("a.db"), dir.File("no-such-dir/b.db"));
    ASSERT_FALSE(opened.ok());
    EXPECT_THAT(opened.error().message, ::testing::HasSubstr("read database"));
}

}  // namespace
}  // namespace bangkom::storage
