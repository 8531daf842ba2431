#include "storage/sqlite/record_store.hpp"

#include <optional>
#include <type_traits>
#include <utility>

#include "storage/sqlite/kind_tables.hpp"
#include "storage/sqlite/record_codec.hpp"

namespace bangkom::storage::sqlite {

namespace {

constexpr std::string_view kDeleteRaises = "DELETE FROM program_kompetensi WHERE kode_program = ?1";
constexpr std::string_view kInsertRaise =
    "INSERT INTO program_kompetensi (kode_program, urutan, kode_kompetensi, levels) VALUES (?1, ?2, ?3, ?4)";
constexpr std::string_view kSelectRaises =
    "SELECT kode_kompetensi, levels FROM program_kompetensi WHERE kode_program = ?1 ORDER BY urutan";

Result<void> ReplaceRaises(Connection& connection, const domain::Program& program) {
    auto remove = connection.Cached(kDeleteRaises);
    if (!remove) return remove.error();
    (*remove)->BindText(1, program.code);
    if (auto ok = (*remove)->Run(); !ok) return ok;
    auto insert = connection.Cached(kInsertRaise);
    if (!insert) return insert.error();
    for (size_t i = 0; i < program.raises.size(); ++i) {
        Statement& s = **insert;
        s.Reset();
        s.BindText(1, program.code);
        s.BindInt(2, static_cast<int64_t>(i));
        s.BindText(3, program.raises[i].competency_code);
        s.BindInt(4, program.raises[i].levels);
        if (auto ok = s.Run(); !ok) return ok;
    }
    return {};
}

Result<void> LoadRaises(Connection& connection, domain::Program& program) {
    auto select = connection.Cached(kSelectRaises);
    if (!select) return select.error();
    (*select)->BindText(1, program.code);
    program.raises.clear();
    for (;;) {
        auto row = (*select)->Step();
        if (!row) return row.error();
        if (!*row) return {};
        program.raises.push_back({(*select)->ColumnText(0), static_cast<int>((*select)->ColumnInt(1))});
    }
}

// Binds and runs the insert; when a keyed row already existed, runs the update with the same parameters.
template <class R>
Result<bool> UpsertOne(Connection& connection, Statement& insert, std::optional<Statement>& update, const R& row) {
    insert.Reset();
    StatementBinder insert_binder(insert);
    Bind(insert_binder, row);
    if (auto ok = insert.Run(); !ok) return ok.error();
    if (connection.Changes() > 0 || !update) return true;
    update->Reset();
    StatementBinder update_binder(*update);
    Bind(update_binder, row);
    if (auto ok = update->Run(); !ok) return ok.error();
    return false;
}

template <class R>
Result<UpsertCounts> UpsertAll(Connection& connection, domain::Kind kind, const std::vector<R>& rows) {
    const KindSql& sql = SqlOf(kind);
    auto insert = connection.Prepare(sql.insert);
    if (!insert) return insert.error();
    std::optional<Statement> update;
    if (!sql.update.empty()) {
        auto prepared = connection.Prepare(sql.update);
        if (!prepared) return prepared.error();
        update.emplace(std::move(*prepared));
    }
    UpsertCounts counts;
    for (size_t i = 0; i < rows.size(); ++i) {
        auto inserted = UpsertOne(connection, *insert, update, rows[i]);
        if (!inserted) return AtRecord(inserted.error(), i);
        ++(*inserted ? counts.inserted : counts.updated);
        if constexpr (std::is_same_v<R, domain::Program>) {
            if (auto ok = ReplaceRaises(connection, rows[i]); !ok) return AtRecord(ok.error(), i);
        }
    }
    return counts;
}

template <class R>
Result<void> ReadAll(Statement& select, std::vector<R>& out) {
    for (;;) {
        auto row = select.Step();
        if (!row) return row.error();
        if (!*row) return {};
        StatementReader reader(select);
        R record;
        Read(reader, record);
        if (!reader.ok()) return reader.error();
        out.push_back(std::move(record));
    }
}

}  // namespace

Result<void> ReadRecords(Connection& connection, Statement& select, domain::Records& records) {
    return std::visit(
        [&](auto& out) -> Result<void> {
            const size_t first = out.size();
            if (auto ok = ReadAll(select, out); !ok) return ok;
            using R = typename std::decay_t<decltype(out)>::value_type;
            if constexpr (std::is_same_v<R, domain::Program>) {
                // Raises are read after the page's rows so that only one statement steps at a time.
                for (size_t i = first; i < out.size(); ++i) {
                    if (auto ok = LoadRaises(connection, out[i]); !ok) return ok;
                }
            }
            return {};
        },
        records);
}

Result<UpsertCounts> UpsertRecords(Connection& connection, const domain::Records& records) {
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
    auto select = connection.Prepare(SqlOf(kind).keys);
    if (!select) return select.error();
    std::vector<std::string> keys;
    for (;;) {
        auto row = select->Step();
        if (!row) return row.error();
        if (!*row) return keys;
        keys.push_back(select->ColumnText(0));
    }
}

Result<domain::Records> GetRecord(Connection& connection, domain::Kind kind, const std::string& key) {
    if (!HasSingleKey(kind)) return NotSingleKeyed(kind);
    auto select = connection.Cached(SqlOf(kind).by_key);
    if (!select) return select.error();
    (*select)->BindText(1, key);
    domain::Records records = domain::EmptyRecords(kind);
    if (auto ok = ReadRecords(connection, **select, records); !ok) return ok.error();
    if (domain::RecordCount(records) == 0) {
        return RecordNotFound(kind, key);
    }
    return records;
}

Result<int64_t> CountRecords(Connection& connection, domain::Kind kind) {
    auto select = connection.Cached(SqlOf(kind).count);
    if (!select) return select.error();
    auto row = (*select)->Step();
    if (!row) return row.error();
    return (*select)->ColumnInt(0);
}

}  // namespace bangkom::storage::sqlite
