// /xapi-clients: the learning record store's clients (issue 7, docs/xapi-api.md) — who may send and read xAPI
// statements with HTTP Basic authentication. admin_bkd only; the secret is shown once, at creation.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>
#include <memory>

#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "services/passwords.hpp"
#include "services/xapi_service.hpp"

namespace bangkom::http {
namespace json = boost::json;

namespace {

json::object ClientJson(const storage::XapiClient& c) {
    return json::object{
        {"id", c.id}, {"name", c.name}, {"key", c.key}, {"active", c.active}, {"created_at", c.created_at}};
}

class XapiClientRoutes {
  public:
    explicit XapiClientRoutes(ApiContext& ctx) : ctx_(ctx), service_(ctx.store) {}

    Response List(const Call& /*call*/) {
        auto clients = ctx_.store.Xapi().ListClients();
        if (!clients) return ErrorResponse(clients.error());
        json::array items;
        for (const auto& c : *clients) items.push_back(ClientJson(c));
        return JsonResponse(json::object{{"items", std::move(items)}});
    }

    Response Create(const Call& call) {
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        const std::string name = StringField(*body, "name");
        if (name.empty() || name.size() > 200) {
            Error e = MakeError(ErrorCode::invalid_argument,
                                Msg(call.lang, "Nama klien wajib diisi (paling banyak 200 karakter).",
                                    "The client's name is required (at most 200 characters)."));
            e.details.push_back(ErrorDetail{0, "name", e.message});
            return ErrorResponse(e);
        }
        auto key = services::LoadOrCreateSecret(ctx_.store, services::kXapiClientKeySecret);
        if (!key) return ErrorResponse(key.error());
        auto created = service_.CreateClient(name, call.user->id, NowSeconds(), *key);
        if (!created) return ErrorResponse(created.error());
        Audit(ctx_, call, "xapi_client.create", "xapi_clients", created->first.key, "",
              json::serialize(ClientJson(created->first)));
        return JsonResponse(json::object{{"client", ClientJson(created->first)}, {"secret", created->second}}, 201);
    }

    Response SetActive(const Call& call) {
        int64_t id = 0;
        const std::string& text = call.Param("id");
        const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), id);
        if (ec != std::errc{} || ptr != text.data() + text.size()) {
            return ErrorResponse(
                MakeError(ErrorCode::not_found, Msg(call.lang, "Klien tidak ditemukan.", "Unknown client.")));
        }
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        const json::value* active = body->if_contains("active");
        if (active == nullptr || !active->is_bool()) {
            Error e = MakeError(ErrorCode::invalid_argument,
                                Msg(call.lang, "active harus true atau false.", "active must be true or false."));
            e.details.push_back(ErrorDetail{0, "active", e.message});
            return ErrorResponse(e);
        }
        if (auto ok = ctx_.store.Xapi().SetClientActive(id, active->get_bool()); !ok) return ErrorResponse(ok.error());
        Audit(ctx_, call, "xapi_client.active", "xapi_clients", text, "",
              json::serialize(json::object{{"active", active->get_bool()}}));
        return JsonResponse(json::object{{"id", id}, {"active", active->get_bool()}});
    }

  private:
    ApiContext& ctx_;
    services::XapiService service_;
};

}  // namespace

void AddXapiClientRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<XapiClientRoutes>(ctx);
    const std::vector<domain::Role> admin{domain::Role::admin_bkd};
    table.Add({"GET", "/xapi-clients", Access::roles, admin, [routes](Call& c) { return routes->List(c); },
               "Klien LRS xAPI / The xAPI learning record store's clients"});
    table.Add({"POST", "/xapi-clients", Access::roles, admin, [routes](Call& c) { return routes->Create(c); },
               "Buat klien LRS; rahasianya ditampilkan sekali / Create an LRS client; its secret is shown once",
               "json"});
    table.Add({"POST", "/xapi-clients/{id}/active", Access::roles, admin,
               [routes](Call& c) { return routes->SetActive(c); },
               "Aktifkan atau nonaktifkan klien LRS / Switch an LRS client on or off", "json"});
}

}  // namespace bangkom::http
