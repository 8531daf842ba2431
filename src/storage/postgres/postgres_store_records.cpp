// Records of PostgresStore (upsert, list, keys, get, count): each call borrows a connection and runs the
// record code of record_store.cpp / record_list.cpp on it.

#include "storage/postgres/postgres_store.hpp"
#include "storage/postgres/record_store.hpp"

namespace bangkom::storage::postgres {

Result<UpsertCounts> PostgresStore::Upsert(const domain::Records& records) {
    return Run([&](Connection& connection) { return UpsertRecords(connection, records); });
}

Result<RecordPage> PostgresStore::List(domain::Kind kind, const ListQuery& query) {
    return Run([&](Connection& connection) { return ListRecords(connection, kind, query); });
}

Result<std::vector<std::string>> PostgresStore::Keys(domain::Kind kind) {
    return Run([&](Connection& connection) { return ListKeys(connection, kind); });
}

Result<domain::Records> PostgresStore::Get(domain::Kind kind, const std::string& key) {
    return Run([&](Connection& connection) { return GetRecord(connection, kind, key); });
}

Result<int64_t> PostgresStore::Count(domain::Kind kind) {
    return Run([&](Connection& connection) { return CountRecords(connection, kind); });
}

}  // namespace bangkom::storage::postgres
