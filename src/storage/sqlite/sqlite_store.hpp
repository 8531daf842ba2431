#pragma once
// storage::Store on one SQLite file (WAL). Thread safety: every call borrows a connection from a pool (up to
// kMaxConnections), so reads on several threads run in parallel; writes take one in-process mutex and then
// BEGIN IMMEDIATE, and other processes are waited for through busy_timeout. ":memory:" is a private
// in-memory database with a single connection (for tests of other layers).

#include <memory>
#include <mutex>
#include <string>

#include "storage/sqlite/connection_pool.hpp"
#include "storage/sqlite/course_repository.hpp"
#include "storage/sqlite/delivery_repository.hpp"
#include "storage/sqlite/feedback_repository.hpp"
#include "storage/sqlite/participation_repository.hpp"
#include "storage/sqlite/plan_repository.hpp"
#include "storage/sqlite/quiz_repository.hpp"
#include "storage/sqlite/review_repository.hpp"
#include "storage/sqlite/xapi_repository.hpp"
#include "storage/store.hpp"

namespace bangkom::storage::sqlite {

class SqliteStore final : public Store {
  public:
    static constexpr size_t kMaxConnections = 8;

    /// Opens (creating and migrating when needed) the database at `path`. failed_precondition when its
    /// directory does not exist or the file is not a usable database.
    static Result<std::unique_ptr<SqliteStore>> Open(const std::string& path);

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

    ParticipationRepository& Participation() override { return *participation_; }
    PlanRepository& Plans() override { return *plans_; }
    DeliveryRepository& Delivery() override { return *delivery_; }
    FeedbackRepository& Feedback() override { return *feedback_; }
    ReviewRepository& Review() override { return *review_; }
    CourseRepository& Courses() override { return *courses_; }
    QuizRepository& Quizzes() override { return *quizzes_; }
    XapiRepository& Xapi() override { return *xapi_; }

    /// A store over an open, migrated pool (Open is the usual way in).
    explicit SqliteStore(std::unique_ptr<ConnectionPool> pool)
        : pool_(std::move(pool)),
          participation_(std::make_unique<SqliteParticipation>(*pool_, write_mutex_)),
          plans_(std::make_unique<SqlitePlans>(*pool_, write_mutex_)),
          delivery_(std::make_unique<SqliteDelivery>(*pool_, write_mutex_)),
          feedback_(std::make_unique<SqliteFeedback>(*pool_, write_mutex_)),
          review_(std::make_unique<SqliteReview>(*pool_, write_mutex_)),
          courses_(std::make_unique<SqliteCourses>(*pool_, write_mutex_)),
          quizzes_(std::make_unique<SqliteQuizzes>(*pool_, write_mutex_)),
          xapi_(std::make_unique<SqliteXapi>(*pool_, write_mutex_)) {}

  private:
    /// Runs `work(Connection&)` on a borrowed connection.
    template <class Work>
    auto Read(Work&& work) -> decltype(work(std::declval<Connection&>()));
    /// Same, holding the write lock (taken before the connection, so a writer never holds a connection
    /// while it waits for the lock).
    template <class Work>
    auto Write(Work&& work) -> decltype(work(std::declval<Connection&>()));

    std::unique_ptr<ConnectionPool> pool_;
    std::mutex write_mutex_;
    std::unique_ptr<SqliteParticipation> participation_;
    std::unique_ptr<SqlitePlans> plans_;
    std::unique_ptr<SqliteDelivery> delivery_;
    std::unique_ptr<SqliteFeedback> feedback_;
    std::unique_ptr<SqliteReview> review_;
    std::unique_ptr<SqliteCourses> courses_;
    std::unique_ptr<SqliteQuizzes> quizzes_;
    std::unique_ptr<SqliteXapi> xapi_;
};

template <class Work>
auto SqliteStore::Read(Work&& work) -> decltype(work(std::declval<Connection&>())) {
    auto lease = pool_->Acquire();
    if (!lease) return lease.error();
    return work(**lease);
}

template <class Work>
auto SqliteStore::Write(Work&& work) -> decltype(work(std::declval<Connection&>())) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_->Acquire();
    if (!lease) return lease.error();
    return work(**lease);
}

}  // namespace bangkom::storage::sqlite
