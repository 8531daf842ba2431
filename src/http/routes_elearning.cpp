// E-learning for the learner (issue 7, docs/elearning-api.md): the courses open this year, joining one, the course
// with each module's progress, progress reports of text / PDF / video modules, and the SCORM runtime's session and
// commits (scorm-again's flattened CMI). A commit that completes the course passes the participant.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>
#include <memory>

#include "http/api_context.hpp"
#include "http/course_json.hpp"
#include "http/errors.hpp"
#include "services/course_service.hpp"
#include "services/document_settings.hpp"

namespace bangkom::http {
namespace json = boost::json;

namespace {

constexpr size_t kMaxCommitBytes = size_t{256} * 1024;

Result<int64_t> ModuleParam(const Call& call) {
    int64_t id = 0;
    const std::string& text = call.Param("id");
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || ptr != text.data() + text.size() || id <= 0) {
        return MakeError(ErrorCode::not_found, Msg(call.lang, "Modul tidak ditemukan.", "Unknown module."));
    }
    return id;
}

std::optional<double> NumberField(const json::object& o, const char* name) {
    const json::value* v = o.if_contains(name);
    if (v == nullptr || !v->is_number()) return std::nullopt;
    return v->to_number<double>();
}

/// scorm-again's answer format, with the error of a refused commit.
Response CommitRefused(const Error& e) {
    Response r = ErrorResponse(e);
    boost::system::error_code ec;
    json::value body = json::parse(r.body, ec);
    if (!ec && body.is_object()) {
        body.as_object()["result"] = false;
        body.as_object()["errorCode"] = 101;
        r.body = json::serialize(body);
    }
    return r;
}

class ElearningRoutes {
  public:
    explicit ElearningRoutes(ApiContext& ctx)
        : ctx_(ctx),
          service_(ctx.store, ctx.options.content_root.empty()
                                  ? std::filesystem::temp_directory_path() / "bangkom-konten"
                                  : ctx.options.content_root) {}

    Response List(const Call& call) {
        const int64_t now = NowSeconds();
        int year = services::DocumentDate(now).year();
        if (const std::string y = call.request.Query("year"); !y.empty()) {
            const auto [ptr, ec] = std::from_chars(y.data(), y.data() + y.size(), year);
            if (ec != std::errc{} || ptr != y.data() + y.size() || year < 2000 || year > 2100) {
                Error e = MakeError(ErrorCode::invalid_argument, Msg(call.lang, "Tahun tidak valid.", "Invalid year."));
                e.details.push_back(ErrorDetail{0, "year", e.message});
                return ErrorResponse(e);
            }
        }
        auto courses = service_.Courses(*call.user, year, now);
        if (!courses) return ErrorResponse(courses.error());
        json::array items;
        for (const auto& c : *courses) items.push_back(CourseJson(c));
        return JsonResponse(json::object{{"items", std::move(items)}});
    }

    Response Join(const Call& call) {
        const std::string& offering = call.Param("kode");
        auto joined = service_.Join(*call.user, offering, NowSeconds(), call.lang);
        if (!joined) return ErrorResponse(joined.error());
        Audit(ctx_, call, "participant.join", "participants", offering + "/" + call.user->nip, "",
              json::serialize(json::object{{"source", "mandiri"}}));
        return JsonResponse(json::object{{"course", CourseJson(*joined)}}, 201);
    }

    Response Course(const Call& call) {
        auto course = service_.Course(*call.user, call.Param("kode"), NowSeconds(), call.lang);
        if (!course) return ErrorResponse(course.error());
        json::array modules;
        for (const auto& v : course->second) {
            std::optional<int64_t> available;
            if (v.module.kind == "quiz") {
                if (auto n = service_.QuizPoolSize(v.module)) available = *n;
            }
            json::object m = ModuleJson(v.module, available);
            m["progress"] = v.progress ? json::value(ProgressJson(*v.progress)) : json::value(nullptr);
            modules.push_back(std::move(m));
        }
        return JsonResponse(json::object{{"course", CourseJson(course->first)}, {"modules", std::move(modules)}});
    }

    Response Progress(const Call& call) {
        auto id = ModuleParam(call);
        if (!id) return ErrorResponse(id.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        services::ProgressReport report;
        const json::value* done = body->if_contains("done");
        report.done = done != nullptr && done->is_bool() && done->get_bool();
        report.position = NumberField(*body, "position");
        report.duration = NumberField(*body, "duration");
        return Answer(call, service_.Report(*call.user, call.Param("kode"), *id, report, NowSeconds(), call.lang),
                      false);
    }

    Response Session(const Call& call) {
        auto id = ModuleParam(call);
        if (!id) return ErrorResponse(id.error());
        auto session = service_.OpenSession(*call.user, call.Param("kode"), *id, NowSeconds(), call.lang);
        if (!session) return ErrorResponse(session.error());
        json::object cmi;
        for (const auto& [k, v] : session->cmi) cmi[k] = v;
        return JsonResponse(json::object{{"standard", session->standard},
                                         {"launch_url", session->launch_url},
                                         {"commit_url", session->commit_url},
                                         {"cmi", std::move(cmi)}},
                            201);
    }

    Response Commit(const Call& call) {
        auto id = ModuleParam(call);
        if (!id) return ErrorResponse(id.error());
        if (call.request.body.size() > kMaxCommitBytes) {
            return CommitRefused(MakeError(ErrorCode::invalid_argument, Msg(call.lang, "Data commit melebihi 256 KiB.",
                                                                            "The commit exceeds 256 KiB.")));
        }
        auto body = JsonBody(call);
        if (!body) return CommitRefused(body.error());
        std::map<std::string, std::string> cmi;
        for (const auto& [key, value] : *body) {
            if (value.is_string()) {
                cmi[std::string(key)] = std::string(value.get_string());
            } else if (value.is_number()) {
                cmi[std::string(key)] = json::serialize(value);
            }
        }
        return Answer(
            call, service_.Commit(*call.user, call.Param("kode"), *id, cmi, call.request.body, NowSeconds(), call.lang),
            true);
    }

  private:
    Response Answer(const Call& call, const Result<services::ProgressOutcome>& outcome, bool scorm) {
        if (!outcome) return scorm ? CommitRefused(outcome.error()) : ErrorResponse(outcome.error());
        const auto& course = outcome->course;
        if (outcome->completed && course.participant) {
            Audit(ctx_, call, "participant.decide", "participants",
                  course.info.offering.code + "/" + course.participant->nip, "",
                  json::serialize(json::object{{"status", "lulus"}, {"certificate", course.participant->certificate}}));
        }
        json::object out{{"progress", ProgressJson(outcome->progress)}, {"course", CourseJson(course)}};
        if (scorm) {
            out["result"] = true;
            out["errorCode"] = 0;
        }
        return JsonResponse(out);
    }

    ApiContext& ctx_;
    services::CourseService service_;
};

}  // namespace

void AddElearningRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<ElearningRoutes>(ctx);
    table.Add({"GET",
               "/elearning",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->List(c); },
               "Kursus e-learning tahun ini dan kemajuan saya / This year's e-learning courses and my progress"});
    table.Add({"POST",
               "/offerings/{kode}/join",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->Join(c); },
               "Ikuti kursus e-learning yang sedang dibuka / Join an open e-learning course",
               "json"});
    table.Add({"GET",
               "/offerings/{kode}/course",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->Course(c); },
               "Kursus dengan modul dan kemajuan saya / The course with its modules and my progress"});
    table.Add({"POST",
               "/offerings/{kode}/modules/{id}/progress",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->Progress(c); },
               "Catat kemajuan modul teks, PDF atau video / Record progress in a text, PDF or video module",
               "json"});
    table.Add({"POST",
               "/offerings/{kode}/modules/{id}/scorm/session",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->Session(c); },
               "Buka sesi SCORM: data awal CMI / Open a SCORM session: the initial CMI",
               "json"});
    table.Add({"POST",
               "/offerings/{kode}/modules/{id}/scorm/commit",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->Commit(c); },
               "Simpan commit runtime SCORM / Store a SCORM runtime commit",
               "json"});
}

}  // namespace bangkom::http
