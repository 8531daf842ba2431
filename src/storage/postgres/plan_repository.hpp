#pragma once
// PlanRepository on PostgreSQL: every call one transaction on a pool connection, retried like PostgresStore's.

#include "storage/plan_repository.hpp"
#include "storage/postgres/connection_pool.hpp"

namespace bangkom::storage::postgres {

class PostgresPlans final : public PlanRepository {
  public:
    explicit PostgresPlans(ConnectionPool& pool) : pool_(pool) {}

    Result<PlanHeader> SavePlanVersion(const PlanHeader& header, const std::vector<PlanAssignmentRow>& rows) override;
    Result<std::vector<PlanHeader>> ListPlans(const PlanQuery& query) override;
    Result<PlanHeader> GetPlan(int64_t id) override;
    Result<std::vector<PlanAssignmentRow>> ListPlanRows(int64_t id, const PlanRowQuery& query) override;
    Result<PlanHeader> SetPlanStatus(int64_t id, PlanStatus to, const std::string& comment, int64_t at) override;

  private:
    static constexpr int kMaxAttempts = 3;
    /// Runs `work(Connection&)` (one whole transaction) on a borrowed connection, again after a serialization
    /// failure or deadlock, up to kMaxAttempts times.
    template <class Work>
    auto Run(Work&& work) -> decltype(work(std::declval<Connection&>()));

    ConnectionPool& pool_;
};

template <class Work>
auto PostgresPlans::Run(Work&& work) -> decltype(work(std::declval<Connection&>())) {
    return RunRetrying(pool_, std::forward<Work>(work), kMaxAttempts);
}

}  // namespace bangkom::storage::postgres
