#include "storage/postgres/record_store.hpp"

#include <numeric>
#include <type_traits>
#include <utility>

#include "storage/kind_tables.hpp"
#include "storage/postgres/record_codec.hpp"
#include "storage/postgres/record_copy.hpp"
#include "storage/postgres/record_pipeline.hpp"
#include "storage/postgres/record_sql.hpp"

namespace bangkom::storage::postgres {

namespace {

constexpr std::string_view kDeleteRaises = "DELETE FROM program_kompetensi WHERE kode_program = $1";
constexpr std::string_view kInsertRaise =
    "INSERT INTO program_kompetensi (kode_program, urutan, kode_kompetensi, levels) VALUES ($1, $2, $3, $4)";
constexpr std::string_view kSelectRaises =
    "SELECT kode_kompetensi, levels FROM program_kompetensi WHERE kode_program = $1 ORDER BY urutan";

Result<void> ReplaceRaises(Connection& connection, const domain::Program& program) {
    if (auto removed = connection.Query(kDeleteRaises, {Arg::Text(program.code)}); !removed) return removed.error();
    for (size_t i = 0; i < program.raises.size(); ++i) {
        const auto& raise = program.raises[i];
        auto inserted = connection.Query(kInsertRaise, {Arg::Text(program.code), Arg::Int(static_cast<int64_t>(i)),
                                                        Arg::Text(raise.competency_code), Arg::Int(raise.levels)});
        if (!inserted) return inserted.error();
    }
    return {};
}

Result<void> LoadRaises(Connection& connection, domain::Program& program) {
    auto rows = connection.Query(kSelectRaises, {Arg::Text(program.code)});
    if (!rows) return rows.error();
    program.raises.clear();
    for (int i = 0; i < rows->Rows(); ++i) {
        program.raises.push_back({rows->Text(i, 0), static_cast<int>(rows->Int(i, 1))});
    }
    return {};
}

Result<void> ReplaceAllRaises(Connection& connection, const std::vector<domain::Program>& programs) {
    for (size_t i = 0; i < programs.size(); ++i) {
        if (auto ok = ReplaceRaises(connection, programs[i]); !ok) return AtRecord(ok.error(), i);
    }
    return {};
}

// A batch of new rows goes in with one COPY; false when the pipeline must do it (see record_copy.hpp).
Result<bool> CopyIfNew(Connection& connection, domain::Kind kind, size_t count, const FillParams& fill) {
    auto worth = WorthCopying(connection, kind, count, fill);
    if (!worth || !*worth) return worth;
    return CopyRecords(connection, kind, count, fill);
}

template <class R>
Result<UpsertCounts> UpsertAll(Connection& connection, domain::Kind kind, const std::vector<R>& rows) {
    const KindSql& sql = SqlOf(kind);
    const FillParams fill = [&rows](size_t i, Params& params) {
        ParamBinder binder(params);
        Bind(binder, rows[i]);
    };
    UpsertCounts counts;
    auto copied = CopyIfNew(connection, kind, rows.size(), fill);
    if (!copied) return copied.error();
    if (*copied) {
        counts.inserted = static_cast<int64_t>(rows.size());
        if constexpr (std::is_same_v<R, domain::Program>) {
            if (auto ok = ReplaceAllRaises(connection, rows); !ok) return ok.error();
        }
        return counts;
    }
    std::vector<size_t> all(rows.size());
    std::iota(all.begin(), all.end(), size_t{0});
    auto inserted = PipelineRecords(connection, sql.insert, all, fill);
    if (!inserted) return inserted.error();
    std::vector<size_t> existing;  // keyed rows whose key was already stored (or earlier in this batch)
    for (size_t i = 0; i < rows.size(); ++i) {
        if ((*inserted)[i] > 0) {
            ++counts.inserted;
        } else {
            existing.push_back(i);
        }
    }
    if (!existing.empty()) {
        auto updated = PipelineRecords(connection, sql.update, existing, fill);
        if (!updated) return updated.error();
        counts.updated = static_cast<int64_t>(existing.size());
    }
    if constexpr (std::is_same_v<R, domain::Program>) {
        if (auto ok = ReplaceAllRaises(connection, rows); !ok) return ok.error();
    }
    return counts;
}

template <class R>
Result<void> ReadAll(const QueryResult& result, std::vector<R>& out) {
    out.reserve(out.size() + static_cast<size_t>(result.Rows()));
    for (int row = 0; row < result.Rows(); ++row) {
        ResultReader reader(result, row);
        R record;
        Read(reader, record);
        if (!reader.ok()) return reader.error();
        out.push_back(std::move(record));
    }
    return {};
}

}  // namespace

Result<void> ReadRecords(Connection& connection, const QueryResult& result, domain::Records& records) {
    return std::visit(
        [&](auto& out) -> Result<void> {
            const size_t first = out.size();
            if (auto ok = ReadAll(result, out); !ok) return ok;
            using R = typename std::decay_t<decltype(out)>::value_type;
            if constexpr (std::is_same_v<R, domain::Program>) {
                for (size_t i = first; i < out.size(); ++i) {
                    if (auto ok = LoadRaises(connection, out[i]); !ok) return ok;
                }
            }
            return {};
        },
        records);
}

Result<UpsertCounts> UpsertRecords(Connection& connection, const domain::Records& records) {
    if (domain::RecordCount(records) == 0) return UpsertCounts{};
    auto tx = Transaction::Begin(connection);
    if (!tx) return tx.error();
    auto counts =
        std::visit([&](const auto& rows) { return UpsertAll(connection, domain::KindOf(records), rows); }, records);
    if (!counts) return counts.error();
    if (auto ok = tx->Commit(); !ok) return ok.error();
    return counts;
}

Result<std::vector<std::string>> ListKeys(Connection& connection, domain::Kind kind) {
    if (!HasSingleKey(kind)) return NotSingleKeyed(kind);
    auto rows = connection.Query(SqlOf(kind).keys);
    if (!rows) return rows.error();
    std::vector<std::string> keys;
    keys.reserve(static_cast<size_t>(rows->Rows()));
    for (int i = 0; i < rows->Rows(); ++i) keys.push_back(rows->Text(i, 0));
    return keys;
}

Result<domain::Records> GetRecord(Connection& connection, domain::Kind kind, const std::string& key) {
    if (!HasSingleKey(kind)) return NotSingleKeyed(kind);
    auto rows = connection.Query(SqlOf(kind).by_key, {Arg::Text(key)});
    if (!rows) return rows.error();
    domain::Records records = domain::EmptyRecords(kind);
    if (auto ok = ReadRecords(connection, *rows, records); !ok) return ok.error();
    if (domain::RecordCount(records) == 0) return RecordNotFound(kind, key);
    return records;
}

Result<int64_t> CountRecords(Connection& connection, domain::Kind kind) {
    auto rows = connection.Query(SqlOf(kind).count);
    if (!rows) return rows.error();
    return rows->Int(0, 0);
}

}  // namespace bangkom::storage::postgres
