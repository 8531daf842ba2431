#pragma once
// A thin RAII adapter on the SQLite C API: Connection, Statement (bind / step / column helpers) and a
// Transaction guard. Nothing outside storage/ sees sqlite3.h. A Connection is used by one thread at a time
// (the store's pool hands it out); it keeps a cache of prepared statements keyed by their SQL constant.

#include <cstdint>
#include <map>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "domain/result.hpp"

struct sqlite3;
struct sqlite3_stmt;

namespace bangkom::storage::sqlite {

/// A prepared statement. Parameters and columns are numbered as in SQLite: parameters from 1, columns from 0.
/// Bind errors (a bug: wrong index) are remembered and reported by the next Step().
class Statement {
  public:
    Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
    Statement(Statement&& other) noexcept;
    Statement& operator=(Statement&& other) noexcept;
    Statement(const Statement&) = delete;
    Statement& operator=(const Statement&) = delete;
    ~Statement();

    void BindInt(int index, int64_t value);
    void BindDouble(int index, double value);
    void BindText(int index, std::string_view value);
    void BindNull(int index);
    /// NULL when `value` is empty (optional references such as kode_unit).
    void BindTextOrNull(int index, std::string_view value);
    void BindOptionalInt(int index, std::optional<int> value);

    /// Advances: true when a row is available, false when done.
    Result<bool> Step();
    /// Steps to completion (a statement that returns no rows, or whose rows are ignored).
    Result<void> Run();
    /// Makes the statement ready to run again with new parameters.
    void Reset();

    bool ColumnIsNull(int col) const;
    int64_t ColumnInt(int col) const;
    double ColumnDouble(int col) const;
    /// Text of the column; "" for NULL.
    std::string ColumnText(int col) const;

  private:
    sqlite3* db_ = nullptr;
    sqlite3_stmt* stmt_ = nullptr;
    int bind_error_ = 0;
};

/// A cached statement lent to one use: reset (parameters cleared, read lock released) when the lease ends.
class StatementLease {
  public:
    explicit StatementLease(Statement* statement) : statement_(statement) {}
    StatementLease(StatementLease&& other) noexcept : statement_(std::exchange(other.statement_, nullptr)) {}
    StatementLease& operator=(StatementLease&&) = delete;
    StatementLease(const StatementLease&) = delete;
    ~StatementLease() {
        if (statement_ != nullptr) statement_->Reset();
    }
    Statement* operator->() const { return statement_; }
    Statement& operator*() const { return *statement_; }

  private:
    Statement* statement_;
};

class Connection {
  public:
    /// Opens (creating when `create`) the database at `path` and applies the connection settings:
    /// WAL, foreign_keys=ON, busy_timeout, synchronous=NORMAL.
    static Result<Connection> Open(const std::string& path, bool create);

    Connection(Connection&&) noexcept;
    Connection& operator=(Connection&&) noexcept;
    ~Connection();

    /// Runs one or more statements without parameters (schema, PRAGMA, BEGIN/COMMIT).
    Result<void> Execute(std::string_view sql);
    Result<Statement> Prepare(std::string_view sql);
    /// A prepared statement kept for the life of the connection, ready to bind. `sql` must be a constant
    /// (it is the cache key).
    Result<StatementLease> Cached(std::string_view sql);
    /// Rows changed by the last INSERT / UPDATE / DELETE.
    int64_t Changes() const;
    int64_t LastInsertId() const;

  private:
    explicit Connection(sqlite3* db);
    struct Closer {
        void operator()(sqlite3* db) const;
    };
    std::unique_ptr<sqlite3, Closer> db_;
    std::map<std::string, Statement, std::less<>> cache_;  // after db_: finalized before the database closes
};

/// Maps the connection's last error to the project's error model: unique → conflict, foreign key →
/// failed_precondition, busy → internal with a clear message, anything else → internal.
Error SqliteError(sqlite3* db, int code, std::string_view context);

/// A write transaction (BEGIN IMMEDIATE) rolled back on destruction unless committed. When COMMIT fails
/// (a deferred constraint) the transaction is still open and is rolled back by the destructor.
class Transaction {
  public:
    static Result<Transaction> Begin(Connection& connection);
    /// A read transaction (BEGIN DEFERRED): several SELECTs see one snapshot.
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

}  // namespace bangkom::storage::sqlite
