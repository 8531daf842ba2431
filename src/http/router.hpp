#pragma once
// The one route table: method, path pattern with {params}, who may call it, handler, and a summary for the
// OpenAPI document. Matching is by segments; the first route in table order that matches wins.

#include <functional>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/enums.hpp"
#include "http/message.hpp"
#include "storage/store.hpp"

namespace bangkom::http {

/// What a handler receives: the request, the path parameters, the language and the signed-in user.
struct Call {
    const Request& request;
    std::map<std::string, std::string> params;
    domain::Lang lang = domain::Lang::id;
    std::optional<storage::User> user;  // empty on public routes without a session
    std::string session_token_hash;     // of the current session, when signed in
    std::string csrf_token;             // of the current session, when signed in

    const std::string& Param(const std::string& name) const;
};

using Handler = std::function<Response(Call&)>;

enum class Access { public_access, any_user, roles };

struct Route {
    std::string method;   // "GET", "POST"
    std::string pattern;  // relative to /api/v1, e.g. "/data/{kind}/{key}"; a last "{name...}" takes the rest
    Access access = Access::any_user;
    std::vector<domain::Role> roles;  // for Access::roles
    Handler handler;
    std::string summary;            // one line for OpenAPI (Indonesian / English)
    std::string request_body = "";  // "json", "binary" or "" for OpenAPI
};

struct RouteMatch {
    const Route* route = nullptr;  // null when nothing matches
    std::map<std::string, std::string> params;
    bool path_known = false;  // some route has this path with another method (→ 405)
};

class RouteTable {
  public:
    void Add(Route route) { routes_.push_back(std::move(route)); }
    /// `path` relative to /api/v1, already percent-decoded.
    RouteMatch Match(const std::string& method, const std::string& path) const;
    const std::vector<Route>& routes() const { return routes_; }

  private:
    std::vector<Route> routes_;
};

/// Splits "/a/b/" into {"a","b"} (empty segments dropped).
std::vector<std::string> SplitPath(const std::string& path);
/// True when the user's role may call the route (public routes: always).
bool RoleAllowed(const Route& route, const std::optional<storage::User>& user);

}  // namespace bangkom::http
