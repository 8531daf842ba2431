// Users, sessions and rate-limit counters of SqliteStore.

#include <functional>

#include "storage/sqlite/sqlite_store.hpp"

namespace bangkom::storage::sqlite {

namespace {

constexpr std::string_view kSelectUserByName =
    "SELECT id, username, password_hash, role, kode_opd, nip, lembaga, display_name, active FROM users "
    "WHERE username = ?1";
constexpr std::string_view kSelectUserById =
    "SELECT id, username, password_hash, role, kode_opd, nip, lembaga, display_name, active FROM users "
    "WHERE id = ?1";
constexpr std::string_view kSelectUsers =
    "SELECT id, username, password_hash, role, kode_opd, nip, lembaga, display_name, active FROM users "
    "ORDER BY username";
constexpr std::string_view kInsertUser =
    "INSERT INTO users (username, password_hash, role, kode_opd, nip, lembaga, display_name, active) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr std::string_view kUpdateUser =
    "UPDATE users SET username = ?1, password_hash = ?2, role = ?3, kode_opd = ?4, nip = ?5, lembaga = ?6, "
    "display_name = ?7, active = ?8 WHERE id = ?9";

constexpr std::string_view kInsertSession =
    "INSERT INTO sessions (token_hash, user_id, csrf_token, created_at, expires_at) VALUES (?1, ?2, ?3, ?4, ?5)";
constexpr std::string_view kSelectSession =
    "SELECT token_hash, user_id, csrf_token, created_at, expires_at FROM sessions "
    "WHERE token_hash = ?1 AND expires_at > ?2";
constexpr std::string_view kDeleteSession = "DELETE FROM sessions WHERE token_hash = ?1";
constexpr std::string_view kTouchSession = "UPDATE sessions SET expires_at = ?2 WHERE token_hash = ?1";
constexpr std::string_view kDeleteExpiredSessions = "DELETE FROM sessions WHERE expires_at <= ?1";

constexpr std::string_view kCountHit =
    "INSERT INTO rate_limit_hits (hit_key, window_start, hits) VALUES (?1, ?2, 1) "
    "ON CONFLICT (hit_key, window_start) DO UPDATE SET hits = rate_limit_hits.hits + 1 RETURNING hits";
constexpr std::string_view kHits = "SELECT hits FROM rate_limit_hits WHERE hit_key = ?1 AND window_start = ?2";
// Older windows of the key are no longer counted: dropping them keeps the table as small as the key set.
constexpr std::string_view kDropOldWindows = "DELETE FROM rate_limit_hits WHERE hit_key = ?1 AND window_start < ?2";
// A prefix compared with substr, not LIKE: the prefix is data and may hold '%' or '_'.
constexpr std::string_view kDropPrefixWindows =
    "DELETE FROM rate_limit_hits WHERE substr(hit_key, 1, length(?1)) = ?1 AND window_start < ?2";

void BindUser(Statement& s, const User& user) {
    s.BindText(1, user.username);
    s.BindText(2, user.password_hash);
    s.BindText(3, domain::Code(user.role));
    s.BindText(4, user.agency_code);
    s.BindText(5, user.nip);
    s.BindText(6, user.institution);
    s.BindText(7, user.display_name);
    s.BindInt(8, user.active ? 1 : 0);
}

Result<User> ReadUser(const Statement& s) {
    User user;
    user.id = s.ColumnInt(0);
    user.username = s.ColumnText(1);
    user.password_hash = s.ColumnText(2);
    const std::string role = s.ColumnText(3);
    auto parsed = domain::FromCode<domain::Role>(role);
    if (!parsed) {
        return MakeError(ErrorCode::internal, "Peran tersimpan tidak dikenal (unknown stored role): " + role);
    }
    user.role = *parsed;
    user.agency_code = s.ColumnText(4);
    user.nip = s.ColumnText(5);
    user.institution = s.ColumnText(6);
    user.display_name = s.ColumnText(7);
    user.active = s.ColumnInt(8) != 0;
    return user;
}

Error UserNotFound(const std::string& who) {
    return MakeError(ErrorCode::not_found, "Pengguna " + who + " tidak ditemukan (user not found)");
}

Result<User> FindOneUser(Connection& c, std::string_view sql, const std::string& who,
                         const std::function<void(Statement&)>& bind) {
    auto select = c.Cached(sql);
    if (!select) return select.error();
    bind(**select);
    auto row = (*select)->Step();
    if (!row) return row.error();
    if (!*row) return UserNotFound(who);
    return ReadUser(**select);
}

}  // namespace

Result<int64_t> SqliteStore::CreateUser(const User& user) {
    return Write([&](Connection& c) -> Result<int64_t> {
        auto insert = c.Cached(kInsertUser);
        if (!insert) return insert.error();
        BindUser(**insert, user);
        if (auto ok = (*insert)->Run(); !ok) {
            if (ok.error().code != ErrorCode::conflict) return ok.error();
            return MakeError(ErrorCode::conflict,
                             "Nama pengguna '" + user.username + "' sudah dipakai (username already exists)");
        }
        return c.LastInsertId();
    });
}

Result<User> SqliteStore::FindUserByUsername(const std::string& username) {
    return Read([&](Connection& c) {
        return FindOneUser(c, kSelectUserByName, "'" + username + "'", [&](Statement& s) { s.BindText(1, username); });
    });
}

Result<User> SqliteStore::FindUserById(int64_t id) {
    return Read([&](Connection& c) {
        return FindOneUser(c, kSelectUserById, "#" + std::to_string(id), [&](Statement& s) { s.BindInt(1, id); });
    });
}

Result<std::vector<User>> SqliteStore::ListUsers() {
    return Read([&](Connection& c) -> Result<std::vector<User>> {
        auto select = c.Cached(kSelectUsers);
        if (!select) return select.error();
        std::vector<User> users;
        for (;;) {
            auto row = (*select)->Step();
            if (!row) return row.error();
            if (!*row) return users;
            auto user = ReadUser(**select);
            if (!user) return user.error();
            users.push_back(std::move(*user));
        }
    });
}

Result<void> SqliteStore::UpdateUser(const User& user) {
    return Write([&](Connection& c) -> Result<void> {
        auto update = c.Cached(kUpdateUser);
        if (!update) return update.error();
        BindUser(**update, user);
        (*update)->BindInt(9, user.id);
        if (auto ok = (*update)->Run(); !ok) {
            if (ok.error().code != ErrorCode::conflict) return ok;
            return MakeError(ErrorCode::conflict,
                             "Nama pengguna '" + user.username + "' sudah dipakai (username already exists)");
        }
        if (c.Changes() == 0) return UserNotFound("#" + std::to_string(user.id));
        return {};
    });
}

Result<void> SqliteStore::CreateSession(const Session& session) {
    return Write([&](Connection& c) -> Result<void> {
        auto insert = c.Cached(kInsertSession);
        if (!insert) return insert.error();
        Statement& s = **insert;
        s.BindText(1, session.token_hash);
        s.BindInt(2, session.user_id);
        s.BindText(3, session.csrf_token);
        s.BindInt(4, session.created_at);
        s.BindInt(5, session.expires_at);
        return s.Run();
    });
}

Result<Session> SqliteStore::FindSession(const std::string& token_hash, int64_t now) {
    return Read([&](Connection& c) -> Result<Session> {
        auto select = c.Cached(kSelectSession);
        if (!select) return select.error();
        Statement& s = **select;
        s.BindText(1, token_hash);
        s.BindInt(2, now);
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return MakeError(ErrorCode::not_found, "Sesi tidak ada atau kedaluwarsa (no such session)");
        return Session{s.ColumnText(0), s.ColumnInt(1), s.ColumnText(2), s.ColumnInt(3), s.ColumnInt(4)};
    });
}

Result<void> SqliteStore::DeleteSession(const std::string& token_hash) {
    return Write([&](Connection& c) -> Result<void> {
        auto remove = c.Cached(kDeleteSession);
        if (!remove) return remove.error();
        (*remove)->BindText(1, token_hash);
        return (*remove)->Run();
    });
}

Result<void> SqliteStore::TouchSession(const std::string& token_hash, int64_t expires_at) {
    return Write([&](Connection& c) -> Result<void> {
        auto touch = c.Cached(kTouchSession);
        if (!touch) return touch.error();
        (*touch)->BindText(1, token_hash);
        (*touch)->BindInt(2, expires_at);
        if (auto ok = (*touch)->Run(); !ok) return ok.error();
        if (c.Changes() == 0) return MakeError(ErrorCode::not_found, "Sesi tidak ada (no such session)");
        return {};
    });
}

Result<void> SqliteStore::DeleteExpiredSessions(int64_t now) {
    return Write([&](Connection& c) -> Result<void> {
        auto remove = c.Cached(kDeleteExpiredSessions);
        if (!remove) return remove.error();
        (*remove)->BindInt(1, now);
        return (*remove)->Run();
    });
}

Result<int64_t> SqliteStore::CountHit(const std::string& key, int64_t window_start) {
    return Write([&](Connection& c) -> Result<int64_t> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        auto drop = c.Cached(kDropOldWindows);
        if (!drop) return drop.error();
        (*drop)->BindText(1, key);
        (*drop)->BindInt(2, window_start);
        if (auto ok = (*drop)->Run(); !ok) return ok.error();
        auto count = c.Cached(kCountHit);
        if (!count) return count.error();
        (*count)->BindText(1, key);
        (*count)->BindInt(2, window_start);
        auto row = (*count)->Step();
        if (!row) return row.error();
        const int64_t hits = (*count)->ColumnInt(0);
        if (auto ok = (*count)->Run(); !ok) return ok.error();  // finish the RETURNING statement before COMMIT
        if (auto ok = tx->Commit(); !ok) return ok.error();
        return hits;
    });
}

Result<int64_t> SqliteStore::Hits(const std::string& key, int64_t window_start) {
    return Read([&](Connection& c) -> Result<int64_t> {
        auto select = c.Cached(kHits);
        if (!select) return select.error();
        Statement& s = **select;
        s.BindText(1, key);
        s.BindInt(2, window_start);
        auto row = s.Step();
        if (!row) return row.error();
        const int64_t hits = *row ? s.ColumnInt(0) : 0;
        if (auto ok = s.Run(); !ok) return ok.error();
        return hits;
    });
}

Result<void> SqliteStore::DropHitsBefore(const std::string& key_prefix, int64_t before) {
    return Write([&](Connection& c) -> Result<void> {
        auto drop = c.Cached(kDropPrefixWindows);
        if (!drop) return drop.error();
        (*drop)->BindText(1, key_prefix);
        (*drop)->BindInt(2, before);
        return (*drop)->Run();
    });
}

}  // namespace bangkom::storage::sqlite
