#include "http/openapi.hpp"

#include <algorithm>
#include <cctype>

#include "domain/enums.hpp"

namespace bangkom::http {
namespace json = boost::json;

namespace {

std::string Lower(std::string s) {
    std::transform(s.begin(), s.end(), s.begin(), [](unsigned char c) { return std::tolower(c); });
    return s;
}

json::array PathParameters(const std::string& pattern) {
    json::array out;
    for (const auto& segment : SplitPath(pattern)) {
        if (segment.size() > 2 && segment.front() == '{') {
            out.push_back(json::object{{"name", segment.substr(1, segment.size() - 2)},
                                       {"in", "path"},
                                       {"required", true},
                                       {"schema", json::object{{"type", "string"}}}});
        }
    }
    return out;
}

json::array RolesOf(const Route& route) {
    json::array roles;
    if (route.access == Access::public_access) roles.push_back("public");
    if (route.access == Access::any_user) roles.push_back("any_user");
    for (auto role : route.roles) roles.push_back(json::string(domain::Code(role)));
    return roles;
}

json::object Operation(const Route& route) {
    json::object op{{"summary", route.summary},
                    {"operationId", Lower(route.method) + route.pattern},
                    {"x-roles", RolesOf(route)},
                    {"responses", json::object{{"200", json::object{{"description", "OK"}}},
                                               {"default", json::object{{"description", "Error"}}}}}};
    json::array params = PathParameters(route.pattern);
    if (!params.empty()) op["parameters"] = std::move(params);
    if (route.access != Access::public_access) {
        op["security"] = json::array{json::object{{"session", json::array{}}}};
    }
    if (route.request_body == "json") {
        op["requestBody"] = json::object{{"content", json::object{{"application/json", json::object{}}}}};
    } else if (route.request_body == "binary") {
        op["requestBody"] = json::object{
            {"content",
             json::object{{"application/octet-stream",
                           json::object{{"schema", json::object{{"type", "string"}, {"format", "binary"}}}}}}}};
    }
    return op;
}

}  // namespace

json::object OpenApiDocument(const RouteTable& table, const std::string& version) {
    json::object paths;
    for (const auto& route : table.routes()) {
        auto& item = paths[route.pattern];
        if (!item.is_object()) item = json::object{};
        item.as_object()[Lower(route.method)] = Operation(route);
    }
    return json::object{
        {"openapi", "3.0.3"},
        {"info", json::object{{"title", "Bangkom API"}, {"version", version}}},
        {"servers", json::array{json::object{{"url", "/api/v1"}}}},
        {"components",
         json::object{{"securitySchemes", json::object{{"session", json::object{{"type", "apiKey"},
                                                                                {"in", "cookie"},
                                                                                {"name", "bangkom_session"}}}}}}},
        {"paths", std::move(paths)}};
}

}  // namespace bangkom::http
