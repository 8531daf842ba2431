// /proposal-windows/*: when the employees of an agency may propose for a year (issue 5, docs/participation-api.md).
// The agency's pengelola and admin_bkd set a window; everyone in scope reads it. The rules live in
// services/participation_service.

#include <boost/json/serialize.hpp>
#include <charconv>
#include <memory>

#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "services/participation_service.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Role;

namespace {

bool ParseInt(const std::string& text, int64_t& out) {
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return !text.empty() && ec == std::errc{} && ptr == end;
}

Error BadYear(domain::Lang lang) {
    return services::FieldError(lang, "year", "Tahun tidak valid.", "Invalid year.");
}

json::object WindowJson(const services::WindowState& w) {
    return json::object{{"year", w.year},
                        {"agency", w.agency_code},
                        {"opens", w.opens ? json::value(w.opens->ToIso()) : json::value(nullptr)},
                        {"closes", w.closes ? json::value(w.closes->ToIso()) : json::value(nullptr)},
                        {"open", w.open}};
}

class ProposalWindowRoutes {
  public:
    explicit ProposalWindowRoutes(ApiContext& ctx) : ctx_(ctx), service_(ctx.store) {}

    Response Windows(Call& call) {
        int64_t year = 0;
        if (!call.request.Query("year").empty() && !ParseInt(call.request.Query("year"), year)) {
            return ErrorResponse(BadYear(call.lang));
        }
        std::string agency = call.request.Query("agency");
        const storage::User& user = *call.user;
        if (user.role != Role::admin_bkd && user.role != Role::auditor) {
            if (!agency.empty() && agency != user.agency_code)
                return JsonResponse(json::object{{"items", json::array{}}});
            agency = user.agency_code;
        }
        auto list = ctx_.store.Participation().ListWindows(static_cast<int>(year), agency);
        if (!list) return ErrorResponse(list.error());
        json::array items;
        for (const auto& w : *list) {
            auto state = service_.Window(w.year, w.agency_code);
            if (!state) return ErrorResponse(state.error());
            items.push_back(WindowJson(*state));
        }
        return JsonResponse(json::object{{"items", std::move(items)}});
    }

    Response Window(Call& call) {
        int64_t year = 0;
        if (!ParseInt(call.Param("year"), year)) {
            return ErrorResponse(BadYear(call.lang));
        }
        const std::string agency = call.Param("agency");
        if (!ctx_.store.Get(domain::Kind::opd, agency)) {
            return ErrorResponse(
                MakeError(ErrorCode::not_found, Msg(call.lang, "OPD tidak ditemukan: ", "Unknown agency: ") + agency));
        }
        auto state = service_.Window(static_cast<int>(year), agency);
        if (!state) return ErrorResponse(state.error());
        return JsonResponse(json::object{{"window", WindowJson(*state)}});
    }

    Response PutWindow(Call& call) {
        int64_t year = 0;
        if (!ParseInt(call.Param("year"), year)) {
            return ErrorResponse(BadYear(call.lang));
        }
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        const std::string agency = call.Param("agency");
        auto state = service_.PutWindow(*call.user, static_cast<int>(year), agency, StringField(*body, "opens"),
                                        StringField(*body, "closes"), call.lang);
        if (!state) return ErrorResponse(state.error());
        const json::object out = WindowJson(*state);
        Audit(ctx_, call, "proposal_window.put", "proposal_windows", std::to_string(year) + "/" + agency, "",
              json::serialize(out));
        return JsonResponse(json::object{{"window", out}});
    }

  private:
    ApiContext& ctx_;
    services::ParticipationService service_;
};

}  // namespace

void AddProposalWindowRoutes(RouteTable& table, ApiContext& ctx) {
    auto r = std::make_shared<ProposalWindowRoutes>(ctx);
    const std::vector<Role> readers{Role::admin_bkd, Role::auditor, Role::pengelola_opd, Role::atasan, Role::asn};
    const std::vector<Role> agency_admins{Role::admin_bkd, Role::pengelola_opd};
    auto add = [&](const char* method, const char* pattern, const std::vector<Role>& roles,
                   std::function<Response(Call&)> handler, const char* summary, const char* body = "") {
        table.Add({method, pattern, Access::roles, roles, std::move(handler), summary, body});
    };
    add(
        "GET", "/proposal-windows", readers, [r](Call& c) { return r->Windows(c); },
        "Jendela usulan / Proposal windows");
    add(
        "GET", "/proposal-windows/{year}/{agency}", readers, [r](Call& c) { return r->Window(c); },
        "Jendela usulan satu OPD / One agency's proposal window");
    add(
        "PUT", "/proposal-windows/{year}/{agency}", agency_admins, [r](Call& c) { return r->PutWindow(c); },
        "Atur jendela usulan / Set a proposal window", "json");
}

}  // namespace bangkom::http
