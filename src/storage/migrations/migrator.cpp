#include <string>

#include "storage/migrations/migrations.hpp"

namespace bangkom::storage::migrations {

namespace {

constexpr std::string_view kCreateMigrationsTable =
    "CREATE TABLE IF NOT EXISTS schema_migrations (version INTEGER NOT NULL PRIMARY KEY, "
    "applied_at INTEGER NOT NULL)";
constexpr std::string_view kSelectVersion = "SELECT COALESCE(MAX(version), 0) FROM schema_migrations";
constexpr std::string_view kInsertVersion = "INSERT INTO schema_migrations (version, applied_at) VALUES (?1, ?2)";

// Applies one migration unless another process got there first (checked inside the write transaction).
Result<void> ApplyOne(sqlite::Connection& connection, const Migration& migration, int64_t now) {
    auto tx = sqlite::Transaction::Begin(connection);
    if (!tx) return tx.error();
    auto current = SchemaVersion(connection);
    if (!current) return current.error();
    if (*current >= migration.version) return {};
    if (auto ok = connection.Execute(migration.sql); !ok) {
        Error error = ok.error();
        error.message = "Migrasi " + std::to_string(migration.version) + " (" + std::string(migration.name) +
                        ") gagal (migration failed): " + error.message;
        return error;
    }
    auto insert = connection.Prepare(kInsertVersion);
    if (!insert) return insert.error();
    insert->BindInt(1, migration.version);
    insert->BindInt(2, now);
    if (auto ok = insert->Run(); !ok) return ok.error();
    return tx->Commit();
}

}  // namespace

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
    const int latest = migrations.empty() ? 0 : migrations.back().version;
    if (*current > latest) {
        return MakeError(ErrorCode::failed_precondition, "Basis data memakai skema versi " + std::to_string(*current) +
                                                             ", lebih baru dari program ini (" +
                                                             std::to_string(latest) +
                                                             ") (the database schema is newer than this program)");
    }
    for (const Migration& migration : migrations) {
        if (migration.version <= *current) continue;
        if (auto ok = ApplyOne(connection, migration, now); !ok) return ok.error();
    }
    return SchemaVersion(connection);
}

}  // namespace bangkom::storage::migrations
