// GET /health, /openapi.json, /kinds, /templates/{kind}, /summary.

#include "formats/kind_spec.hpp"
#include "http/access.hpp"
#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "http/openapi.hpp"

namespace bangkom::http {
namespace json = boost::json;
using formats::ColumnType;

namespace {

const char* TypeName(ColumnType type) {
    switch (type) {
        case ColumnType::code: return "code";
        case ColumnType::text: return "text";
        case ColumnType::integer: return "integer";
        case ColumnType::decimal: return "decimal";
        case ColumnType::money: return "money";
        case ColumnType::date: return "date";
        case ColumnType::enum_code: return "enum";
        case ColumnType::nip: return "nip";
        case ColumnType::raises: return "raises";
    }
    return "text";
}

json::object KindJson(domain::Kind kind, const storage::User& user, domain::Lang lang) {
    const auto& spec = formats::SpecOf(kind);
    const bool en = lang == domain::Lang::en;
    json::array key;
    for (auto name : spec.key_columns) key.push_back(json::string(name));
    json::array columns;
    for (const auto& c : spec.columns) {
        columns.push_back(json::object{{"name", c.name},
                                       {"required", c.required},
                                       {"type", TypeName(c.type)},
                                       {"description", en ? c.description_en : c.description_id},
                                       {"example", c.example}});
    }
    return json::object{{"kind", domain::KindCode(kind)},
                        {"title", en ? spec.title_en : spec.title_id},
                        {"key", std::move(key)},
                        {"columns", std::move(columns)},
                        {"can_import", CanImport(user, kind)},
                        {"can_read", ReadScopeOf(user, kind).allowed}};
}

Response Kinds(Call& call) {
    json::array kinds;
    for (auto kind : domain::AllKinds()) kinds.push_back(KindJson(kind, *call.user, call.lang));
    return JsonResponse(json::object{{"kinds", std::move(kinds)}});
}

Response Template(Call& call) {
    auto kind = KindParam(call);
    if (!kind) return ErrorResponse(kind.error());
    auto file = formats::TemplateXlsx(*kind, call.lang);
    if (!file) return ErrorResponse(file.error());
    Response r;
    r.content_type = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    r.body = std::move(file).value();
    r.SetHeader("Content-Disposition",
                "attachment; filename=\"template_" + std::string(domain::KindCode(*kind)) + ".xlsx\"");
    return r;
}

Result<int64_t> ScopedCount(ApiContext& ctx, domain::Kind kind, const ReadScope& scope) {
    if (scope.agency_code.empty() && scope.nip.empty() && scope.team_of.empty()) return ctx.store.Count(kind);
    storage::ListQuery query;
    ApplyScope(scope, query);
    query.limit = 1;
    auto page = ctx.store.List(kind, query);
    if (!page) return page.error();
    return page->total;
}

Response Summary(ApiContext& ctx, Call& call) {
    json::object counts;
    for (auto kind : domain::AllKinds()) {
        const ReadScope scope = ReadScopeOf(*call.user, kind);
        if (!scope.allowed) continue;
        auto count = ScopedCount(ctx, kind, scope);
        if (!count) return ErrorResponse(count.error());
        counts[domain::KindCode(kind)] = *count;
    }
    return JsonResponse(json::object{{"counts", std::move(counts)}});
}

}  // namespace

void AddMetaRoutes(RouteTable& table, ApiContext& ctx) {
    table.Add({"GET",
               "/health",
               Access::public_access,
               {},
               [&ctx](Call&) {
                   return JsonResponse(json::object{
                       {"status", "ok"}, {"version", ctx.options.version}, {"database", ctx.options.database}});
               },
               "Status layanan / Service health"});
    table.Add({"GET",
               "/openapi.json",
               Access::public_access,
               {},
               [&ctx](Call&) { return JsonResponse(OpenApiDocument(*ctx.routes, ctx.options.version)); },
               "Dokumen OpenAPI ini / This OpenAPI document"});
    table.Add({"GET",
               "/kinds",
               Access::any_user,
               {},
               [](Call& c) { return Kinds(c); },
               "Jenis data, kolomnya, dan hak pemanggil / Kinds of data with their columns"});
    table.Add({"GET",
               "/templates/{kind}",
               Access::any_user,
               {},
               [](Call& c) { return Template(c); },
               "Templat XLSX satu jenis data / The XLSX template of a kind"});
    table.Add({"GET",
               "/summary",
               Access::any_user,
               {},
               [&ctx](Call& c) { return Summary(ctx, c); },
               "Jumlah data per jenis dalam cakupan pemanggil / Record counts in the caller's scope"});
}

}  // namespace bangkom::http
