#pragma once
// A thin RAII adapter on libpq: Connection (text parameters, a cache of prepared statements keyed by their SQL,
// COPY FROM STDIN, pipeline mode), QueryResult (a view of one PGresult), Transaction (rolled back unless
// committed) and the one SQLSTATE → ErrorCode mapper. Nothing outside storage/ sees libpq-fe.h. A Connection is
// used by one thread at a time (the store's pool hands it out).
//
// Parameters and results are in text format: parameters are numbered $1, $2, ... in SQL and passed as
// `Param` (std::nullopt = NULL); build them with Arg::Text / Int / Real / Null / TextOrNull.

#include <cstdint>
#include <initializer_list>
#include <map>
#include <memory>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

struct pg_conn;
struct pg_result;

namespace bangkom::storage::postgres {

/// One text parameter; std::nullopt is SQL NULL.
using Param = std::optional<std::string>;
using Params = std::vector<Param>;

/// Builders of parameters in the text form PostgreSQL parses.
struct Arg {
    static Param Text(std::string_view value) { return std::string(value); }
    static Param Int(int64_t value) { return std::to_string(value); }
    /// Shortest text that reads back as the same double.
    static Param Real(double value);
    static Param Null() { return std::nullopt; }
    /// NULL when `value` is empty (optional references such as kode_unit).
    static Param TextOrNull(std::string_view value) {
        return value.empty() ? std::nullopt : std::optional<std::string>(value);
    }
    static Param OptionalInt(std::optional<int64_t> value) {
        return value ? std::optional<std::string>(std::to_string(*value)) : std::nullopt;
    }
};

/// Owns one PGresult. Rows and columns are numbered from 0. Text() of NULL is "", Int()/Real() of NULL is 0.
class QueryResult {
  public:
    QueryResult() = default;
    explicit QueryResult(pg_result* result);
    QueryResult(QueryResult&&) noexcept;
    QueryResult& operator=(QueryResult&&) noexcept;
    QueryResult(const QueryResult&) = delete;
    QueryResult& operator=(const QueryResult&) = delete;
    ~QueryResult();

    int Rows() const;
    int Columns() const;
    /// The column's name, or "" when out of range; ColumnIndex is -1 for an unknown name.
    std::string ColumnName(int col) const;
    int ColumnIndex(const std::string& name) const;
    bool IsNull(int row, int col) const;
    std::string_view TextView(int row, int col) const;
    std::string Text(int row, int col) const { return std::string(TextView(row, col)); }
    int64_t Int(int row, int col) const;
    double Real(int row, int col) const;
    /// Rows changed by INSERT / UPDATE / DELETE (or copied by COPY); 0 for other commands.
    int64_t Affected() const;
    pg_result* Raw() const { return result_.get(); }

  private:
    struct Clearer {
        void operator()(pg_result* result) const;
    };
    std::unique_ptr<pg_result, Clearer> result_;
};

/// SQLSTATE → ErrorCode: 23505 unique → conflict; 23503 foreign key → failed_precondition (as SQLite);
/// 40001 / 40P01 (serialization failure, deadlock) → internal "coba lagi (retry)"; class 08 and 57P0x
/// (connection lost, server shutting down), 28 (authentication) and 3D000 (no such database) →
/// failed_precondition; class 53 (out of resources) → resource_exhausted; 22 (bad data) and 23502/23514
/// (not null / check) → invalid_argument; anything else → internal. `detail` is the server's message.
Error SqlStateError(std::string_view sqlstate, std::string_view detail, std::string_view context);

/// True for the SQLSTATEs a transaction may simply be run again after (40001, 40P01).
bool IsRetryableSqlState(std::string_view sqlstate);

class Connection;

/// A COPY ... FROM STDIN in progress (text format). Rows are buffered and sent in large chunks; End() finishes
/// and reports the rows copied. Abandoning it without End() aborts the COPY (and the connection's
/// transaction fails on its next statement).
class CopyIn {
  public:
    CopyIn(CopyIn&& other) noexcept;
    CopyIn& operator=(CopyIn&&) = delete;
    CopyIn(const CopyIn&) = delete;
    ~CopyIn();

    /// Appends one row: each field escaped (\\ \t \n \r), NULL as \N. Fails only when sending fails.
    Result<void> PutRow(std::span<const Param> fields);
    /// Ends the COPY; the server's verdict (constraint violations included) comes back here.
    Result<int64_t> End();

    /// The text-format line for `fields` (with its final newline); exposed for tests.
    static void AppendRow(std::string& out, std::span<const Param> fields);

  private:
    friend class Connection;
    explicit CopyIn(Connection* connection) : connection_(connection) {}
    Result<void> Flush();
    Connection* connection_ = nullptr;  // null once ended or moved from
    std::string buffer_;
};

class Connection {
  public:
    /// Connects with a libpq URL ("postgresql://user@host:port/db") or key=value string, with
    /// client_encoding UTF8 and application_name bangkom. A failure is failed_precondition naming the
    /// server (host, port, database, user; never the password).
    static Result<Connection> Open(const std::string& conninfo);

    Connection(Connection&&) noexcept;
    Connection& operator=(Connection&&) noexcept;
    ~Connection();

    /// Runs one or more statements without parameters (schema, BEGIN/COMMIT, SET ...).
    Result<void> Exec(std::string_view sql);
    /// Runs `sql` with parameters through a statement prepared once per connection and kept (keyed by the SQL
    /// text: pass constants or a bounded set of generated texts). Text with a NUL character, which PostgreSQL
    /// cannot store, is invalid_argument here (as in Pipeline and CopyIn::PutRow) rather than cut short.
    Result<QueryResult> Query(std::string_view sql, std::span<const Param> params = {});
    Result<QueryResult> Query(std::string_view sql, std::initializer_list<Param> params) {
        return Query(sql, std::span<const Param>(params.begin(), params.size()));
    }
    /// Runs `sql` with parameters without preparing it (for SQL built per call).
    Result<QueryResult> QueryOnce(std::string_view sql, std::span<const Param> params = {});
    Result<QueryResult> QueryOnce(std::string_view sql, std::initializer_list<Param> params) {
        return QueryOnce(sql, std::span<const Param>(params.begin(), params.size()));
    }

    /// Executes the prepared `sql` once per parameter row in pipeline mode (few round trips) and returns the
    /// sum of affected rows. Run inside a Transaction for all-or-nothing; the first error is returned.
    Result<int64_t> Pipeline(std::string_view sql, std::span<const Params> rows);
    /// Same, with the affected rows of each execution in order (e.g. 0 = "ON CONFLICT DO NOTHING" skipped).
    Result<std::vector<int64_t>> PipelineEach(std::string_view sql, std::span<const Params> rows);

    /// Starts `COPY table (columns) FROM STDIN` (text format; `sql` is the whole COPY statement).
    Result<CopyIn> BeginCopy(std::string_view sql);

    /// False when the connection to the server is known to be lost (after a failed call).
    bool IsOk() const;
    /// Reads whatever the server sent without blocking, so that a connection the server closed while it sat
    /// idle (restart, pg_terminate_backend) is noticed before it is used; then IsOk().
    bool Alive();
    /// True when a transaction is open (or failed and not yet rolled back).
    bool InTransaction() const;
    /// Reconnects with the same parameters; the statement cache is emptied.
    Result<void> Reset();

    /// The SQLSTATE of the last failure on this connection ("" after ClearLastSqlState or when none was
    /// given): lets a caller that owns a whole transaction retry it after 40001 / 40P01.
    const std::string& LastSqlState() const { return last_sqlstate_; }
    void ClearLastSqlState() { last_sqlstate_.clear(); }

    /// "host:port/db as user", for messages.
    std::string Describe() const;
    pg_conn* Raw() const { return conn_.get(); }

  private:
    friend class CopyIn;
    explicit Connection(pg_conn* conn);
    /// The error of a failed result (or of the connection when `result` is null).
    Error ResultError(const pg_result* result, std::string_view context) const;
    /// The name of the prepared statement for `sql`, preparing it on first use.
    Result<std::string> Prepared(std::string_view sql);
    Result<std::vector<int64_t>> RunPipeline(std::string_view sql, std::span<const Params> rows);

    struct Closer {
        void operator()(pg_conn* conn) const;
    };
    std::unique_ptr<pg_conn, Closer> conn_;
    std::map<std::string, std::string, std::less<>> prepared_;  // SQL text → statement name
    mutable std::string last_sqlstate_;
};

/// A transaction (BEGIN) rolled back on destruction unless committed. BeginRead: one REPEATABLE READ READ ONLY
/// snapshot for several SELECTs.
class Transaction {
  public:
    static Result<Transaction> Begin(Connection& connection);
    static Result<Transaction> BeginRead(Connection& connection);
    Transaction(Transaction&& other) noexcept;
    Transaction& operator=(Transaction&&) = delete;
    Transaction(const Transaction&) = delete;
    ~Transaction();
    Result<void> Commit();

  private:
    explicit Transaction(Connection* connection) : connection_(connection) {}
    Connection* connection_ = nullptr;  // null once committed or moved from
};

}  // namespace bangkom::storage::postgres
