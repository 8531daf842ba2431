// POST /auth/login, POST /auth/logout, GET /auth/me.

#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "http/record_json.hpp"
#include "http/security.hpp"

namespace bangkom::http {
namespace json = boost::json;

namespace {

Response Login(ApiContext& ctx, Call& call) {
    auto body = JsonBody(call);
    if (!body) return ErrorResponse(body.error());
    const std::string username = StringField(*body, "username");
    const std::string password = StringField(*body, "password");
    if (username.empty() || password.empty()) {
        return ErrorResponse(MakeError(ErrorCode::invalid_argument, Msg(call.lang, "Isi nama pengguna dan kata sandi.",
                                                                        "Enter a username and a password.")));
    }
    const int64_t now = NowSeconds();
    auto user = ctx.auth.CheckPassword(username, password, call.request.client_ip, call.lang, now);
    if (!user) return ErrorResponse(user.error());
    auto session = ctx.auth.OpenSession(*user, now);
    if (!session) return ErrorResponse(session.error());
    call.user = *user;
    Audit(ctx, call, "login", "user", user->username, "", "");
    Response r = JsonResponse(json::object{{"user", UserToJson(*user)}, {"csrf_token", session->session.csrf_token}});
    r.SetHeader("Set-Cookie", SessionCookie(session->token, ctx.options.auth.idle_seconds, ctx.options.cookie_secure));
    return r;
}

Response Logout(ApiContext& ctx, Call& call) {
    auto closed = ctx.auth.CloseSession(call.session_token_hash);
    if (!closed) return ErrorResponse(closed.error());
    Audit(ctx, call, "logout", "user", call.user->username, "", "");
    Response r = JsonResponse(json::object{{"ok", true}});
    r.SetHeader("Set-Cookie", ClearedSessionCookie(ctx.options.cookie_secure));
    return r;
}

Response Me(Call& call) {
    return JsonResponse(json::object{{"user", UserToJson(*call.user)}, {"csrf_token", call.csrf_token}});
}

}  // namespace

void AddAuthRoutes(RouteTable& table, ApiContext& ctx) {
    table.Add({"POST",
               "/auth/login",
               Access::public_access,
               {},
               [&ctx](Call& c) { return Login(ctx, c); },
               "Masuk: membuka sesi (cookie) dan memberi token CSRF / Sign in",
               "json"});
    table.Add({"POST",
               "/auth/logout",
               Access::any_user,
               {},
               [&ctx](Call& c) { return Logout(ctx, c); },
               "Keluar: menutup sesi / Sign out"});
    table.Add({"GET",
               "/auth/me",
               Access::any_user,
               {},
               [](Call& c) { return Me(c); },
               "Pengguna yang sedang masuk dan token CSRF-nya / The signed-in user"});
}

}  // namespace bangkom::http
