// GET /settings[/{key}], PUT and DELETE /settings/{key} (docs/settings-api.md): the settings the BKD tunes — read
// by admin_bkd and auditor, changed by admin_bkd — each change checked by its area's parser in
// services/settings_service before it is stored, and audited with the effective values before and after.

#include <boost/json/serialize.hpp>
#include <boost/json/value_from.hpp>
#include <memory>

#include "http/api_context.hpp"
#include "http/course_json.hpp"
#include "http/errors.hpp"
#include "services/settings_service.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Role;

namespace {

json::object SettingJson(const services::SettingView& s) {
    return json::object{{"key", s.key},
                        {"title", s.title},
                        {"description", s.description},
                        {"values", s.values},
                        {"defaults", s.defaults},
                        {"whole_numbers", json::value_from(s.whole)},
                        {"stored", s.stored},
                        {"updated_by", s.updated_by ? json::value(*s.updated_by) : json::value(nullptr)},
                        {"updated_at", s.updated_at == 0 ? json::value(nullptr) : json::value(IsoTime(s.updated_at))}};
}

class SettingsRoutes {
  public:
    explicit SettingsRoutes(ApiContext& ctx) : ctx_(ctx), service_(ctx.store) {}

    Response All(const Call& call) {
        auto all = service_.All(call.lang);
        if (!all) return ErrorResponse(all.error());
        json::array items;
        for (const auto& s : *all) items.push_back(SettingJson(s));
        return JsonResponse(json::object{{"settings", std::move(items)}});
    }

    Response One(const Call& call) {
        auto one = service_.One(call.Param("key"), call.lang);
        if (!one) return ErrorResponse(one.error());
        return JsonResponse(json::object{{"setting", SettingJson(*one)}});
    }

    Response Update(const Call& call) {
        auto before = service_.One(call.Param("key"), call.lang);
        if (!before) return ErrorResponse(before.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        auto after = service_.Update(before->key, *body, call.user->username, NowSeconds(), call.lang);
        if (!after) return ErrorResponse(after.error());
        Audit(ctx_, call, "settings.update", "settings", after->key, json::serialize(before->values),
              json::serialize(after->values));
        return JsonResponse(json::object{{"setting", SettingJson(*after)}});
    }

    Response Reset(const Call& call) {
        auto before = service_.One(call.Param("key"), call.lang);
        if (!before) return ErrorResponse(before.error());
        auto after = service_.Reset(before->key, call.user->username, NowSeconds(), call.lang);
        if (!after) return ErrorResponse(after.error());
        Audit(ctx_, call, "settings.reset", "settings", after->key, json::serialize(before->values),
              json::serialize(after->values));
        return JsonResponse(json::object{{"setting", SettingJson(*after)}});
    }

  private:
    ApiContext& ctx_;
    services::SettingsService service_;
};

}  // namespace

void AddSettingsRoutes(RouteTable& table, ApiContext& ctx) {
    auto routes = std::make_shared<SettingsRoutes>(ctx);
    const std::vector<Role> readers{Role::admin_bkd, Role::auditor};
    table.Add({"GET", "/settings", Access::roles, readers, [routes](Call& c) { return routes->All(c); },
               "Semua pengaturan / Every setting"});
    table.Add({"GET", "/settings/{key}", Access::roles, readers, [routes](Call& c) { return routes->One(c); },
               "Satu pengaturan / One setting"});
    table.Add({"PUT",
               "/settings/{key}",
               Access::roles,
               {Role::admin_bkd},
               [routes](Call& c) { return routes->Update(c); },
               "Ubah pengaturan / Change a setting",
               "json"});
    table.Add({"DELETE",
               "/settings/{key}",
               Access::roles,
               {Role::admin_bkd},
               [routes](Call& c) { return routes->Reset(c); },
               "Kembalikan pengaturan ke bawaan / Reset a setting to its defaults"});
}

}  // namespace bangkom::http
