// Contract: audit log, jobs and settings.

#include <gmock/gmock.h>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

AuditEntry MakeAudit(int64_t at, const std::string& action) {
    return AuditEntry{0, at, 7, "admin", action, "pegawai", "1986", "{}", "{\"nama\":\"Budi\"}"};
}

TEST_P(StoreContract, AuditListsNewestFirstWithPaging) {
    ASSERT_TRUE(store().AppendAudit(MakeAudit(100, "import")).ok());
    ASSERT_TRUE(store().AppendAudit(MakeAudit(100, "user.create")).ok());  // same second: order of appending
    ASSERT_TRUE(store().AppendAudit(MakeAudit(200, "login")).ok());
    auto all = store().ListAudit(0, 0);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 3u);
    EXPECT_EQ((*all)[0].action, "login");
    EXPECT_EQ((*all)[1].action, "user.create");
    EXPECT_EQ((*all)[2].action, "import");
    EXPECT_GT((*all)[0].id, (*all)[1].id);
    EXPECT_EQ((*all)[2].username, "admin");
    EXPECT_EQ((*all)[2].user_id, 7);
    EXPECT_EQ((*all)[2].after_json, "{\"nama\":\"Budi\"}");
    auto page = store().ListAudit(1, 1);
    ASSERT_TRUE(page.ok());
    ASSERT_EQ(page->size(), 1u);
    EXPECT_EQ((*page)[0].action, "user.create");
}

TEST_P(StoreContract, AuditRejectsNegativePaging) {
    auto page = store().ListAudit(-1, 10);
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code, ErrorCode::invalid_argument);
}

TEST_P(StoreContract, JobsAreCreatedUpdatedAndFound) {
    Job job{"job-1", "import", 3, JobState::queued, 0, "menunggu", "", 1000, 1000};
    ASSERT_TRUE(store().CreateJob(job).ok());
    auto queued = store().FindJob("job-1");
    ASSERT_TRUE(queued.ok());
    EXPECT_EQ(queued->state, JobState::queued);
    EXPECT_EQ(queued->kind, "import");
    EXPECT_EQ(queued->user_id, 3);
    ASSERT_TRUE(store().UpdateJob("job-1", JobState::running, 40, "baris 400", "", 1010).ok());
    ASSERT_TRUE(store().UpdateJob("job-1", JobState::succeeded, 100, "selesai", "{\"inserted\":5}", 1020).ok());
    auto done = store().FindJob("job-1");
    ASSERT_TRUE(done.ok());
    EXPECT_EQ(done->state, JobState::succeeded);
    EXPECT_EQ(done->percent, 100);
    EXPECT_EQ(done->message, "selesai");
    EXPECT_EQ(done->result_json, "{\"inserted\":5}");
    EXPECT_EQ(done->created_at, 1000);
    EXPECT_EQ(done->updated_at, 1020);
}

TEST_P(StoreContract, JobsVisibleFromAnotherStore) {
    ASSERT_TRUE(store().CreateJob(Job{"j", "plan", 0, JobState::running, 10, "", "", 1, 1}).ok());
    auto other = OpenAnother();
    ASSERT_NE(other, nullptr);
    auto found = other->FindJob("j");
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->state, JobState::running);
}

TEST_P(StoreContract, MissingJobsAreNotFoundAndDuplicatesConflict) {
    auto missing = store().FindJob("nope");
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
    auto update = store().UpdateJob("nope", JobState::failed, 0, "", "", 1);
    ASSERT_FALSE(update.ok());
    EXPECT_EQ(update.error().code, ErrorCode::not_found);
    ASSERT_TRUE(store().CreateJob(Job{"j", "import", 0, JobState::queued, 0, "", "", 1, 1}).ok());
    auto again = store().CreateJob(Job{"j", "import", 0, JobState::queued, 0, "", "", 1, 1});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
}

TEST_P(StoreContract, SettingsPutAndGet) {
    auto absent = store().GetSetting("predikat_scores");
    ASSERT_TRUE(absent.ok());
    EXPECT_FALSE(absent->has_value());
    ASSERT_TRUE(store().PutSetting("predikat_scores", "[100,80]").ok());
    ASSERT_TRUE(store().PutSetting("predikat_scores", "[100,80,60]").ok());  // replaces
    auto present = store().GetSetting("predikat_scores");
    ASSERT_TRUE(present.ok());
    ASSERT_TRUE(present->has_value());
    EXPECT_EQ(**present, "[100,80,60]");
}

}  // namespace
}  // namespace bangkom::storage::contract
