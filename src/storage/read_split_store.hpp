#pragma once
// ReadSplitStore: one Store made of two, for `bangkom serve --db-read`. Heavy reads (List, Keys, Get, Count) go
// to a read store — in production a streaming replica of the primary — and everything else (users, sessions,
// rate limits, audit, jobs, settings, every write) to the primary. Backend-neutral: both halves are any Store.
//
// A write path that reads first (an import checks references with Keys and scopes with List) must see the
// primary, never a replica that lags behind: it opens a PrimaryReadScope, which sends the reads of its thread to
// the primary while it lives (`bangkom serve` opens one around every background job).

#include <memory>

#include "storage/store.hpp"

namespace bangkom::storage {

class ReadSplitStore final : public Store {
  public:
    /// Both must be non-null. `read` may be a second connection to the same database.
    ReadSplitStore(std::unique_ptr<Store> primary, std::unique_ptr<Store> read);

    /// Opens both locations (OpenStore): the primary first, so that it migrates; the read store is opened
    /// afterwards and only read from. Errors name which of the two failed.
    static Result<std::unique_ptr<ReadSplitStore>> Open(const std::string& primary, const std::string& read);

    /// While an instance lives, the reads of the constructing thread go to the primary (nestable).
    class PrimaryReadScope {
      public:
        PrimaryReadScope();
        ~PrimaryReadScope();
        PrimaryReadScope(const PrimaryReadScope&) = delete;
        PrimaryReadScope& operator=(const PrimaryReadScope&) = delete;
    };

    Store& primary() { return *primary_; }
    Store& read() { return *read_; }

    Result<UpsertCounts> Upsert(const domain::Records& records) override;
    Result<RecordPage> List(domain::Kind kind, const ListQuery& query) override;
    Result<std::vector<std::string>> Keys(domain::Kind kind) override;
    Result<domain::Records> Get(domain::Kind kind, const std::string& key) override;
    Result<int64_t> Count(domain::Kind kind) override;

    Result<int64_t> CreateUser(const User& user) override;
    Result<User> FindUserByUsername(const std::string& username) override;
    Result<User> FindUserById(int64_t id) override;
    Result<std::vector<User>> ListUsers() override;
    Result<void> UpdateUser(const User& user) override;

    Result<void> CreateSession(const Session& session) override;
    Result<Session> FindSession(const std::string& token_hash, int64_t now) override;
    Result<void> DeleteSession(const std::string& token_hash) override;
    Result<void> TouchSession(const std::string& token_hash, int64_t expires_at) override;
    Result<void> DeleteExpiredSessions(int64_t now) override;

    Result<int64_t> CountHit(const std::string& key, int64_t window_start) override;
    Result<int64_t> Hits(const std::string& key, int64_t window_start) override;
    Result<void> DropHitsBefore(const std::string& key_prefix, int64_t before) override;

    Result<void> AppendAudit(const AuditEntry& entry) override;
    Result<std::vector<AuditEntry>> ListAudit(int64_t offset, int64_t limit) override;

    Result<void> CreateJob(const Job& job) override;
    Result<void> UpdateJob(const std::string& id, JobState state, int percent, const std::string& message,
                           const std::string& result_json, int64_t now) override;
    Result<Job> FindJob(const std::string& id) override;

    Result<std::optional<std::string>> GetSetting(const std::string& key) override;
    Result<void> PutSetting(const std::string& key, const std::string& value) override;

    /// Participation and plans read their own writes in one request: always the primary.
    ParticipationRepository& Participation() override { return primary_->Participation(); }
    PlanRepository& Plans() override { return primary_->Plans(); }
    DeliveryRepository& Delivery() override { return primary_->Delivery(); }
    FeedbackRepository& Feedback() override { return primary_->Feedback(); }
    ReviewRepository& Review() override { return primary_->Review(); }
    CourseRepository& Courses() override { return primary_->Courses(); }
    QuizRepository& Quizzes() override { return primary_->Quizzes(); }
    XapiRepository& Xapi() override { return primary_->Xapi(); }

  private:
    /// The store the record reads of the calling thread go to.
    Store& Reader();

    std::unique_ptr<Store> primary_;
    std::unique_ptr<Store> read_;
};

}  // namespace bangkom::storage
