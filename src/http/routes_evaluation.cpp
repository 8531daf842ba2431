// GET /ikm/units[/{kode}]?from&to, /evaluations/offerings/{kode}[/export], /evaluations[/export]?year=Y: the public
// satisfaction index of service units and the evaluation of offerings, as JSON or as PDF/XLSX reports
// (docs/evaluation.md). Staff roles read them: admin_bkd and
// auditor everything; pengelola_opd the IKM of its own agency's units and every evaluation (an evaluation is an
// aggregate over a program, not a person's record); lembaga_mitra the evaluation of its own programs' offerings.

#include <charconv>
#include <ctime>
#include <memory>
#include <optional>
#include <utility>

#include "formats/pdf_document.hpp"
#include "formats/table.hpp"
#include "formats/values.hpp"
#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "services/document_settings.hpp"
#include "services/evaluation_json.hpp"
#include "services/evaluation_report.hpp"
#include "services/evaluation_service.hpp"
#include "services/ikm_report.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Role;

namespace {

Error BadParam(domain::Lang lang, const char* name, const char* id, const char* en) {
    Error e = MakeError(ErrorCode::invalid_argument, Msg(lang, id, en));
    e.details.push_back(ErrorDetail{0, name, e.message});
    return e;
}

/// ?name= as a date (2027-03-15 or 15/03/2027); nullopt when absent.
Result<std::optional<domain::Date>> DateParam(const Call& call, const char* name) {
    const std::string text = call.request.Query(name);
    if (text.empty()) return std::optional<domain::Date>{};
    auto d = formats::ParseDate(formats::Cell{formats::CellType::text, text, 0});
    if (!d) return BadParam(call.lang, name, "Tanggal tidak valid (YYYY-MM-DD).", "Invalid date (YYYY-MM-DD).");
    return std::optional<domain::Date>(*d);
}

/// ?from= and ?to= (each optional); 400 when to is before from.
Result<std::pair<std::optional<domain::Date>, std::optional<domain::Date>>> PeriodParams(const Call& call) {
    auto from = DateParam(call, "from");
    if (!from) return from.error();
    auto to = DateParam(call, "to");
    if (!to) return to.error();
    if (*from && *to && **to < **from) return BadParam(call.lang, "to", "to sebelum from.", "to is before from.");
    return std::pair{*from, *to};
}

/// ?year= as a year between 1900 and 2200 (required).
Result<int> YearParam(const Call& call) {
    const std::string text = call.request.Query("year");
    int year = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, year);
    if (text.empty() || ec != std::errc{} || ptr != end || year < 1900 || year > 2200) {
        return BadParam(call.lang, "year", "year harus tahun antara 1900 dan 2200.",
                        "year must be a year between 1900 and 2200.");
    }
    return year;
}

/// ?format= as "xlsx" or "pdf"; `fallback` when absent.
Result<std::string> FormatParam(const Call& call, const char* fallback) {
    std::string format = call.request.Query("format", fallback);
    if (format != "xlsx" && format != "pdf") {
        return BadParam(call.lang, "format", "format harus xlsx atau pdf.", "format must be xlsx or pdf.");
    }
    return format;
}

/// ?served= (people served in the period, 1 … 100 000 000) for the Krejcie–Morgan check; nullopt when absent.
Result<std::optional<int64_t>> ServedParam(const Call& call) {
    const std::string text = call.request.Query("served");
    if (text.empty()) return std::optional<int64_t>();
    int64_t served = 0;
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, served);
    if (ec != std::errc{} || ptr != end || served < 1 || served > 100'000'000) {
        return BadParam(call.lang, "served", "served harus jumlah orang dilayani, 1 sampai 100.000.000.",
                        "served must be the number of people served, 1 to 100,000,000.");
    }
    return std::optional<int64_t>(served);
}

json::object SampleJson(const services::SampleAdequacy& s) {
    return json::object{{"served", s.served}, {"required", s.required}, {"adequate", s.adequate}};
}

class EvaluationRoutes {
  public:
    explicit EvaluationRoutes(ApiContext& ctx) : ctx_(ctx), service_(ctx.store) {}

    Response UnitIkm(const Call& call) {
        const auto& user = *call.user;
        if (user.role == Role::pengelola_opd && user.agency_code.empty()) return ErrorResponse(Forbidden(call.lang));
        auto period = PeriodParams(call);
        if (!period) return ErrorResponse(period.error());
        const auto& [from, to] = *period;
        auto served = ServedParam(call);
        if (!served) return ErrorResponse(served.error());
        auto report = service_.UnitIkm(call.Param("kode"), from, to, call.lang);
        if (!report) return ErrorResponse(report.error());
        if (user.role == Role::pengelola_opd && report->agency != user.agency_code) {
            return ErrorResponse(Forbidden(call.lang));
        }
        json::object out = services::UnitIkmJson(*report);
        out["sample"] = *served ? json::value(SampleJson(services::SampleOf(**served, report->ikm.respondents)))
                                : json::value(nullptr);
        return JsonResponse(out);
    }

    /// The unit's survey report (whole period, per element, per quarter) as PDF (default) or XLSX.
    Response UnitExport(const Call& call) {
        const auto& user = *call.user;
        if (user.role == Role::pengelola_opd && user.agency_code.empty()) return ErrorResponse(Forbidden(call.lang));
        auto period = PeriodParams(call);
        if (!period) return ErrorResponse(period.error());
        auto format = FormatParam(call, "pdf");
        if (!format) return ErrorResponse(format.error());
        auto served = ServedParam(call);
        if (!served) return ErrorResponse(served.error());
        const auto& [from, to] = *period;
        services::IkmReportInput input;
        auto quarters = service_.UnitQuarters(call.Param("kode"), from, to, input.unit, call.lang);
        if (!quarters) return ErrorResponse(quarters.error());
        if (user.role == Role::pengelola_opd && input.unit.agency != user.agency_code) {
            return ErrorResponse(Forbidden(call.lang));
        }
        input.quarters = std::move(*quarters);
        input.served = *served;
        if (auto agency = ctx_.store.Get(domain::Kind::opd, input.unit.agency); agency) {
            const auto& list = std::get<std::vector<domain::Agency>>(*agency);
            if (!list.empty()) input.agency_name = list.front().name;
        }
        const std::string name = "laporan_skm_" + input.unit.unit;
        if (*format == "xlsx") {
            auto file = formats::WriteXlsx(services::IkmReportSheets(input, call.lang));
            if (!file) return ErrorResponse(file.error());
            return FileDownload(std::move(file).value(), name + ".xlsx");
        }
        auto context = Context(call);
        if (!context) return ErrorResponse(context.error());
        auto file = formats::RenderPdf(services::IkmReportPdf(input, *context));
        if (!file) return ErrorResponse(file.error());
        return FileDownload(std::move(file).value(), name + ".pdf");
    }

    /// The unit's IKM per calendar quarter (the trend), with the same access as UnitIkm.
    Response UnitQuarters(const Call& call) {
        return ForUnit(call, [&](auto from, auto to, services::UnitIkmReport& report) -> Result<json::object> {
            auto quarters = service_.UnitQuarters(call.Param("kode"), from, to, report, call.lang);
            if (!quarters) return quarters.error();
            return services::UnitQuartersJson(report, *quarters);
        });
    }

    /// The unit's IKM per respondent group (sex, age band, education, occupation), with the same access as UnitIkm.
    Response UnitGroups(const Call& call) {
        return ForUnit(call, [&](auto from, auto to, services::UnitIkmReport& report) -> Result<json::object> {
            auto groups = service_.UnitGroups(call.Param("kode"), from, to, report, call.lang);
            if (!groups) return groups.error();
            return services::UnitGroupsJson(report, *groups, call.lang);
        });
    }

    /// Every unit of the caller's scope with its IKM, and each agency pooled.
    Response Units(const Call& call) {
        const auto& user = *call.user;
        std::string agency = call.request.Query("agency");
        if (user.role == Role::pengelola_opd) {
            if (user.agency_code.empty() || (!agency.empty() && agency != user.agency_code)) {
                return ErrorResponse(Forbidden(call.lang));
            }
            agency = user.agency_code;
        }
        auto period = PeriodParams(call);
        if (!period) return ErrorResponse(period.error());
        const auto& [from, to] = *period;
        auto overview = service_.Overview(agency, from, to, call.lang);
        if (!overview) return ErrorResponse(overview.error());
        return JsonResponse(services::IkmOverviewJson(*overview));
    }

    Response Offering(const Call& call) {
        auto settings = services::LoadEvaluationSettings(ctx_.store, call.lang);
        if (!settings) return ErrorResponse(settings.error());
        auto e = ReadableOffering(call, *settings);
        if (!e) return ErrorResponse(e.error());
        return JsonResponse(services::OfferingJson(*e, *settings));
    }

    /// The offering's report as PDF (default) or XLSX.
    Response OfferingExport(const Call& call) {
        auto format = FormatParam(call, "pdf");
        if (!format) return ErrorResponse(format.error());
        auto settings = services::LoadEvaluationSettings(ctx_.store, call.lang);
        if (!settings) return ErrorResponse(settings.error());
        auto e = ReadableOffering(call, *settings);
        if (!e) return ErrorResponse(e.error());
        const std::string name = "evaluasi_" + e->offering;
        if (*format == "xlsx") {
            auto file = formats::WriteXlsx(services::OfferingReportSheets(*e, call.lang));
            if (!file) return ErrorResponse(file.error());
            return FileDownload(std::move(file).value(), name + ".xlsx");
        }
        auto context = Context(call);
        if (!context) return ErrorResponse(context.error());
        auto file = formats::RenderPdf(services::OfferingReportPdf(*e, *settings, *context));
        if (!file) return ErrorResponse(file.error());
        return FileDownload(std::move(file).value(), name + ".pdf");
    }

    Response Year(const Call& call) {
        auto year = YearParam(call);
        if (!year) return ErrorResponse(year.error());
        auto settings = services::LoadEvaluationSettings(ctx_.store, call.lang);
        if (!settings) return ErrorResponse(settings.error());
        auto y = service_.EvaluateYear(*year, *settings);
        if (!y) return ErrorResponse(y.error());
        return JsonResponse(services::YearJson(*y, *settings));
    }

    /// The year's list as XLSX (default) or PDF; ?review=1 keeps only the programs to review.
    Response YearExport(const Call& call) {
        auto year = YearParam(call);
        if (!year) return ErrorResponse(year.error());
        auto format = FormatParam(call, "xlsx");
        if (!format) return ErrorResponse(format.error());
        const std::string review = call.request.Query("review");
        if (!review.empty() && review != "0" && review != "1" && review != "true" && review != "false") {
            return ErrorResponse(BadParam(call.lang, "review", "review harus 1 atau 0.", "review must be 1 or 0."));
        }
        const bool only_review = review == "1" || review == "true";
        auto settings = services::LoadEvaluationSettings(ctx_.store, call.lang);
        if (!settings) return ErrorResponse(settings.error());
        auto y = service_.EvaluateYear(*year, *settings);
        if (!y) return ErrorResponse(y.error());
        const std::string name = "evaluasi_" + std::to_string(*year) + (only_review ? "_perlu_ditinjau" : "");
        if (*format == "xlsx") {
            auto file = formats::WriteXlsx(services::YearReportSheets(*y, call.lang, only_review));
            if (!file) return ErrorResponse(file.error());
            return FileDownload(std::move(file).value(), name + ".xlsx");
        }
        auto context = Context(call);
        if (!context) return ErrorResponse(context.error());
        auto file = formats::RenderPdf(services::YearReportPdf(*y, *settings, *context, only_review));
        if (!file) return ErrorResponse(file.error());
        return FileDownload(std::move(file).value(), name + ".pdf");
    }

  private:
    /// `load(from, to, report)` for the unit of the path over the period of the query, with the access of UnitIkm:
    /// pengelola_opd only for its agency's units.
    template <class Load>
    Response ForUnit(const Call& call, Load&& load) {
        const auto& user = *call.user;
        if (user.role == Role::pengelola_opd && user.agency_code.empty()) return ErrorResponse(Forbidden(call.lang));
        auto period = PeriodParams(call);
        if (!period) return ErrorResponse(period.error());
        services::UnitIkmReport report;
        auto out = load(period->first, period->second, report);
        if (!out) return ErrorResponse(out.error());
        if (user.role == Role::pengelola_opd && report.agency != user.agency_code) {
            return ErrorResponse(Forbidden(call.lang));
        }
        return JsonResponse(*out);
    }

    /// The offering {kode} evaluated, when the caller may read it (lembaga_mitra: its own programs only).
    Result<evaluation::OfferingEvaluation> ReadableOffering(const Call& call, const evaluation::Settings& settings) {
        auto e = service_.EvaluateOffering(call.Param("kode"), settings, std::nullopt, call.lang);
        if (!e) return e.error();
        if (call.user->role == Role::lembaga_mitra) {
            auto program = ctx_.store.Get(domain::Kind::program, e->program);
            const bool own = program && call.user->institution ==
                                            std::get<std::vector<domain::Program>>(*program).front().institution;
            if (!own || call.user->institution.empty()) return Forbidden(call.lang);
        }
        return e;
    }

    Result<services::ReportContext> Context(const Call& call) {
        auto document = services::LoadDocumentSettings(ctx_.store, call.lang);
        if (!document) return document.error();
        return services::ReportContext{std::move(document).value(), services::DocumentDate(std::time(nullptr)),
                                       call.lang};
    }

  private:
    ApiContext& ctx_;
    services::EvaluationService service_;
};

}  // namespace

void AddEvaluationRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<EvaluationRoutes>(ctx);
    auto add = [&](const char* pattern, std::vector<Role> roles, Response (EvaluationRoutes::*handler)(const Call&),
                   const char* summary) {
        table.Add({"GET", pattern, Access::roles, std::move(roles),
                   [routes, handler](Call& c) { return ((*routes).*handler)(c); }, summary});
    };
    add("/ikm/units", {Role::admin_bkd, Role::auditor, Role::pengelola_opd}, &EvaluationRoutes::Units,
        "IKM semua unit layanan dan per perangkat daerah (?agency, ?from, ?to) / IKM of every unit and agency");
    add("/ikm/units/{kode}", {Role::admin_bkd, Role::auditor, Role::pengelola_opd}, &EvaluationRoutes::UnitIkm,
        "Indeks kepuasan masyarakat satu unit layanan (?from, ?to) / Public satisfaction index of a service unit");
    add("/ikm/units/{kode}/export", {Role::admin_bkd, Role::auditor, Role::pengelola_opd},
        &EvaluationRoutes::UnitExport,
        "Laporan SKM satu unit layanan, PDF atau XLSX (?from, ?to, ?format, ?served) / A unit's SKM report");
    add("/ikm/units/{kode}/quarters", {Role::admin_bkd, Role::auditor, Role::pengelola_opd},
        &EvaluationRoutes::UnitQuarters,
        "IKM satu unit layanan per triwulan (?from, ?to) / A service unit's IKM per quarter");
    add("/ikm/units/{kode}/groups", {Role::admin_bkd, Role::auditor, Role::pengelola_opd},
        &EvaluationRoutes::UnitGroups,
        "IKM satu unit layanan per kelompok responden (?from, ?to) / A service unit's IKM per respondent group");
    add("/evaluations/offerings/{kode}", {Role::admin_bkd, Role::auditor, Role::pengelola_opd, Role::lembaga_mitra},
        &EvaluationRoutes::Offering,
        "Evaluasi satu angkatan: L1–L4, putusan dan alasannya / One offering's evaluation: L1–L4, verdict and reason");
    add("/evaluations/offerings/{kode}/export",
        {Role::admin_bkd, Role::auditor, Role::pengelola_opd, Role::lembaga_mitra}, &EvaluationRoutes::OfferingExport,
        "Laporan evaluasi satu angkatan, PDF atau XLSX (?format) / One offering's evaluation report, PDF or XLSX");
    add("/evaluations", {Role::admin_bkd, Role::auditor, Role::pengelola_opd}, &EvaluationRoutes::Year,
        "Evaluasi semua angkatan satu tahun dengan nilai q (?year) / Every offering of a year with q-values");
    add("/evaluations/export", {Role::admin_bkd, Role::auditor, Role::pengelola_opd}, &EvaluationRoutes::YearExport,
        "Laporan evaluasi satu tahun, XLSX atau PDF (?year, ?format, ?review) / A year's evaluation report");
}

}  // namespace bangkom::http
