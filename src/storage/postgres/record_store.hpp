#pragma once
// The record half of the PostgreSQL store: upsert, list, keys, get and count of the FORMATS.md kinds on one
// borrowed connection. Same semantics as sqlite/record_store.hpp (the contract suite checks both).

#include <cstdint>
#include <string>
#include <vector>

#include "domain/kinds.hpp"
#include "domain/result.hpp"
#include "storage/postgres/connection.hpp"
#include "storage/store.hpp"

namespace bangkom::storage::postgres {

/// Upserts the batch in one transaction (all or nothing), in pipeline mode: INSERT ... ON CONFLICT (key) DO
/// NOTHING for every record, then UPDATE for those that existed, which counts inserts and updates exactly
/// (a key repeated within the batch inserts once and then updates, as on SQLite); appended kinds insert; a
/// program's raises are replaced. A failure names its record ("Rekaman ke-N").
Result<UpsertCounts> UpsertRecords(Connection& connection, const domain::Records& records);

/// One page of a kind: see sqlite::ListRecords (same rules for sort_by and scope filters). Search is ILIKE.
Result<RecordPage> ListRecords(Connection& connection, domain::Kind kind, const ListQuery& query);

Result<std::vector<std::string>> ListKeys(Connection& connection, domain::Kind kind);
Result<domain::Records> GetRecord(Connection& connection, domain::Kind kind, const std::string& key);
Result<int64_t> CountRecords(Connection& connection, domain::Kind kind);

/// Appends the rows of `result` (columns as in KindSql::select) to `records`, loading each program's raises.
Result<void> ReadRecords(Connection& connection, const QueryResult& result, domain::Records& records);

}  // namespace bangkom::storage::postgres
