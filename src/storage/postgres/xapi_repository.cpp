// The learning record store on PostgreSQL: the SQL of sqlite/xapi_repository.cpp in the $n form. A batch takes a
// transaction-scoped advisory lock so that two processes storing the same statement id agree on who stored it.

#include "storage/postgres/xapi_repository.hpp"

#include "storage/postgres/participation_repository.hpp"
#include "storage/xapi_parts.hpp"

namespace bangkom::storage::postgres {

namespace {

using xapi_parts::Conflict;
using xapi_parts::NotFound;

constexpr std::string_view kLock = "SELECT pg_advisory_xact_lock(hashtext('xapi_statements'))";
constexpr std::string_view kInsertClient =
    "INSERT INTO xapi_clients (name, client_key, secret_hash, active, created_at, created_by) "
    "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
constexpr std::string_view kFindClient =
    "SELECT id, name, client_key, secret_hash, active, created_at, created_by FROM xapi_clients "
    "WHERE client_key = $1";
constexpr std::string_view kListClients =
    "SELECT id, name, client_key, secret_hash, active, created_at, created_by FROM xapi_clients ORDER BY id";
constexpr std::string_view kSetActive = "UPDATE xapi_clients SET active = $2 WHERE id = $1";
constexpr std::string_view kSelectBody = "SELECT body FROM xapi_statements WHERE id = $1";
constexpr std::string_view kInsertStatement =
    "INSERT INTO xapi_statements (id, client_id, stored, verb, activity, agent, registration, voids, body) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9) RETURNING seq";
constexpr std::string_view kVoid = "UPDATE xapi_statements SET voided = 1 WHERE id = $1 AND voids = ''";
constexpr std::string_view kGetStatement =
    "SELECT seq, id, client_id, stored, verb, activity, agent, registration, voids, voided, body FROM xapi_statements "
    "WHERE id = $1";
constexpr std::string_view kQueryAscending =
    "SELECT seq, id, client_id, stored, verb, activity, agent, registration, voids, voided, body FROM xapi_statements "
    "WHERE voided = 0 AND ($1::text = '' OR verb = $1::text) AND ($2::text = '' OR activity = $2::text) "
    "AND ($3::text = '' OR agent = $3::text) AND ($4::text = '' OR registration = $4::text) "
    "AND ($5::text = '' OR stored > $5::text) AND ($6::text = '' OR stored <= $6::text) AND seq > $7::bigint "
    "ORDER BY seq LIMIT $8::bigint";
constexpr std::string_view kQueryDescending =
    "SELECT seq, id, client_id, stored, verb, activity, agent, registration, voids, voided, body FROM xapi_statements "
    "WHERE voided = 0 AND ($1::text = '' OR verb = $1::text) AND ($2::text = '' OR activity = $2::text) "
    "AND ($3::text = '' OR agent = $3::text) AND ($4::text = '' OR registration = $4::text) "
    "AND ($5::text = '' OR stored > $5::text) AND ($6::text = '' OR stored <= $6::text) "
    "AND ($7::bigint = 0 OR seq < $7::bigint) ORDER BY seq DESC LIMIT $8::bigint";

XapiClient ReadClient(const QueryResult& r, int i) {
    return XapiClient{r.Int(i, 0),      r.Text(i, 1), r.Text(i, 2), r.Text(i, 3),
                      r.Int(i, 4) != 0, r.Int(i, 5),  r.Int(i, 6)};
}

XapiStatementRow ReadRow(const QueryResult& r, int i) {
    return XapiStatementRow{r.Int(i, 0),  r.Text(i, 1), r.Int(i, 2),  r.Text(i, 3),     r.Text(i, 4), r.Text(i, 5),
                            r.Text(i, 6), r.Text(i, 7), r.Text(i, 8), r.Int(i, 9) != 0, r.Text(i, 10)};
}

}  // namespace

Result<int64_t> PostgresXapi::CreateClient(const XapiClient& client) {
    return Run([&](Connection& c) -> Result<int64_t> {
        auto insert = c.Query(
            kInsertClient, {Arg::Text(client.name), Arg::Text(client.key), Arg::Text(client.secret_hash),
                            Arg::Int(client.active ? 1 : 0), Arg::Int(client.created_at), Arg::Int(client.created_by)});
        if (!insert) return insert.error();
        return insert->Int(0, 0);
    });
}

Result<XapiClient> PostgresXapi::FindClient(const std::string& key) {
    return Run([&](Connection& c) -> Result<XapiClient> {
        auto select = c.Query(kFindClient, {Arg::Text(key)});
        if (!select) return select.error();
        if (select->Rows() == 0) return NotFound("xAPI client");
        return ReadClient(*select, 0);
    });
}

Result<std::vector<XapiClient>> PostgresXapi::ListClients() {
    return Run([&](Connection& c) -> Result<std::vector<XapiClient>> {
        auto select = c.Query(kListClients);
        if (!select) return select.error();
        std::vector<XapiClient> out;
        out.reserve(static_cast<size_t>(select->Rows()));
        for (int i = 0; i < select->Rows(); ++i) out.push_back(ReadClient(*select, i));
        return out;
    });
}

Result<void> PostgresXapi::SetClientActive(int64_t id, bool active) {
    return Run([&](Connection& c) -> Result<void> {
        auto update = c.Query(kSetActive, {Arg::Int(id), Arg::Int(active ? 1 : 0)});
        if (!update) return update.error();
        if (update->Affected() == 0) return NotFound("xAPI client");
        return {};
    });
}

Result<std::vector<bool>> PostgresXapi::StoreStatements(std::vector<XapiStatementRow>& rows) {
    return Run([&](Connection& c) -> Result<std::vector<bool>> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        if (auto locked = c.Query(kLock); !locked) return locked.error();
        std::vector<bool> stored;
        stored.reserve(rows.size());
        for (auto& r : rows) {
            auto existing = c.Query(kSelectBody, {Arg::Text(r.id)});
            if (!existing) return existing.error();
            if (existing->Rows() > 0) {
                if (existing->TextView(0, 0) != r.body) return Conflict(r.id);
                stored.push_back(false);
                continue;
            }
            auto insert = c.Query(kInsertStatement, {Arg::Text(r.id), Arg::Int(r.client_id), Arg::Text(r.stored),
                                                     Arg::Text(r.verb), Arg::Text(r.activity), Arg::Text(r.agent),
                                                     Arg::Text(r.registration), Arg::Text(r.voids), Arg::Text(r.body)});
            if (!insert) return insert.error();
            r.seq = insert->Int(0, 0);
            if (!r.voids.empty()) {
                if (auto mark = c.Query(kVoid, {Arg::Text(r.voids)}); !mark) return mark.error();
            }
            stored.push_back(true);
        }
        if (auto ok = tx->Commit(); !ok) return ok.error();
        return stored;
    });
}

Result<XapiStatementRow> PostgresXapi::GetStatement(const std::string& id) {
    return Run([&](Connection& c) -> Result<XapiStatementRow> {
        auto select = c.Query(kGetStatement, {Arg::Text(id)});
        if (!select) return select.error();
        if (select->Rows() == 0) return NotFound("statement " + id);
        return ReadRow(*select, 0);
    });
}

Result<std::vector<XapiStatementRow>> PostgresXapi::QueryStatements(const XapiQuery& q) {
    return Run([&](Connection& c) -> Result<std::vector<XapiStatementRow>> {
        auto select = c.Query(
            q.ascending ? kQueryAscending : kQueryDescending,
            {Arg::Text(q.verb), Arg::Text(q.activity), Arg::Text(q.agent), Arg::Text(q.registration),
             Arg::Text(q.since), Arg::Text(q.until), Arg::Int(q.after), Arg::Int(static_cast<int64_t>(q.limit) + 1)});
        if (!select) return select.error();
        std::vector<XapiStatementRow> out;
        out.reserve(static_cast<size_t>(select->Rows()));
        for (int i = 0; i < select->Rows(); ++i) out.push_back(ReadRow(*select, i));
        return out;
    });
}

}  // namespace bangkom::storage::postgres

namespace bangkom::storage::postgres {

namespace {

const std::string kGetStateSql = PostgresParticipation::ToDollarPlaceholders(xapi_parts::kGetState);
const std::string kPutStateSql = PostgresParticipation::ToDollarPlaceholders(xapi_parts::kPutState);
const std::string kInsertStateIfAbsentSql =
    PostgresParticipation::ToDollarPlaceholders(xapi_parts::kInsertStateIfAbsent);
const std::string kReplaceStateIfSql = PostgresParticipation::ToDollarPlaceholders(xapi_parts::kReplaceStateIf);
const std::string kStateIdsSql = PostgresParticipation::ToDollarPlaceholders(xapi_parts::kStateIds);
const std::string kDeleteStateSql = PostgresParticipation::ToDollarPlaceholders(xapi_parts::kDeleteState);
const std::string kDeleteStatesSql = PostgresParticipation::ToDollarPlaceholders(xapi_parts::kDeleteStates);

}  // namespace

Result<XapiStateRow> PostgresXapi::GetState(const XapiStateKey& key) {
    return Run([&](Connection& c) -> Result<XapiStateRow> {
        auto select = c.Query(kGetStateSql, {Arg::Text(key.activity), Arg::Text(key.agent), Arg::Text(key.registration),
                                             Arg::Text(key.state_id)});
        if (!select) return select.error();
        if (select->Rows() == 0) return xapi_parts::NotFound("state " + key.state_id);
        const auto& r = *select;
        return XapiStateRow{{r.Text(0, 0), r.Text(0, 1), r.Text(0, 2), r.Text(0, 3)},
                            r.Text(0, 4),
                            r.Text(0, 5),
                            r.Text(0, 6),
                            r.Int(0, 7)};
    });
}

Result<void> PostgresXapi::PutState(const XapiStateRow& r) {
    return Run([&](Connection& c) -> Result<void> {
        auto upsert =
            c.Query(kPutStateSql, {Arg::Text(r.key.activity), Arg::Text(r.key.agent), Arg::Text(r.key.registration),
                                   Arg::Text(r.key.state_id), Arg::Text(r.content), Arg::Text(r.content_type),
                                   Arg::Text(r.etag), Arg::Int(r.updated_ms)});
        if (!upsert) return upsert.error();
        return {};
    });
}

Result<void> PostgresXapi::PutStateIf(const XapiStateRow& r, const std::string& expected_etag) {
    return Run([&](Connection& c) -> Result<void> {
        Params args{Arg::Text(r.key.activity), Arg::Text(r.key.agent), Arg::Text(r.key.registration),
                    Arg::Text(r.key.state_id), Arg::Text(r.content),   Arg::Text(r.content_type),
                    Arg::Text(r.etag),         Arg::Int(r.updated_ms)};
        if (!expected_etag.empty()) args.push_back(Arg::Text(expected_etag));
        auto write =
            c.Query(expected_etag.empty() ? kInsertStateIfAbsentSql : kReplaceStateIfSql, std::span<const Param>(args));
        if (!write) return write.error();
        return write->Rows() > 0 ? Result<void>{} : xapi_parts::StateChanged();
    });
}

Result<std::vector<std::string>> PostgresXapi::StateIds(const XapiStateKey& key, int64_t since_ms) {
    return Run([&](Connection& c) -> Result<std::vector<std::string>> {
        auto select = c.Query(kStateIdsSql, {Arg::Text(key.activity), Arg::Text(key.agent), Arg::Text(key.registration),
                                             Arg::Int(since_ms)});
        if (!select) return select.error();
        std::vector<std::string> out;
        out.reserve(static_cast<size_t>(select->Rows()));
        for (int i = 0; i < select->Rows(); ++i) out.push_back(select->Text(i, 0));
        return out;
    });
}

Result<void> PostgresXapi::DeleteState(const XapiStateKey& key) {
    return Run([&](Connection& c) -> Result<void> {
        auto removed = key.state_id.empty()
                           ? c.Query(kDeleteStatesSql,
                                     {Arg::Text(key.activity), Arg::Text(key.agent), Arg::Text(key.registration)})
                           : c.Query(kDeleteStateSql, {Arg::Text(key.activity), Arg::Text(key.agent),
                                                       Arg::Text(key.registration), Arg::Text(key.state_id)});
        if (!removed) return removed.error();
        return {};
    });
}

}  // namespace bangkom::storage::postgres
