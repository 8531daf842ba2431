#include "storage/sqlite/backup.hpp"

#include <sqlite3.h>

#include <filesystem>
#include <memory>

#include "storage/sqlite/connection.hpp"

namespace bangkom::storage::sqlite {
namespace {

namespace fs = std::filesystem;

constexpr int kBusyTimeoutMs = 10000;
constexpr int kBusyRetries = 50;  // × 100 ms: a writer's checkpoint may hold the file briefly

struct Closer {
    void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using Handle = std::unique_ptr<sqlite3, Closer>;

Result<Handle> OpenHandle(const std::string& path, int flags) {
    sqlite3* raw = nullptr;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Handle db(raw);
    if (rc != SQLITE_OK) return SqliteError(db.get(), rc, "open " + path);
    sqlite3_busy_timeout(db.get(), kBusyTimeoutMs);
    return db;
}

/// Copies every page of `from` into `to` in one step (one read snapshot of the source).
Result<void> CopyPages(sqlite3* from, sqlite3* to) {
    sqlite3_backup* backup = sqlite3_backup_init(to, "main", from, "main");
    if (backup == nullptr) return SqliteError(to, sqlite3_errcode(to), "backup");
    int rc = SQLITE_OK;
    for (int attempt = 0; attempt < kBusyRetries; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        if (rc != SQLITE_BUSY && rc != SQLITE_LOCKED) break;
        sqlite3_sleep(100);
    }
    sqlite3_backup_finish(backup);
    // The step's code names the cause (SQLITE_NOTADB for a file that is no database); the handles may not.
    if (rc != SQLITE_DONE) return SqliteError(nullptr, rc, "backup");
    return {};
}

/// The copy must read as a Bangkom database, and is left as one file without a write-ahead log.
Result<void> CheckCopy(sqlite3* copy) {
    sqlite3_stmt* raw = nullptr;
    const char* sql = "SELECT count(*) FROM schema_migrations";
    if (sqlite3_prepare_v2(copy, sql, -1, &raw, nullptr) != SQLITE_OK) {
        sqlite3_finalize(raw);
        return MakeError(ErrorCode::failed_precondition,
                         "Berkas bukan basis data Bangkom (the file is not a Bangkom database)");
    }
    const int rc = sqlite3_step(raw);
    sqlite3_finalize(raw);
    if (rc != SQLITE_ROW) return SqliteError(copy, rc, sql);
    char* message = nullptr;
    if (sqlite3_exec(copy, "PRAGMA journal_mode = DELETE", nullptr, nullptr, &message) != SQLITE_OK) {
        const std::string text = message != nullptr ? message : "";
        sqlite3_free(message);
        return MakeError(ErrorCode::internal, "journal_mode: " + text);
    }
    return {};
}

Result<void> Copy(const std::string& source, const std::string& part) {
    auto from = OpenHandle(source, SQLITE_OPEN_READONLY);
    if (!from) return from.error();
    auto to = OpenHandle(part, SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE);
    if (!to) return to.error();
    if (auto copied = CopyPages(from->get(), to->get()); !copied) return copied;
    return CheckCopy(to->get());
}

}  // namespace

Result<int64_t> BackupFile(const std::string& source, const std::string& output) {
    std::error_code ec;
    if (!fs::is_regular_file(source, ec)) {
        return MakeError(ErrorCode::not_found, "Basis data tidak ditemukan (no database file): " + source);
    }
    if (fs::exists(output, ec)) {
        return MakeError(ErrorCode::failed_precondition,
                         "Berkas cadangan sudah ada; pilih nama lain (the backup file exists; choose another "
                         "name): " +
                             output);
    }
    const std::string part = output + ".part";
    fs::remove(part, ec);
    auto copied = Copy(source, part);
    if (copied) fs::rename(part, output, ec);
    if (!copied || ec) {
        std::error_code ignored;
        fs::remove(part, ignored);
        fs::remove(part + "-journal", ignored);
        if (!copied) return copied.error();
        return MakeError(ErrorCode::internal, "Tidak dapat menulis (cannot write) " + output + ": " + ec.message());
    }
    const auto size = fs::file_size(output, ec);
    return ec ? int64_t{0} : static_cast<int64_t>(size);
}

}  // namespace bangkom::storage::sqlite
