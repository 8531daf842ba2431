// OpenStore: chooses the backend from the location's form.

#include <cctype>

#include "storage/postgres/postgres_store.hpp"
#include "storage/sqlite/sqlite_store.hpp"
#include "storage/store.hpp"

namespace bangkom::storage {

namespace {

// "postgresql://...", "postgres://..." or a libpq key=value string ("host=db dbname=bangkom").
bool IsPostgresLocation(std::string_view location) {
    if (location.starts_with("postgresql://") || location.starts_with("postgres://")) return true;
    size_t i = 0;
    while (i < location.size() && std::isspace(static_cast<unsigned char>(location[i]))) ++i;
    const size_t name_start = i;
    while (i < location.size() && (std::isalnum(static_cast<unsigned char>(location[i])) || location[i] == '_')) ++i;
    while (i < location.size() && location[i] == ' ') ++i;
    return i > name_start && i < location.size() && location[i] == '=';
}

}  // namespace

Result<std::unique_ptr<Store>> OpenStore(const std::string& location) {
    if (location.empty()) {
        return MakeError(ErrorCode::invalid_argument, "Lokasi basis data kosong (the database location is empty)");
    }
    if (IsPostgresLocation(location)) {
        auto store = postgres::PostgresStore::Open(location);
        if (!store) return store.error();
        return std::unique_ptr<Store>(std::move(*store));
    }
    auto store = sqlite::SqliteStore::Open(location);
    if (!store) return store.error();
    return std::unique_ptr<Store>(std::move(*store));
}

}  // namespace bangkom::storage
