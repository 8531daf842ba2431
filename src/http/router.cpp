#include "http/router.hpp"

#include <algorithm>

namespace bangkom::http {
namespace {

bool MatchPattern(const std::vector<std::string>& pattern, const std::vector<std::string>& path,
                  std::map<std::string, std::string>& params) {
    const bool rest = !pattern.empty() && pattern.back().size() > 5 &&
                      pattern.back().compare(pattern.back().size() - 4, 4, "...}") == 0;
    if (rest ? path.size() < pattern.size() : pattern.size() != path.size()) return false;
    for (size_t i = 0; i < pattern.size(); ++i) {
        const std::string& p = pattern[i];
        if (rest && i + 1 == pattern.size()) {
            std::string joined = path[i];
            for (size_t j = i + 1; j < path.size(); ++j) joined += "/" + path[j];
            params[p.substr(1, p.size() - 5)] = std::move(joined);
            break;
        }
        if (p.size() > 2 && p.front() == '{' && p.back() == '}') {
            params[p.substr(1, p.size() - 2)] = path[i];
        } else if (p != path[i]) {
            return false;
        }
    }
    return true;
}

}  // namespace

const std::string& Call::Param(const std::string& name) const {
    static const std::string kEmpty;
    auto it = params.find(name);
    return it == params.end() ? kEmpty : it->second;
}

std::vector<std::string> SplitPath(const std::string& path) {
    std::vector<std::string> out;
    size_t start = 0;
    while (start <= path.size()) {
        const size_t slash = path.find('/', start);
        const size_t end = slash == std::string::npos ? path.size() : slash;
        if (end > start) out.push_back(path.substr(start, end - start));
        if (slash == std::string::npos) break;
        start = slash + 1;
    }
    return out;
}

RouteMatch RouteTable::Match(const std::string& method, const std::string& path) const {
    RouteMatch match;
    const auto segments = SplitPath(path);
    for (const auto& route : routes_) {
        std::map<std::string, std::string> params;
        if (!MatchPattern(SplitPath(route.pattern), segments, params)) continue;
        const bool same_method = route.method == method || (method == "HEAD" && route.method == "GET");
        if (!same_method) {
            match.path_known = true;
            continue;
        }
        match.route = &route;
        match.params = std::move(params);
        return match;
    }
    return match;
}

bool RoleAllowed(const Route& route, const std::optional<storage::User>& user) {
    switch (route.access) {
        case Access::public_access: return true;
        case Access::any_user: return user.has_value();
        case Access::roles:
            return user.has_value() &&
                   std::find(route.roles.begin(), route.roles.end(), user->role) != route.roles.end();
    }
    return false;
}

}  // namespace bangkom::http
