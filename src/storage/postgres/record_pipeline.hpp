#pragma once
// Runs one statement for many records in libpq pipeline mode (a sync per batch of executions, so a million
// rows take a few hundred round trips), building each record's parameters only when it is sent. Unlike
// Connection::PipelineEach it names the record whose execution failed ("Rekaman ke-N"), which an import needs.

#include <cstddef>
#include <cstdint>
#include <functional>
#include <span>
#include <string_view>
#include <vector>

#include "domain/result.hpp"
#include "storage/postgres/connection.hpp"

namespace bangkom::storage::postgres {

/// Fills `params` (empty on entry) with the parameters of record `index`.
using FillParams = std::function<void(size_t index, Params& params)>;

/// Executes `sql` once for each record index of `records`, in order, and returns each execution's affected
/// rows. Run inside a Transaction: the first failure stops the rest and comes back wrapped by AtRecord with
/// that record's index. `sql` is prepared as the connection's unnamed statement.
Result<std::vector<int64_t>> PipelineRecords(Connection& connection, std::string_view sql,
                                             std::span<const size_t> records, const FillParams& fill);

}  // namespace bangkom::storage::postgres
