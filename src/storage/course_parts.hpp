#pragma once
// What both backends of CourseRepository share (internal to storage/): the SQL, written with ?N placeholders
// (PostgreSQL's side turns them into $N), and the errors.

#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace bangkom::storage::course_parts {

inline constexpr std::string_view kListModules =
    "SELECT id, program, ordinal, kind, title, body, required, file_name, content_type, file_size, sha256, path, "
    "package, created_at, updated_at FROM course_modules WHERE program = ?1 ORDER BY ordinal, id";
inline constexpr std::string_view kGetModule =
    "SELECT id, program, ordinal, kind, title, body, required, file_name, content_type, file_size, sha256, path, "
    "package, created_at, updated_at FROM course_modules WHERE id = ?1";
inline constexpr std::string_view kNextOrdinal =
    "SELECT COALESCE(MAX(ordinal), 0) + 1 FROM course_modules WHERE program = ?1";
inline constexpr std::string_view kInsertModule =
    "INSERT INTO course_modules (program, ordinal, kind, title, body, required, file_name, content_type, file_size, "
    "sha256, path, package, created_at, updated_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, "
    "?14) RETURNING id";
inline constexpr std::string_view kUpdateModule =
    "UPDATE course_modules SET title = ?2, body = ?3, required = ?4, file_name = ?5, content_type = ?6, "
    "file_size = ?7, sha256 = ?8, path = ?9, package = ?10, updated_at = ?11 WHERE id = ?1";
inline constexpr std::string_view kSiblings = "SELECT id FROM course_modules WHERE program = ?1 ORDER BY ordinal, id";
inline constexpr std::string_view kSetOrdinal = "UPDATE course_modules SET ordinal = ?2 WHERE id = ?1";
inline constexpr std::string_view kTouch = "UPDATE course_modules SET updated_at = ?2 WHERE id = ?1";
inline constexpr std::string_view kHasProgress = "SELECT COUNT(*) FROM module_progress WHERE module_id = ?1";
inline constexpr std::string_view kDeleteModule = "DELETE FROM course_modules WHERE id = ?1";
inline constexpr std::string_view kModuleCounts =
    "SELECT program, COUNT(*) FROM course_modules GROUP BY program ORDER BY program";
inline constexpr std::string_view kPathInUse = "SELECT COUNT(*) FROM course_modules WHERE path = ?1 AND id <> ?2";

inline constexpr std::string_view kListProgress =
    "SELECT offering, nip, module_id, status, score, location, suspend_data, completion, success, exit_mode, "
    "total_seconds, session_base, sessions, cmi, completed_at, updated_at FROM module_progress "
    "WHERE offering = ?1 AND nip = ?2 ORDER BY module_id";
inline constexpr std::string_view kProgressOf =
    "SELECT offering, nip, module_id, status, score, location, suspend_data, completion, success, exit_mode, "
    "total_seconds, session_base, sessions, cmi, completed_at, updated_at FROM module_progress "
    "WHERE nip = ?1 ORDER BY offering, module_id";
inline constexpr std::string_view kUpsertProgress =
    "INSERT INTO module_progress (offering, nip, module_id, status, score, location, suspend_data, completion, "
    "success, exit_mode, total_seconds, session_base, sessions, cmi, completed_at, updated_at) VALUES (?1, ?2, ?3, "
    "?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16) ON CONFLICT (offering, nip, module_id) DO UPDATE SET "
    "status = excluded.status, score = excluded.score, location = excluded.location, suspend_data = "
    "excluded.suspend_data, completion = excluded.completion, success = excluded.success, exit_mode = "
    "excluded.exit_mode, total_seconds = excluded.total_seconds, session_base = excluded.session_base, sessions = "
    "excluded.sessions, cmi = excluded.cmi, completed_at = excluded.completed_at, updated_at = excluded.updated_at";
inline constexpr std::string_view kInsertCommit =
    "INSERT INTO scorm_commits (offering, nip, module_id, committed_at, status, score, session_seconds, cmi) VALUES "
    "(?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
inline constexpr std::string_view kListCommits =
    "SELECT offering, nip, module_id, committed_at, status, score, session_seconds, cmi FROM scorm_commits WHERE "
    "offering = ?1 AND nip = ?2 AND module_id = ?3 ORDER BY id";

inline Error NotFound(const std::string& what) {
    return MakeError(ErrorCode::not_found, "Tidak ditemukan (not found): " + what);
}

inline Error HasProgress() {
    return MakeError(ErrorCode::conflict,
                     "Modul ini sudah dipelajari peserta; tidak dapat dihapus (learners have progress in this module)");
}

}  // namespace bangkom::storage::course_parts
