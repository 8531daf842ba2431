#include "storage/sqlite/connection.hpp"

#include <sqlite3.h>

#include <utility>

namespace bangkom::storage::sqlite {

namespace {

constexpr int kBusyTimeoutMs = 10000;
constexpr size_t kMaxContext = 160;  // a whole migration's SQL would drown the message
// WAL lets readers run beside the one writer; NORMAL is durable across application crashes in WAL mode.
constexpr std::string_view kConnectionSettings =
    "PRAGMA journal_mode = WAL; PRAGMA foreign_keys = ON; PRAGMA synchronous = NORMAL;";

}  // namespace

Error SqliteError(sqlite3* db, int code, std::string_view context) {
    const std::string detail = db != nullptr ? sqlite3_errmsg(db) : sqlite3_errstr(code);
    const std::string where =
        std::string(context.substr(0, kMaxContext)) + (context.size() > kMaxContext ? "…" : "") + ": " + detail;
    const int extended = db != nullptr ? sqlite3_extended_errcode(db) : code;
    switch (extended) {
        case SQLITE_CONSTRAINT_UNIQUE:
        case SQLITE_CONSTRAINT_PRIMARYKEY:
            return MakeError(ErrorCode::conflict, "Data sudah ada (already exists): " + where);
        case SQLITE_NOTADB:
            return MakeError(ErrorCode::failed_precondition,
                             "Berkas bukan basis data Bangkom (the file is not a database): " + where);
        case SQLITE_CONSTRAINT_FOREIGNKEY:
            return MakeError(ErrorCode::failed_precondition,
                             "Data rujukan tidak ditemukan (a referenced record is missing): " + where);
        default: break;
    }
    if ((extended & 0xff) == SQLITE_BUSY || (extended & 0xff) == SQLITE_LOCKED) {
        return MakeError(ErrorCode::internal, "Basis data sedang sibuk (database is busy): " + where);
    }
    return MakeError(ErrorCode::internal, "Kesalahan basis data (database error): " + where);
}

// --- Statement ---

Statement::Statement(Statement&& other) noexcept
    : db_(other.db_), stmt_(std::exchange(other.stmt_, nullptr)), bind_error_(other.bind_error_) {}

Statement& Statement::operator=(Statement&& other) noexcept {
    if (this != &other) {
        sqlite3_finalize(stmt_);
        db_ = other.db_;
        stmt_ = std::exchange(other.stmt_, nullptr);
        bind_error_ = other.bind_error_;
    }
    return *this;
}

Statement::~Statement() {
    sqlite3_finalize(stmt_);
}

void Statement::BindInt(int index, int64_t value) {
    const int rc = sqlite3_bind_int64(stmt_, index, value);
    if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
}

void Statement::BindDouble(int index, double value) {
    const int rc = sqlite3_bind_double(stmt_, index, value);
    if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
}

void Statement::BindText(int index, std::string_view value) {
    const int rc = sqlite3_bind_text64(stmt_, index, value.data(), value.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
    if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
}

void Statement::BindNull(int index) {
    const int rc = sqlite3_bind_null(stmt_, index);
    if (rc != SQLITE_OK && bind_error_ == 0) bind_error_ = rc;
}

void Statement::BindTextOrNull(int index, std::string_view value) {
    if (value.empty()) {
        BindNull(index);
    } else {
        BindText(index, value);
    }
}

void Statement::BindOptionalInt(int index, std::optional<int> value) {
    if (value) {
        BindInt(index, *value);
    } else {
        BindNull(index);
    }
}

Result<bool> Statement::Step() {
    if (bind_error_ != 0) {
        return SqliteError(nullptr, bind_error_, "bind");
    }
    const int rc = sqlite3_step(stmt_);
    if (rc == SQLITE_ROW) return true;
    if (rc == SQLITE_DONE) return false;
    Error error = SqliteError(db_, rc, sqlite3_sql(stmt_));
    sqlite3_reset(stmt_);
    return error;
}

Result<void> Statement::Run() {
    for (;;) {
        auto row = Step();
        if (!row) return row.error();
        if (!*row) return {};
    }
}

void Statement::Reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
    bind_error_ = 0;
}

bool Statement::ColumnIsNull(int col) const {
    return sqlite3_column_type(stmt_, col) == SQLITE_NULL;
}
int64_t Statement::ColumnInt(int col) const {
    return sqlite3_column_int64(stmt_, col);
}
double Statement::ColumnDouble(int col) const {
    return sqlite3_column_double(stmt_, col);
}

std::string Statement::ColumnText(int col) const {
    const auto* text = sqlite3_column_text(stmt_, col);
    if (text == nullptr) return {};
    return std::string(reinterpret_cast<const char*>(text), static_cast<size_t>(sqlite3_column_bytes(stmt_, col)));
}

// --- Connection ---

void Connection::Closer::operator()(sqlite3* db) const {
    sqlite3_close_v2(db);
}

Connection::Connection(sqlite3* db) : db_(db) {}
Connection::Connection(Connection&&) noexcept = default;
Connection& Connection::operator=(Connection&&) noexcept = default;
Connection::~Connection() = default;

Result<Connection> Connection::Open(const std::string& path, bool create) {
    sqlite3* raw = nullptr;
    const int flags = SQLITE_OPEN_READWRITE | (create ? SQLITE_OPEN_CREATE : 0) | SQLITE_OPEN_NOMUTEX;
    const int rc = sqlite3_open_v2(path.c_str(), &raw, flags, nullptr);
    Connection connection(raw);  // owns the handle even when opening failed
    if (rc != SQLITE_OK) {
        return MakeError(ErrorCode::failed_precondition,
                         "Basis data tidak dapat dibuka (cannot open database) " + path + ": " + sqlite3_errstr(rc));
    }
    sqlite3_extended_result_codes(raw, 1);
    sqlite3_busy_timeout(raw, kBusyTimeoutMs);
    if (auto ok = connection.Execute(kConnectionSettings); !ok) return ok.error();
    return connection;
}

Result<void> Connection::Execute(std::string_view sql) {
    const std::string text(sql);
    char* message = nullptr;
    const int rc = sqlite3_exec(db_.get(), text.c_str(), nullptr, nullptr, &message);
    sqlite3_free(message);
    if (rc != SQLITE_OK) return SqliteError(db_.get(), rc, sql);
    return {};
}

Result<Statement> Connection::Prepare(std::string_view sql) {
    sqlite3_stmt* stmt = nullptr;
    const int rc = sqlite3_prepare_v3(db_.get(), sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                                      &stmt, nullptr);
    if (rc != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return SqliteError(db_.get(), rc, sql);
    }
    return Statement(db_.get(), stmt);
}

Result<StatementLease> Connection::Cached(std::string_view sql) {
    auto it = cache_.find(sql);
    if (it == cache_.end()) {
        auto prepared = Prepare(sql);
        if (!prepared) return prepared.error();
        it = cache_.emplace(std::string(sql), std::move(*prepared)).first;
    }
    return StatementLease(&it->second);
}

int64_t Connection::Changes() const {
    return sqlite3_changes64(db_.get());
}
int64_t Connection::LastInsertId() const {
    return sqlite3_last_insert_rowid(db_.get());
}

// --- Transaction ---

Result<Transaction> Transaction::Begin(Connection& connection) {
    if (auto ok = connection.Execute("BEGIN IMMEDIATE"); !ok) return ok.error();
    return Transaction(&connection);
}

Result<Transaction> Transaction::BeginRead(Connection& connection) {
    if (auto ok = connection.Execute("BEGIN DEFERRED"); !ok) return ok.error();
    return Transaction(&connection);
}

Transaction::Transaction(Transaction&& other) noexcept : connection_(std::exchange(other.connection_, nullptr)) {}

Transaction::~Transaction() {
    if (connection_ != nullptr) {
        (void)connection_->Execute("ROLLBACK");
    }
}

Result<void> Transaction::Commit() {
    if (auto ok = connection_->Execute("COMMIT"); !ok) return ok.error();
    connection_ = nullptr;
    return {};
}

}  // namespace bangkom::storage::sqlite
