// E-learning courses, authoring and content (issue 7, docs/elearning-api.md): a program's modules, their upload,
// order and deletion, and the content itself — module files with range requests and the unpacked pages of SCORM
// packages. The learner's routes are in routes_elearning.cpp.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>
#include <memory>

#include "http/api_context.hpp"
#include "http/course_json.hpp"
#include "http/errors.hpp"
#include "http/file_response.hpp"
#include "http/static_files.hpp"
#include "services/course_service.hpp"
#include "services/quiz_codec.hpp"

namespace bangkom::http {
namespace json = boost::json;

namespace {

/// Course content runs its own scripts (SCORM pages) and is shown in a frame of the app itself.
constexpr const char* kContentPolicy =
    "default-src 'self' 'unsafe-inline' 'unsafe-eval' data: blob:; frame-ancestors 'self'; base-uri 'self'";

Result<int64_t> IdParam(const Call& call) {
    int64_t id = 0;
    const std::string& text = call.Param("id");
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
    if (ec != std::errc{} || ptr != text.data() + text.size() || id <= 0) {
        return MakeError(ErrorCode::not_found, Msg(call.lang, "Modul tidak ditemukan.", "Unknown module."));
    }
    return id;
}

class CourseRoutes {
  public:
    explicit CourseRoutes(ApiContext& ctx) : ctx_(ctx), service_(ctx.store, ContentRootOf(ctx)) {}

    static std::filesystem::path ContentRootOf(const ApiContext& ctx) {
        if (!ctx.options.content_root.empty()) return ctx.options.content_root;
        return std::filesystem::temp_directory_path() / "bangkom-konten";  // an Api built without options (tests)
    }

    Response List(const Call& call) {
        auto program = service_.Program(call.Param("kode"), call.lang);
        if (!program) return ErrorResponse(program.error());
        auto modules = service_.Modules(program->code);
        if (!modules) return ErrorResponse(modules.error());
        json::array items;
        for (const auto& m : *modules) items.push_back(Module(m));
        return JsonResponse(json::object{{"program", ProgramJson(*program)},
                                         {"can_edit", service_.CanEdit(*call.user, *program)},
                                         {"modules", std::move(items)}});
    }

    Response Add(const Call& call) {
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        const json::value* required = body->if_contains("required");
        if (required != nullptr && !required->is_bool()) {
            return ErrorResponse(
                FieldErrorOf(call, "required", "required harus true atau false.", "required must be true or false."));
        }
        auto quiz = QuizOf(call, *body, learning::QuizSettings{});
        if (!quiz) return ErrorResponse(quiz.error());
        auto added = service_.AddModule(*call.user, call.Param("kode"), StringField(*body, "kind"),
                                        StringField(*body, "title"), StringField(*body, "body"),
                                        required == nullptr || required->get_bool(), NowSeconds(), call.lang, *quiz);
        if (!added) return ErrorResponse(added.error());
        Audit(ctx_, call, "module.create", "course_modules", std::to_string(added->id), "",
              json::serialize(ModuleJson(*added)));
        return JsonResponse(json::object{{"module", Module(*added)}}, 201);
    }

    Response Update(const Call& call) {
        auto id = IdParam(call);
        if (!id) return ErrorResponse(id.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        std::optional<std::string> title;
        std::optional<std::string> text;
        std::optional<bool> required;
        std::optional<int> position;
        if (const auto* v = body->if_contains("title")) {
            if (!v->is_string())
                return ErrorResponse(FieldErrorOf(call, "title", "title harus teks.", "title must be text."));
            title = std::string(v->get_string());
        }
        if (const auto* v = body->if_contains("body")) {
            if (!v->is_string())
                return ErrorResponse(FieldErrorOf(call, "body", "body harus teks.", "body must be text."));
            text = std::string(v->get_string());
        }
        if (const auto* v = body->if_contains("required")) {
            if (!v->is_bool()) {
                return ErrorResponse(FieldErrorOf(call, "required", "required harus true atau false.",
                                                  "required must be true or false."));
            }
            required = v->get_bool();
        }
        if (const auto* v = body->if_contains("position")) {
            if (!v->is_int64() || v->get_int64() < 1 || v->get_int64() > 10'000) {
                return ErrorResponse(FieldErrorOf(call, "position", "position harus bilangan bulat mulai 1.",
                                                  "position must be a whole number from 1."));
            }
            position = static_cast<int>(v->get_int64());
        }
        std::optional<learning::QuizSettings> quiz;
        if (body->if_contains("quiz") != nullptr) {
            auto current = ctx_.store.Courses().GetModule(*id);
            auto applied =
                QuizOf(call, *body,
                       current ? services::quiz_codec::SettingsOf(current->package_json) : learning::QuizSettings{});
            if (!applied) return ErrorResponse(applied.error());
            quiz = std::move(*applied);
        }
        auto updated =
            service_.UpdateModule(*call.user, *id, title, text, required, position, NowSeconds(), call.lang, quiz);
        if (!updated) return ErrorResponse(updated.error());
        Audit(ctx_, call, "module.update", "course_modules", std::to_string(*id), "", json::serialize(*body));
        return JsonResponse(json::object{{"module", Module(*updated)}});
    }

    Response Delete(const Call& call) {
        auto id = IdParam(call);
        if (!id) return ErrorResponse(id.error());
        if (auto ok = service_.DeleteModule(*call.user, *id, call.lang); !ok) return ErrorResponse(ok.error());
        Audit(ctx_, call, "module.delete", "course_modules", std::to_string(*id), "", "");
        Response r;
        r.status = 204;
        r.content_type.clear();
        return r;
    }

    Response Upload(const Call& call) {
        auto id = IdParam(call);
        if (!id) return ErrorResponse(id.error());
        auto stored = service_.UploadContent(*call.user, *id, call.request.Query("name"), call.request.body,
                                             NowSeconds(), call.lang);
        if (!stored) return ErrorResponse(stored.error());
        Audit(ctx_, call, "module.content", "course_modules", std::to_string(*id), "",
              json::serialize(
                  json::object{{"name", stored->file_name}, {"size", stored->file_size}, {"sha256", stored->sha256}}));
        return JsonResponse(json::object{{"module", Module(*stored)}});
    }

    Response Content(const Call& call) {
        auto id = IdParam(call);
        if (!id) return ErrorResponse(id.error());
        auto file = service_.ContentFile(*call.user, *id, call.Param("path"), call.lang);
        if (!file) return ErrorResponse(file.error());
        Response r = FileWithRanges(*file, ContentTypeFor(*file), call.request);
        r.SetHeader("Content-Security-Policy", kContentPolicy);
        r.SetHeader("X-Frame-Options", "SAMEORIGIN");
        r.SetHeader("Cache-Control", "private, max-age=300");
        if (call.Param("path").empty()) {  // a module's own file: saved under the name it was uploaded with
            if (auto module = ctx_.store.Courses().GetModule(*id); module && !module->file_name.empty()) {
                r.SetHeader("Content-Disposition", "inline; filename=\"" + SafeFilename(module->file_name) + "\"");
            }
        }
        return r;
    }

  private:
    json::object Module(const storage::CourseModule& m) {
        if (m.kind != "quiz") return ModuleJson(m);
        auto available = service_.QuizPoolSize(m);
        return ModuleJson(m, available ? std::optional<int64_t>(*available) : std::nullopt);
    }

    /// The `quiz` settings of a body, applied over `base`.
    static Result<std::optional<learning::QuizSettings>> QuizOf(const Call& call, const json::object& body,
                                                                const learning::QuizSettings& base) {
        const json::value* v = body.if_contains("quiz");
        if (v == nullptr || v->is_null()) return std::optional<learning::QuizSettings>{};
        auto settings = services::quiz_codec::ApplySettings(base, *v, call.lang);
        if (!settings) return settings.error();
        return std::optional<learning::QuizSettings>(std::move(*settings));
    }

    static Error FieldErrorOf(const Call& call, const char* column, const char* id, const char* en) {
        Error e = MakeError(ErrorCode::invalid_argument, Msg(call.lang, id, en));
        e.details.push_back(ErrorDetail{0, column, e.message});
        return e;
    }

    ApiContext& ctx_;
    services::CourseService service_;
};

}  // namespace

void AddCourseRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<CourseRoutes>(ctx);
    const std::vector<domain::Role> editors{domain::Role::admin_bkd, domain::Role::lembaga_mitra};
    table.Add({"GET",
               "/programs/{kode}/modules",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->List(c); },
               "Modul kursus e-learning sebuah program / The e-learning modules of a program"});
    table.Add({"POST", "/programs/{kode}/modules", Access::roles, editors, [routes](Call& c) { return routes->Add(c); },
               "Tambah modul di akhir kursus / Append a module to the course", "json"});
    table.Add({"PATCH", "/modules/{id}", Access::roles, editors, [routes](Call& c) { return routes->Update(c); },
               "Ubah judul, isi, wajib, atau urutan modul / Change a module's title, text, required flag or place",
               "json"});
    table.Add({"DELETE", "/modules/{id}", Access::roles, editors, [routes](Call& c) { return routes->Delete(c); },
               "Hapus modul (409 bila sudah dipelajari) / Delete a module (409 once learners have progress)"});
    table.Add({"PUT", "/modules/{id}/content", Access::roles, editors, [routes](Call& c) { return routes->Upload(c); },
               "Unggah berkas modul (video, PDF, paket SCORM) / Upload a module's file (video, PDF, SCORM package)",
               "binary"});
    table.Add({"GET",
               "/modules/{id}/content",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->Content(c); },
               "Berkas modul dengan dukungan Range / A module's file, with range requests"});
    table.Add({"GET",
               "/modules/{id}/scorm/{path...}",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->Content(c); },
               "Berkas paket SCORM yang sudah dibuka / A file of an unpacked SCORM package"});
    AddElearningRoutes(table, ctx);
    AddQuizRoutes(table, ctx);
}

}  // namespace bangkom::http
