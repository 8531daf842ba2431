#pragma once
// Versioned schema migrations. Each backend keeps its own ordered list with the same version numbers and the
// same tables (SQLite here; the PostgreSQL list follows in step). Applied at open, each in its own
// transaction, recorded in schema_migrations(version, applied_at).

#include <cstdint>
#include <span>
#include <string_view>

#include "domain/result.hpp"
#include "storage/sqlite/connection.hpp"

namespace bangkom::storage::migrations {

struct Migration {
    int version = 0;
    std::string_view name;
    std::string_view sql;  // one or more statements
};

/// The SQLite migrations, in version order (1, 2, ...).
std::span<const Migration> SqliteMigrations();

/// Applies the migrations newer than the database's version, each in its own transaction, and returns the
/// version reached. failed_precondition when the database is newer than this program.
Result<int> ApplyMigrations(sqlite::Connection& connection, std::span<const Migration> migrations, int64_t now);

/// The version recorded in schema_migrations (0 for a fresh database).
Result<int> SchemaVersion(sqlite::Connection& connection);

}  // namespace bangkom::storage::migrations
