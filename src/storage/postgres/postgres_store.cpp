#include "storage/postgres/postgres_store.hpp"

#include <ctime>

#include "storage/migrations/migrations.hpp"

namespace bangkom::storage::postgres {

Result<std::unique_ptr<PostgresStore>> PostgresStore::Open(const std::string& conninfo) {
    auto connection = Connection::Open(conninfo);
    if (!connection) return connection.error();
    auto version = migrations::ApplyMigrations(*connection, migrations::PostgresMigrations(), std::time(nullptr));
    if (!version) return version.error();
    auto pool = std::make_unique<ConnectionPool>(conninfo, std::move(*connection), kMaxConnections);
    return std::make_unique<PostgresStore>(std::move(pool));
}

}  // namespace bangkom::storage::postgres
