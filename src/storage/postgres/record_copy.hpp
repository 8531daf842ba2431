#pragma once
// The bulk path of Upsert: a batch of new rows goes in with one COPY (several times faster than one execution
// per row), inside a savepoint so that a refused COPY leaves the transaction as it was and the caller falls
// back to the pipeline (which tells inserts from updates and names a failing record).

#include <cstddef>

#include "domain/kinds.hpp"
#include "domain/result.hpp"
#include "storage/postgres/connection.hpp"
#include "storage/postgres/record_pipeline.hpp"

namespace bangkom::storage::postgres {

/// Batches smaller than this go through the pipeline directly.
inline constexpr size_t kCopyMinimumBatch = 1000;

/// Whether a batch of `count` records of `kind` should try COPY first: large enough, and either an appended
/// kind or a keyed kind whose first record's key is not stored yet (a fresh load rather than a re-import).
Result<bool> WorthCopying(Connection& connection, domain::Kind kind, size_t count, const FillParams& fill);

/// Inserts records 0..count-1 with one COPY inside a savepoint. True when every record was inserted; false
/// when the server refused the COPY (a stored or repeated key, a missing reference): the savepoint is rolled
/// back and nothing of the batch is written. An error only when the connection itself failed.
Result<bool> CopyRecords(Connection& connection, domain::Kind kind, size_t count, const FillParams& fill);

}  // namespace bangkom::storage::postgres
