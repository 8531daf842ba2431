#pragma once
// What both backends of XapiRepository share (internal to storage/): their errors.

#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace bangkom::storage::xapi_parts {

inline constexpr std::string_view kGetState =
    "SELECT activity_id, agent, registration, state_id, content, content_type, etag, updated_ms FROM xapi_state "
    "WHERE activity_id = ?1 AND agent = ?2 AND registration = ?3 AND state_id = ?4";
inline constexpr std::string_view kPutState =
    "INSERT INTO xapi_state (activity_id, agent, registration, state_id, content, content_type, etag, updated_ms) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (activity_id, agent, registration, state_id) DO UPDATE SET "
    "content = excluded.content, content_type = excluded.content_type, etag = excluded.etag, "
    "updated_ms = excluded.updated_ms";
inline constexpr std::string_view kInsertStateIfAbsent =
    "INSERT INTO xapi_state (activity_id, agent, registration, state_id, content, content_type, etag, updated_ms) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (activity_id, agent, registration, state_id) DO NOTHING "
    "RETURNING 1";
inline constexpr std::string_view kReplaceStateIf =
    "UPDATE xapi_state SET content = ?5, content_type = ?6, etag = ?7, updated_ms = ?8 WHERE activity_id = ?1 AND "
    "agent = ?2 AND registration = ?3 AND state_id = ?4 AND etag = ?9 RETURNING 1";
inline constexpr std::string_view kStateIds =
    "SELECT state_id FROM xapi_state WHERE activity_id = ?1 AND agent = ?2 AND registration = ?3 AND updated_ms > ?4 "
    "ORDER BY state_id";
inline constexpr std::string_view kDeleteState =
    "DELETE FROM xapi_state WHERE activity_id = ?1 AND agent = ?2 AND registration = ?3 AND state_id = ?4";
inline constexpr std::string_view kDeleteStates =
    "DELETE FROM xapi_state WHERE activity_id = ?1 AND agent = ?2 AND registration = ?3";

inline Error StateChanged() {
    return MakeError(ErrorCode::conflict,
                     "Dokumen state berubah sejak dibaca (the state document changed since it was read)");
}

inline Error NotFound(const std::string& what) {
    return MakeError(ErrorCode::not_found, "Tidak ditemukan (not found): " + what);
}

inline Error Conflict(const std::string& id) {
    return MakeError(ErrorCode::conflict, "Pernyataan " + id + " sudah tersimpan dengan isi lain (statement " + id +
                                              " exists with other content)");
}

}  // namespace bangkom::storage::xapi_parts
