#pragma once
// Copies a live SQLite database into a new file with the online backup API (sqlite3_backup_*): consistent
// while servers keep writing (WAL lets the copy read one snapshot beside the writer).

#include <cstdint>
#include <string>

#include "domain/result.hpp"

namespace bangkom::storage::sqlite {

/// Copies the Bangkom database at `source` into `output` (which must not exist). The copy is written beside
/// the output as `output.part` and renamed when complete and checked, so a failed backup leaves no file that
/// looks whole. The copy is a single self-contained file (rollback journal, no -wal). Returns its size.
/// Errors: not_found (no source), failed_precondition (not a Bangkom database, output exists), internal.
Result<int64_t> BackupFile(const std::string& source, const std::string& output);

}  // namespace bangkom::storage::sqlite
