#pragma once
// PlanRepository on PostgreSQL: every call one transaction on a pool connection, retried like PostgresStore's.

#include "storage/plan_repository.hpp"
#include "storage/postgres/connection_pool.hpp"

namespace bangkom::storage::postgres {

class PostgresPlans final : public PlanRepository {
  public:
    explicit PostgresPlans(ConnectionPool& pool) : pool_(pool) {}

  private:
    ConnectionPool& pool_;
};

}  // namespace bangkom::storage::postgres
