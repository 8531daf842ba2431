// SqliteParticipation: runs the shared participation SQL on a pooled connection in one transaction.

#include "storage/sqlite/participation_repository.hpp"

#include <optional>
#include <variant>

namespace bangkom::storage::sqlite {

namespace {

using participation::SqlRow;
using participation::SqlValue;

/// The number of result columns of one of the shared statements: the top-level commas of the SELECT list (up to
/// the first top-level FROM) or of a RETURNING list, plus one. The adapter has no column count, and the shared
/// SQL is plain enough for this (no commas or FROM inside quotes).
int ResultColumns(std::string_view sql) {
    size_t start = 0;
    if (const size_t returning = sql.find(" RETURNING "); returning != std::string_view::npos) {
        start = returning + 11;
    }
    int depth = 0;
    int columns = 1;
    for (size_t i = start; i < sql.size(); ++i) {
        const char c = sql[i];
        if (c == '(') ++depth;
        if (c == ')') --depth;
        if (depth != 0) continue;
        if (c == ',') ++columns;
        if (sql.substr(i, 6) == " FROM ") break;
    }
    return columns;
}

class SqliteSession final : public participation::SqlSession {
  public:
    explicit SqliteSession(Connection& connection) : connection_(connection) {}

    Result<std::vector<SqlRow>> Query(std::string_view sql, std::span<const SqlValue> params) override {
        auto statement = Bound(sql, params);
        if (!statement) return statement.error();
        Statement& s = **statement;
        const int columns = ResultColumns(sql);
        std::vector<SqlRow> rows;
        for (;;) {
            auto row = s.Step();
            if (!row) return row.error();
            if (!*row) return rows;
            SqlRow out;
            for (int col = 0; col < columns; ++col) {
                out.push_back(s.ColumnIsNull(col) ? std::nullopt : std::optional<std::string>(s.ColumnText(col)));
            }
            rows.push_back(std::move(out));
        }
    }

    Result<int64_t> Execute(std::string_view sql, std::span<const SqlValue> params) override {
        auto statement = Bound(sql, params);
        if (!statement) return statement.error();
        if (auto ran = (*statement)->Run(); !ran) return ran.error();
        return connection_.Changes();
    }

  private:
    Result<StatementLease> Bound(std::string_view sql, std::span<const SqlValue> params) {
        auto statement = connection_.Cached(sql);
        if (!statement) return statement.error();
        for (size_t i = 0; i < params.size(); ++i) {
            const int index = static_cast<int>(i) + 1;
            const SqlValue& value = params[i];
            if (const auto* number = std::get_if<int64_t>(&value)) {
                (*statement)->BindInt(index, *number);
            } else if (const auto* text = std::get_if<std::string>(&value)) {
                (*statement)->BindText(index, *text);
            } else {
                (*statement)->BindNull(index);
            }
        }
        return statement;
    }

    Connection& connection_;
};

}  // namespace

Result<void> SqliteParticipation::Transact(bool write, const Work& work) {
    std::unique_lock<std::mutex> lock(write_mutex_, std::defer_lock);
    if (write) lock.lock();
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto transaction = write ? Transaction::Begin(**lease) : Transaction::BeginRead(**lease);
    if (!transaction) return transaction.error();
    SqliteSession session(**lease);
    if (auto done = work(session); !done) return done;
    return transaction->Commit();
}

}  // namespace bangkom::storage::sqlite
