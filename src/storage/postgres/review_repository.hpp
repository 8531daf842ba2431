#pragma once
// ReviewRepository on PostgreSQL: every call one transaction on a pool connection, retried like PostgresPlans.

#include "storage/postgres/connection_pool.hpp"
#include "storage/review_repository.hpp"

namespace bangkom::storage::postgres {

class PostgresReview final : public ReviewRepository {
  public:
    explicit PostgresReview(ConnectionPool& pool) : pool_(pool) {}

    Result<int64_t> AddRevision(const ProgramRevision& revision) override;
    Result<std::vector<ProgramRevision>> Revisions(const std::string& program) override;
    Result<int64_t> SaveSurveyPeriod(const SurveyPeriod& period) override;
    Result<std::vector<SurveyPeriod>> SurveyPeriods(const std::string& unit) override;
    Result<void> DeleteSurveyPeriod(const std::string& unit, int64_t id) override;

  private:
    static constexpr int kMaxAttempts = 3;
    ConnectionPool& pool_;
};

}  // namespace bangkom::storage::postgres
