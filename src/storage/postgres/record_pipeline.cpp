#include "storage/postgres/record_pipeline.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <cstdlib>
#include <optional>
#include <string>

#include "storage/kind_tables.hpp"

namespace bangkom::storage::postgres {

namespace {

constexpr size_t kBatch = 2000;  // executions per sync: results stay well inside the socket buffers

Error ConnectionError(pg_conn* c, std::string_view context) {
    return SqlStateError("08006", PQerrorMessage(c), context);
}

Error ResultFailure(const QueryResult& result, std::string_view context) {
    const char* state = PQresultErrorField(result.Raw(), PG_DIAG_SQLSTATE);
    return SqlStateError(state != nullptr ? state : "XX000", PQresultErrorMessage(result.Raw()), context);
}

// Sends the executions of records[start, end) and a sync.
bool SendBatch(pg_conn* c, std::span<const size_t> records, size_t start, size_t end, const FillParams& fill) {
    Params params;
    std::vector<const char*> values;
    for (size_t i = start; i < end; ++i) {
        params.clear();
        fill(records[i], params);
        values.clear();
        for (const Param& p : params) values.push_back(p ? p->c_str() : nullptr);
        if (PQsendQueryPrepared(c, "", static_cast<int>(values.size()), values.data(), nullptr, nullptr, 0) != 1) {
            return false;
        }
    }
    return PQpipelineSync(c) == 1;
}

class PipelineReader {
  public:
    PipelineReader(pg_conn* c, std::string_view sql, std::span<const size_t> records, std::vector<int64_t>& affected)
        : c_(c), sql_(sql), records_(records), affected_(affected) {}

    /// Reads the results up to the next sync. False when the connection failed.
    bool ReadToSync() {
        int nulls = 0;
        for (;;) {
            QueryResult result(PQgetResult(c_));
            if (result.Raw() == nullptr) {
                if (++nulls > 1) return false;  // two in a row: nothing more will come
                continue;
            }
            nulls = 0;
            const auto status = PQresultStatus(result.Raw());
            if (status == PGRES_PIPELINE_SYNC) return true;
            Take(result, status);
        }
    }

    std::optional<Error> failure;
    bool prepared = false;

  private:
    void Take(const QueryResult& result, ExecStatusType status) {
        if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
            if (!prepared) {
                prepared = true;  // the first result answers the PQsendPrepare
            } else {
                affected_.push_back(std::atoll(PQcmdTuples(result.Raw())));
            }
        } else if (status != PGRES_PIPELINE_ABORTED && !failure) {
            failure = ResultFailure(result, sql_);
            if (prepared) failure = AtRecord(*failure, records_[affected_.size()]);
        }
    }

    pg_conn* c_;
    std::string_view sql_;
    std::span<const size_t> records_;
    std::vector<int64_t>& affected_;
};

}  // namespace

Result<std::vector<int64_t>> PipelineRecords(Connection& connection, std::string_view sql,
                                             std::span<const size_t> records, const FillParams& fill) {
    std::vector<int64_t> affected;
    if (records.empty()) return affected;
    affected.reserve(records.size());
    pg_conn* c = connection.Raw();
    if (PQenterPipelineMode(c) != 1) return ConnectionError(c, "pipeline");
    const std::string text(sql);
    PipelineReader reader(c, sql, records, affected);
    bool alive = PQsendPrepare(c, "", text.c_str(), 0, nullptr) == 1;
    for (size_t start = 0; alive && start < records.size() && !reader.failure; start += kBatch) {
        const size_t end = std::min(records.size(), start + kBatch);
        alive = SendBatch(c, records, start, end, fill) && reader.ReadToSync();
    }
    if (!alive) return ConnectionError(c, sql);  // the connection is unusable; the pool resets it
    if (PQexitPipelineMode(c) != 1 && !reader.failure) return ConnectionError(c, "pipeline");
    if (reader.failure) return *reader.failure;
    return affected;
}

}  // namespace bangkom::storage::postgres
