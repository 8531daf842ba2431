#pragma once
// ParticipationRepository on PostgreSQL: every call one transaction on a pool connection, retried like PostgresStore's.
// The SQL itself is shared with SQLite (storage/participation_repository_sql.hpp); ?N placeholders become $N.

#include "storage/participation_repository_sql.hpp"
#include "storage/postgres/connection_pool.hpp"

namespace bangkom::storage::postgres {

class PostgresParticipation final : public participation::SqlParticipation {
  public:
    explicit PostgresParticipation(ConnectionPool& pool) : pool_(pool) {}

    /// "?1 AND ?12" → "$1 AND $12" (the shared SQL has no question marks elsewhere).
    static std::string ToDollarPlaceholders(std::string_view sql);

  protected:
    Result<void> Transact(bool write, const Work& work) override;

  private:
    ConnectionPool& pool_;
};

}  // namespace bangkom::storage::postgres
