// POST /imports/{kind}/preview, POST /imports/{kind} (a job), GET /jobs/{id}.

#include <spdlog/spdlog.h>

#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <memory>

#include "http/access.hpp"
#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "http/record_json.hpp"
#include "services/passwords.hpp"

namespace bangkom::http {
namespace json = boost::json;
using storage::JobState;

namespace {

/// The kind when the caller may import it and sent a file; otherwise the error to answer.
Result<domain::Kind> ImportableKind(const Call& call) {
    auto kind = KindParam(call);
    if (!kind) return kind;
    if (!CanImport(*call.user, *kind)) return Forbidden(call.lang);
    if (call.request.body.empty()) {
        return MakeError(ErrorCode::invalid_argument, Msg(call.lang, "Berkas kosong.", "The file is empty."));
    }
    return kind;
}

Response Preview(ApiContext& ctx, Call& call) {
    auto kind = ImportableKind(call);
    if (!kind) return ErrorResponse(kind.error());
    auto preview = ctx.imports.Preview(*kind, call.request.body, call.lang, ActorOf(call));
    if (!preview) return ErrorResponse(preview.error());
    json::array rows;
    for (const auto& row : preview->first_rows) rows.push_back(json::value_from(row));
    json::array errors;
    for (const auto& e : preview->errors) {
        errors.push_back(json::object{{"row", e.row}, {"column", e.column}, {"message", e.message}});
    }
    return JsonResponse(json::object{{"kind", domain::KindCode(*kind)},
                                     {"header", json::value_from(preview->header)},
                                     {"rows", std::move(rows)},
                                     {"total_rows", preview->total_rows},
                                     {"errors", std::move(errors)},
                                     {"ok", preview->errors.empty()}});
}

/// Runs one import job to its end, recording progress and the result in the store.
void RunImportJob(ApiContext& ctx, const std::string& id, domain::Kind kind, const std::string& bytes,
                  domain::Lang lang, const services::Actor& actor) {
    auto& store = ctx.store;
    (void)store.UpdateJob(id, JobState::running, 0, Msg(lang, "Mengimpor…", "Importing…"), "", NowSeconds());
    int last_percent = -1;
    auto progress = [&](int percent, const std::string& message) {
        if (percent == last_percent) return;
        last_percent = percent;
        (void)store.UpdateJob(id, JobState::running, percent, message, "", NowSeconds());
    };
    Result<services::ImportSummary> summary = MakeError(ErrorCode::internal, "not run");
    try {
        summary = ctx.imports.Import(kind, bytes, lang, actor, progress);
    } catch (const std::exception& e) {
        spdlog::error("import job {} failed with an exception: {}", id, e.what());
        summary =
            MakeError(ErrorCode::internal, Msg(lang, "Kesalahan server saat impor.", "Server error during import."));
    }
    if (summary) {
        const json::object result{
            {"rows", summary->rows}, {"inserted", summary->inserted}, {"updated", summary->updated}};
        (void)store.UpdateJob(id, JobState::succeeded, 100, Msg(lang, "Selesai.", "Done."), json::serialize(result),
                              NowSeconds());
    } else {
        (void)store.UpdateJob(id, JobState::failed, 100, summary.error().message,
                              json::serialize(ErrorBody(summary.error())), NowSeconds());
    }
}

Response Import(ApiContext& ctx, Call& call) {
    auto kind = ImportableKind(call);
    if (!kind) return ErrorResponse(kind.error());
    storage::Job job;
    job.id = services::RandomHex(16);
    job.kind = "import:" + std::string(domain::KindCode(*kind));
    job.user_id = call.user->id;
    job.message = Msg(call.lang, "Menunggu giliran…", "Queued…");
    job.created_at = job.updated_at = NowSeconds();
    auto created = ctx.store.CreateJob(job);
    if (!created) return ErrorResponse(created.error());
    auto bytes = std::make_shared<std::string>(call.request.body);
    ctx.background([&ctx, id = job.id, kind = *kind, bytes, lang = call.lang, actor = ActorOf(call)] {
        RunImportJob(ctx, id, kind, *bytes, lang, actor);
    });
    return JsonResponse(json::object{{"job", JobToJson(job)}}, 202);
}

Response FindJob(ApiContext& ctx, Call& call) {
    auto job = ctx.store.FindJob(call.Param("id"));
    if (!job) {
        if (job.error().code != ErrorCode::not_found) return ErrorResponse(job.error());
        return ErrorResponse(
            MakeError(ErrorCode::not_found, Msg(call.lang, "Pekerjaan tidak ditemukan.", "Job not found.")));
    }
    if (job->user_id != call.user->id && call.user->role != domain::Role::admin_bkd) {
        return ErrorResponse(Forbidden(call.lang));
    }
    return JsonResponse(json::object{{"job", JobToJson(*job)}});
}

}  // namespace

void AddImportRoutes(RouteTable& table, ApiContext& ctx) {
    const std::vector<domain::Role> importers = {domain::Role::admin_bkd, domain::Role::pengelola_opd};
    table.Add({"POST", "/imports/{kind}/preview", Access::roles, importers, [&ctx](Call& c) { return Preview(ctx, c); },
               "Periksa berkas impor tanpa menyimpan / Check an import file without writing", "binary"});
    table.Add({"POST", "/imports/{kind}", Access::roles, importers, [&ctx](Call& c) { return Import(ctx, c); },
               "Impor berkas (semua atau tidak sama sekali) sebagai pekerjaan / Import a file as a job", "binary"});
    table.Add({"GET",
               "/jobs/{id}",
               Access::any_user,
               {},
               [&ctx](Call& c) { return FindJob(ctx, c); },
               "Kemajuan dan hasil satu pekerjaan / A job's progress and result"});
}

}  // namespace bangkom::http
