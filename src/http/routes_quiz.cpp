// Quizzes (issue 7, docs/quiz-api.md): the question bank per competency, and the learner's quiz — its overview,
// attempts, autosaved answers and submission with the review. Every rule lives in services/question_bank.* and
// services/course_quiz.cpp; these routes parse and answer.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>
#include <memory>

#include "http/api_context.hpp"
#include "http/course_json.hpp"
#include "http/errors.hpp"
#include "services/course_service.hpp"
#include "services/question_bank.hpp"
#include "services/quiz_codec.hpp"

namespace bangkom::http {
namespace json = boost::json;
namespace quiz_codec = services::quiz_codec;

namespace {

Result<int64_t> IdOf(const Call& call, const char* name, const char* what_id, const char* what_en) {
    int64_t id = 0;
    const std::string& text = call.Param(name);
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || ptr != text.data() + text.size() || id <= 0) {
        return MakeError(ErrorCode::not_found, Msg(call.lang, what_id, what_en));
    }
    return id;
}

json::value Time(int64_t t) {
    return t == 0 ? json::value(nullptr) : json::value(IsoTime(t));
}

json::object BankJson(const services::BankQuestion& q) {
    json::object out = quiz_codec::QuestionJson(q.question);
    out["owner"] = q.owner;
    out["archived"] = q.archived;
    out["created_at"] = Time(q.created_at);
    out["updated_at"] = Time(q.updated_at);
    return out;
}

json::object AttemptSummary(const storage::QuizAttemptRow& a) {
    const bool done = a.submitted_at != 0;
    return json::object{{"id", a.id},
                        {"offering", a.offering},
                        {"module_id", a.module_id},
                        {"number", a.number},
                        {"started_at", Time(a.started_at)},
                        {"deadline", Time(a.deadline)},
                        {"submitted_at", Time(a.submitted_at)},
                        {"expired", a.expired},
                        {"score", done && a.score ? json::value(*a.score) : json::value(nullptr)},
                        {"passed", done ? json::value(a.passed) : json::value(nullptr)}};
}

/// The attempt with its questions; the answers and explanations only as far as the review allows.
json::object AttemptJson(const services::AttemptView& v) {
    json::object out = AttemptSummary(v.row);
    json::array questions;
    for (size_t i = 0; i < v.questions.size(); ++i) {
        const auto& q = v.questions[i];
        json::array options;
        for (const auto& o : q.options) options.push_back(json::string(o));
        json::object item{{"id", q.id},
                          {"kind", std::string(Code(q.kind))},
                          {"text", q.text},
                          {"options", std::move(options)},
                          {"points", q.points}};
        if (v.review.right_wrong && i < v.right.size()) item["right"] = static_cast<bool>(v.right[i]);
        if (v.review.answers) {
            const json::object full = quiz_codec::QuestionJson(q);
            item["answer"] = full.at("answer");
            item["tolerance"] = q.tolerance;
            item["explanation"] = q.explanation;
        }
        questions.push_back(std::move(item));
    }
    out["questions"] = std::move(questions);
    out["answers"] = quiz_codec::AnswersObject(v.answers);
    return out;
}

class QuizRoutes {
  public:
    explicit QuizRoutes(ApiContext& ctx)
        : ctx_(ctx),
          bank_(ctx.store),
          courses_(ctx.store, ctx.options.content_root.empty()
                                  ? std::filesystem::temp_directory_path() / "bangkom-konten"
                                  : ctx.options.content_root) {}

    Response ListQuestions(const Call& call) {
        const std::string archived = call.request.Query("archived");
        auto page = bank_.List(*call.user, call.request.Query("competency"), call.request.Query("q"),
                               archived == "1" || archived == "true", call.lang);
        if (!page) return ErrorResponse(page.error());
        json::array items;
        for (const auto& q : page->items) items.push_back(BankJson(q));
        json::array counts;
        for (const auto& [competency, n] : page->counts) {
            counts.push_back(json::object{{"competency", competency}, {"questions", n}});
        }
        return JsonResponse(json::object{{"items", std::move(items)}, {"counts", std::move(counts)}});
    }

    Response CreateQuestion(const Call& call) {
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        auto created = bank_.Create(*call.user, *body, NowSeconds(), call.lang);
        if (!created) return ErrorResponse(created.error());
        const json::object out = BankJson(*created);
        Audit(ctx_, call, "question.create", "quiz_questions", std::to_string(created->question.id), "",
              json::serialize(out));
        return JsonResponse(json::object{{"question", out}}, 201);
    }

    Response UpdateQuestion(const Call& call) {
        auto id = IdOf(call, "id", "Soal tidak ditemukan.", "Unknown question.");
        if (!id) return ErrorResponse(id.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        auto before = ctx_.store.Quizzes().GetQuestion(*id);
        auto updated = bank_.Update(*call.user, *id, *body, NowSeconds(), call.lang);
        if (!updated) return ErrorResponse(updated.error());
        const json::object out = BankJson(*updated);
        Audit(ctx_, call, "question.update", "quiz_questions", std::to_string(*id), before ? before->data : "",
              json::serialize(out));
        return JsonResponse(json::object{{"question", out}});
    }

    Response ArchiveQuestion(const Call& call) {
        auto id = IdOf(call, "id", "Soal tidak ditemukan.", "Unknown question.");
        if (!id) return ErrorResponse(id.error());
        auto archived = bank_.Archive(*call.user, *id, NowSeconds(), call.lang);
        if (!archived) return ErrorResponse(archived.error());
        Audit(ctx_, call, "question.archive", "quiz_questions", std::to_string(*id), "", "");
        Response r;
        r.status = 204;
        r.content_type.clear();
        return r;
    }

    Response Overview(const Call& call) {
        auto module = IdOf(call, "id", "Modul tidak ditemukan.", "Unknown module.");
        if (!module) return ErrorResponse(module.error());
        auto quiz = courses_.Quiz(*call.user, call.Param("kode"), *module, NowSeconds(), call.lang);
        if (!quiz) return ErrorResponse(quiz.error());
        json::object settings = quiz_codec::SettingsJson(quiz->settings);
        settings.erase("competencies");
        settings["available"] = quiz->available;
        settings["attempts"] = learning::AllowedAttempts(quiz->settings);
        json::array attempts;
        for (const auto& a : quiz->attempts) attempts.push_back(AttemptSummary(a));
        json::value open = nullptr;
        if (quiz->open) {
            services::AttemptView view{*quiz->open, {}, {}, {}, {}};
            auto questions = quiz_codec::DrawnOf(quiz->open->questions);
            if (questions) view.questions = std::move(*questions);
            view.answers = quiz_codec::AnswersOf(quiz->open->answers);
            open = AttemptJson(view);
        }
        return JsonResponse(json::object{
            {"quiz", std::move(settings)},
            {"instructions", quiz->module.body},
            {"attempts", std::move(attempts)},
            {"open", std::move(open)},
            {"can_start", quiz->can_start},
            {"remaining", quiz->state.remaining ? json::value(*quiz->state.remaining) : json::value(nullptr)},
            {"progress", quiz->progress ? json::value(ProgressJson(*quiz->progress)) : json::value(nullptr)}});
    }

    Response Start(const Call& call) {
        auto module = IdOf(call, "id", "Modul tidak ditemukan.", "Unknown module.");
        if (!module) return ErrorResponse(module.error());
        bool created = false;
        auto attempt = courses_.StartAttempt(*call.user, call.Param("kode"), *module, NowSeconds(), call.lang, created);
        if (!attempt) return ErrorResponse(attempt.error());
        if (created) {
            Audit(ctx_, call, "attempt.start", "quiz_attempts", std::to_string(attempt->row.id), "",
                  json::serialize(AttemptSummary(attempt->row)));
        }
        return JsonResponse(json::object{{"attempt", AttemptJson(*attempt)}}, created ? 201 : 200);
    }

    Response Get(const Call& call) {
        auto id = IdOf(call, "id", "Percobaan kuis tidak ditemukan.", "Unknown quiz attempt.");
        if (!id) return ErrorResponse(id.error());
        auto attempt = courses_.Attempt(*call.user, *id, NowSeconds(), call.lang);
        if (!attempt) return ErrorResponse(attempt.error());
        return JsonResponse(json::object{{"attempt", AttemptJson(*attempt)}});
    }

    Response Save(const Call& call) {
        auto id = IdOf(call, "id", "Percobaan kuis tidak ditemukan.", "Unknown quiz attempt.");
        if (!id) return ErrorResponse(id.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        const json::value* answers = body->if_contains("answers");
        const int64_t now = NowSeconds();
        auto saved = courses_.SaveAnswers(*call.user, *id, answers != nullptr ? *answers : json::value(json::object{}),
                                          now, call.lang);
        if (!saved) return ErrorResponse(saved.error());
        return JsonResponse(json::object{{"saved_at", IsoTime(now)}});
    }

    Response Submit(const Call& call) {
        auto id = IdOf(call, "id", "Percobaan kuis tidak ditemukan.", "Unknown quiz attempt.");
        if (!id) return ErrorResponse(id.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        const json::value* answers = body->if_contains("answers");
        auto submitted = courses_.Submit(*call.user, *id, answers, NowSeconds(), call.lang);
        if (!submitted) return ErrorResponse(submitted.error());
        const auto& a = submitted->attempt.row;
        Audit(ctx_, call, "attempt.submit", "quiz_attempts", std::to_string(a.id), "",
              json::serialize(AttemptSummary(a)));
        const auto& course = submitted->outcome.course;
        if (submitted->outcome.completed && course.participant) {
            Audit(ctx_, call, "participant.decide", "participants",
                  course.info.offering.code + "/" + course.participant->nip, "",
                  json::serialize(json::object{{"status", "lulus"}, {"certificate", course.participant->certificate}}));
        }
        return JsonResponse(json::object{{"attempt", AttemptJson(submitted->attempt)},
                                         {"progress", ProgressJson(submitted->outcome.progress)},
                                         {"course", CourseJson(course)}});
    }

  private:
    ApiContext& ctx_;
    services::QuestionBank bank_;
    services::CourseService courses_;
};

}  // namespace

void AddQuizRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<QuizRoutes>(ctx);
    const std::vector<domain::Role> writers{domain::Role::admin_bkd, domain::Role::lembaga_mitra};
    const std::vector<domain::Role> readers{domain::Role::admin_bkd, domain::Role::lembaga_mitra,
                                            domain::Role::auditor};
    table.Add({"GET", "/questions", Access::roles, readers, [routes](Call& c) { return routes->ListQuestions(c); },
               "Bank soal per kompetensi / The question bank per competency"});
    table.Add({"POST", "/questions", Access::roles, writers, [routes](Call& c) { return routes->CreateQuestion(c); },
               "Tambah soal ke bank soal / Add a question to the bank", "json"});
    table.Add({"PATCH", "/questions/{id}", Access::roles, writers,
               [routes](Call& c) { return routes->UpdateQuestion(c); },
               "Ubah atau pulihkan soal / Change or restore a question", "json"});
    table.Add({"DELETE", "/questions/{id}", Access::roles, writers,
               [routes](Call& c) { return routes->ArchiveQuestion(c); },
               "Arsipkan soal (tidak diundi lagi) / Archive a question (never drawn again)"});
    table.Add({"GET",
               "/offerings/{kode}/modules/{id}/quiz",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->Overview(c); },
               "Kuis sebuah modul: aturan, percobaan saya / A quiz module: its rules and my attempts"});
    table.Add({"POST",
               "/offerings/{kode}/modules/{id}/quiz/attempts",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->Start(c); },
               "Mulai (atau lanjutkan) percobaan kuis / Start (or continue) a quiz attempt",
               "json"});
    table.Add({"GET",
               "/quiz-attempts/{id}",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->Get(c); },
               "Percobaan kuis dengan pembahasannya / A quiz attempt with its review"});
    table.Add({"PUT",
               "/quiz-attempts/{id}/answers",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->Save(c); },
               "Simpan jawaban sementara / Save the answers so far",
               "json"});
    table.Add({"POST",
               "/quiz-attempts/{id}/submit",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->Submit(c); },
               "Kumpulkan dan nilai percobaan kuis / Submit and grade a quiz attempt",
               "json"});
}

}  // namespace bangkom::http
