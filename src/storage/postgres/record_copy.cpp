#include "storage/postgres/record_copy.hpp"

#include <span>

#include "storage/kind_tables.hpp"
#include "storage/postgres/record_sql.hpp"

namespace bangkom::storage::postgres {

Result<bool> WorthCopying(Connection& connection, domain::Kind kind, size_t count, const FillParams& fill) {
    if (count < kCopyMinimumBatch) return false;
    const KindTable& table = TableOf(kind);
    if (table.key_count == 0) return true;
    Params first;
    fill(0, first);
    first.resize(static_cast<size_t>(table.key_count));
    auto found = connection.Query(SqlOf(kind).key_exists, first);
    if (!found) return found.error();
    return found->Rows() == 0;
}

Result<bool> CopyRecords(Connection& connection, domain::Kind kind, size_t count, const FillParams& fill) {
    if (auto ok = connection.Exec("SAVEPOINT bulk_copy"); !ok) return ok.error();
    auto copy = connection.BeginCopy(SqlOf(kind).copy);
    if (!copy) return copy.error();
    Params params;
    for (size_t i = 0; i < count; ++i) {
        params.clear();
        fill(i, params);
        if (auto ok = copy->PutRow(params); !ok) return ok.error();
    }
    auto copied = copy->End();
    if (copied && static_cast<size_t>(*copied) == count) {
        if (auto ok = connection.Exec("RELEASE SAVEPOINT bulk_copy"); !ok) return ok.error();
        return true;
    }
    if (!connection.IsOk()) {
        if (!copied) return copied.error();
        return MakeError(ErrorCode::internal, "Koneksi PostgreSQL terputus saat COPY (connection lost during COPY)");
    }
    if (auto ok = connection.Exec("ROLLBACK TO SAVEPOINT bulk_copy"); !ok) return ok.error();
    return false;
}

}  // namespace bangkom::storage::postgres
