#pragma once
// PlanRepository on SQLite: reads borrow a pool connection; writes take the store's write mutex first (as SqliteStore).

#include <mutex>

#include "storage/plan_repository.hpp"
#include "storage/sqlite/connection_pool.hpp"

namespace bangkom::storage::sqlite {

class SqlitePlans final : public PlanRepository {
  public:
    SqlitePlans(ConnectionPool& pool, std::mutex& write_mutex) : pool_(pool), write_mutex_(write_mutex) {}

    Result<PlanHeader> SavePlanVersion(const PlanHeader& header, const std::vector<PlanAssignmentRow>& rows) override;
    Result<std::vector<PlanHeader>> ListPlans(const PlanQuery& query) override;
    Result<PlanHeader> GetPlan(int64_t id) override;
    Result<std::vector<PlanAssignmentRow>> ListPlanRows(int64_t id, const PlanRowQuery& query) override;
    Result<PlanHeader> SetPlanStatus(int64_t id, PlanStatus to, const std::string& comment, int64_t at) override;

  private:
    ConnectionPool& pool_;
    std::mutex& write_mutex_;
};

}  // namespace bangkom::storage::sqlite
