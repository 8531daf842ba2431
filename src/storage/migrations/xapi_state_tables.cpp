// Migration 10 (issue 7): the xAPI State API's documents — one per activity, agent (its identifier key),
// registration ("" for none) and state id, with the content as received (base64), its type and ETag. Same tables in
// both dialects; tests/storage/migrations compares them.

#include "storage/migrations/area_tables.hpp"

namespace bangkom::storage::migrations {

const std::string_view kSqliteXapiStateTables = R"sql(
CREATE TABLE xapi_state (
    activity_id TEXT NOT NULL,
    agent TEXT NOT NULL,
    registration TEXT NOT NULL DEFAULT '',
    state_id TEXT NOT NULL,
    content TEXT NOT NULL,
    content_type TEXT NOT NULL,
    etag TEXT NOT NULL,
    updated_ms INTEGER NOT NULL,
    PRIMARY KEY (activity_id, agent, registration, state_id)
);
)sql";

const std::string_view kPostgresXapiStateTables = R"sql(
CREATE TABLE xapi_state (
    activity_id TEXT NOT NULL,
    agent TEXT NOT NULL,
    registration TEXT NOT NULL DEFAULT '',
    state_id TEXT NOT NULL,
    content TEXT NOT NULL,
    content_type TEXT NOT NULL,
    etag TEXT NOT NULL,
    updated_ms BIGINT NOT NULL,
    PRIMARY KEY (activity_id, agent, registration, state_id)
);
)sql";

}  // namespace bangkom::storage::migrations
