#pragma once
// ParticipationRepository on SQLite: reads borrow a pool connection; writes take the store's write mutex first (as
// SqliteStore).

#include <mutex>

#include "storage/participation_repository.hpp"
#include "storage/sqlite/connection_pool.hpp"

namespace bangkom::storage::sqlite {

class SqliteParticipation final : public ParticipationRepository {
  public:
    SqliteParticipation(ConnectionPool& pool, std::mutex& write_mutex) : pool_(pool), write_mutex_(write_mutex) {}

  private:
    ConnectionPool& pool_;
    std::mutex& write_mutex_;
};

}  // namespace bangkom::storage::sqlite
