#include "storage/sqlite/sqlite_store.hpp"

#include <ctime>
#include <filesystem>
#include <system_error>

#include "storage/migrations/migrations.hpp"
#include "storage/sqlite/record_store.hpp"

namespace bangkom::storage::sqlite {

namespace {

constexpr std::string_view kInMemory = ":memory:";

Result<void> CheckDirectory(const std::string& path) {
    if (path == kInMemory) return {};
    const std::filesystem::path directory = std::filesystem::path(path).parent_path();
    std::error_code error;
    if (directory.empty() || std::filesystem::is_directory(directory, error)) return {};
    return MakeError(ErrorCode::failed_precondition, "Direktori basis data tidak ada: " + directory.string() +
                                                         " (the database directory does not exist)");
}

}  // namespace

Result<std::unique_ptr<SqliteStore>> SqliteStore::Open(const std::string& path) {
    if (auto ok = CheckDirectory(path); !ok) return ok.error();
    auto connection = Connection::Open(path, true);
    if (!connection) return connection.error();
    auto version = migrations::ApplyMigrations(*connection, migrations::SqliteMigrations(), std::time(nullptr));
    if (!version) return version.error();
    const size_t pool_size = path == kInMemory ? 1 : kMaxConnections;
    auto pool = std::make_unique<ConnectionPool>(path, std::move(*connection), pool_size);
    return std::make_unique<SqliteStore>(std::move(pool));
}

Result<UpsertCounts> SqliteStore::Upsert(const domain::Records& records) {
    return Write([&](Connection& c) { return UpsertRecords(c, records); });
}

Result<RecordPage> SqliteStore::List(domain::Kind kind, const ListQuery& query) {
    return Read([&](Connection& c) { return ListRecords(c, kind, query); });
}

Result<std::vector<std::string>> SqliteStore::Keys(domain::Kind kind) {
    return Read([&](Connection& c) { return ListKeys(c, kind); });
}

Result<domain::Records> SqliteStore::Get(domain::Kind kind, const std::string& key) {
    return Read([&](Connection& c) { return GetRecord(c, kind, key); });
}

Result<int64_t> SqliteStore::Count(domain::Kind kind) {
    return Read([&](Connection& c) { return CountRecords(c, kind); });
}

}  // namespace bangkom::storage::sqlite
