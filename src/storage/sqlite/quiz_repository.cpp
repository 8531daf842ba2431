// Quizzes on SQLite (quiz_repository.hpp): the SQL of quiz_parts.hpp.

#include "storage/sqlite/quiz_repository.hpp"

#include "storage/quiz_parts.hpp"
#include "storage/sqlite/course_repository.hpp"

namespace bangkom::storage::sqlite {

namespace {

QuizQuestionRow ReadQuestion(const Statement& s) {
    return QuizQuestionRow{s.ColumnInt(0),  s.ColumnText(1), s.ColumnText(2), s.ColumnText(3), s.ColumnInt(4) != 0,
                           s.ColumnText(5), s.ColumnText(6), s.ColumnInt(7),  s.ColumnInt(8)};
}

QuizAttemptRow ReadAttempt(const Statement& s) {
    QuizAttemptRow a;
    a.id = s.ColumnInt(0);
    a.offering = s.ColumnText(1);
    a.nip = s.ColumnText(2);
    a.module_id = s.ColumnInt(3);
    a.number = static_cast<int>(s.ColumnInt(4));
    a.started_at = s.ColumnInt(5);
    a.deadline = s.ColumnInt(6);
    a.submitted_at = s.ColumnInt(7);
    if (!s.ColumnIsNull(8)) a.score = s.ColumnDouble(8);
    a.passed = s.ColumnInt(9) != 0;
    a.expired = s.ColumnInt(10) != 0;
    a.questions = s.ColumnText(11);
    a.answers = s.ColumnText(12);
    a.answered_at = s.ColumnInt(13);
    return a;
}

template <class Row, class Read>
Result<std::vector<Row>> Collect(Statement& s, Read read) {
    std::vector<Row> out;
    for (;;) {
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back(read(s));
    }
}

Result<int64_t> Count(Connection& c, std::string_view sql, const QuizAttemptRow& a) {
    auto select = c.Cached(sql);
    if (!select) return select.error();
    (*select)->BindText(1, a.offering);
    (*select)->BindText(2, a.nip);
    (*select)->BindInt(3, a.module_id);
    auto row = (*select)->Step();
    if (!row) return row.error();
    const int64_t n = (*select)->ColumnInt(0);
    (*select)->Reset();
    return n;
}

/// Whether attempt `id` exists (to tell "submitted" from "unknown" after an UPDATE changed nothing).
Result<bool> AttemptExists(Connection& c, int64_t id) {
    auto select = c.Cached(quiz_parts::kAttemptExists);
    if (!select) return select.error();
    (*select)->BindInt(1, id);
    auto row = (*select)->Step();
    if (!row) return row.error();
    const bool exists = (*select)->ColumnInt(0) > 0;
    (*select)->Reset();
    return exists;
}

Error Unchanged(Connection& c, int64_t id) {
    auto exists = AttemptExists(c, id);
    if (!exists) return exists.error();
    return *exists ? quiz_parts::AlreadySubmitted() : quiz_parts::NotFound("percobaan kuis " + std::to_string(id));
}

}  // namespace

Result<std::vector<QuizQuestionRow>> SqliteQuizzes::ListQuestions(const std::string& competency, bool archived) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(quiz_parts::kListQuestions);
    if (!select) return select.error();
    (*select)->BindText(1, competency);
    (*select)->BindInt(2, archived ? 1 : 0);
    return Collect<QuizQuestionRow>(**select, ReadQuestion);
}

Result<QuizQuestionRow> SqliteQuizzes::GetQuestion(int64_t id) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(quiz_parts::kGetQuestion);
    if (!select) return select.error();
    (*select)->BindInt(1, id);
    auto row = (*select)->Step();
    if (!row) return row.error();
    if (!*row) return quiz_parts::NotFound("soal " + std::to_string(id));
    auto out = ReadQuestion(**select);
    (*select)->Reset();
    return out;
}

Result<int64_t> SqliteQuizzes::AddQuestion(const QuizQuestionRow& q) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto insert = (*lease)->Cached(quiz_parts::kInsertQuestion);
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.BindText(1, q.competency);
    s.BindText(2, q.kind);
    s.BindText(3, q.owner);
    s.BindInt(4, q.archived ? 1 : 0);
    s.BindText(5, q.data);
    s.BindText(6, q.created_by);
    s.BindInt(7, q.created_at);
    s.BindInt(8, q.updated_at);
    auto row = s.Step();
    if (!row) return row.error();
    const int64_t id = s.ColumnInt(0);
    s.Reset();
    return id;
}

Result<void> SqliteQuizzes::UpdateQuestion(const QuizQuestionRow& q) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto update = (*lease)->Cached(quiz_parts::kUpdateQuestion);
    if (!update) return update.error();
    Statement& s = **update;
    s.BindInt(1, q.id);
    s.BindText(2, q.competency);
    s.BindText(3, q.kind);
    s.BindInt(4, q.archived ? 1 : 0);
    s.BindText(5, q.data);
    s.BindInt(6, q.updated_at);
    if (auto ok = s.Run(); !ok) return ok;
    if ((*lease)->Changes() == 0) return quiz_parts::NotFound("soal " + std::to_string(q.id));
    return {};
}

Result<std::vector<std::pair<std::string, int64_t>>> SqliteQuizzes::QuestionCounts() {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(quiz_parts::kQuestionCounts);
    if (!select) return select.error();
    return Collect<std::pair<std::string, int64_t>>(**select, [](const Statement& s) {
        return std::pair{s.ColumnText(0), s.ColumnInt(1)};
    });
}

Result<std::vector<QuizAttemptRow>> SqliteQuizzes::ListAttempts(const std::string& offering, const std::string& nip,
                                                                int64_t module_id) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(quiz_parts::kListAttempts);
    if (!select) return select.error();
    (*select)->BindText(1, offering);
    (*select)->BindText(2, nip);
    (*select)->BindInt(3, module_id);
    return Collect<QuizAttemptRow>(**select, ReadAttempt);
}

Result<QuizAttemptRow> SqliteQuizzes::GetAttempt(int64_t id) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(quiz_parts::kGetAttempt);
    if (!select) return select.error();
    (*select)->BindInt(1, id);
    auto row = (*select)->Step();
    if (!row) return row.error();
    if (!*row) return quiz_parts::NotFound("percobaan kuis " + std::to_string(id));
    auto out = ReadAttempt(**select);
    (*select)->Reset();
    return out;
}

Result<int64_t> SqliteQuizzes::StartAttempt(const QuizAttemptRow& a) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    auto open = Count(c, quiz_parts::kOpenAttempts, a);
    if (!open) return open.error();
    if (*open > 0) return quiz_parts::OpenAttemptExists();
    auto insert = c.Cached(quiz_parts::kInsertAttempt);
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.BindText(1, a.offering);
    s.BindText(2, a.nip);
    s.BindInt(3, a.module_id);
    s.BindInt(4, a.number);
    s.BindInt(5, a.started_at);
    s.BindInt(6, a.deadline);
    s.BindText(7, a.questions);
    s.BindText(8, a.answers);
    auto row = s.Step();
    if (!row) return row.error();
    const int64_t id = s.ColumnInt(0);
    s.Reset();
    if (auto ok = tx->Commit(); !ok) return ok.error();
    return id;
}

Result<void> SqliteQuizzes::SaveAnswers(int64_t id, const std::string& answers, int64_t at) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto update = (*lease)->Cached(quiz_parts::kSaveAnswers);
    if (!update) return update.error();
    (*update)->BindInt(1, id);
    (*update)->BindText(2, answers);
    (*update)->BindInt(3, at);
    if (auto ok = (*update)->Run(); !ok) return ok;
    if ((*lease)->Changes() == 0) return Unchanged(**lease, id);
    return {};
}

Result<void> SqliteQuizzes::FinishAttempt(const QuizAttemptRow& a, const ModuleProgressRow& progress) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    {
        auto update = c.Cached(quiz_parts::kFinishAttempt);
        if (!update) return update.error();
        Statement& s = **update;
        s.BindInt(1, a.id);
        s.BindInt(2, a.submitted_at);
        if (a.score) {
            s.BindDouble(3, *a.score);
        } else {
            s.BindNull(3);
        }
        s.BindInt(4, a.passed ? 1 : 0);
        s.BindInt(5, a.expired ? 1 : 0);
        s.BindText(6, a.answers);
        if (auto ok = s.Run(); !ok) return ok;
        if (c.Changes() == 0) return Unchanged(c, a.id);
    }
    if (auto ok = UpsertProgress(c, progress); !ok) return ok;
    return tx->Commit();
}

}  // namespace bangkom::storage::sqlite
