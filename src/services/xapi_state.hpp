#pragma once
// The xAPI State API (issue 7, docs/xapi-api.md): documents an activity keeps per agent (and registration) — stored
// as received with their content type, replaced by PUT, merged by POST when both are JSON objects, listed by id
// (optionally since a time) and deleted one or all. Each document carries an ETag (the SHA-256 of its bytes) and
// writes honour If-Match / If-None-Match as the specification's concurrency rules say (412 when they fail).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

struct XapiStateParams {
    std::string activity_id;
    std::string agent;  // JSON text of an Agent
    std::string registration;
    std::string state_id;
    std::string since;  // ISO 8601 (list only)
};

struct XapiPreconditions {
    std::string if_match;       // "" = none; "*" = any existing document
    std::string if_none_match;  // "" = none; "*" = no document may exist
};

struct XapiDocument {
    std::string content;
    std::string content_type;
    std::string etag;
    int64_t updated_ms = 0;
};

class XapiStateService {
  public:
    explicit XapiStateService(storage::Store& store) : store_(store) {}

    /// The key of the parameters: invalid_argument naming a missing or malformed one (activityId an IRI, agent an
    /// Agent with one identifier, registration a UUID, stateId when `need_state_id`).
    static Result<storage::XapiStateKey> KeyOf(const XapiStateParams& params, bool need_state_id);

    /// PUT (`merge` false) or POST (`merge` true: both documents must be JSON objects; the posted members replace
    /// the stored ones, others are kept). failed_precondition when If-Match / If-None-Match fail.
    Result<void> Write(const XapiStateParams& params, const std::string& content, const std::string& content_type,
                       bool merge, const XapiPreconditions& pre, int64_t now_ms);
    /// not_found when there is none.
    Result<XapiDocument> Get(const XapiStateParams& params);
    /// The state ids under activity + agent + registration, updated after `since` when given.
    Result<std::vector<std::string>> Ids(const XapiStateParams& params);
    /// One document (stateId given) or all under activity + agent + registration.
    Result<void> Delete(const XapiStateParams& params, const XapiPreconditions& pre);

  private:
    storage::Store& store_;
};

/// "2026-11-29T10:00:00.123Z" or with an offset ("+07:00") → Unix milliseconds.
std::optional<int64_t> ParseXapiTime(const std::string& text);

}  // namespace bangkom::services
