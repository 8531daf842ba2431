#pragma once
// ParticipationRepository on PostgreSQL: every call one transaction on a pool connection, retried like PostgresStore's.

#include "storage/participation_repository.hpp"
#include "storage/postgres/connection_pool.hpp"

namespace bangkom::storage::postgres {

class PostgresParticipation final : public ParticipationRepository {
  public:
    explicit PostgresParticipation(ConnectionPool& pool) : pool_(pool) {}

  private:
    ConnectionPool& pool_;
};

}  // namespace bangkom::storage::postgres
