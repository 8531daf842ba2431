// GET/POST /users (admin_bkd), GET /audit (admin_bkd, auditor).

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <charconv>
#include <ctime>

#include "domain/nip.hpp"
#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "http/record_json.hpp"
#include "http/user_rules.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Role;

namespace {

Response ListUsers(ApiContext& ctx) {
    auto users = ctx.store.ListUsers();
    if (!users) return ErrorResponse(users.error());
    json::array out;
    for (const auto& u : *users) out.push_back(UserToJson(u));
    return JsonResponse(json::object{{"users", std::move(out)}});
}

Result<storage::User> UserFromBody(const json::object& body, domain::Lang lang) {
    storage::User user;
    user.username = StringField(body, "username");
    auto role = domain::FromCode<Role>(StringField(body, "role"));
    if (!role) {
        Error e = MakeError(ErrorCode::invalid_argument, Msg(lang, "Peran tidak dikenal.", "Unknown role."));
        e.details.push_back(ErrorDetail{0, "role", e.message});
        return e;
    }
    user.role = *role;
    user.agency_code = StringField(body, "agency_code");
    user.nip = StringField(body, "nip");
    if (auto nip = domain::Nip::ParseReference(user.nip)) user.nip = nip->str();
    user.institution = StringField(body, "institution");
    user.display_name = StringField(body, "display_name");
    if (user.display_name.empty()) user.display_name = user.username;
    return user;
}

Response CreateUser(ApiContext& ctx, Call& call) {
    auto body = JsonBody(call);
    if (!body) return ErrorResponse(body.error());
    auto user = UserFromBody(*body, call.lang);
    if (!user) return ErrorResponse(user.error());
    const std::string password = StringField(*body, "password");
    if (auto ok = CheckNewUser(*user, password, call.lang); !ok) return ErrorResponse(ok.error());
    auto hash = ctx.auth.HashNewPassword(password);
    if (!hash) return ErrorResponse(hash.error());
    user->password_hash = *hash;
    auto id = ctx.store.CreateUser(*user);
    if (!id) {
        if (id.error().code != ErrorCode::conflict) return ErrorResponse(id.error());
        return ErrorResponse(MakeError(
            ErrorCode::conflict, Msg(call.lang, "Nama pengguna sudah dipakai.", "The username is already taken.")));
    }
    user->id = *id;
    const json::object user_json = UserToJson(*user);
    Audit(ctx, call, "user.create", "user", user->username, "", json::serialize(user_json));
    return JsonResponse(json::object{{"user", user_json}}, 201);
}

std::string IsoTime(int64_t seconds) {
    const std::time_t t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char buf[32];
    std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
    return buf;
}

json::value JsonOrText(const std::string& text) {
    if (text.empty()) return nullptr;
    boost::system::error_code ec;
    json::value v = json::parse(text, ec);
    return ec ? json::value(json::string(text)) : v;
}

bool ParseCount(const std::string& text, int64_t& out) {
    const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
    return ec == std::errc{} && ptr == text.data() + text.size() && out >= 0;
}

Response ListAudit(ApiContext& ctx, Call& call) {
    int64_t offset = 0;
    int64_t limit = 0;
    if (!ParseCount(call.request.Query("offset", "0"), offset) ||
        !ParseCount(call.request.Query("limit", "100"), limit) || limit < 1 || limit > 500) {
        return ErrorResponse(MakeError(ErrorCode::invalid_argument,
                                       Msg(call.lang, "offset ≥ 0 dan limit 1–500.", "offset ≥ 0 and limit 1–500.")));
    }
    auto entries = ctx.store.ListAudit(offset, limit);
    if (!entries) return ErrorResponse(entries.error());
    json::array out;
    for (const auto& e : *entries) {
        out.push_back(json::object{{"id", e.id},
                                   {"at", IsoTime(e.at)},
                                   {"username", e.username},
                                   {"action", e.action},
                                   {"entity", e.entity},
                                   {"entity_key", e.entity_key},
                                   {"before", JsonOrText(e.before_json)},
                                   {"after", JsonOrText(e.after_json)}});
    }
    return JsonResponse(json::object{{"entries", std::move(out)}});
}

}  // namespace

void AddAdminRoutes(RouteTable& table, ApiContext& ctx) {
    table.Add({"GET",
               "/users",
               Access::roles,
               {Role::admin_bkd},
               [&ctx](Call&) { return ListUsers(ctx); },
               "Daftar pengguna / Users"});
    table.Add({"POST",
               "/users",
               Access::roles,
               {Role::admin_bkd},
               [&ctx](Call& c) { return CreateUser(ctx, c); },
               "Tambah pengguna / Create a user",
               "json"});
    table.Add({"GET",
               "/audit",
               Access::roles,
               {Role::admin_bkd, Role::auditor},
               [&ctx](Call& c) { return ListAudit(ctx, c); },
               "Jejak audit, terbaru dahulu / The audit log"});
}

}  // namespace bangkom::http
