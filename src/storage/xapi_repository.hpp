#pragma once
// Repository of the learning record store (issue 7, docs/xapi-api.md): the clients that may write and read statements
// (Basic authentication, per-client credentials managed by admins) and the statements themselves — immutable,
// kept in the order they were stored, voided by later statements. Reached through Store::Xapi(); each backend
// implements it in sqlite/xapi_repository.* and postgres/xapi_repository.*, and the contract suite runs on both.

#include <cstdint>
#include <string>
#include <vector>

#include "domain/result.hpp"

namespace bangkom::storage {

struct XapiClient {
    int64_t id = 0;
    std::string name;
    std::string key;          // the Basic user name
    std::string secret_hash;  // keyed hash of the secret; the secret itself is shown once
    bool active = true;
    int64_t created_at = 0;
    int64_t created_by = 0;
};

/// One stored statement with the columns queries filter on.
struct XapiStatementRow {
    int64_t seq = 0;  // the order of storing, set by the store
    std::string id;   // lower-case UUID
    int64_t client_id = 0;
    std::string stored;        // ISO 8601 UTC with milliseconds
    std::string verb;          // verb IRI
    std::string activity;      // the object's activity IRI ("" when the object is not an activity)
    std::string agent;         // the actor's identifier ("mbox:mailto:…", "account:home|name", …)
    std::string registration;  // context.registration or ""
    std::string voids;         // for a voiding statement: the id it voids
    bool voided = false;
    std::string body;  // the statement as received (with its id), JSON
    friend bool operator==(const XapiStatementRow&, const XapiStatementRow&) = default;
};

/// Filters of GET /xapi/statements (all optional, AND). Voided statements are never returned by a query.
struct XapiQuery {
    std::string verb;
    std::string activity;
    std::string agent;
    std::string registration;
    std::string since;  // stored > since (ISO)
    std::string until;  // stored <= until
    int64_t after = 0;  // the paging cursor: seq after (ascending) or before (descending) this one; 0 = from the start
    int limit = 100;
    bool ascending = false;
};

/// A document of the State API: activity + agent key + registration ("" = none) + state id.
struct XapiStateKey {
    std::string activity;
    std::string agent;
    std::string registration;
    std::string state_id;
};

struct XapiStateRow {
    XapiStateKey key;
    std::string content;  // the bytes as received, base64 (the service encodes them)
    std::string content_type;
    std::string etag;  // quoted
    int64_t updated_ms = 0;
};

class XapiRepository {
  public:
    virtual ~XapiRepository() = default;

    /// conflict when the key exists. Returns the id.
    virtual Result<int64_t> CreateClient(const XapiClient& client) = 0;
    /// not_found for an unknown key.
    virtual Result<XapiClient> FindClient(const std::string& key) = 0;
    virtual Result<std::vector<XapiClient>> ListClients() = 0;
    /// not_found for an unknown id.
    virtual Result<void> SetClientActive(int64_t id, bool active) = 0;

    /// Stores the statements in one transaction, in order, and marks what voiding statements void. A statement
    /// whose id is stored already with the same body is skipped (its flag is false); with another body the whole
    /// batch fails with conflict and nothing is stored. Returns, per statement, whether it was stored.
    virtual Result<std::vector<bool>> StoreStatements(std::vector<XapiStatementRow>& rows) = 0;
    /// not_found for an unknown id.
    virtual Result<XapiStatementRow> GetStatement(const std::string& id) = 0;
    /// At most query.limit + 1 rows (one more tells the caller there is a next page), by seq.
    virtual Result<std::vector<XapiStatementRow>> QueryStatements(const XapiQuery& query) = 0;

    /// State documents (xAPI State API). not_found when there is none under the key.
    virtual Result<XapiStateRow> GetState(const XapiStateKey& key) = 0;
    /// Inserts or replaces the document under its key.
    virtual Result<void> PutState(const XapiStateRow& row) = 0;
    /// Compare-and-set: stores the document only while the one under its key is still the one read — the ETag
    /// `expected_etag`, or none at all when `expected_etag` is empty. conflict (nothing stored) when it changed
    /// meanwhile, so a merge or an If-Match never overwrites a write it did not see.
    virtual Result<void> PutStateIf(const XapiStateRow& row, const std::string& expected_etag) = 0;
    /// The state ids under activity + agent + registration (key.state_id ignored) updated after `since_ms`.
    virtual Result<std::vector<std::string>> StateIds(const XapiStateKey& key, int64_t since_ms) = 0;
    /// Deletes one document (key.state_id given) or every document under activity + agent + registration.
    virtual Result<void> DeleteState(const XapiStateKey& key) = 0;
};

}  // namespace bangkom::storage
