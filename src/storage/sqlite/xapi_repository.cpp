// The learning record store on SQLite: one write transaction per batch of statements.

#include "storage/sqlite/xapi_repository.hpp"

#include "storage/xapi_parts.hpp"

namespace bangkom::storage::sqlite {

namespace {

using xapi_parts::Conflict;
using xapi_parts::NotFound;

constexpr std::string_view kInsertClient =
    "INSERT INTO xapi_clients (name, client_key, secret_hash, active, created_at, created_by) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";
constexpr std::string_view kFindClient =
    "SELECT id, name, client_key, secret_hash, active, created_at, created_by FROM xapi_clients "
    "WHERE client_key = ?1";
constexpr std::string_view kListClients =
    "SELECT id, name, client_key, secret_hash, active, created_at, created_by FROM xapi_clients ORDER BY id";
constexpr std::string_view kSetActive = "UPDATE xapi_clients SET active = ?2 WHERE id = ?1";
constexpr std::string_view kSelectBody = "SELECT body FROM xapi_statements WHERE id = ?1";
constexpr std::string_view kInsertStatement =
    "INSERT INTO xapi_statements (id, client_id, stored, verb, activity, agent, registration, voids, body) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
constexpr std::string_view kVoid = "UPDATE xapi_statements SET voided = 1 WHERE id = ?1 AND voids = ''";
constexpr std::string_view kGetStatement =
    "SELECT seq, id, client_id, stored, verb, activity, agent, registration, voids, voided, body FROM xapi_statements "
    "WHERE id = ?1";
constexpr std::string_view kQueryAscending =
    "SELECT seq, id, client_id, stored, verb, activity, agent, registration, voids, voided, body FROM xapi_statements "
    "WHERE voided = 0 AND (?1 = '' OR verb = ?1) AND (?2 = '' OR activity = ?2) AND (?3 = '' OR agent = ?3) "
    "AND (?4 = '' OR registration = ?4) AND (?5 = '' OR stored > ?5) AND (?6 = '' OR stored <= ?6) AND seq > ?7 "
    "ORDER BY seq LIMIT ?8";
constexpr std::string_view kQueryDescending =
    "SELECT seq, id, client_id, stored, verb, activity, agent, registration, voids, voided, body FROM xapi_statements "
    "WHERE voided = 0 AND (?1 = '' OR verb = ?1) AND (?2 = '' OR activity = ?2) AND (?3 = '' OR agent = ?3) "
    "AND (?4 = '' OR registration = ?4) AND (?5 = '' OR stored > ?5) AND (?6 = '' OR stored <= ?6) "
    "AND (?7 = 0 OR seq < ?7) ORDER BY seq DESC LIMIT ?8";

XapiClient ReadClient(const Statement& s) {
    return XapiClient{s.ColumnInt(0),      s.ColumnText(1), s.ColumnText(2), s.ColumnText(3),
                      s.ColumnInt(4) != 0, s.ColumnInt(5),  s.ColumnInt(6)};
}

XapiStatementRow ReadRow(const Statement& s) {
    return XapiStatementRow{s.ColumnInt(0),  s.ColumnText(1),     s.ColumnInt(2),  s.ColumnText(3),
                            s.ColumnText(4), s.ColumnText(5),     s.ColumnText(6), s.ColumnText(7),
                            s.ColumnText(8), s.ColumnInt(9) != 0, s.ColumnText(10)};
}

}  // namespace

Result<int64_t> SqliteXapi::CreateClient(const XapiClient& client) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto insert = (*lease)->Cached(kInsertClient);
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.BindText(1, client.name);
    s.BindText(2, client.key);
    s.BindText(3, client.secret_hash);
    s.BindInt(4, client.active ? 1 : 0);
    s.BindInt(5, client.created_at);
    s.BindInt(6, client.created_by);
    if (auto ok = s.Run(); !ok) return ok.error();
    return (*lease)->LastInsertId();
}

Result<XapiClient> SqliteXapi::FindClient(const std::string& key) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(kFindClient);
    if (!select) return select.error();
    (*select)->BindText(1, key);
    auto row = (*select)->Step();
    if (!row) return row.error();
    if (!*row) return NotFound("xAPI client");
    return ReadClient(**select);
}

Result<std::vector<XapiClient>> SqliteXapi::ListClients() {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(kListClients);
    if (!select) return select.error();
    std::vector<XapiClient> out;
    for (;;) {
        auto row = (*select)->Step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back(ReadClient(**select));
    }
}

Result<void> SqliteXapi::SetClientActive(int64_t id, bool active) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto update = (*lease)->Cached(kSetActive);
    if (!update) return update.error();
    (*update)->BindInt(1, id);
    (*update)->BindInt(2, active ? 1 : 0);
    if (auto ok = (*update)->Run(); !ok) return ok;
    if ((*lease)->Changes() == 0) return NotFound("xAPI client");
    return {};
}

Result<std::vector<bool>> SqliteXapi::StoreStatements(std::vector<XapiStatementRow>& rows) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    std::vector<bool> stored;
    stored.reserve(rows.size());
    for (auto& r : rows) {
        auto existing = c.Cached(kSelectBody);
        if (!existing) return existing.error();
        (*existing)->BindText(1, r.id);
        auto found = (*existing)->Step();
        if (!found) return found.error();
        if (*found) {
            if ((*existing)->ColumnText(0) != r.body) return Conflict(r.id);
            stored.push_back(false);
            continue;
        }
        auto insert = c.Cached(kInsertStatement);
        if (!insert) return insert.error();
        Statement& s = **insert;
        s.BindText(1, r.id);
        s.BindInt(2, r.client_id);
        s.BindText(3, r.stored);
        s.BindText(4, r.verb);
        s.BindText(5, r.activity);
        s.BindText(6, r.agent);
        s.BindText(7, r.registration);
        s.BindText(8, r.voids);
        s.BindText(9, r.body);
        if (auto ok = s.Run(); !ok) return ok.error();
        r.seq = c.LastInsertId();
        if (!r.voids.empty()) {
            auto mark = c.Cached(kVoid);
            if (!mark) return mark.error();
            (*mark)->BindText(1, r.voids);
            if (auto ok = (*mark)->Run(); !ok) return ok.error();
        }
        stored.push_back(true);
    }
    if (auto ok = tx->Commit(); !ok) return ok.error();
    return stored;
}

Result<XapiStatementRow> SqliteXapi::GetStatement(const std::string& id) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(kGetStatement);
    if (!select) return select.error();
    (*select)->BindText(1, id);
    auto row = (*select)->Step();
    if (!row) return row.error();
    if (!*row) return NotFound("statement " + id);
    return ReadRow(**select);
}

Result<std::vector<XapiStatementRow>> SqliteXapi::QueryStatements(const XapiQuery& q) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(q.ascending ? kQueryAscending : kQueryDescending);
    if (!select) return select.error();
    Statement& s = **select;
    s.BindText(1, q.verb);
    s.BindText(2, q.activity);
    s.BindText(3, q.agent);
    s.BindText(4, q.registration);
    s.BindText(5, q.since);
    s.BindText(6, q.until);
    s.BindInt(7, q.after);
    s.BindInt(8, static_cast<int64_t>(q.limit) + 1);
    std::vector<XapiStatementRow> out;
    for (;;) {
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back(ReadRow(s));
    }
}

}  // namespace bangkom::storage::sqlite

namespace bangkom::storage::sqlite {

namespace {

void BindStateKey(Statement& s, const XapiStateKey& k, bool with_id) {
    s.BindText(1, k.activity);
    s.BindText(2, k.agent);
    s.BindText(3, k.registration);
    if (with_id) s.BindText(4, k.state_id);
}

/// ?1–?8 of a state write: the key, the content, its type, ETag and time.
void BindStateRow(Statement& s, const XapiStateRow& r) {
    BindStateKey(s, r.key, true);
    s.BindText(5, r.content);
    s.BindText(6, r.content_type);
    s.BindText(7, r.etag);
    s.BindInt(8, r.updated_ms);
}

}  // namespace

Result<XapiStateRow> SqliteXapi::GetState(const XapiStateKey& key) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(xapi_parts::kGetState);
    if (!select) return select.error();
    BindStateKey(**select, key, true);
    auto row = (*select)->Step();
    if (!row) return row.error();
    if (!*row) return xapi_parts::NotFound("state " + key.state_id);
    const Statement& s = **select;
    return XapiStateRow{{s.ColumnText(0), s.ColumnText(1), s.ColumnText(2), s.ColumnText(3)},
                        s.ColumnText(4),
                        s.ColumnText(5),
                        s.ColumnText(6),
                        s.ColumnInt(7)};
}

Result<void> SqliteXapi::PutState(const XapiStateRow& r) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto upsert = (*lease)->Cached(xapi_parts::kPutState);
    if (!upsert) return upsert.error();
    BindStateRow(**upsert, r);
    return (*upsert)->Run();
}

Result<void> SqliteXapi::PutStateIf(const XapiStateRow& r, const std::string& expected_etag) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto write =
        (*lease)->Cached(expected_etag.empty() ? xapi_parts::kInsertStateIfAbsent : xapi_parts::kReplaceStateIf);
    if (!write) return write.error();
    Statement& s = **write;
    BindStateRow(s, r);
    if (!expected_etag.empty()) s.BindText(9, expected_etag);
    auto row = s.Step();  // RETURNING 1: a row when stored
    if (!row) return row.error();
    const bool stored = *row;
    if (auto done = s.Run(); !done) return done;
    return stored ? Result<void>{} : xapi_parts::StateChanged();
}

Result<std::vector<std::string>> SqliteXapi::StateIds(const XapiStateKey& key, int64_t since_ms) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(xapi_parts::kStateIds);
    if (!select) return select.error();
    BindStateKey(**select, key, false);
    (*select)->BindInt(4, since_ms);
    std::vector<std::string> out;
    for (;;) {
        auto row = (*select)->Step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back((*select)->ColumnText(0));
    }
}

Result<void> SqliteXapi::DeleteState(const XapiStateKey& key) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    const bool one = !key.state_id.empty();
    auto remove = (*lease)->Cached(one ? xapi_parts::kDeleteState : xapi_parts::kDeleteStates);
    if (!remove) return remove.error();
    BindStateKey(**remove, key, one);
    return (*remove)->Run();
}

}  // namespace bangkom::storage::sqlite
