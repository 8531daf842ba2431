// GET /programs/review?year=Y, GET and POST /programs/{kode}/revisions (issue 8, docs/review-api.md): the programs
// the evaluation flagged for the plan of a year, and the record of a revision that lifts a flag. Every rule lives in
// services/program_review; here the roles (lembaga_mitra only its own institution's programs) and the JSON.

#include <boost/json/serialize.hpp>
#include <charconv>
#include <map>
#include <memory>

#include "formats/pdf_document.hpp"
#include "formats/table.hpp"
#include "http/api_context.hpp"
#include "http/course_json.hpp"
#include "http/errors.hpp"
#include "services/document_settings.hpp"
#include "services/program_review.hpp"
#include "services/program_review_report.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Lang;
using domain::Role;

namespace {

/// ?year= (1900–2200), default next year (the plan being prepared).
Result<int> PlanYearParam(const Call& call, domain::Date today) {
    const std::string text = call.request.Query("year");
    if (text.empty()) return today.year() + 1;
    int year = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, year);
    if (ec != std::errc{} || ptr != end || year < 1900 || year > 2200) {
        return FieldError(call.lang, "year", "harus tahun antara 1900 dan 2200",
                          "must be a year between 1900 and 2200");
    }
    return year;
}

bool MayRecord(const storage::User& user, const domain::Program& program) {
    return user.role == Role::admin_bkd ||
           (user.role == Role::lembaga_mitra && !user.institution.empty() && user.institution == program.institution);
}

class ReviewRoutes {
  public:
    explicit ReviewRoutes(ApiContext& ctx) : ctx_(ctx), service_(ctx.store) {}

    /// The list of GET /programs/review for the caller (lembaga_mitra: its institution's programs only).
    Result<services::ProgramReviewList> List(const Call& call) {
        const auto& user = *call.user;
        auto year = PlanYearParam(call, Today());
        if (!year) return year.error();
        if (user.role == Role::lembaga_mitra && user.institution.empty()) return Forbidden(call.lang);
        const std::string institution = user.role == Role::lembaga_mitra ? user.institution : "";
        return service_.ProgramsToReview(*year, institution, call.lang);
    }

    Response Programs(const Call& call) {
        auto list = List(call);
        if (!list) return ErrorResponse(list.error());
        json::array programs;
        for (const auto& p : list->programs) {
            const auto& o = p.offering;
            programs.push_back(
                json::object{{"program", p.program.code},
                             {"nama", p.program.name},
                             {"lembaga", p.program.institution},
                             {"offering", o.offering},
                             {"start", o.start.ToIso()},
                             {"end", o.end.ToIso()},
                             {"verdict", evaluation::Code(o.verdict)},
                             {"reason", call.lang == Lang::en && !o.reason_en.empty() ? o.reason_en : o.reason},
                             {"state", p.revision ? "revised" : "flagged"},
                             {"revision", p.revision ? json::value(RevisionJson(*p.revision)) : json::value(nullptr)}});
        }
        return JsonResponse(json::object{{"year", list->year},
                                         {"evaluated_year", list->evaluated_year},
                                         {"factor", list->factor},
                                         {"programs", std::move(programs)}});
    }

    /// The list as a document: ?format=pdf (default) or xlsx.
    Response Export(const Call& call) {
        const std::string format = call.request.Query("format", "pdf");
        if (format != "pdf" && format != "xlsx") {
            return ErrorResponse(FieldError(call.lang, "format", "harus pdf atau xlsx", "must be pdf or xlsx"));
        }
        auto list = List(call);
        if (!list) return ErrorResponse(list.error());
        std::map<int64_t, std::string> recorders;
        for (const auto& p : list->programs) {
            if (p.revision) recorders.emplace(p.revision->recorded_by, RecorderName(p.revision->recorded_by));
        }
        const std::string name = "program_perlu_ditinjau_" + std::to_string(list->year);
        if (format == "xlsx") {
            auto file = formats::WriteXlsx(services::ProgramReviewSheets(*list, recorders, call.lang));
            if (!file) return ErrorResponse(file.error());
            return FileDownload(std::move(file).value(), name + ".xlsx");
        }
        auto document = services::LoadDocumentSettings(ctx_.store, call.lang);
        if (!document) return ErrorResponse(document.error());
        const services::ReportContext context{std::move(document).value(), Today(), call.lang};
        auto file = formats::RenderPdf(services::ProgramReviewPdf(*list, recorders, context));
        if (!file) return ErrorResponse(file.error());
        return FileDownload(std::move(file).value(), name + ".pdf");
    }

    Response Revisions(const Call& call) {
        auto program = service_.FindProgram(call.Param("kode"), call.lang);
        if (!program) return ErrorResponse(program.error());
        auto revisions = service_.Revisions(program->code);
        if (!revisions) return ErrorResponse(revisions.error());
        json::array items;
        for (const auto& r : *revisions) items.push_back(RevisionJson(r));
        return JsonResponse(json::object{
            {"program",
             json::object{{"kode", program->code}, {"nama", program->name}, {"lembaga", program->institution}}},
            {"can_record", MayRecord(*call.user, *program)},
            {"revisions", std::move(items)}});
    }

    Response Record(const Call& call) {
        auto program = service_.FindProgram(call.Param("kode"), call.lang);
        if (!program) return ErrorResponse(program.error());
        if (!MayRecord(*call.user, *program)) return ErrorResponse(Forbidden(call.lang));
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        services::RevisionInput input;
        for (const auto& member : *body) {
            const auto key = member.key();
            if (key != "tanggal" && key != "aspek" && key != "ringkasan") {
                return ErrorResponse(FieldError(call.lang, std::string(key), "kolom tidak dikenal", "unknown field"));
            }
        }
        auto date = OptionalTextField(*body, "tanggal", call.lang);
        if (!date) return ErrorResponse(date.error());
        if (!date->empty()) {
            auto day = domain::Date::ParseIso(*date);
            if (!day) {
                return ErrorResponse(
                    FieldError(call.lang, "tanggal", "harus tanggal YYYY-MM-DD", "must be a YYYY-MM-DD date"));
            }
            input.date = *day;
        }
        auto aspect = OptionalTextField(*body, "aspek", call.lang);
        if (!aspect) return ErrorResponse(aspect.error());
        input.aspect = *aspect;
        auto summary = OptionalTextField(*body, "ringkasan", call.lang);
        if (!summary) return ErrorResponse(summary.error());
        input.summary = *summary;
        auto revision = service_.Record(program->code, input, call.user->id, NowSeconds(), Today(), call.lang);
        if (!revision) return ErrorResponse(revision.error());
        const json::object out = RevisionJson(*revision);
        Audit(ctx_, call, "program.revision", "revisi_program", program->code, "", json::serialize(out));
        return JsonResponse(json::object{{"revision", out}}, 201);
    }

  private:
    static domain::Date Today() { return services::DocumentDate(NowSeconds()); }

    /// The recorder's display name (else username); "" for a user no longer stored.
    std::string RecorderName(int64_t id) {
        auto user = ctx_.store.FindUserById(id);
        if (!user) return "";
        return user->display_name.empty() ? user->username : user->display_name;
    }

    json::object RevisionJson(const storage::ProgramRevision& r) {
        return json::object{{"id", r.id},
                            {"program", r.program},
                            {"tanggal", r.date},
                            {"aspek", r.aspect},
                            {"ringkasan", r.summary},
                            {"dicatat_oleh", RecorderName(r.recorded_by)},
                            {"dibuat_pada", IsoTime(r.recorded_at)}};
    }

    ApiContext& ctx_;
    services::ProgramReviewService service_;
};

}  // namespace

void AddReviewRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<ReviewRoutes>(ctx);
    table.Add({"GET",
               "/programs/review",
               Access::roles,
               {Role::admin_bkd, Role::auditor, Role::pengelola_opd, Role::lembaga_mitra},
               [routes](Call& c) { return routes->Programs(c); },
               "Program yang perlu ditinjau menurut evaluasi (?year) / Programs the evaluation flagged for review"});
    table.Add({"GET",
               "/programs/review/export",
               Access::roles,
               {Role::admin_bkd, Role::auditor, Role::pengelola_opd, Role::lembaga_mitra},
               [routes](Call& c) { return routes->Export(c); },
               "Program yang perlu ditinjau sebagai PDF atau XLSX (?year, ?format) / Programs to review, PDF or XLSX"});
    table.Add({"GET",
               "/programs/{kode}/revisions",
               Access::any_user,
               {},
               [routes](Call& c) { return routes->Revisions(c); },
               "Riwayat revisi materi/metode program / A program's recorded revisions"});
    table.Add({"POST",
               "/programs/{kode}/revisions",
               Access::roles,
               {Role::admin_bkd, Role::lembaga_mitra},
               [routes](Call& c) { return routes->Record(c); },
               "Catat revisi materi/metode program / Record a revision of a program",
               "json"});
}

}  // namespace bangkom::http
