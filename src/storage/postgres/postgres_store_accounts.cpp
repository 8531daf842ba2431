// Users, sessions and rate-limit counters of PostgresStore: the SQL of sqlite_store_accounts.cpp in
// PostgreSQL's $n form. Each method is one statement in autocommit (CountHit too: one statement with a
// data-modifying CTE), so concurrent processes need no lock of ours.

#include "storage/postgres/postgres_store.hpp"

namespace bangkom::storage::postgres {

namespace {

constexpr std::string_view kSelectUserByName =
    "SELECT id, username, password_hash, role, kode_opd, nip, lembaga, display_name, active FROM users "
    "WHERE username = $1";
constexpr std::string_view kSelectUserById =
    "SELECT id, username, password_hash, role, kode_opd, nip, lembaga, display_name, active FROM users "
    "WHERE id = $1";
// COLLATE "C": byte order, as SQLite sorts, whatever the database's locale.
constexpr std::string_view kSelectUsers =
    "SELECT id, username, password_hash, role, kode_opd, nip, lembaga, display_name, active FROM users "
    "ORDER BY username COLLATE \"C\"";
constexpr std::string_view kInsertUser =
    "INSERT INTO users (username, password_hash, role, kode_opd, nip, lembaga, display_name, active) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) RETURNING id";
constexpr std::string_view kUpdateUser =
    "UPDATE users SET username = $1, password_hash = $2, role = $3, kode_opd = $4, nip = $5, lembaga = $6, "
    "display_name = $7, active = $8 WHERE id = $9";

constexpr std::string_view kInsertSession =
    "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES ($1, $2, $3, $4, $5)";
constexpr std::string_view kSelectSession =
    "SELECT token_hash, user_id, csrf_token, created_at, expires_at FROM sessions "
    "WHERE token_hash = $1 AND expires_at > $2";
constexpr std::string_view kDeleteSession = "DELETE FROM sessions WHERE token_hash = $1";
constexpr std::string_view kTouchSession = "UPDATE sessions SET expires_at = $2 WHERE token_hash = $1";
constexpr std::string_view kDeleteExpiredSessions = "DELETE FROM sessions WHERE expires_at <= $1";

// Older windows of the key are no longer counted: dropping them keeps the table as small as the key set. The
// DELETE and the upsert touch different rows, so running them as one statement is safe.
constexpr std::string_view kCountHit =
    "WITH dropped AS (DELETE FROM rate_limit_hits WHERE hit_key = $1 AND window_start < $2) "
    "INSERT INTO rate_limit_hits (hit_key, window_start, hits) VALUES ($1, $2, 1) "
    "ON CONFLICT (hit_key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1 RETURNING hits";
constexpr std::string_view kHits = "SELECT hits FROM rate_limit_hits WHERE hit_key = $1 AND window_start = $2";
// A prefix compared with left(), not LIKE: the prefix is data and may hold '%' or '_'.
constexpr std::string_view kDropPrefixWindows =
    "DELETE FROM rate_limit_hits WHERE left(hit_key, length($1::text)) = $1::text AND window_start < $2";

Params UserParams(const User& user) {
    return {Arg::Text(user.username),     Arg::Text(user.password_hash), Arg::Text(domain::Code(user.role)),
            Arg::Text(user.agency_code),  Arg::Text(user.nip),           Arg::Text(user.institution),
            Arg::Text(user.display_name), Arg::Int(user.active ? 1 : 0)};
}

Result<User> ReadUser(const QueryResult& r, int row) {
    User user;
    user.id = r.Int(row, 0);
    user.username = r.Text(row, 1);
    user.password_hash = r.Text(row, 2);
    const std::string role = r.Text(row, 3);
    auto parsed = domain::FromCode<domain::Role>(role);
    if (!parsed) {
        return MakeError(ErrorCode::internal, "Peran tersimpan tidak dikenal (unknown stored role): " + role);
    }
    user.role = *parsed;
    user.agency_code = r.Text(row, 4);
    user.nip = r.Text(row, 5);
    user.institution = r.Text(row, 6);
    user.display_name = r.Text(row, 7);
    user.active = r.Int(row, 8) != 0;
    return user;
}

Error UserNotFound(const std::string& who) {
    return MakeError(ErrorCode::not_found, "Pengguna " + who + " tidak ditemukan (user not found)");
}

Error UsernameTaken(const std::string& username) {
    return MakeError(ErrorCode::conflict, "Nama pengguna '" + username + "' sudah dipakai (username already exists)");
}

Result<User> FindOneUser(Connection& c, std::string_view sql, const std::string& who, const Param& param) {
    auto select = c.Query(sql, {param});
    if (!select) return select.error();
    if (select->Rows() == 0) return UserNotFound(who);
    return ReadUser(*select, 0);
}

Result<void> Done(const Result<QueryResult>& result) {
    if (!result) return result.error();
    return {};
}

}  // namespace

Result<int64_t> PostgresStore::CreateUser(const User& user) {
    return Run([&](Connection& c) -> Result<int64_t> {
        auto insert = c.Query(kInsertUser, UserParams(user));
        if (!insert) return insert.error().code == ErrorCode::conflict ? UsernameTaken(user.username) : insert.error();
        return insert->Int(0, 0);
    });
}

Result<User> PostgresStore::FindUserByUsername(const std::string& username) {
    return Run([&](Connection& c) { return FindOneUser(c, kSelectUserByName, "'" + username + "'", username); });
}

Result<User> PostgresStore::FindUserById(int64_t id) {
    return Run([&](Connection& c) { return FindOneUser(c, kSelectUserById, "#" + std::to_string(id), Arg::Int(id)); });
}

Result<std::vector<User>> PostgresStore::ListUsers() {
    return Run([&](Connection& c) -> Result<std::vector<User>> {
        auto select = c.Query(kSelectUsers);
        if (!select) return select.error();
        std::vector<User> users;
        for (int row = 0; row < select->Rows(); ++row) {
            auto user = ReadUser(*select, row);
            if (!user) return user.error();
            users.push_back(std::move(*user));
        }
        return users;
    });
}

Result<void> PostgresStore::UpdateUser(const User& user) {
    return Run([&](Connection& c) -> Result<void> {
        Params params = UserParams(user);
        params.push_back(Arg::Int(user.id));
        auto update = c.Query(kUpdateUser, params);
        if (!update) return update.error().code == ErrorCode::conflict ? UsernameTaken(user.username) : update.error();
        if (update->Affected() == 0) return UserNotFound("#" + std::to_string(user.id));
        return {};
    });
}

Result<void> PostgresStore::CreateSession(const Session& session) {
    return Run([&](Connection& c) {
        return Done(c.Query(kInsertSession,
                            {Arg::Text(session.token_hash), Arg::Int(session.user_id), Arg::Text(session.csrf_token),
                             Arg::Int(session.created_at), Arg::Int(session.expires_at)}));
    });
}

Result<Session> PostgresStore::FindSession(const std::string& token_hash, int64_t now) {
    return Run([&](Connection& c) -> Result<Session> {
        auto select = c.Query(kSelectSession, {Arg::Text(token_hash), Arg::Int(now)});
        if (!select) return select.error();
        if (select->Rows() == 0) {
            return MakeError(ErrorCode::not_found, "Sesi tidak ada atau kedaluwarsa (no such session)");
        }
        const QueryResult& r = *select;
        return Session{r.Text(0, 0), r.Int(0, 1), r.Text(0, 2), r.Int(0, 3), r.Int(0, 4)};
    });
}

Result<void> PostgresStore::DeleteSession(const std::string& token_hash) {
    return Run([&](Connection& c) { return Done(c.Query(kDeleteSession, {Arg::Text(token_hash)})); });
}

Result<void> PostgresStore::TouchSession(const std::string& token_hash, int64_t expires_at) {
    return Run([&](Connection& c) -> Result<void> {
        auto touch = c.Query(kTouchSession, {Arg::Text(token_hash), Arg::Int(expires_at)});
        if (!touch) return touch.error();
        if (touch->Affected() == 0) return MakeError(ErrorCode::not_found, "Sesi tidak ada (no such session)");
        return {};
    });
}

Result<void> PostgresStore::DeleteExpiredSessions(int64_t now) {
    return Run([&](Connection& c) { return Done(c.Query(kDeleteExpiredSessions, {Arg::Int(now)})); });
}

Result<int64_t> PostgresStore::CountHit(const std::string& key, int64_t window_start) {
    return Run([&](Connection& c) -> Result<int64_t> {
        auto count = c.Query(kCountHit, {Arg::Text(key), Arg::Int(window_start)});
        if (!count) return count.error();
        return count->Int(0, 0);
    });
}

Result<int64_t> PostgresStore::Hits(const std::string& key, int64_t window_start) {
    return Run([&](Connection& c) -> Result<int64_t> {
        auto select = c.Query(kHits, {Arg::Text(key), Arg::Int(window_start)});
        if (!select) return select.error();
        return select->Rows() == 0 ? 0 : select->Int(0, 0);
    });
}

Result<void> PostgresStore::DropHitsBefore(const std::string& key_prefix, int64_t before) {
    return Run([&](Connection& c) {
        return Done(c.Query(kDropPrefixWindows, {Arg::Text(key_prefix), Arg::Int(before)}));
    });
}

}  // namespace bangkom::storage::postgres
