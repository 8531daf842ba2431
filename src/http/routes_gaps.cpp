// GET /gaps/summary, /gaps/employees, /gaps/employees/{nip}, /gaps/ninebox, /gaps/not-assessed, /gaps/export:
// the needs analysis (AKPK) within the caller's scope (docs/api.md "Needs analysis").

#include <algorithm>
#include <cctype>
#include <memory>
#include <set>

#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "services/gap_json.hpp"
#include "services/gap_service.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Role;

namespace {

/// One analysis over one snapshot (names and figures always agree).
struct Analysis {
    std::shared_ptr<const analysis::Snapshot> snapshot;
    analysis::GapReport report;
    int jp_target = 20;
};

struct Page {
    int64_t offset = 0;
    int64_t limit = 50;
};

Error BadParam(domain::Lang lang, const char* name, const char* id, const char* en) {
    Error e = MakeError(ErrorCode::invalid_argument, Msg(lang, id, en));
    e.details.push_back(ErrorDetail{0, name, e.message});
    return e;
}

Error UnknownEmployee(domain::Lang lang) {
    return MakeError(ErrorCode::not_found, Msg(lang, "Pegawai tidak ditemukan.", "Employee not found."));
}

Result<Page> PageOf(const Call& call) {
    Page page;
    if (!ParseWholeNumber(call.request.Query("offset", "0"), page.offset) || page.offset < 0) {
        return BadParam(call.lang, "offset", "offset harus bilangan bulat ≥ 0.", "offset must be a whole number ≥ 0.");
    }
    if (!ParseWholeNumber(call.request.Query("limit", "50"), page.limit) || page.limit < 1 || page.limit > 500) {
        return BadParam(call.lang, "limit", "limit harus antara 1 dan 500.", "limit must be between 1 and 500.");
    }
    return page;
}

/// ?box=: 0 when absent, 1-9, else invalid_argument.
Result<int> BoxParam(const Call& call) {
    const std::string text = call.request.Query("box");
    int64_t box = 0;
    if (text.empty()) return 0;
    if (!ParseWholeNumber(text, box) || box < 1 || box > 9) {
        return BadParam(call.lang, "box", "box harus antara 1 dan 9.", "box must be between 1 and 9.");
    }
    return static_cast<int>(box);
}

/// The caller's scope by role, narrowed by ?agency= (checked against the snapshot's agencies).
Result<analysis::Scope> ScopeOf(const Call& call, const analysis::Snapshot& snapshot) {
    const storage::User& user = *call.user;
    analysis::Scope scope;
    switch (user.role) {
        case Role::admin_bkd:
        case Role::auditor: break;
        case Role::pengelola_opd: scope.agency = user.agency_code; break;
        case Role::atasan: scope.team_of = user.nip; break;
        case Role::asn: scope.nips = {user.nip}; break;
        default: return Forbidden(call.lang);
    }
    const bool unbound = (user.role == Role::pengelola_opd && user.agency_code.empty()) ||
                         ((user.role == Role::atasan || user.role == Role::asn) && user.nip.empty());
    if (unbound) return Forbidden(call.lang);
    const std::string agency = call.request.Query("agency");
    if (agency.empty()) return scope;
    if (!snapshot.FindAgency(agency)) {
        return MakeError(ErrorCode::not_found, Msg(call.lang, "OPD tidak ditemukan: ", "Unknown agency: ") + agency);
    }
    if (!scope.agency.empty() && scope.agency != agency) return Forbidden(call.lang);
    scope.agency = agency;
    return scope;
}

class GapRoutes {
  public:
    explicit GapRoutes(ApiContext& ctx) : ctx_(ctx), service_(ctx.store) {}

    Result<Analysis> Run(const Call& call, bool employees, const std::string& nip = "") {
        auto snapshot = service_.Snapshot();
        if (!snapshot) return snapshot.error();
        auto scope = ScopeOf(call, **snapshot);
        if (!scope) return scope.error();
        if (!nip.empty()) {
            if (!scope->nips.empty() && scope->nips.front() != nip) return UnknownEmployee(call.lang);
            scope->nips = {nip};
        }
        auto settings = services::LoadAnalysisSettings(ctx_.store, std::nullopt, call.lang);
        if (!settings) return settings.error();
        auto report = analysis::Analyze(**snapshot, *settings, *scope, analysis::Options{employees}, call.lang);
        if (!report) return report.error();
        return Analysis{std::move(snapshot).value(), std::move(report).value(), settings->jp_target};
    }

    Response Summary(const Call& call) {
        auto a = Run(call, false);
        if (!a) return ErrorResponse(a.error());
        return JsonResponse(services::SummaryJson(a->report, *a->snapshot, call.request.Query("agency"), a->jp_target));
    }

    Response Employees(const Call& call) {
        auto page = PageOf(call);
        if (!page) return ErrorResponse(page.error());
        auto box = BoxParam(call);
        if (!box) return ErrorResponse(box.error());
        const std::string akpk = call.request.Query("akpk");
        if (!akpk.empty() && akpk != "training" && akpk != "non_training" && akpk != "future_development" &&
            akpk != "maintain") {
            return ErrorResponse(BadParam(call.lang, "akpk",
                                          "akpk harus training, non_training, future_development atau maintain.",
                                          "akpk must be training, non_training, future_development or maintain."));
        }
        const std::string sort = call.request.Query("sort", "nip");
        if (sort != "nip" && sort != "need") {
            return ErrorResponse(BadParam(call.lang, "sort", "sort harus nip atau need.", "sort must be nip or need."));
        }
        auto a = Run(call, true);
        if (!a) return ErrorResponse(a.error());
        const std::string search = Lower(call.request.Query("search"));
        std::vector<const analysis::EmployeeGaps*> rows;
        for (const auto& e : a->report.employees) {
            if (!akpk.empty() && analysis::Code(e.akpk) != akpk) continue;
            if (*box != 0 && e.box != *box) continue;
            if (!search.empty() && e.nip.find(search) == std::string::npos &&
                Lower(e.name).find(search) == std::string::npos) {
                continue;
            }
            rows.push_back(&e);
        }
        std::sort(rows.begin(), rows.end(), [&sort](const auto* x, const auto* y) {
            if (sort == "need" && x->weighted_need != y->weighted_need) return x->weighted_need > y->weighted_need;
            return x->nip < y->nip;
        });
        return JsonResponse(PageJson(rows, *page, *a));
    }

    Response Employee(const Call& call) {
        auto a = Run(call, true, call.Param("nip"));
        if (!a) {
            return ErrorResponse(a.error().code == ErrorCode::not_found ? UnknownEmployee(call.lang) : a.error());
        }
        if (a->report.employees.empty()) return ErrorResponse(UnknownEmployee(call.lang));
        const int year = services::AnalysisYear(a->report);
        return JsonResponse(
            json::object{{"employee", services::EmployeeDetailJson(a->report.employees.front(), *a->snapshot, year)}});
    }

    Response NineBox(const Call& call) {
        auto page = PageOf(call);
        if (!page) return ErrorResponse(page.error());
        auto box = BoxParam(call);
        if (!box) return ErrorResponse(box.error());
        auto a = Run(call, true);
        if (!a) return ErrorResponse(a.error());
        std::vector<const analysis::EmployeeGaps*> rows;
        for (const auto& e : a->report.employees) {
            if (*box == 0 ? e.box >= 1 : e.box == *box) rows.push_back(&e);
        }
        std::sort(rows.begin(), rows.end(), [](const auto* x, const auto* y) { return x->nip < y->nip; });
        json::object out = PageJson(rows, *page, *a);
        out["boxes"] = services::NineBoxJson(a->report.total);
        out["unplaced"] = a->report.total.boxes[0];
        out["box"] = *box == 0 ? json::value(nullptr) : json::value(*box);
        return JsonResponse(out);
    }

    Response NotAssessed(const Call& call) {
        auto page = PageOf(call);
        if (!page) return ErrorResponse(page.error());
        auto a = Run(call, true);
        if (!a) return ErrorResponse(a.error());
        const auto& pairs = a->report.not_assessed;
        std::set<std::string_view> employees;
        for (const auto& p : pairs) employees.insert(p.nip);
        json::array items;
        const auto total = static_cast<int64_t>(pairs.size());
        for (int64_t i = page->offset; i < total && i < page->offset + page->limit; ++i) {
            items.push_back(services::NotAssessedJson(pairs[static_cast<size_t>(i)], *a->snapshot));
        }
        return JsonResponse(json::object{{"employees", employees.size()},
                                         {"total", total},
                                         {"offset", page->offset},
                                         {"limit", page->limit},
                                         {"items", std::move(items)}});
    }

    Response Export(const Call& call) {
        const auto table = services::GapTableFromCode(call.request.Query("table"));
        if (!table) {
            return ErrorResponse(
                BadParam(call.lang, "table",
                         "table harus employees, heatmap, ninebox, not_assessed, agencies atau competencies.",
                         "table must be employees, heatmap, ninebox, not_assessed, agencies or competencies."));
        }
        const std::string format = call.request.Query("format", "xlsx");
        if (format != "xlsx" && format != "csv") {
            return ErrorResponse(
                BadParam(call.lang, "format", "format harus xlsx atau csv.", "format must be xlsx or csv."));
        }
        const bool per_employee = *table == services::GapTable::employees || *table == services::GapTable::ninebox ||
                                  *table == services::GapTable::not_assessed;
        auto a = Run(call, per_employee);
        if (!a) return ErrorResponse(a.error());
        const auto file_format = format == "csv" ? services::ExportFormat::csv : services::ExportFormat::xlsx;
        auto file = services::WriteGapTable(*table, a->report, *a->snapshot, file_format);
        if (!file) return ErrorResponse(file.error());
        Response r;
        r.content_type = format == "csv" ? "text/csv; charset=utf-8"
                                         : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
        r.body = std::move(file).value();
        r.SetHeader("Content-Disposition",
                    "attachment; filename=\"kebutuhan_" + std::string(services::Code(*table)) + "." + format + "\"");
        return r;
    }

  private:
    static std::string Lower(std::string s) {
        std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
        return s;
    }

    static json::object PageJson(const std::vector<const analysis::EmployeeGaps*>& rows, const Page& page,
                                 const Analysis& a) {
        json::array items;
        const auto total = static_cast<int64_t>(rows.size());
        for (int64_t i = page.offset; i < total && i < page.offset + page.limit; ++i) {
            items.push_back(services::EmployeeRowJson(*rows[static_cast<size_t>(i)], *a.snapshot));
        }
        return json::object{
            {"total", total}, {"offset", page.offset}, {"limit", page.limit}, {"items", std::move(items)}};
    }

    ApiContext& ctx_;
    services::GapService service_;
};

}  // namespace

void AddGapRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<GapRoutes>(ctx);
    const std::vector<Role> readers{Role::admin_bkd, Role::auditor, Role::pengelola_opd, Role::atasan, Role::asn};
    auto add = [&](const char* pattern, Response (GapRoutes::*handler)(const Call&), const char* summary) {
        table.Add({"GET", pattern, Access::roles, readers,
                   [routes, handler](Call& c) { return ((*routes).*handler)(c); }, summary});
    };
    add("/gaps/summary", &GapRoutes::Summary,
        "Ringkasan analisis kebutuhan: 20 JP, AKPK, peta kesenjangan / Needs analysis summary: 20 JP, AKPK, heatmap");
    add("/gaps/employees", &GapRoutes::Employees,
        "Daftar pegawai dengan kesenjangannya (cari, saring, halaman) / Employees with their gaps, paged");
    add("/gaps/employees/{nip}", &GapRoutes::Employee, "Profil kesenjangan satu pegawai / One employee's gap profile");
    add("/gaps/ninebox", &GapRoutes::NineBox, "Kotak 9 talenta dengan pegawainya / The talent 9-box and its employees");
    add("/gaps/not-assessed", &GapRoutes::NotAssessed,
        "Pasangan pegawai–kompetensi yang belum dinilai / Employee–competency pairs not yet assessed");
    add("/gaps/export", &GapRoutes::Export,
        "Unduh tabel analisis kebutuhan sebagai XLSX/CSV / Download a needs-analysis table as XLSX or CSV");
}

}  // namespace bangkom::http
