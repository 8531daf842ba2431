#pragma once
// The record half of the SQLite store: upsert, list, keys, get and count of the FORMATS.md kinds, on one
// connection that the caller holds (and, for Upsert, holds the write lock for).

#include <cstdint>
#include <string>
#include <vector>

#include "domain/kinds.hpp"
#include "domain/result.hpp"
#include "storage/sqlite/connection.hpp"
#include "storage/store.hpp"

namespace bangkom::storage::sqlite {

/// Upserts the batch in one transaction (all or nothing). Keyed kinds: INSERT ... ON CONFLICT (key) DO
/// NOTHING, then UPDATE when nothing was inserted, which counts inserts and updates exactly; appended kinds
/// insert; a program's raises are replaced.
Result<UpsertCounts> UpsertRecords(Connection& connection, const domain::Records& records);

/// One page of a kind. sort_by must be one of the kind's FORMATS.md columns (else invalid_argument; the two
/// without a sortable stored column, program's kompetensi and umpan_balik_360's nip_penilai, keep key order); scope
/// filters that do not apply to the kind (agency_code for the shared catalog, nip / team_of for kinds not
/// tied to an employee) are ignored.
Result<RecordPage> ListRecords(Connection& connection, domain::Kind kind, const ListQuery& query);

Result<std::vector<std::string>> ListKeys(Connection& connection, domain::Kind kind);
Result<domain::Records> GetRecord(Connection& connection, domain::Kind kind, const std::string& key);
Result<int64_t> CountRecords(Connection& connection, domain::Kind kind);

/// Steps `select` (a SELECT of the kind's columns as in KindSql::select) to the end and appends its rows to
/// `records`, loading each program's raises. Shared by ListRecords and GetRecord.
Result<void> ReadRecords(Connection& connection, Statement& select, domain::Records& records);

}  // namespace bangkom::storage::sqlite
