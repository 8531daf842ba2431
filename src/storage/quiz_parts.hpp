#pragma once
// What both backends of QuizRepository share (internal to storage/): the SQL, written with ?N placeholders
// (PostgreSQL's side turns them into $N), and the errors.

#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace bangkom::storage::quiz_parts {

inline constexpr std::string_view kListQuestions =
    "SELECT id, competency, kind, owner, archived, data, created_by, created_at, updated_at FROM quiz_questions "
    "WHERE (?1 = '' OR competency = ?1) AND (?2 = 1 OR archived = 0) ORDER BY competency, id";
inline constexpr std::string_view kGetQuestion =
    "SELECT id, competency, kind, owner, archived, data, created_by, created_at, updated_at FROM quiz_questions "
    "WHERE id = ?1";
inline constexpr std::string_view kInsertQuestion =
    "INSERT INTO quiz_questions (competency, kind, owner, archived, data, created_by, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) RETURNING id";
inline constexpr std::string_view kUpdateQuestion =
    "UPDATE quiz_questions SET competency = ?2, kind = ?3, archived = ?4, data = ?5, updated_at = ?6 WHERE id = ?1";
inline constexpr std::string_view kQuestionCounts =
    "SELECT competency, COUNT(*) FROM quiz_questions WHERE archived = 0 GROUP BY competency ORDER BY competency";

inline constexpr std::string_view kListAttempts =
    "SELECT id, offering, nip, module_id, number, started_at, deadline, submitted_at, score, passed, expired, "
    "questions, answers, answered_at FROM quiz_attempts WHERE offering = ?1 AND nip = ?2 AND module_id = ?3 "
    "ORDER BY number, id";
inline constexpr std::string_view kGetAttempt =
    "SELECT id, offering, nip, module_id, number, started_at, deadline, submitted_at, score, passed, expired, "
    "questions, answers, answered_at FROM quiz_attempts WHERE id = ?1";
inline constexpr std::string_view kInsertAttempt =
    "INSERT INTO quiz_attempts (offering, nip, module_id, number, started_at, deadline, submitted_at, score, passed, "
    "expired, questions, answers, answered_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, 0, NULL, 0, 0, ?7, ?8, 0) RETURNING id";
inline constexpr std::string_view kOpenAttempts =
    "SELECT COUNT(*) FROM quiz_attempts WHERE offering = ?1 AND nip = ?2 AND module_id = ?3 AND submitted_at = 0";
inline constexpr std::string_view kSaveAnswers =
    "UPDATE quiz_attempts SET answers = ?2, answered_at = ?3 WHERE id = ?1 AND submitted_at = 0";
inline constexpr std::string_view kFinishAttempt =
    "UPDATE quiz_attempts SET submitted_at = ?2, score = ?3, passed = ?4, expired = ?5, answers = ?6 "
    "WHERE id = ?1 AND submitted_at = 0";
inline constexpr std::string_view kAttemptExists = "SELECT COUNT(*) FROM quiz_attempts WHERE id = ?1";

inline Error NotFound(const std::string& what) {
    return MakeError(ErrorCode::not_found, "Tidak ditemukan (not found): " + what);
}

inline Error OpenAttemptExists() {
    return MakeError(ErrorCode::conflict,
                     "Masih ada percobaan kuis yang terbuka (an attempt of this quiz is still open)");
}

inline Error AlreadySubmitted() {
    return MakeError(ErrorCode::conflict, "Percobaan kuis ini sudah dikumpulkan (this attempt was already submitted)");
}

}  // namespace bangkom::storage::quiz_parts
