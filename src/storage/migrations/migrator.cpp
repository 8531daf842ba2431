#include <string>

#include "storage/migrations/migrations.hpp"

namespace bangkom::storage::migrations {

namespace {

constexpr std::string_view kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, "
    "applied_at INTEGER NOT NULL)";
constexpr std::string_view kSelectVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
constexpr std::string_view kInsertVersion = "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)";

// PostgreSQL: the same table (BIGINT for SQLite's INTEGER), and one advisory lock key for every migration step.
constexpr std::string_view kPgCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version BIGINT NOT NULL PRIMARY KEY, "
    "applied_at BIGINT NOT NULL)";
constexpr std::string_view kPgInsertVersion = "INSERT INTO schema_migrations (version, applied_at) VALUES ($1, $2)";
constexpr std::string_view kPgLock = "SELECT pg_advisory_xact_lock(7365727726395361)";  // "bangkom" schema lock

Error MigrationFailed(const Migration& migration, Error error) {
    error.message = "Migrasi " + std::to_string(migration.version) + " (" + std::string(migration.name) +
                    ") gagal (migration failed): " + error.message;
    return error;
}

// Applies one migration unless another process got there first (checked inside the write transaction).
Result<void> ApplyOne(sqlite::Connection& connection, const Migration& migration, int64_t now) {
    auto tx = sqlite::Transaction::Begin(connection);
    if (!tx) return tx.error();
    auto current = SchemaVersion(connection);
    if (!current) return current.error();
    if (*current >= migration.version) return {};
    if (auto ok = connection.Execute(migration.sql); !ok) return MigrationFailed(migration, ok.error());
    auto insert = connection.Prepare(kInsertVersion);
    if (!insert) return insert.error();
    insert->BindInt(1, migration.version);
    insert->BindInt(2, now);
    if (auto ok = insert->Run(); !ok) return ok.error();
    return tx->Commit();
}

// The same under the advisory lock, which a second process waits on until this transaction ends.
Result<void> ApplyOne(postgres::Connection& connection, const Migration& migration, int64_t now) {
    auto tx = postgres::Transaction::Begin(connection);
    if (!tx) return tx.error();
    if (auto ok = connection.Exec(kPgLock); !ok) return ok.error();
    auto current = SchemaVersion(connection);
    if (!current) return current.error();
    if (*current >= migration.version) return {};
    if (auto ok = connection.Exec(migration.sql); !ok) return MigrationFailed(migration, ok.error());
    using postgres::Arg;
    if (auto ok = connection.QueryOnce(kPgInsertVersion, {{Arg::Int(migration.version), Arg::Int(now)}}); !ok) {
        return ok.error();
    }
    return tx->Commit();
}

// Creates schema_migrations (under the lock: two CREATE ... IF NOT EXISTS at once can still collide) and
// reads the version.
Result<int> PrepareVersionTable(postgres::Connection& connection) {
    auto tx = postgres::Transaction::Begin(connection);
    if (!tx) return tx.error();
    if (auto ok = connection.Exec(kPgLock); !ok) return ok.error();
    if (auto ok = connection.Exec(kPgCreateMigrationsTable); !ok) return ok.error();
    auto current = SchemaVersion(connection);
    if (!current) return current.error();
    if (auto ok = tx->Commit(); !ok) return ok.error();
    return *current;
}

}  // namespace

Result<std::span<const Migration>> PendingMigrations(int current, std::span<const Migration> migrations) {
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (current > latest) {
        return MakeError(ErrorCode::failed_precondition, "Basis data memakai skema versi " + std::to_string(current) +
                                                             ", lebih baru dari program ini (" +
                                                             std::to_string(latest) +
                                                             ") (the database schema is newer than this program)");
    }
    size_t first = 0;
    while (first < migrations.size() && migrations[first].version <= current) ++first;
    return migrations.subspan(first);
}

Result<int> SchemaVersion(sqlite::Connection& connection) {
    auto select = connection.Prepare(kSelectVersion);
    if (!select) return select.error();
    auto row = select->Step();
    if (!row) return row.error();
    return static_cast<int>(select->ColumnInt(0));
}

Result<int> ApplyMigrations(sqlite::Connection& connection, std::span<const Migration> migrations, int64_t now) {
    if (auto ok = connection.Execute(kCreateMigrationsTable); !ok) return ok.error();
    auto current = SchemaVersion(connection);
    if (!current) return current.error();
    auto pending = PendingMigrations(*current, migrations);
    if (!pending) return pending.error();
    for (const Migration& migration : *pending) {
        if (auto ok = ApplyOne(connection, migration, now); !ok) return ok.error();
    }
    return SchemaVersion(connection);
}

Result<int> SchemaVersion(postgres::Connection& connection) {
    auto select = connection.QueryOnce(kSelectVersion);
    if (!select) return select.error();
    return static_cast<int>(select->Int(0, 0));
}

Result<int> ApplyMigrations(postgres::Connection& connection, std::span<const Migration> migrations, int64_t now) {
    auto current = PrepareVersionTable(connection);
    if (!current) return current.error();
    auto pending = PendingMigrations(*current, migrations);
    if (!pending) return pending.error();
    for (const Migration& migration : *pending) {
        if (auto ok = ApplyOne(connection, migration, now); !ok) return ok.error();
    }
    return SchemaVersion(connection);
}

}  // namespace bangkom::storage::migrations
