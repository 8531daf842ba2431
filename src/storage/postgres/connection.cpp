#include "storage/postgres/connection.hpp"

#include <libpq-fe.h>

#include <algorithm>
#include <charconv>
#include <utility>

namespace bangkom::storage::postgres {

namespace {

constexpr size_t kMaxContext = 160;             // a whole migration's SQL would drown the message
constexpr size_t kCopyChunk = size_t{1} << 16;  // bytes buffered before PQputCopyData
constexpr size_t kPipelineBatch = 1000;         // executions per sync: results stay well inside socket buffers
constexpr std::string_view kLostSqlState = "08006";

std::string Trimmed(std::string_view text) {
    while (!text.empty() && (text.back() == '\n' || text.back() == ' ')) text.remove_suffix(1);
    return std::string(text);
}

std::string Where(std::string_view context, std::string_view detail) {
    return std::string(context.substr(0, kMaxContext)) + (context.size() > kMaxContext ? "…" : "") + ": " +
           Trimmed(detail);
}

// The password of `conninfo`, if it names one, so that it can be scrubbed from libpq's messages.
std::string PasswordOf(const std::string& conninfo) {
    char* error = nullptr;
    PQconninfoOption* options = PQconninfoParse(conninfo.c_str(), &error);
    PQfreemem(error);
    std::string password;
    for (PQconninfoOption* o = options; o != nullptr && o->keyword != nullptr; ++o) {
        if (std::string_view(o->keyword) == "password" && o->val != nullptr) password = o->val;
    }
    PQconninfoFree(options);
    return password;
}

std::string Scrubbed(std::string text, const std::string& secret) {
    if (secret.empty()) return text;
    for (size_t at = text.find(secret); at != std::string::npos; at = text.find(secret, at + 3)) {
        text.replace(at, secret.size(), "***");
    }
    return text;
}

std::vector<const char*> Values(std::span<const Param> params) {
    std::vector<const char*> values;
    values.reserve(params.size());
    for (const Param& p : params) values.push_back(p ? p->c_str() : nullptr);
    return values;
}

// libpq takes parameters as C strings: a NUL would silently cut the text short.
Result<void> CheckNoNul(std::span<const Param> params) {
    for (const Param& p : params) {
        if (p && p->find('\0') != std::string::npos) {
            return MakeError(ErrorCode::invalid_argument,
                             "Teks tidak boleh memuat karakter NUL (text must not contain a NUL character)");
        }
    }
    return {};
}

void IgnoreNotice(void* /*arg*/, const char* /*message*/) {}

}  // namespace

// --- errors ---

bool IsRetryableSqlState(std::string_view sqlstate) {
    return sqlstate == "40001" || sqlstate == "40P01";
}

Error SqlStateError(std::string_view sqlstate, std::string_view detail, std::string_view context) {
    const std::string where = Where(context, detail);
    const std::string_view cls = sqlstate.substr(0, std::min<size_t>(2, sqlstate.size()));
    if (sqlstate == "23505") return MakeError(ErrorCode::conflict, "Data sudah ada (already exists): " + where);
    if (sqlstate == "23503") {
        return MakeError(ErrorCode::failed_precondition,
                         "Data rujukan tidak ditemukan (a referenced record is missing): " + where);
    }
    if (IsRetryableSqlState(sqlstate)) {
        return MakeError(
            ErrorCode::internal,
            "Basis data sedang sibuk, coba lagi (database busy: conflicting transactions; retry): " + where);
    }
    if (cls == "08" || sqlstate.starts_with("57P0")) {
        return MakeError(ErrorCode::failed_precondition,
                         "Koneksi ke PostgreSQL terputus (the connection to PostgreSQL was lost): " + where);
    }
    if (cls == "28" || sqlstate == "3D000") {
        return MakeError(
            ErrorCode::failed_precondition,
            "Basis data PostgreSQL tidak dapat dipakai (the PostgreSQL database cannot be used): " + where);
    }
    if (cls == "53") {
        return MakeError(ErrorCode::resource_exhausted,
                         "Sumber daya basis data habis (the database ran out of resources): " + where);
    }
    if (cls == "22" || sqlstate == "23502" || sqlstate == "23514") {
        return MakeError(ErrorCode::invalid_argument, "Data tidak sah (invalid data): " + where);
    }
    return MakeError(ErrorCode::internal, "Kesalahan basis data (database error): " + where);
}

Param Arg::Real(double value) {
    char buffer[32];
    const auto end = std::to_chars(buffer, buffer + sizeof(buffer), value).ptr;
    return std::string(buffer, end);
}

// --- QueryResult ---

void QueryResult::Clearer::operator()(pg_result* result) const {
    PQclear(result);
}

QueryResult::QueryResult(pg_result* result) : result_(result) {}
QueryResult::QueryResult(QueryResult&&) noexcept = default;
QueryResult& QueryResult::operator=(QueryResult&&) noexcept = default;
QueryResult::~QueryResult() = default;

int QueryResult::Rows() const {
    return result_ ? PQntuples(result_.get()) : 0;
}
int QueryResult::Columns() const {
    return result_ ? PQnfields(result_.get()) : 0;
}

std::string QueryResult::ColumnName(int col) const {
    const char* name = result_ ? PQfname(result_.get(), col) : nullptr;
    return name != nullptr ? name : "";
}

int QueryResult::ColumnIndex(const std::string& name) const {
    return result_ ? PQfnumber(result_.get(), name.c_str()) : -1;
}

bool QueryResult::IsNull(int row, int col) const {
    return !result_ || PQgetisnull(result_.get(), row, col) != 0;
}

std::string_view QueryResult::TextView(int row, int col) const {
    if (IsNull(row, col)) return {};
    return {PQgetvalue(result_.get(), row, col), static_cast<size_t>(PQgetlength(result_.get(), row, col))};
}

int64_t QueryResult::Int(int row, int col) const {
    const std::string_view text = TextView(row, col);
    int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

double QueryResult::Real(int row, int col) const {
    const std::string_view text = TextView(row, col);
    double value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

int64_t QueryResult::Affected() const {
    if (!result_) return 0;
    const std::string_view text = PQcmdTuples(result_.get());
    int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

// --- Connection ---

void Connection::Closer::operator()(pg_conn* conn) const {
    PQfinish(conn);
}

Connection::Connection(pg_conn* conn) : conn_(conn) {}
Connection::Connection(Connection&&) noexcept = default;
Connection& Connection::operator=(Connection&&) noexcept = default;
Connection::~Connection() = default;

Result<Connection> Connection::Open(const std::string& conninfo) {
    // connect_timeout first so that the location may override it; ours after the expanded dbname win.
    const char* keys[] = {"connect_timeout", "dbname", "application_name", "client_encoding", nullptr};
    const char* values[] = {"10", conninfo.c_str(), "bangkom", "UTF8", nullptr};
    Connection connection(PQconnectdbParams(keys, values, 1));
    if (!connection.conn_) {
        return MakeError(ErrorCode::resource_exhausted, "Memori habis (out of memory) connecting to PostgreSQL");
    }
    if (PQstatus(connection.conn_.get()) != CONNECTION_OK) {
        const std::string detail = Scrubbed(Trimmed(PQerrorMessage(connection.conn_.get())), PasswordOf(conninfo));
        return MakeError(ErrorCode::failed_precondition,
                         "Tidak dapat terhubung ke PostgreSQL (cannot connect to PostgreSQL) " + connection.Describe() +
                             ": " + detail);
    }
    PQsetNoticeProcessor(connection.conn_.get(), IgnoreNotice, nullptr);
    return connection;
}

std::string Connection::Describe() const {
    pg_conn* c = conn_.get();
    const auto field = [](const char* value) { return std::string(value != nullptr ? value : ""); };
    return field(PQhost(c)) + ":" + field(PQport(c)) + "/" + field(PQdb(c)) + " as " + field(PQuser(c));
}

Error Connection::ResultError(const pg_result* result, std::string_view context) const {
    const char* state = result != nullptr ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char* message = result != nullptr ? PQresultErrorMessage(result) : "";
    if (message == nullptr || *message == '\0') message = PQerrorMessage(conn_.get());
    std::string_view sqlstate = state != nullptr ? state : "";
    if (sqlstate.empty() && !IsOk()) sqlstate = kLostSqlState;
    last_sqlstate_ = sqlstate;
    return SqlStateError(sqlstate, message, context);
}

Result<void> Connection::Exec(std::string_view sql) {
    const std::string text(sql);
    QueryResult result(PQexec(conn_.get(), text.c_str()));
    const auto status = PQresultStatus(result.Raw());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return ResultError(result.Raw(), sql);
    return {};
}

Result<std::string> Connection::Prepared(std::string_view sql) {
    if (auto it = prepared_.find(sql); it != prepared_.end()) return it->second;
    std::string name = "bk" + std::to_string(prepared_.size() + 1);
    const std::string text(sql);
    QueryResult result(PQprepare(conn_.get(), name.c_str(), text.c_str(), 0, nullptr));
    if (PQresultStatus(result.Raw()) != PGRES_COMMAND_OK) return ResultError(result.Raw(), sql);
    prepared_.emplace(text, name);
    return name;
}

Result<QueryResult> Connection::Query(std::string_view sql, std::span<const Param> params) {
    if (auto ok = CheckNoNul(params); !ok) return ok.error();
    auto name = Prepared(sql);
    if (!name) return name.error();
    const std::vector<const char*> values = Values(params);
    QueryResult result(PQexecPrepared(conn_.get(), name->c_str(), static_cast<int>(values.size()), values.data(),
                                      nullptr, nullptr, 0));
    const auto status = PQresultStatus(result.Raw());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return ResultError(result.Raw(), sql);
    return result;
}

Result<QueryResult> Connection::QueryOnce(std::string_view sql, std::span<const Param> params) {
    if (auto ok = CheckNoNul(params); !ok) return ok.error();
    const std::string text(sql);
    const std::vector<const char*> values = Values(params);
    QueryResult result(PQexecParams(conn_.get(), text.c_str(), static_cast<int>(values.size()), nullptr, values.data(),
                                    nullptr, nullptr, 0));
    const auto status = PQresultStatus(result.Raw());
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK) return ResultError(result.Raw(), sql);
    return result;
}

// Sends batches (executions, then a sync) and reads each batch's results up to the sync's. After the first
// error the server skips the rest of the batch (PIPELINE_ABORTED); no further batch is sent.
Result<std::vector<int64_t>> Connection::RunPipeline(std::string_view sql, std::span<const Params> rows) {
    for (const Params& row : rows) {
        if (auto ok = CheckNoNul(row); !ok) return ok.error();
    }
    auto name = Prepared(sql);
    if (!name) return name.error();
    pg_conn* c = conn_.get();
    if (PQenterPipelineMode(c) != 1) return ResultError(nullptr, "pipeline");
    std::vector<int64_t> affected;
    affected.reserve(rows.size());
    std::optional<Error> failure;
    for (size_t start = 0; start < rows.size() && !failure; start += kPipelineBatch) {
        const size_t end = std::min(rows.size(), start + kPipelineBatch);
        bool sent = true;
        for (size_t i = start; i < end && sent; ++i) {
            const std::vector<const char*> values = Values(rows[i]);
            sent = PQsendQueryPrepared(c, name->c_str(), static_cast<int>(values.size()), values.data(), nullptr,
                                       nullptr, 0) == 1;
        }
        if (!sent || PQpipelineSync(c) != 1) return ResultError(nullptr, sql);  // the connection is unusable
        int nulls = 0;
        for (;;) {
            QueryResult result(PQgetResult(c));
            if (result.Raw() == nullptr) {
                if (++nulls > 1) return ResultError(nullptr, sql);  // two in a row: nothing more will come
                continue;
            }
            nulls = 0;
            const auto status = PQresultStatus(result.Raw());
            if (status == PGRES_PIPELINE_SYNC) break;
            if (status == PGRES_COMMAND_OK || status == PGRES_TUPLES_OK) {
                affected.push_back(result.Affected());
            } else if (status != PGRES_PIPELINE_ABORTED && !failure) {
                failure = ResultError(result.Raw(), sql);
            }
        }
    }
    if (PQexitPipelineMode(c) != 1 && !failure) failure = ResultError(nullptr, "pipeline");
    if (failure) return *failure;
    return affected;
}

Result<std::vector<int64_t>> Connection::PipelineEach(std::string_view sql, std::span<const Params> rows) {
    return RunPipeline(sql, rows);
}

Result<int64_t> Connection::Pipeline(std::string_view sql, std::span<const Params> rows) {
    auto each = RunPipeline(sql, rows);
    if (!each) return each.error();
    int64_t total = 0;
    for (int64_t n : *each) total += n;
    return total;
}

Result<CopyIn> Connection::BeginCopy(std::string_view sql) {
    const std::string text(sql);
    QueryResult result(PQexec(conn_.get(), text.c_str()));
    if (PQresultStatus(result.Raw()) != PGRES_COPY_IN) return ResultError(result.Raw(), sql);
    return CopyIn(this);
}

bool Connection::IsOk() const {
    return conn_ && PQstatus(conn_.get()) == CONNECTION_OK;
}

bool Connection::Alive() {
    if (!conn_) return false;
    // libpq's socket is non-blocking underneath: each call returns at once. A backend that was terminated sends
    // its FATAL message and then closes: the first read takes the message, the next one meets the end of the
    // stream and marks the connection bad.
    for (int read = 0; read < 3 && IsOk(); ++read) (void)PQconsumeInput(conn_.get());
    return IsOk();
}

bool Connection::InTransaction() const {
    return conn_ && PQtransactionStatus(conn_.get()) != PQTRANS_IDLE;
}

Result<void> Connection::Reset() {
    prepared_.clear();
    PQreset(conn_.get());
    if (!IsOk()) {
        return MakeError(ErrorCode::failed_precondition,
                         "Tidak dapat terhubung kembali ke PostgreSQL (cannot "
                         "reconnect to PostgreSQL) " +
                             Describe() + ": " + Trimmed(PQerrorMessage(conn_.get())));
    }
    PQsetNoticeProcessor(conn_.get(), IgnoreNotice, nullptr);
    return {};
}

// --- CopyIn ---

CopyIn::CopyIn(CopyIn&& other) noexcept
    : connection_(std::exchange(other.connection_, nullptr)), buffer_(std::move(other.buffer_)) {}

CopyIn::~CopyIn() {
    if (connection_ == nullptr) return;
    pg_conn* c = connection_->conn_.get();
    PQputCopyEnd(c, "abandoned");
    while (PGresult* result = PQgetResult(c)) PQclear(result);
}

void CopyIn::AppendRow(std::string& out, std::span<const Param> fields) {
    bool first = true;
    for (const Param& field : fields) {
        if (!first) out += '\t';
        first = false;
        if (!field) {
            out += "\\N";
            continue;
        }
        for (const char ch : *field) {
            switch (ch) {
                case '\\': out += "\\\\"; break;
                case '\t': out += "\\t"; break;
                case '\n': out += "\\n"; break;
                case '\r': out += "\\r"; break;
                default: out += ch;
            }
        }
    }
    out += '\n';
}

Result<void> CopyIn::Flush() {
    if (buffer_.empty()) return {};
    if (PQputCopyData(connection_->conn_.get(), buffer_.data(), static_cast<int>(buffer_.size())) != 1) {
        return connection_->ResultError(nullptr, "COPY");
    }
    buffer_.clear();
    return {};
}

Result<void> CopyIn::PutRow(std::span<const Param> fields) {
    if (auto ok = CheckNoNul(fields); !ok) return ok.error();
    AppendRow(buffer_, fields);
    if (buffer_.size() >= kCopyChunk) return Flush();
    return {};
}

Result<int64_t> CopyIn::End() {
    if (auto ok = Flush(); !ok) return ok.error();
    Connection* connection = std::exchange(connection_, nullptr);
    pg_conn* c = connection->conn_.get();
    if (PQputCopyEnd(c, nullptr) != 1) return connection->ResultError(nullptr, "COPY");
    QueryResult result(PQgetResult(c));
    while (PGresult* extra = PQgetResult(c)) PQclear(extra);
    if (PQresultStatus(result.Raw()) != PGRES_COMMAND_OK) return connection->ResultError(result.Raw(), "COPY");
    return result.Affected();
}

// --- Transaction ---

Result<Transaction> Transaction::Begin(Connection& connection) {
    if (auto ok = connection.Exec("BEGIN"); !ok) return ok.error();
    return Transaction(&connection);
}

Result<Transaction> Transaction::BeginRead(Connection& connection) {
    if (auto ok = connection.Exec("BEGIN ISOLATION LEVEL REPEATABLE READ READ ONLY"); !ok) return ok.error();
    return Transaction(&connection);
}

Transaction::Transaction(Transaction&& other) noexcept : connection_(std::exchange(other.connection_, nullptr)) {}

Transaction::~Transaction() {
    if (connection_ != nullptr && connection_->IsOk()) (void)connection_->Exec("ROLLBACK");
}

Result<void> Transaction::Commit() {
    if (PQtransactionStatus(connection_->Raw()) == PQTRANS_INERROR) {
        return MakeError(ErrorCode::internal,
                         "Transaksi sudah gagal dan dibatalkan (the transaction failed and was rolled back)");
    }
    if (auto ok = connection_->Exec("COMMIT"); !ok) return ok.error();
    connection_ = nullptr;
    return {};
}

}  // namespace bangkom::storage::postgres
