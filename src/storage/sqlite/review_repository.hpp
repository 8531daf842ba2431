#pragma once
// ReviewRepository on SQLite: reads borrow a pool connection; writes take the store's write mutex first.

#include <mutex>

#include "storage/review_repository.hpp"
#include "storage/sqlite/connection_pool.hpp"

namespace bangkom::storage::sqlite {

class SqliteReview final : public ReviewRepository {
  public:
    SqliteReview(ConnectionPool& pool, std::mutex& write_mutex) : pool_(pool), write_mutex_(write_mutex) {}

    Result<int64_t> AddRevision(const ProgramRevision& revision) override;
    Result<std::vector<ProgramRevision>> Revisions(const std::string& program) override;
    Result<int64_t> SaveSurveyPeriod(const SurveyPeriod& period) override;
    Result<std::vector<SurveyPeriod>> SurveyPeriods(const std::string& unit) override;
    Result<void> DeleteSurveyPeriod(const std::string& unit, int64_t id) override;

  private:
    ConnectionPool& pool_;
    std::mutex& write_mutex_;
};

}  // namespace bangkom::storage::sqlite
