#pragma once
// storage::Store on PostgreSQL (libpq). Thread safety: every call borrows a connection from a bounded pool
// (kMaxConnections); PostgreSQL itself serialises conflicting writes, so there is no in-process write lock and
// many processes may share one database. Open connects, then migrates under an advisory lock.
//
// The methods are split like SqliteStore's: postgres_store.cpp (Open), postgres_store_records.cpp (records),
// postgres_store_accounts.cpp (users, sessions, rate limits), postgres_store_journal.cpp (audit, jobs,
// settings).

#include <memory>
#include <string>

#include "storage/postgres/connection_pool.hpp"
#include "storage/postgres/course_repository.hpp"
#include "storage/postgres/delivery_repository.hpp"
#include "storage/postgres/feedback_repository.hpp"
#include "storage/postgres/participation_repository.hpp"
#include "storage/postgres/plan_repository.hpp"
#include "storage/postgres/quiz_repository.hpp"
#include "storage/postgres/review_repository.hpp"
#include "storage/postgres/xapi_repository.hpp"
#include "storage/store.hpp"

namespace bangkom::storage::postgres {

class PostgresStore final : public Store {
  public:
    static constexpr size_t kMaxConnections = 8;

    /// Connects to `conninfo` (a postgresql:// URL or libpq key=value string) and applies the migrations the
    /// database lacks. failed_precondition when the server cannot be reached or its schema is newer.
    static Result<std::unique_ptr<PostgresStore>> Open(const std::string& conninfo);

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
    explicit PostgresStore(std::unique_ptr<ConnectionPool> pool)
        : pool_(std::move(pool)),
          participation_(std::make_unique<PostgresParticipation>(*pool_)),
          plans_(std::make_unique<PostgresPlans>(*pool_)),
          delivery_(std::make_unique<PostgresDelivery>(*pool_)),
          feedback_(std::make_unique<PostgresFeedback>(*pool_)),
          review_(std::make_unique<PostgresReview>(*pool_)),
          courses_(std::make_unique<PostgresCourses>(*pool_)),
          quizzes_(std::make_unique<PostgresQuizzes>(*pool_)),
          xapi_(std::make_unique<PostgresXapi>(*pool_)) {}

  private:
    static constexpr int kMaxAttempts = 3;

    /// Runs `work(Connection&)` on a borrowed connection. `work` must be one whole transaction (or one
    /// autocommit statement): after a serialization failure or deadlock (40001, 40P01) PostgreSQL has rolled it
    /// all back, so it is run again, up to kMaxAttempts times in all.
    template <class Work>
    auto Run(Work&& work) -> decltype(work(std::declval<Connection&>()));

    std::unique_ptr<ConnectionPool> pool_;
    std::unique_ptr<PostgresParticipation> participation_;
    std::unique_ptr<PostgresPlans> plans_;
    std::unique_ptr<PostgresDelivery> delivery_;
    std::unique_ptr<PostgresFeedback> feedback_;
    std::unique_ptr<PostgresReview> review_;
    std::unique_ptr<PostgresCourses> courses_;
    std::unique_ptr<PostgresQuizzes> quizzes_;
    std::unique_ptr<PostgresXapi> xapi_;
};

template <class Work>
auto PostgresStore::Run(Work&& work) -> decltype(work(std::declval<Connection&>())) {
    return RunRetrying(*pool_, std::forward<Work>(work), kMaxAttempts);
}

}  // namespace bangkom::storage::postgres
