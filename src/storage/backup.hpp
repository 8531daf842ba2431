#pragma once
// Backups of a whole database, backend-neutral: the caller names the location as for OpenStore. SQLite goes
// through the online backup API (a consistent copy while servers keep writing); PostgreSQL through pg_dump's
// custom format (restore with pg_restore). Never through Store's record methods.

#include <cstdint>
#include <string>

#include "domain/result.hpp"

namespace bangkom::storage {

struct BackupResult {
    std::string method;  // "sqlite-backup-api" or "pg_dump"
    int64_t bytes = 0;   // size of the written file
};

/// Writes a backup of the database at `location` to `output`, which must not exist yet. A failed backup
/// leaves no output file. For PostgreSQL, `pg_dump` is taken from $BANGKOM_PG_BIN, then
/// /usr/lib/postgresql/15/bin, then PATH. Errors carry Indonesian then English text.
Result<BackupResult> BackupDatabase(const std::string& location, const std::string& output);

/// True for PostgreSQL locations: postgresql://…, postgres://… or a libpq "key=value" string.
bool IsPostgresLocation(const std::string& location);

/// The pg_dump/pg_restore/psql program to run: $BANGKOM_PG_BIN/NAME, /usr/lib/postgresql/15/bin/NAME when
/// present, else NAME (looked up in PATH).
std::string PostgresProgram(const std::string& name);

}  // namespace bangkom::storage
