#pragma once
// ParticipationRepository on SQLite: reads borrow a pool connection; writes take the store's write mutex first (as
// SqliteStore). The SQL itself is shared with PostgreSQL (storage/participation_repository_sql.hpp).

#include <mutex>

#include "storage/participation_repository_sql.hpp"
#include "storage/sqlite/connection_pool.hpp"

namespace bangkom::storage::sqlite {

class SqliteParticipation final : public participation::SqlParticipation {
  public:
    SqliteParticipation(ConnectionPool& pool, std::mutex& write_mutex) : pool_(pool), write_mutex_(write_mutex) {}

  protected:
    Result<void> Transact(bool write, const Work& work) override;

  private:
    ConnectionPool& pool_;
    std::mutex& write_mutex_;
};

}  // namespace bangkom::storage::sqlite
