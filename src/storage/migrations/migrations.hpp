#pragma once
// Versioned schema migrations. Each backend keeps its own ordered list with the same version numbers, names and
// tables (SqliteMigrations, PostgresMigrations; tests/storage/migrations keeps them in step). Applied at open,
// each in its own transaction, recorded in schema_migrations(version, applied_at). On PostgreSQL every step
// holds a transaction-scoped advisory lock, so processes starting at once apply each version once.

#include <cstdint>
#include <span>
#include <string_view>

#include "domain/result.hpp"
#include "storage/postgres/connection.hpp"
#include "storage/sqlite/connection.hpp"

namespace bangkom::storage::migrations {

struct Migration {
    int version = 0;
    std::string_view name;
    std::string_view sql;  // one or more statements
};

/// The SQLite migrations, in version order (1, 2, ...).
std::span<const Migration> SqliteMigrations();
/// The PostgreSQL migrations: the same versions and tables (BIGINT for INTEGER, DOUBLE PRECISION for REAL,
/// identity columns for generated ids, ISO dates as TEXT).
std::span<const Migration> PostgresMigrations();

/// The shared version logic: failed_precondition when the database (at `current`) is newer than the last of
/// `migrations`, else the migrations still to apply, in order.
Result<std::span<const Migration>> PendingMigrations(int current, std::span<const Migration> migrations);

/// Applies the migrations newer than the database's version, each in its own transaction, and returns the
/// version reached. failed_precondition when the database is newer than this program.
Result<int> ApplyMigrations(sqlite::Connection& connection, std::span<const Migration> migrations, int64_t now);

/// The version recorded in schema_migrations (0 for a fresh database).
Result<int> SchemaVersion(sqlite::Connection& connection);

/// The same on PostgreSQL.
Result<int> ApplyMigrations(postgres::Connection& connection, std::span<const Migration> migrations, int64_t now);
Result<int> SchemaVersion(postgres::Connection& connection);

}  // namespace bangkom::storage::migrations
