#include "http/api.hpp"

#include <spdlog/spdlog.h>

#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "http/security.hpp"
#include "http/static_files.hpp"
#include "http/xapi.hpp"
#include "services/passwords.hpp"
#include "services/xapi_service.hpp"

namespace bangkom::http {
namespace {

constexpr std::string_view kApiPrefix = "/api/v1";

bool StartsWith(std::string_view s, std::string_view prefix) {
    return s.substr(0, prefix.size()) == prefix;
}

bool IsApiPath(const std::string& path) {
    return path == "/health" || path == "/api" || StartsWith(path, "/api/");
}

domain::Lang LangOf(const Request& request) {
    const std::string lang = request.Query("lang");
    if (lang == "en") return domain::Lang::en;
    if (lang == "id") return domain::Lang::id;
    return StartsWith(request.Header("accept-language"), "en") ? domain::Lang::en : domain::Lang::id;
}

}  // namespace

class ApiImpl {
  public:
    ApiImpl(storage::Store& store, ApiOptions options, BackgroundRunner background, const std::string& session_key,
            const std::string& rater_key, const std::string& xapi_key)
        : options_(std::move(options)),
          auth_(store, session_key, options_.auth),
          imports_(store, rater_key),
          static_files_(options_.web_dir),
          ctx_{store, auth_, imports_, options_, std::move(background), &routes_},
          xapi_(store, xapi_key) {
        AddMetaRoutes(routes_, ctx_);
        AddAuthRoutes(routes_, ctx_);
        AddDataRoutes(routes_, ctx_);
        AddImportRoutes(routes_, ctx_);
        AddProfileRoutes(routes_, ctx_);
        AddGapRoutes(routes_, ctx_);
        AddParticipationRoutes(routes_, ctx_);
        AddPlanRoutes(routes_, ctx_);
        AddEvaluationRoutes(routes_, ctx_);
        AddSurveyRoutes(routes_, ctx_);
        AddDeliveryRoutes(routes_, ctx_);
        AddReactionRoutes(routes_, ctx_);
        AddFeedbackRoutes(routes_, ctx_);
        AddReviewRoutes(routes_, ctx_);
        AddSurveyPeriodRoutes(routes_, ctx_);
        AddSettingsRoutes(routes_, ctx_);
        AddXapiClientRoutes(routes_, ctx_);
        AddCourseRoutes(routes_, ctx_);
        AddAdminRoutes(routes_, ctx_);
    }

    Handled Handle(const Request& request) {
        Handled out;
        const bool xapi = IsXapiPath(request.path);
        const bool api = xapi || IsApiPath(request.path);
        try {
            if (xapi) {
                out.response = xapi_.Handle(request);
            } else {
                out.response = api ? HandleApi(request, out.user_id) : HandleStatic(request);
            }
        } catch (const std::exception& e) {
            spdlog::error("unhandled exception on {} {}: {}", request.method, request.path, e.what());
            out.response = ErrorResponse(500, "internal", "Terjadi kesalahan pada server. / Internal server error.");
        }
        AddSecurityHeaders(out.response, api);
        return out;
    }

    size_t BodyLimitFor(const std::string& /*method*/, const std::string& path) const {
        if (StartsWith(path, "/api/v1/imports/")) return options_.upload_body_limit;
        if (StartsWith(path, "/api/v1/modules/") && path.size() > 8 &&
            path.compare(path.size() - 8, 8, "/content") == 0) {
            return options_.content_body_limit;
        }
        return options_.json_body_limit;
    }

    const RouteTable& routes() const { return routes_; }

  private:
    Response HandleStatic(const Request& request) const {
        if (request.method != "GET" && request.method != "HEAD") {
            return ErrorResponse(405, "method_not_allowed", "Metode tidak diizinkan / Method not allowed");
        }
        return static_files_.Serve(request);
    }

    Response HandleApi(const Request& request, int64_t& user_id) {
        const domain::Lang lang = LangOf(request);
        std::string relative = request.path == "/health" ? "/health" : "";
        if (StartsWith(request.path, std::string(kApiPrefix) + "/")) relative = request.path.substr(kApiPrefix.size());
        const RouteMatch match = routes_.Match(request.method, relative);
        if (relative.empty() || match.route == nullptr) {
            if (match.path_known) {
                return ErrorResponse(405, "method_not_allowed",
                                     Msg(lang, "Metode tidak diizinkan.", "Method not allowed."));
            }
            return ErrorResponse(404, "not_found", Msg(lang, "Alamat API tidak dikenal.", "Unknown API path."));
        }
        Call call{request, match.params, lang, std::nullopt, "", ""};
        if (auto failed = SignIn(call)) return *failed;
        if (call.user) user_id = call.user->id;
        if (auto refused = CheckAccess(*match.route, call)) return *refused;
        return match.route->handler(call);
    }

    std::optional<Response> SignIn(Call& call) {
        const auto cookies = ParseCookies(call.request.Header("cookie"));
        const auto it = cookies.find(kSessionCookie);
        if (it == cookies.end()) return std::nullopt;
        auto signed_in = auth_.Resume(it->second, NowSeconds());
        if (!signed_in) return ErrorResponse(signed_in.error());
        if (*signed_in) {
            call.user = (*signed_in)->user;
            call.session_token_hash = (*signed_in)->session.token_hash;
            call.csrf_token = (*signed_in)->session.csrf_token;
        }
        return std::nullopt;
    }

    std::optional<Response> CheckAccess(const Route& route, const Call& call) const {
        if (!RoleAllowed(route, call.user)) {
            if (!call.user) {
                return ErrorResponse(
                    MakeError(ErrorCode::unauthenticated,
                              Msg(call.lang, "Silakan masuk terlebih dahulu.", "Please sign in first.")));
            }
            return ErrorResponse(Forbidden(call.lang));
        }
        if (route.access != Access::public_access && IsStateChanging(call.request.method) &&
            !ConstantTimeEquals(call.request.Header("x-csrf-token"), call.csrf_token)) {
            return ErrorResponse(MakeError(ErrorCode::forbidden,
                                           Msg(call.lang, "Token CSRF tidak valid. Muat ulang halaman lalu coba lagi.",
                                               "Invalid CSRF token. Reload the page and try again.")));
        }
        return std::nullopt;
    }

    ApiOptions options_;
    Auth auth_;
    services::ImportService imports_;
    StaticFiles static_files_;
    RouteTable routes_;
    ApiContext ctx_;
    XapiEndpoint xapi_;
};

Result<std::unique_ptr<Api>> Api::Create(storage::Store& store, ApiOptions options, BackgroundRunner background) {
    auto session_key = services::LoadOrCreateSecret(store, "session_key");
    if (!session_key) return session_key.error();
    auto rater_key = services::LoadOrCreateSecret(store, "rater_key");
    if (!rater_key) return rater_key.error();
    auto xapi_key = services::LoadOrCreateSecret(store, services::kXapiClientKeySecret);
    if (!xapi_key) return xapi_key.error();
    auto impl = std::make_unique<ApiImpl>(store, std::move(options), std::move(background), *session_key, *rater_key,
                                          *xapi_key);
    return std::unique_ptr<Api>(new Api(std::move(impl)));
}

Api::Api(std::unique_ptr<ApiImpl> impl) : impl_(std::move(impl)) {}
Api::~Api() = default;

Handled Api::Handle(const Request& request) {
    return impl_->Handle(request);
}
size_t Api::BodyLimitFor(const std::string& method, const std::string& path) const {
    return impl_->BodyLimitFor(method, path);
}
const RouteTable& Api::routes() const {
    return impl_->routes();
}

}  // namespace bangkom::http
