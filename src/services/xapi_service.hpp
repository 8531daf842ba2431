#pragma once
// The learning record store's rules (issue 7, docs/xapi-api.md): statements of xAPI 1.0.3 checked (the structure the
// specification requires of actor, verb, object, ids, timestamps), given an id when they have none, stored once
// and never changed, voided by a later statement, and read back with `stored`, `authority` and `version` added;
// per-client credentials for HTTP Basic authentication. The HTTP side is http/xapi.cpp.

#include <boost/json/value.hpp>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

inline constexpr const char* kXapiVersion = "1.0.3";
inline constexpr const char* kXapiClientKeySecret = "xapi_client_key";  // the secret client secrets are hashed with
inline constexpr const char* kVoidedVerb = "http://adlnet.gov/expapi/verbs/voided";

struct XapiCaller {
    int64_t client_id = 0;
    std::string client_name;
    std::string client_key;
};

/// The statement's problems, or nothing: every rule the LRS enforces on input (docs/xapi-api.md lists them).
Result<void> CheckStatement(const boost::json::value& statement);
/// The identifier queries filter on for an actor or agent object: "mbox:mailto:…", "mbox_sha1sum:…",
/// "openid:…", "account:<homePage>|<name>"; invalid_argument when it has no inverse functional identifier.
Result<std::string> AgentKey(const boost::json::value& agent);
/// A random version 4 UUID, lower case.
std::string NewUuid();
/// ISO 8601 UTC with milliseconds: "2026-11-29T10:00:00.123Z".
std::string XapiTime(int64_t unix_millis);

struct XapiPage {
    std::vector<boost::json::value> statements;
    int64_t next_after = 0;  // 0 = no more
};

class XapiService {
  public:
    explicit XapiService(storage::Store& store) : store_(store) {}

    /// A statement or an array of them (POST), or one statement under `put_id` (PUT). Returns the ids in order.
    /// invalid_argument for a statement that breaks a rule (the message names it), conflict for an id stored
    /// with other content; nothing is stored unless everything is.
    Result<std::vector<std::string>> Store(const boost::json::value& body, const std::optional<std::string>& put_id,
                                           const XapiCaller& caller, int64_t now_millis);
    /// The statement as stored, with stored/authority/version; `voided` true asks for a voided one (and only
    /// that), false for one that is not voided (not_found otherwise), as the specification's two parameters do.
    Result<boost::json::value> Get(const std::string& id, bool voided);
    Result<XapiPage> Query(const storage::XapiQuery& query);

    /// A new client: returns it (with its key) and the secret, shown once.
    Result<std::pair<storage::XapiClient, std::string>> CreateClient(const std::string& name, int64_t by, int64_t now,
                                                                     const std::string& hash_key);
    /// The client whose key and secret these are, when active; unauthenticated otherwise.
    Result<storage::XapiClient> Authenticate(const std::string& key, const std::string& secret,
                                             const std::string& hash_key);

  private:
    Result<boost::json::value> Present(const storage::XapiStatementRow& row,
                                       const std::vector<storage::XapiClient>& clients);
    storage::Store& store_;
};

}  // namespace bangkom::services
