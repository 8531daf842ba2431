// /plans/*: the yearly plan as a document (issue 6, docs/plan-api.md): generate a new draft version as a job,
// list and read versions and their assignments within the caller's scope, the draft → submitted → approved |
// returned workflow (audited, entity "plans"), and the XLSX and PDF of PP 11/2017 Pasal 207. The rules of who may do
// what live in services/plan_workflow; the documents in services/plan_export and services/plan_document.

#include <spdlog/spdlog.h>

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <ctime>
#include <memory>

#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "http/record_json.hpp"
#include "services/document_settings.hpp"
#include "services/gap_service.hpp"
#include "services/passwords.hpp"
#include "services/plan_document.hpp"
#include "services/plan_export.hpp"
#include "services/plan_service.hpp"
#include "services/plan_workflow.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Role;
using services::PlanAction;
using storage::JobState;
using storage::PlanHeader;

namespace {

std::string IsoTime(int64_t seconds) {
    const auto t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

Error BadParam(domain::Lang lang, const char* name, const char* id, const char* en) {
    Error e = MakeError(ErrorCode::invalid_argument, Msg(lang, id, en));
    e.details.push_back(ErrorDetail{0, name, e.message});
    return e;
}

Error PlanNotFound(domain::Lang lang) {
    return MakeError(ErrorCode::not_found, Msg(lang, "Rencana tidak ditemukan.", "Plan not found."));
}

json::value ParsedOrNull(const std::string& text) {
    boost::system::error_code ec;
    json::value value = json::parse(text, ec);
    return ec ? json::value(nullptr) : value;
}

/// The header as the API gives it; `detail` adds the settings and the summary, `user` what the caller may do.
json::object HeaderJson(const PlanHeader& h, const storage::User& user, domain::Lang lang, bool detail) {
    auto can = [&](PlanAction action) { return services::PlanTransition(user, h, action, "-", lang).ok(); };
    json::object out{{"id", h.id},
                     {"year", h.year},
                     {"agency", h.agency.empty() ? json::value(nullptr) : json::value(h.agency)},
                     {"version", h.version},
                     {"status", storage::PlanStatusCode(h.status)},
                     {"status_label", services::PlanStatusLabel(h.status, lang)},
                     {"solver", h.solver},
                     {"value", h.value},
                     {"bound", h.bound},
                     {"gap", h.gap},
                     {"cost", h.cost},
                     {"assignments", h.assignment_count},
                     {"created_by", h.created_by},
                     {"created_at", IsoTime(h.created_at)},
                     {"updated_at", IsoTime(h.updated_at)},
                     {"comment", h.comment.empty() ? json::value(nullptr) : json::value(h.comment)},
                     {"can", json::object{{"submit", can(PlanAction::submit)},
                                          {"approve", can(PlanAction::approve)},
                                          {"return", can(PlanAction::send_back)}}}};
    if (detail) {
        out["settings"] = ParsedOrNull(h.settings_json);
        json::value summary = ParsedOrNull(h.summary_json);
        // An agency's pengelola reading the all-agency plan sees its own budget line, not the other agencies'.
        const std::string own = services::PlanRowAgency(user, h);
        json::value* agencies = summary.is_object() ? summary.as_object().if_contains("agencies") : nullptr;
        if (!own.empty() && agencies != nullptr && agencies->is_array()) {
            json::array kept;
            for (const auto& a : agencies->as_array()) {
                const json::value* code = a.is_object() ? a.as_object().if_contains("agency") : nullptr;
                if (code != nullptr && code->is_string() && code->get_string() == own) kept.push_back(a);
            }
            *agencies = std::move(kept);
        }
        out["summary"] = std::move(summary);
    }
    return out;
}

/// What the audit log keeps of a header.
std::string AuditJson(const PlanHeader& h) {
    return json::serialize(json::object{{"id", h.id},
                                        {"year", h.year},
                                        {"agency", h.agency},
                                        {"version", h.version},
                                        {"status", storage::PlanStatusCode(h.status)},
                                        {"comment", h.comment}});
}

json::object RowJson(const storage::PlanAssignmentRow& row, const analysis::Snapshot* names) {
    json::array closes;
    for (const auto& c : row.closes) closes.push_back(json::object{{"competency", c.competency}, {"levels", c.levels}});
    json::array reasons;
    for (const auto& r : row.reasons) reasons.emplace_back(r);
    json::value name = nullptr;
    if (names != nullptr) {
        if (const auto e = names->FindEmployee(row.nip)) name = json::value(names->names[*e]);
    }
    return json::object{{"nip", row.nip},           {"name", std::move(name)},       {"agency", row.agency},
                        {"offering", row.offering}, {"program", row.program},        {"jp", row.jp},
                        {"cost", row.cost},         {"reasons", std::move(reasons)}, {"closes", std::move(closes)}};
}

class PlanRoutes {
  public:
    explicit PlanRoutes(ApiContext& ctx) : ctx_(ctx), gaps_(ctx.store), plans_(ctx.store, gaps_) {}

    Response Generate(const Call& call) {
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        const auto* year = body->if_contains("year");
        if (year == nullptr || !year->is_int64() || year->get_int64() < 1900 || year->get_int64() > 2200) {
            return ErrorResponse(BadParam(call.lang, "year", "year harus tahun antara 1900 dan 2200.",
                                          "year must be a year between 1900 and 2200."));
        }
        const auto* agency_value = body->if_contains("agency");
        if (agency_value != nullptr && !agency_value->is_string() && !agency_value->is_null()) {
            return ErrorResponse(
                BadParam(call.lang, "agency", "agency harus kode OPD.", "agency must be an agency code."));
        }
        services::PlanRequest request;
        request.solver = body->contains("solver") ? StringField(*body, "solver") : "fast";
        if (request.solver != "fast" && request.solver != "exact") {
            return ErrorResponse(
                BadParam(call.lang, "solver", "solver harus fast atau exact.", "solver must be fast or exact."));
        }
        if (const auto* limit = body->if_contains("time_limit"); limit != nullptr && !limit->is_null()) {
            const bool number = limit->is_number();
            const double seconds = number ? limit->to_number<double>() : 0;
            if (!number || seconds <= 0 || seconds > 600) {
                return ErrorResponse(BadParam(call.lang, "time_limit", "time_limit harus antara 0 dan 600 detik.",
                                              "time_limit must be between 0 and 600 seconds."));
            }
            request.time_limit_seconds = seconds;
        }
        auto agency = services::PlanGenerateAgency(*call.user, StringField(*body, "agency"), call.lang);
        if (!agency) return ErrorResponse(agency.error());
        if (!agency->empty()) {
            auto known = ctx_.store.Get(domain::Kind::opd, *agency);
            if (!known) {
                if (known.error().code != ErrorCode::not_found) return ErrorResponse(known.error());
                return ErrorResponse(MakeError(ErrorCode::not_found,
                                               Msg(call.lang, "OPD tidak ditemukan: ", "Unknown agency: ") + *agency));
            }
        }
        request.scope = {static_cast<int>(year->get_int64()), *agency};
        storage::Job job;
        job.id = services::RandomHex(16);
        job.kind = "plan:generate";
        job.user_id = call.user->id;
        job.message = Msg(call.lang, "Menunggu giliran…", "Queued…");
        job.created_at = job.updated_at = NowSeconds();
        auto created = ctx_.store.CreateJob(job);
        if (!created) return ErrorResponse(created.error());
        services::PlanAuthor author{call.user->id, call.user->username};
        ctx_.background([this, id = job.id, request = std::move(request), author, lang = call.lang]() mutable {
            RunGenerateJob(id, std::move(request), author, lang);
        });
        return JsonResponse(json::object{{"job", JobToJson(job)}}, 202);
    }

    Response List(const Call& call) {
        int64_t year = 0;
        const std::string year_text = call.request.Query("year");
        if (!year_text.empty() && (!ParseWholeNumber(year_text, year) || year < 1900 || year > 2200)) {
            return ErrorResponse(BadParam(call.lang, "year", "year harus tahun antara 1900 dan 2200.",
                                          "year must be a year between 1900 and 2200."));
        }
        std::optional<storage::PlanStatus> status;
        if (const std::string text = call.request.Query("status"); !text.empty()) {
            status = storage::PlanStatusFromCode(text);
            if (!status) {
                return ErrorResponse(BadParam(call.lang, "status",
                                              "status harus draft, submitted, approved atau returned.",
                                              "status must be draft, submitted, approved or returned."));
            }
        }
        auto query = services::PlanListQuery(*call.user, static_cast<int>(year), call.request.Query("agency"), status,
                                             call.lang);
        if (!query) return ErrorResponse(query.error());
        auto plans = ctx_.store.Plans().ListPlans(*query);
        if (!plans) return ErrorResponse(plans.error());
        json::array items;
        for (const auto& h : *plans) {
            if (services::CanReadPlan(*call.user, h)) items.push_back(HeaderJson(h, *call.user, call.lang, false));
        }
        const auto total = static_cast<int64_t>(items.size());
        return JsonResponse(json::object{{"total", total}, {"items", std::move(items)}});
    }

    Response One(const Call& call) {
        auto plan = Readable(call);
        if (!plan) return ErrorResponse(plan.error());
        return JsonResponse(json::object{{"plan", HeaderJson(*plan, *call.user, call.lang, true)}});
    }

    Response Assignments(const Call& call) {
        auto plan = Readable(call);
        if (!plan) return ErrorResponse(plan.error());
        int64_t offset = 0;
        int64_t limit = 50;
        if (!ParseWholeNumber(call.request.Query("offset", "0"), offset) || offset < 0) {
            return ErrorResponse(BadParam(call.lang, "offset", "offset harus bilangan bulat ≥ 0.",
                                          "offset must be a whole number ≥ 0."));
        }
        if (!ParseWholeNumber(call.request.Query("limit", "50"), limit) || limit < 1 || limit > 500) {
            return ErrorResponse(
                BadParam(call.lang, "limit", "limit harus antara 1 dan 500.", "limit must be between 1 and 500."));
        }
        auto query = RowQuery(call, *plan);
        if (!query) return ErrorResponse(query.error());
        auto rows = ctx_.store.Plans().ListPlanRows(plan->id, *query);
        if (!rows) return ErrorResponse(rows.error());
        auto snapshot = gaps_.Snapshot();
        const analysis::Snapshot* names = snapshot ? snapshot->get() : nullptr;
        json::array items;
        const auto total = static_cast<int64_t>(rows->size());
        for (int64_t i = offset; i < total && i < offset + limit; ++i) {
            items.push_back(RowJson((*rows)[static_cast<size_t>(i)], names));
        }
        return JsonResponse(
            json::object{{"total", total}, {"offset", offset}, {"limit", limit}, {"items", std::move(items)}});
    }

    Response Submit(const Call& call) { return Change(call, PlanAction::submit); }
    Response Approve(const Call& call) { return Change(call, PlanAction::approve); }
    Response Return(const Call& call) { return Change(call, PlanAction::send_back); }

    Response Export(const Call& call) {
        const std::string format = call.request.Query("format", "xlsx");
        if (format != "xlsx" && format != "pdf") {
            return ErrorResponse(
                BadParam(call.lang, "format", "format harus xlsx atau pdf.", "format must be xlsx or pdf."));
        }
        auto plan = Readable(call);
        if (!plan) return ErrorResponse(plan.error());
        auto data = ExportData(call, *plan);
        if (!data) return ErrorResponse(data.error());
        std::string scope = plan->agency.empty() ? "semua" : plan->agency;
        if (!data->agency_filter.empty() && data->agency_filter != plan->agency) scope += "_" + data->agency_filter;
        const std::string name =
            "rencana_" + std::to_string(plan->year) + "_" + scope + "_v" + std::to_string(plan->version);
        if (format == "pdf") {
            auto settings = services::LoadDocumentSettings(ctx_.store, call.lang);
            if (!settings) return ErrorResponse(settings.error());
            const auto today = services::DocumentDate(std::time(nullptr));
            auto file = services::WritePlanPdf(*data, *settings, today);
            if (!file) return ErrorResponse(file.error());
            return FileDownload(std::move(file).value(), name + ".pdf");
        }
        auto file = services::WritePlanXlsx(*data);
        if (!file) return ErrorResponse(file.error());
        return FileDownload(std::move(file).value(), name + ".xlsx");
    }

  private:
    /// The plan {id} when the caller may read it.
    Result<PlanHeader> Readable(const Call& call) {
        int64_t id = 0;
        if (!ParseWholeNumber(call.Param("id"), id) || id <= 0) return PlanNotFound(call.lang);
        auto plan = ctx_.store.Plans().GetPlan(id);
        if (!plan) return plan.error().code == ErrorCode::not_found ? PlanNotFound(call.lang) : plan.error();
        if (!services::CanReadPlan(*call.user, *plan)) return Forbidden(call.lang);
        return plan;
    }

    /// What the XLSX and PDF read: the rows the caller may see (?agency narrows an all-agency plan to one agency
    /// for those who see them all), the catalog and the names.
    Result<services::PlanExportData> ExportData(const Call& call, const PlanHeader& plan) {
        services::PlanExportData data;
        data.agency_filter = services::PlanRowAgency(*call.user, plan);
        const std::string asked = call.request.Query("agency");
        if (!asked.empty() && asked != plan.agency) {
            if (!plan.agency.empty() || (!data.agency_filter.empty() && asked != data.agency_filter)) {
                return Forbidden(call.lang);
            }
            data.agency_filter = asked;
        }
        auto catalog = services::LoadPlanCatalog(ctx_.store);
        if (!catalog) return catalog.error();
        if (!data.agency_filter.empty() &&
            std::none_of(catalog->agencies.begin(), catalog->agencies.end(),
                         [&](const domain::Agency& a) { return a.code == data.agency_filter; })) {
            return BadParam(call.lang, "agency", "Perangkat daerah tidak dikenal.", "Unknown agency.");
        }
        storage::PlanRowQuery query;
        query.agency = data.agency_filter;
        auto rows = ctx_.store.Plans().ListPlanRows(plan.id, query);
        if (!rows) return rows.error();
        auto snapshot = gaps_.Snapshot();
        if (!snapshot) return snapshot.error();
        const analysis::Snapshot& s = **snapshot;
        for (const auto& row : *rows) {
            if (const auto e = s.FindEmployee(row.nip)) data.employee_names[row.nip] = s.names[*e];
        }
        for (size_t c = 0; c < s.competency_codes.size(); ++c) {
            data.competency_names[s.competency_codes[c]] = s.competency_names[c];
        }
        data.plan = plan;
        data.rows = std::move(rows).value();
        data.catalog = std::move(catalog).value();
        return data;
    }

    /// ?agency, ?nip, ?offering, ?program within the rows the caller may see.
    static Result<storage::PlanRowQuery> RowQuery(const Call& call, const PlanHeader& plan) {
        storage::PlanRowQuery query;
        query.agency = call.request.Query("agency");
        query.nip = call.request.Query("nip");
        query.offering = call.request.Query("offering");
        query.program = call.request.Query("program");
        const std::string limited = services::PlanRowAgency(*call.user, plan);
        if (!limited.empty()) {
            if (!query.agency.empty() && query.agency != limited) return Forbidden(call.lang);
            query.agency = limited;
        }
        return query;
    }

    Response Change(const Call& call, PlanAction action) {
        json::object body;
        if (!call.request.body.empty()) {
            auto parsed = JsonBody(call);
            if (!parsed) return ErrorResponse(parsed.error());
            body = std::move(parsed).value();
        }
        auto plan = Readable(call);
        if (!plan) return ErrorResponse(plan.error());
        const std::string comment = StringField(body, "comment");
        auto to = services::PlanTransition(*call.user, *plan, action, comment, call.lang);
        if (!to) return ErrorResponse(to.error());
        auto changed = ctx_.store.Plans().SetPlanStatus(plan->id, *to, comment, NowSeconds());
        if (!changed) {
            if (changed.error().code != ErrorCode::failed_precondition) return ErrorResponse(changed.error());
            return ErrorResponse(
                MakeError(ErrorCode::failed_precondition, Msg(call.lang, "Status rencana baru saja diubah orang lain.",
                                                              "The plan's status was just changed by someone else.")));
        }
        Audit(ctx_, call, services::PlanAuditAction(action), "plans", std::to_string(plan->id), AuditJson(*plan),
              AuditJson(*changed));
        return JsonResponse(json::object{{"plan", HeaderJson(*changed, *call.user, call.lang, true)}});
    }

    void RunGenerateJob(const std::string& id, services::PlanRequest request, const services::PlanAuthor& author,
                        domain::Lang lang) {
        auto& store = ctx_.store;
        (void)store.UpdateJob(id, JobState::running, 0, Msg(lang, "Menyusun rencana…", "Generating the plan…"), "",
                              NowSeconds());
        int last_percent = -1;
        request.progress = [&](int percent, const std::string& message) {
            const int shown = std::min(percent, 99);
            if (shown == last_percent) return;
            last_percent = shown;
            (void)store.UpdateJob(id, JobState::running, shown, message, "", NowSeconds());
        };
        Result<PlanHeader> saved = MakeError(ErrorCode::internal, "not run");
        try {
            auto outcome = plans_.Run(request, lang);
            if (outcome) {
                saved = plans_.Save(*outcome, author, NowSeconds());
            } else {
                saved = outcome.error();
            }
        } catch (const std::exception& e) {
            spdlog::error("plan job {} failed with an exception: {}", id, e.what());
            saved = MakeError(ErrorCode::internal,
                              Msg(lang, "Kesalahan server saat menyusun rencana.", "Server error while planning."));
        }
        if (saved) {
            const json::object result{
                {"plan_id", saved->id},
                {"year", saved->year},
                {"agency", saved->agency.empty() ? json::value(nullptr) : json::value(saved->agency)},
                {"version", saved->version},
                {"status", storage::PlanStatusCode(saved->status)},
                {"value", saved->value},
                {"bound", saved->bound},
                {"gap", saved->gap},
                {"cost", saved->cost},
                {"assignments", saved->assignment_count}};
            (void)store.UpdateJob(id, JobState::succeeded, 100, Msg(lang, "Selesai.", "Done."), json::serialize(result),
                                  NowSeconds());
        } else {
            (void)store.UpdateJob(id, JobState::failed, 100, saved.error().message,
                                  json::serialize(ErrorBody(saved.error())), NowSeconds());
        }
    }

    ApiContext& ctx_;
    services::GapService gaps_;
    services::PlanService plans_;
};

}  // namespace

void AddPlanRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<PlanRoutes>(ctx);
    const std::vector<Role> readers{Role::admin_bkd, Role::auditor, Role::pengelola_opd};
    const std::vector<Role> agency_admins{Role::admin_bkd, Role::pengelola_opd};
    const std::vector<Role> ppk{Role::admin_bkd};
    auto add = [&](const char* method, const char* pattern, const std::vector<Role>& roles,
                   Response (PlanRoutes::*handler)(const Call&), const char* summary, const char* body = "") {
        table.Add({method, pattern, Access::roles, roles,
                   [routes, handler](Call& c) { return ((*routes).*handler)(c); }, summary, body});
    };
    add("POST", "/plans/generate", agency_admins, &PlanRoutes::Generate,
        "Susun rencana tahunan sebagai versi draf baru (pekerjaan) / Generate the yearly plan as a new draft (a job)",
        "json");
    add("GET", "/plans", readers, &PlanRoutes::List,
        "Daftar versi rencana (?year, ?agency, ?status) / Plan versions, filtered");
    add("GET", "/plans/{id}", readers, &PlanRoutes::One,
        "Satu versi rencana dengan ringkasannya / One plan version with its summary");
    add("GET", "/plans/{id}/assignments", readers, &PlanRoutes::Assignments,
        "Penugasan pegawai dalam rencana (saring, halaman) / The plan's assignments, filtered and paged");
    add("GET", "/plans/{id}/export", readers, &PlanRoutes::Export,
        "Unduh rencana sebagai XLSX (PP 11/2017 Pasal 207) / Download the plan as XLSX (PP 11/2017 art. 207)");
    add("POST", "/plans/{id}/submit", agency_admins, &PlanRoutes::Submit,
        "Ajukan rencana draf (PyB) / Submit a draft plan (PyB)", "json");
    add("POST", "/plans/{id}/approve", ppk, &PlanRoutes::Approve,
        "Setujui rencana yang diajukan (PPK) / Approve a submitted plan (PPK)", "json");
    add("POST", "/plans/{id}/return", ppk, &PlanRoutes::Return,
        "Kembalikan rencana dengan komentar (PPK) / Return a submitted plan with a comment (PPK)", "json");
}

}  // namespace bangkom::http
