// GET, POST /ikm/units/{kode}/periods and PUT, DELETE /ikm/units/{kode}/periods/{id} (issue 8,
// docs/survey-periods-api.md): a service unit's SKM survey periods with each one's IKM, and their upkeep. Reading
// has the access of GET /ikm/units/{kode} (pengelola_opd only its agency's units); writing is admin_bkd's and the
// unit's agency's pengelola_opd's. The rules live in services/survey_periods.

#include <boost/json/serialize.hpp>
#include <memory>

#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "services/delivery_parts.hpp"
#include "services/document_settings.hpp"
#include "services/evaluation_json.hpp"
#include "services/ikm_report.hpp"
#include "services/survey_periods.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Lang;
using domain::Role;

namespace {

json::object PeriodJson(const storage::SurveyPeriod& p, evaluation::PeriodState state) {
    return json::object{{"id", p.id},
                        {"unit", p.unit},
                        {"nama", p.name},
                        {"dari", p.from},
                        {"sampai", p.to},
                        {"served", p.served ? json::value(*p.served) : json::value(nullptr)},
                        {"state", evaluation::Code(state)}};
}

evaluation::PeriodState StateToday(const storage::SurveyPeriod& p, domain::Date today) {
    auto from = domain::Date::ParseIso(p.from);
    auto to = domain::Date::ParseIso(p.to);
    if (!from || !to) return evaluation::PeriodState::ended;
    return evaluation::StateOf({p.name, *from, *to}, today);
}

/// The body's {"nama","dari","sampai","served"?}; invalid_argument naming an unknown field or a bad `served`.
Result<services::PeriodInput> PeriodInputOf(const json::object& body, Lang lang) {
    for (const auto& member : body) {
        const auto key = member.key();
        if (key != "nama" && key != "dari" && key != "sampai" && key != "served") {
            return FieldError(lang, std::string(key), "kolom tidak dikenal", "unknown field");
        }
    }
    services::PeriodInput input;
    for (auto [name, target] :
         {std::pair{"nama", &input.name}, std::pair{"dari", &input.from}, std::pair{"sampai", &input.to}}) {
        auto text = OptionalTextField(body, name, lang);
        if (!text) return text.error();
        *target = *text;
    }
    const auto* served = body.if_contains("served");
    if (served != nullptr && !served->is_null()) {
        if (served->is_int64()) {
            input.served = served->get_int64();
        } else if (served->is_uint64() && served->get_uint64() <= static_cast<uint64_t>(services::kServedMax)) {
            input.served = static_cast<int64_t>(served->get_uint64());
        } else {
            input.served = 0;  // out of range: the service names the field
        }
    }
    return input;
}

class SurveyPeriodRoutes {
  public:
    explicit SurveyPeriodRoutes(ApiContext& ctx) : ctx_(ctx), service_(ctx.store) {}

    Response List(const Call& call) {
        const auto& user = *call.user;
        if (user.role == Role::pengelola_opd && user.agency_code.empty()) return ErrorResponse(Forbidden(call.lang));
        const domain::Date today = Today();
        auto unit = service_.PeriodsWithIkm(call.Param("kode"), today, call.lang);
        if (!unit) return ErrorResponse(unit.error());
        if (user.role == Role::pengelola_opd && unit->unit.agency != user.agency_code) {
            return ErrorResponse(Forbidden(call.lang));
        }
        json::array periods;
        for (const auto& p : unit->periods) {
            json::object o = PeriodJson(p.period, p.state);
            for (auto& [key, value] : services::IkmBrief(p.ikm)) o[key] = value;
            o["complete"] = p.ikm.complete;
            if (p.period.served) {
                const auto sample = services::SampleOf(*p.period.served, p.ikm.respondents);
                o["sample"] = json::object{
                    {"served", sample.served}, {"required", sample.required}, {"adequate", sample.adequate}};
            } else {
                o["sample"] = nullptr;
            }
            periods.push_back(std::move(o));
        }
        return JsonResponse(json::object{{"unit", unit->unit.unit},
                                         {"name", unit->unit.name},
                                         {"agency", unit->unit.agency},
                                         {"today", today.ToIso()},
                                         {"open", unit->opening.open},
                                         {"can_edit", MayEdit(user, unit->unit.agency)},
                                         {"periods", std::move(periods)}});
    }

    Response Create(const Call& call) { return Save(call, 0); }

    Response Update(const Call& call) {
        int64_t id = 0;
        if (!ParseWholeNumber(call.Param("id"), id) || id <= 0) return NotFound(call);
        return Save(call, id);
    }

    Response Delete(const Call& call) {
        auto allowed = Writable(call);
        if (!allowed) return ErrorResponse(allowed.error());
        int64_t id = 0;
        if (!ParseWholeNumber(call.Param("id"), id) || id <= 0) return NotFound(call);
        auto removed = service_.Delete(allowed->code, id, call.lang);
        if (!removed) return ErrorResponse(removed.error());
        Audit(ctx_, call, "skm.period", "periode_skm", allowed->code + "/" + std::to_string(id),
              json::serialize(PeriodJson(*removed, StateToday(*removed, Today()))), "");
        return JsonResponse(json::object{{"ok", true}});
    }

  private:
    static domain::Date Today() { return services::DocumentDate(NowSeconds()); }

    static bool MayEdit(const storage::User& user, const std::string& agency) {
        return user.role == Role::admin_bkd ||
               (user.role == Role::pengelola_opd && !user.agency_code.empty() && user.agency_code == agency);
    }

    static Response NotFound(const Call& call) {
        return ErrorResponse(MakeError(ErrorCode::not_found,
                                       Msg(call.lang, "Periode survei tidak ditemukan.", "No such survey period.")));
    }

    /// The unit of the path when the caller may change its periods: not_found for an unknown unit, else forbidden.
    Result<domain::ServiceUnit> Writable(const Call& call) {
        auto unit = services::delivery_parts::GetOne<domain::ServiceUnit>(ctx_.store, domain::Kind::unit_layanan,
                                                                          call.Param("kode"));
        if (!unit) {
            return MakeError(
                ErrorCode::not_found,
                Msg(call.lang, "Unit layanan tidak ditemukan: ", "Unknown service unit: ") + call.Param("kode"));
        }
        if (!MayEdit(*call.user, unit->agency_code)) return Forbidden(call.lang);
        return std::move(*unit);
    }

    Response Save(const Call& call, int64_t id) {
        auto allowed = Writable(call);
        if (!allowed) return ErrorResponse(allowed.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        auto input = PeriodInputOf(*body, call.lang);
        if (!input) return ErrorResponse(input.error());
        std::string before;
        if (id != 0) {
            auto opening = service_.Opening(allowed->code, Today());
            if (!opening) return ErrorResponse(opening.error());
            for (const auto& p : opening->periods) {
                if (p.id == id) before = json::serialize(PeriodJson(p, StateToday(p, Today())));
            }
        }
        auto saved = service_.Save(allowed->code, id, *input, call.user->id, NowSeconds(), call.lang);
        if (!saved) return ErrorResponse(saved.error());
        const json::object out = PeriodJson(*saved, StateToday(*saved, Today()));
        Audit(ctx_, call, "skm.period", "periode_skm", allowed->code + "/" + std::to_string(saved->id), before,
              json::serialize(out));
        return JsonResponse(json::object{{"period", out}}, id == 0 ? 201 : 200);
    }

    ApiContext& ctx_;
    services::SurveyPeriodService service_;
};

}  // namespace

void AddSurveyPeriodRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<SurveyPeriodRoutes>(ctx);
    const std::vector<Role> writers{Role::admin_bkd, Role::pengelola_opd};
    table.Add({"GET",
               "/ikm/units/{kode}/periods",
               Access::roles,
               {Role::admin_bkd, Role::auditor, Role::pengelola_opd},
               [routes](Call& c) { return routes->List(c); },
               "Periode survei SKM unit layanan dan IKM tiap periode / A unit's SKM survey periods with their IKM"});
    table.Add({"POST", "/ikm/units/{kode}/periods", Access::roles, writers,
               [routes](Call& c) { return routes->Create(c); }, "Tambah periode survei SKM / Add an SKM survey period",
               "json"});
    table.Add({"PUT", "/ikm/units/{kode}/periods/{id}", Access::roles, writers,
               [routes](Call& c) { return routes->Update(c); }, "Ubah periode survei SKM / Change an SKM survey period",
               "json"});
    table.Add({"DELETE", "/ikm/units/{kode}/periods/{id}", Access::roles, writers,
               [routes](Call& c) { return routes->Delete(c); },
               "Hapus periode survei SKM (jawaban tetap) / Delete an SKM survey period (answers stay)"});
}

}  // namespace bangkom::http
