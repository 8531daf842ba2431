// Quizzes on PostgreSQL (quiz_repository.hpp): the SQL of quiz_parts.hpp with $N placeholders.

#include "storage/postgres/quiz_repository.hpp"

#include "storage/postgres/course_repository.hpp"
#include "storage/postgres/participation_repository.hpp"
#include "storage/quiz_parts.hpp"

namespace bangkom::storage::postgres {

namespace {

std::string Dollar(std::string_view sql) {
    return PostgresParticipation::ToDollarPlaceholders(sql);
}

const std::string kListQuestions = Dollar(quiz_parts::kListQuestions);
const std::string kGetQuestion = Dollar(quiz_parts::kGetQuestion);
const std::string kInsertQuestion = Dollar(quiz_parts::kInsertQuestion);
const std::string kUpdateQuestion = Dollar(quiz_parts::kUpdateQuestion);
const std::string kListAttempts = Dollar(quiz_parts::kListAttempts);
const std::string kGetAttempt = Dollar(quiz_parts::kGetAttempt);
const std::string kInsertAttempt = Dollar(quiz_parts::kInsertAttempt);
const std::string kOpenAttempts = Dollar(quiz_parts::kOpenAttempts);
const std::string kSaveAnswers = Dollar(quiz_parts::kSaveAnswers);
const std::string kFinishAttempt = Dollar(quiz_parts::kFinishAttempt);
const std::string kAttemptExists = Dollar(quiz_parts::kAttemptExists);

QuizQuestionRow ReadQuestion(const QueryResult& r, int i) {
    return QuizQuestionRow{r.Int(i, 0),  r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), r.Int(i, 4) != 0,
                           r.Text(i, 5), r.Text(i, 6), r.Int(i, 7),  r.Int(i, 8)};
}

QuizAttemptRow ReadAttempt(const QueryResult& r, int i) {
    QuizAttemptRow a;
    a.id = r.Int(i, 0);
    a.offering = r.Text(i, 1);
    a.nip = r.Text(i, 2);
    a.module_id = r.Int(i, 3);
    a.number = static_cast<int>(r.Int(i, 4));
    a.started_at = r.Int(i, 5);
    a.deadline = r.Int(i, 6);
    a.submitted_at = r.Int(i, 7);
    if (!r.IsNull(i, 8)) a.score = r.Real(i, 8);
    a.passed = r.Int(i, 9) != 0;
    a.expired = r.Int(i, 10) != 0;
    a.questions = r.Text(i, 11);
    a.answers = r.Text(i, 12);
    a.answered_at = r.Int(i, 13);
    return a;
}

template <class Row, class Read>
std::vector<Row> Rows(const QueryResult& r, Read read) {
    std::vector<Row> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) out.push_back(read(r, i));
    return out;
}

Error Unchanged(Connection& c, int64_t id) {
    auto exists = c.Query(kAttemptExists, {Arg::Int(id)});
    if (!exists) return exists.error();
    return exists->Int(0, 0) > 0 ? quiz_parts::AlreadySubmitted()
                                 : quiz_parts::NotFound("percobaan kuis " + std::to_string(id));
}

}  // namespace

Result<std::vector<QuizQuestionRow>> PostgresQuizzes::ListQuestions(const std::string& competency, bool archived) {
    return Run([&](Connection& c) -> Result<std::vector<QuizQuestionRow>> {
        auto select = c.Query(kListQuestions, {Arg::Text(competency), Arg::Int(archived ? 1 : 0)});
        if (!select) return select.error();
        return Rows<QuizQuestionRow>(*select, ReadQuestion);
    });
}

Result<QuizQuestionRow> PostgresQuizzes::GetQuestion(int64_t id) {
    return Run([&](Connection& c) -> Result<QuizQuestionRow> {
        auto select = c.Query(kGetQuestion, {Arg::Int(id)});
        if (!select) return select.error();
        if (select->Rows() == 0) return quiz_parts::NotFound("soal " + std::to_string(id));
        return ReadQuestion(*select, 0);
    });
}

Result<int64_t> PostgresQuizzes::AddQuestion(const QuizQuestionRow& q) {
    return Run([&](Connection& c) -> Result<int64_t> {
        auto insert =
            c.Query(kInsertQuestion,
                    {Arg::Text(q.competency), Arg::Text(q.kind), Arg::Text(q.owner), Arg::Int(q.archived ? 1 : 0),
                     Arg::Text(q.data), Arg::Text(q.created_by), Arg::Int(q.created_at), Arg::Int(q.updated_at)});
        if (!insert) return insert.error();
        return insert->Int(0, 0);
    });
}

Result<void> PostgresQuizzes::UpdateQuestion(const QuizQuestionRow& q) {
    return Run([&](Connection& c) -> Result<void> {
        auto update =
            c.Query(kUpdateQuestion, {Arg::Int(q.id), Arg::Text(q.competency), Arg::Text(q.kind),
                                      Arg::Int(q.archived ? 1 : 0), Arg::Text(q.data), Arg::Int(q.updated_at)});
        if (!update) return update.error();
        if (update->Affected() == 0) return quiz_parts::NotFound("soal " + std::to_string(q.id));
        return {};
    });
}

Result<std::vector<std::pair<std::string, int64_t>>> PostgresQuizzes::QuestionCounts() {
    return Run([&](Connection& c) -> Result<std::vector<std::pair<std::string, int64_t>>> {
        auto select = c.Query(quiz_parts::kQuestionCounts);
        if (!select) return select.error();
        return Rows<std::pair<std::string, int64_t>>(*select, [](const QueryResult& r, int i) {
            return std::pair{r.Text(i, 0), r.Int(i, 1)};
        });
    });
}

Result<std::vector<QuizAttemptRow>> PostgresQuizzes::ListAttempts(const std::string& offering, const std::string& nip,
                                                                  int64_t module_id) {
    return Run([&](Connection& c) -> Result<std::vector<QuizAttemptRow>> {
        auto select = c.Query(kListAttempts, {Arg::Text(offering), Arg::Text(nip), Arg::Int(module_id)});
        if (!select) return select.error();
        return Rows<QuizAttemptRow>(*select, ReadAttempt);
    });
}

Result<QuizAttemptRow> PostgresQuizzes::GetAttempt(int64_t id) {
    return Run([&](Connection& c) -> Result<QuizAttemptRow> {
        auto select = c.Query(kGetAttempt, {Arg::Int(id)});
        if (!select) return select.error();
        if (select->Rows() == 0) return quiz_parts::NotFound("percobaan kuis " + std::to_string(id));
        return ReadAttempt(*select, 0);
    });
}

Result<int64_t> PostgresQuizzes::StartAttempt(const QuizAttemptRow& a) {
    return Run([&](Connection& c) -> Result<int64_t> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        auto open = c.Query(kOpenAttempts, {Arg::Text(a.offering), Arg::Text(a.nip), Arg::Int(a.module_id)});
        if (!open) return open.error();
        if (open->Int(0, 0) > 0) return quiz_parts::OpenAttemptExists();
        auto insert = c.Query(kInsertAttempt, {Arg::Text(a.offering), Arg::Text(a.nip), Arg::Int(a.module_id),
                                               Arg::Int(a.number), Arg::Int(a.started_at), Arg::Int(a.deadline),
                                               Arg::Text(a.questions), Arg::Text(a.answers)});
        if (!insert) return insert.error();
        const int64_t id = insert->Int(0, 0);
        if (auto ok = tx->Commit(); !ok) return ok.error();
        return id;
    });
}

Result<void> PostgresQuizzes::SaveAnswers(int64_t id, const std::string& answers, int64_t at) {
    return Run([&](Connection& c) -> Result<void> {
        auto update = c.Query(kSaveAnswers, {Arg::Int(id), Arg::Text(answers), Arg::Int(at)});
        if (!update) return update.error();
        if (update->Affected() == 0) return Unchanged(c, id);
        return {};
    });
}

Result<void> PostgresQuizzes::FinishAttempt(const QuizAttemptRow& a, const ModuleProgressRow& progress) {
    return Run([&](Connection& c) -> Result<void> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        auto update = c.Query(kFinishAttempt,
                              {Arg::Int(a.id), Arg::Int(a.submitted_at), a.score ? Arg::Real(*a.score) : Arg::Null(),
                               Arg::Int(a.passed ? 1 : 0), Arg::Int(a.expired ? 1 : 0), Arg::Text(a.answers)});
        if (!update) return update.error();
        if (update->Affected() == 0) return Unchanged(c, a.id);
        if (auto ok = UpsertProgress(c, progress); !ok) return ok;
        return tx->Commit();
    });
}

}  // namespace bangkom::storage::postgres
