// GET /data/{kind}, /data/{kind}/export, /data/{kind}/{key}: records within the caller's scope.

#include "http/access.hpp"
#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "http/record_json.hpp"
#include "services/import_service.hpp"

namespace bangkom::http {
namespace json = boost::json;

namespace {

Response List(ApiContext& ctx, Call& call) {
    auto kind = KindParam(call);
    if (!kind) return ErrorResponse(kind.error());
    const ReadScope scope = ReadScopeOf(*call.user, *kind);
    if (!scope.allowed) return ErrorResponse(Forbidden(call.lang));
    auto query = ListQueryOf(call, *kind);
    if (!query) return ErrorResponse(query.error());
    ApplyScope(scope, *query);
    auto page = ctx.store.List(*kind, *query);
    if (!page) return ErrorResponse(page.error());
    return JsonResponse(json::object{{"kind", domain::KindCode(*kind)},
                                     {"total", page->total},
                                     {"offset", query->offset},
                                     {"limit", query->limit},
                                     {"items", RecordsToJson(page->items)}});
}

Response Export(ApiContext& ctx, Call& call) {
    auto kind = KindParam(call);
    if (!kind) return ErrorResponse(kind.error());
    const ReadScope scope = ReadScopeOf(*call.user, *kind);
    if (!scope.allowed) return ErrorResponse(Forbidden(call.lang));
    const std::string format = call.request.Query("format", "xlsx");
    if (format != "xlsx" && format != "csv") {
        Error e = MakeError(ErrorCode::invalid_argument,
                            Msg(call.lang, "format harus xlsx atau csv.", "format must be xlsx or csv."));
        e.details.push_back(ErrorDetail{0, "format", e.message});
        return ErrorResponse(e);
    }
    storage::ListQuery query;
    query.search = call.request.Query("q");
    query.limit = 0;
    ApplyScope(scope, query);
    const auto file_format = format == "csv" ? services::ExportFormat::csv : services::ExportFormat::xlsx;
    auto file = services::ExportKind(ctx.store, *kind, file_format, query);
    if (!file) return ErrorResponse(file.error());
    Response r;
    r.content_type = format == "csv" ? "text/csv; charset=utf-8"
                                     : "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";
    r.body = std::move(file).value();
    r.SetHeader("Content-Disposition",
                "attachment; filename=\"" + std::string(domain::KindCode(*kind)) + "." + format + "\"");
    return r;
}

Response One(ApiContext& ctx, Call& call) {
    auto kind = KindParam(call);
    if (!kind) return ErrorResponse(kind.error());
    if (!IsSingleKeyKind(*kind)) {
        return ErrorResponse(MakeError(ErrorCode::not_found, Msg(call.lang, "Jenis data ini tidak dibaca per kunci.",
                                                                 "This kind is not read by key.")));
    }
    const ReadScope scope = ReadScopeOf(*call.user, *kind);
    if (!scope.allowed) return ErrorResponse(Forbidden(call.lang));
    auto records = ctx.store.Get(*kind, call.Param("key"));
    if (!records) return ErrorResponse(records.error());
    json::array items = RecordsToJson(*records);
    if (items.empty()) {
        return ErrorResponse(MakeError(ErrorCode::not_found, Msg(call.lang, "Data tidak ditemukan.", "Not found.")));
    }
    if (!RecordInScope(scope, items[0].as_object())) return ErrorResponse(Forbidden(call.lang));
    return JsonResponse(json::object{{"item", std::move(items[0])}});
}

}  // namespace

void AddDataRoutes(RouteTable& table, ApiContext& ctx) {
    table.Add({"GET",
               "/data/{kind}",
               Access::any_user,
               {},
               [&ctx](Call& c) { return List(ctx, c); },
               "Daftar data satu jenis (cari, urut, halaman) dalam cakupan / Records of a kind, in scope"});
    table.Add({"GET",
               "/data/{kind}/export",
               Access::any_user,
               {},
               [&ctx](Call& c) { return Export(ctx, c); },
               "Unduh data satu jenis sebagai XLSX/CSV / Download records as XLSX or CSV"});
    table.Add({"GET",
               "/data/{kind}/{key}",
               Access::any_user,
               {},
               [&ctx](Call& c) { return One(ctx, c); },
               "Satu data menurut kuncinya / One record by its key"});
}

}  // namespace bangkom::http
