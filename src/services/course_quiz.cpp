// E-learning quizzes, the learner's side (course_service.hpp, docs/quiz-api.md): the quiz before starting, attempts
// drawn from the bank, answers saved while in time, grading, the module's state and the pre/post test scores.

#include <sodium.h>

#include <boost/json/value.hpp>

#include "services/course_service.hpp"
#include "services/delivery_parts.hpp"
#include "services/question_bank.hpp"
#include "services/quiz_codec.hpp"

namespace bangkom::services {
using delivery_parts::Forbidden;
using delivery_parts::Msg;
using domain::Lang;
using learning::ModuleStatus;

namespace {

std::vector<learning::AttemptResult> Submitted(const std::vector<storage::QuizAttemptRow>& attempts) {
    std::vector<learning::AttemptResult> out;
    for (const auto& a : attempts) {
        if (a.submitted_at != 0) out.push_back({a.score.value_or(0), a.passed});
    }
    return out;
}

bool Late(const storage::QuizAttemptRow& a, int64_t now) {
    return a.deadline != 0 && now > a.deadline + learning::kQuizGraceSeconds;
}

std::vector<std::string> CompetenciesOf(const learning::QuizSettings& s, const domain::Program& program) {
    if (!s.competencies.empty()) return s.competencies;
    std::vector<std::string> out;
    for (const auto& r : program.raises) out.push_back(r.competency_code);
    return out;
}

Error NotAQuiz(Lang lang) {
    return MakeError(ErrorCode::invalid_argument, Msg(lang, "Modul ini bukan kuis.", "This module is not a quiz."));
}

storage::ModuleProgressRow RowOf(storage::Store& store, const std::string& offering, const std::string& nip,
                                 int64_t module_id) {
    storage::ModuleProgressRow row;
    row.offering = offering;
    row.nip = nip;
    row.module_id = module_id;
    if (auto rows = store.Courses().ListProgress(offering, nip)) {
        for (auto& r : *rows) {
            if (r.module_id == module_id) return r;
        }
    }
    return row;
}

uint64_t RandomSeed() {
    uint64_t seed = 0;
    randombytes_buf(&seed, sizeof(seed));
    return seed;
}

}  // namespace

Result<AttemptView> CourseService::ViewOf(const storage::QuizAttemptRow& row, const learning::QuizSettings& settings,
                                          const learning::QuizState& state) {
    auto questions = quiz_codec::DrawnOf(row.questions);
    if (!questions) return questions.error();
    AttemptView v{row, std::move(*questions), quiz_codec::AnswersOf(row.answers), {}, {}};
    if (row.submitted_at != 0) {
        v.review = learning::ReviewOf(settings, state);
        v.right = learning::GradeAttempt(v.questions, v.answers).right;
    }
    return v;
}

Result<SubmitOutcome> CourseService::Close(const storage::User& user, const LearnerContext& c,
                                           storage::QuizAttemptRow attempt,
                                           const std::map<int64_t, learning::Answer>& answers, bool expired,
                                           int64_t now, Lang lang) {
    const auto settings = quiz_codec::SettingsOf(c.module.package_json);
    auto questions = quiz_codec::DrawnOf(attempt.questions);
    if (!questions) return questions.error();
    const auto grade = learning::GradeAttempt(*questions, answers);
    attempt.submitted_at = now;
    attempt.score = grade.score;
    attempt.passed = grade.score >= settings.pass_score;
    attempt.expired = expired;
    attempt.answers = quiz_codec::AnswersJson(answers);

    auto earlier = store_.Quizzes().ListAttempts(attempt.offering, attempt.nip, attempt.module_id);
    if (!earlier) return earlier.error();
    auto results = Submitted(*earlier);
    const bool first = results.empty();
    results.push_back({grade.score, attempt.passed});
    const auto state = learning::StateAfter(settings, results);

    auto row = RowOf(store_, attempt.offering, attempt.nip, attempt.module_id);
    if (row.status != Code(ModuleStatus::done)) row.status = std::string(Code(state.status));
    row.score = state.score;
    row.updated_at = now;
    if (row.status == Code(ModuleStatus::done) && row.completed_at == 0) row.completed_at = now;
    if (auto ok = store_.Quizzes().FinishAttempt(attempt, row); !ok) {
        if (ok.error().code == ErrorCode::conflict) {
            return MakeError(ErrorCode::conflict,
                             Msg(lang, "Percobaan ini sudah dikumpulkan.", "This attempt was already submitted."));
        }
        return ok.error();
    }
    if (settings.test && first) {  // the first attempt measures learning (docs/quiz-api.md)
        auto nip = domain::Nip::ParseReference(attempt.nip);
        if (nip) {
            domain::TestScore score{attempt.offering, *nip, *settings.test, grade.score};
            if (auto ok = store_.Upsert(domain::Records{std::vector<domain::TestScore>{score}}); !ok) {
                return ok.error();
            }
        }
    }
    auto completed = CompleteIfDone(c.info, c.participant, now, lang);
    if (!completed) return completed.error();
    auto summary = Summary(user, c.info, now);
    if (!summary) return summary.error();
    auto view = ViewOf(attempt, settings, state);
    if (!view) return view.error();
    return SubmitOutcome{std::move(*view), ProgressOutcome{std::move(row), std::move(*summary), *completed}};
}

Result<int64_t> CourseService::QuizPoolSize(const storage::CourseModule& module) {
    auto program = Program(module.program, Lang::id);
    if (!program) return program.error();
    auto pool = QuestionBank(store_).Pool(CompetenciesOf(quiz_codec::SettingsOf(module.package_json), *program));
    if (!pool) return pool.error();
    return static_cast<int64_t>(pool->size());
}

Result<QuizOverview> CourseService::Quiz(const storage::User& user, const std::string& offering, int64_t module_id,
                                         int64_t now, Lang lang) {
    auto c = Learner(user, offering, module_id, lang);
    if (!c) return c.error();
    if (c->module.kind != "quiz") return NotAQuiz(lang);
    QuizOverview q;
    q.module = c->module;
    q.settings = quiz_codec::SettingsOf(c->module.package_json);
    auto pool = QuestionBank(store_).Pool(CompetenciesOf(q.settings, c->info.program));
    if (!pool) return pool.error();
    q.available = static_cast<int64_t>(pool->size());
    auto attempts = store_.Quizzes().ListAttempts(offering, user.nip, module_id);
    if (!attempts) return attempts.error();
    for (const auto& a : *attempts) {
        if (a.submitted_at == 0 && Late(a, now)) {  // left open past its deadline: graded with what was saved
            auto closed = Close(user, *c, a, quiz_codec::AnswersOf(a.answers), true, now, lang);
            if (!closed && closed.error().code != ErrorCode::conflict) return closed.error();
            attempts = store_.Quizzes().ListAttempts(offering, user.nip, module_id);
            if (!attempts) return attempts.error();
            auto again = Learner(user, offering, module_id, lang);  // the participant may have passed now
            if (!again) return again.error();
            c = std::move(again);
            break;
        }
    }
    q.attempts = *attempts;
    for (const auto& a : q.attempts) {
        if (a.submitted_at == 0) q.open = a;
    }
    q.state = learning::StateAfter(q.settings, Submitted(q.attempts));
    const bool enrolled = c->participant.status == storage::ParticipantStatus::enrolled;
    q.can_start = q.open.has_value() || (enrolled && q.available > 0 && (!q.state.remaining || *q.state.remaining > 0));
    auto row = RowOf(store_, offering, user.nip, module_id);
    if (!row.status.empty() && row.updated_at != 0) q.progress = row;
    return q;
}

Result<AttemptView> CourseService::StartAttempt(const storage::User& user, const std::string& offering,
                                                int64_t module_id, int64_t now, Lang lang, bool& created) {
    created = false;
    auto quiz = Quiz(user, offering, module_id, now, lang);  // closes an expired attempt first
    if (!quiz) return quiz.error();
    if (quiz->open) return ViewOf(*quiz->open, quiz->settings, quiz->state);
    auto c = Learner(user, offering, module_id, lang);
    if (!c) return c.error();
    if (c->participant.status != storage::ParticipantStatus::enrolled) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Kelulusan kursus ini sudah ditetapkan.", "This course has already been decided."));
    }
    if (quiz->state.remaining && *quiz->state.remaining == 0) {
        return MakeError(ErrorCode::conflict,
                         Msg(lang, "Kesempatan mengerjakan kuis ini sudah habis.", "No attempt of this quiz is left."));
    }
    auto pool = QuestionBank(store_).Pool(CompetenciesOf(quiz->settings, c->info.program));
    if (!pool) return pool.error();
    if (pool->empty()) {
        return MakeError(
            ErrorCode::failed_precondition,
            Msg(lang, "Bank soal kosong untuk kompetensi kuis ini; hubungi pengelola.",
                "The question bank has no question for this quiz's competencies; ask the course manager."));
    }
    storage::QuizAttemptRow row;
    row.offering = offering;
    row.nip = user.nip;
    row.module_id = module_id;
    row.number = static_cast<int>(quiz->attempts.size()) + 1;
    row.started_at = now;
    row.deadline = quiz->settings.time_limit_minutes > 0 ? now + int64_t{60} * quiz->settings.time_limit_minutes : 0;
    row.questions =
        quiz_codec::DrawnJson(learning::Draw(*pool, quiz->settings.questions, quiz->settings.shuffle, RandomSeed()));
    auto id = store_.Quizzes().StartAttempt(row);
    if (!id) {
        if (id.error().code != ErrorCode::conflict) return id.error();
        auto again = Quiz(user, offering, module_id, now, lang);  // a second click won the race: its attempt
        if (!again) return again.error();
        if (!again->open) return id.error();
        return ViewOf(*again->open, again->settings, again->state);
    }
    row.id = *id;
    created = true;
    // The module is under way from the first attempt on, not only from its first submission.
    auto progress = RowOf(store_, offering, user.nip, module_id);
    if (progress.status == Code(ModuleStatus::not_started)) {
        progress.status = std::string(Code(ModuleStatus::in_progress));
        progress.updated_at = now;
        if (auto ok = store_.Courses().SaveProgress(progress, std::nullopt); !ok) return ok.error();
    }
    return ViewOf(row, quiz->settings, quiz->state);
}

Result<CourseService::AttemptContext> CourseService::OwnAttempt(const storage::User& user, int64_t attempt_id,
                                                                Lang lang) {
    auto attempt = store_.Quizzes().GetAttempt(attempt_id);
    if (!attempt || user.nip.empty() || attempt->nip != user.nip) {
        if (attempt || attempt.error().code == ErrorCode::not_found) {
            return MakeError(ErrorCode::not_found,
                             Msg(lang, "Percobaan kuis tidak ditemukan.", "Unknown quiz attempt."));
        }
        return attempt.error();
    }
    auto c = Learner(user, attempt->offering, attempt->module_id, lang);
    if (!c) return c.error();
    if (c->module.kind != "quiz") return NotAQuiz(lang);
    return AttemptContext{std::move(*c), std::move(*attempt)};
}

Result<AttemptView> CourseService::Attempt(const storage::User& user, int64_t attempt_id, int64_t now, Lang lang) {
    auto attempt = store_.Quizzes().GetAttempt(attempt_id);
    if (!attempt) {
        if (attempt.error().code == ErrorCode::not_found) {
            return MakeError(ErrorCode::not_found,
                             Msg(lang, "Percobaan kuis tidak ditemukan.", "Unknown quiz attempt."));
        }
        return attempt.error();
    }
    if (!user.nip.empty() && attempt->nip == user.nip) {
        auto quiz = Quiz(user, attempt->offering, attempt->module_id, now, lang);  // closes it when expired
        if (!quiz) return quiz.error();
        for (const auto& a : quiz->attempts) {
            if (a.id == attempt_id) return ViewOf(a, quiz->settings, quiz->state);
        }
        return MakeError(ErrorCode::not_found, Msg(lang, "Percobaan kuis tidak ditemukan.", "Unknown quiz attempt."));
    }
    auto module = store_.Courses().GetModule(attempt->module_id);
    if (!module) return module.error();
    auto program = Program(module->program, lang);
    if (!program) return program.error();
    const bool staff = user.role == domain::Role::admin_bkd || user.role == domain::Role::auditor ||
                       delivery_parts::OwnInstitution(user, *program);
    if (!staff) return Forbidden(lang);
    const auto settings = quiz_codec::SettingsOf(module->package_json);
    auto all = store_.Quizzes().ListAttempts(attempt->offering, attempt->nip, attempt->module_id);
    if (!all) return all.error();
    auto view = ViewOf(*attempt, settings, learning::StateAfter(settings, Submitted(*all)));
    if (view) view->review = learning::ReviewScope{true, true};  // staff see the key, as they read the bank
    return view;
}

Result<void> CourseService::SaveAnswers(const storage::User& user, int64_t attempt_id,
                                        const boost::json::value& answers, int64_t now, Lang lang) {
    auto c = OwnAttempt(user, attempt_id, lang);
    if (!c) return c.error();
    if (c->attempt.submitted_at != 0) {
        return MakeError(ErrorCode::conflict,
                         Msg(lang, "Percobaan ini sudah dikumpulkan.", "This attempt was already submitted."));
    }
    if (Late(c->attempt, now)) {
        return MakeError(ErrorCode::failed_precondition,
                         Msg(lang, "Waktu mengerjakan sudah habis.", "The time for this attempt is over."));
    }
    auto questions = quiz_codec::DrawnOf(c->attempt.questions);
    if (!questions) return questions.error();
    auto parsed = quiz_codec::ParseAnswers(answers, *questions, lang);
    if (!parsed) return parsed.error();
    auto saved = store_.Quizzes().SaveAnswers(attempt_id, quiz_codec::AnswersJson(*parsed), now);
    if (!saved && saved.error().code == ErrorCode::conflict) {
        return MakeError(ErrorCode::conflict,
                         Msg(lang, "Percobaan ini sudah dikumpulkan.", "This attempt was already submitted."));
    }
    return saved;
}

Result<SubmitOutcome> CourseService::Submit(const storage::User& user, int64_t attempt_id,
                                            const boost::json::value* answers, int64_t now, Lang lang) {
    auto c = OwnAttempt(user, attempt_id, lang);
    if (!c) return c.error();
    if (c->attempt.submitted_at != 0) {
        return MakeError(ErrorCode::conflict,
                         Msg(lang, "Percobaan ini sudah dikumpulkan.", "This attempt was already submitted."));
    }
    const bool late = Late(c->attempt, now);
    std::map<int64_t, learning::Answer> graded = quiz_codec::AnswersOf(c->attempt.answers);
    if (answers != nullptr && !late) {  // after the deadline only the answers saved in time count
        auto questions = quiz_codec::DrawnOf(c->attempt.questions);
        if (!questions) return questions.error();
        auto parsed = quiz_codec::ParseAnswers(*answers, *questions, lang);
        if (!parsed) return parsed.error();
        graded = std::move(*parsed);
    }
    return Close(user, c->learner, c->attempt, graded, late, now, lang);
}

}  // namespace bangkom::services
