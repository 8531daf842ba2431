#pragma once
// PlanRepository on SQLite: reads borrow a pool connection; writes take the store's write mutex first (as SqliteStore).

#include <mutex>

#include "storage/plan_repository.hpp"
#include "storage/sqlite/connection_pool.hpp"

namespace bangkom::storage::sqlite {

class SqlitePlans final : public PlanRepository {
  public:
    SqlitePlans(ConnectionPool& pool, std::mutex& write_mutex) : pool_(pool), write_mutex_(write_mutex) {}

  private:
    ConnectionPool& pool_;
    std::mutex& write_mutex_;
};

}  // namespace bangkom::storage::sqlite
