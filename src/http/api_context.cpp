#include "http/api_context.hpp"

#include <spdlog/spdlog.h>

#include <boost/json/parse.hpp>
#include <charconv>
#include <chrono>

#include "formats/kind_spec.hpp"
#include "http/errors.hpp"

namespace bangkom::http {
namespace json = boost::json;

namespace {

Error BadParam(domain::Lang lang, const std::string& name, const char* id, const char* en) {
    Error e = MakeError(ErrorCode::invalid_argument, Msg(lang, id, en));
    e.details.push_back(ErrorDetail{0, name, e.message});
    return e;
}

}  // namespace

int64_t NowSeconds() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Error Forbidden(domain::Lang lang) {
    return MakeError(ErrorCode::forbidden,
                     Msg(lang, "Anda tidak berhak mengakses data ini.", "You are not allowed to access this data."));
}

Result<domain::Kind> KindParam(const Call& call) {
    auto kind = domain::KindFromCode(call.Param("kind"));
    if (!kind) {
        return MakeError(ErrorCode::not_found,
                         Msg(call.lang, "Jenis data tidak dikenal: ", "Unknown kind of data: ") + call.Param("kind"));
    }
    return *kind;
}

bool ParseWholeNumber(const std::string& text, int64_t& out) {
    const char* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, out);
    return ec == std::errc{} && ptr == end;
}

Result<json::object> JsonBody(const Call& call) {
    boost::system::error_code ec;
    json::value value = json::parse(call.request.body, ec);
    if (ec || !value.is_object()) {
        return MakeError(ErrorCode::invalid_argument, Msg(call.lang, "Isi permintaan bukan objek JSON yang sah.",
                                                          "The body is not a valid JSON object."));
    }
    return std::move(value.as_object());
}

std::string StringField(const json::object& object, const char* name) {
    const auto* value = object.if_contains(name);
    return value != nullptr && value->is_string() ? std::string(value->get_string()) : std::string();
}

Error FieldError(domain::Lang lang, const std::string& field, const char* id, const char* en) {
    Error e = MakeError(ErrorCode::invalid_argument, (lang == domain::Lang::en ? "Please check " : "Mohon periksa ") +
                                                         field + ": " + Msg(lang, id, en));
    e.details.push_back(ErrorDetail{0, field, Msg(lang, id, en)});
    return e;
}

/// An optional member: absent or null → nullopt; an integer → its value; anything else → a field error.
Result<std::optional<int>> OptionalIntField(const json::object& body, const std::string& name, domain::Lang lang) {
    const auto* v = body.if_contains(name);
    if (v == nullptr || v->is_null()) return std::optional<int>{};
    if (v->is_int64() && v->get_int64() >= -1000000 && v->get_int64() <= 1000000) {
        return std::optional<int>(static_cast<int>(v->get_int64()));
    }
    if (v->is_uint64() && v->get_uint64() <= 1000000) return std::optional<int>(static_cast<int>(v->get_uint64()));
    return FieldError(lang, name, "harus bilangan bulat atau kosong", "must be a whole number or empty");
}

Result<std::string> OptionalTextField(const json::object& body, const std::string& name, domain::Lang lang) {
    const auto* v = body.if_contains(name);
    if (v == nullptr || v->is_null()) return std::string();
    if (v->is_string()) return std::string(v->get_string());
    return FieldError(lang, name, "harus teks atau kosong", "must be text or empty");
}

Result<storage::ListQuery> ListQueryOf(const Call& call, domain::Kind kind) {
    storage::ListQuery query;
    const auto& r = call.request;
    query.search = r.Query("q");
    query.descending = r.Query("desc") == "1" || r.Query("desc") == "true";
    if (!ParseWholeNumber(r.Query("offset", "0"), query.offset) || query.offset < 0) {
        return BadParam(call.lang, "offset", "offset harus bilangan bulat ≥ 0.", "offset must be a whole number ≥ 0.");
    }
    if (!ParseWholeNumber(r.Query("limit", "50"), query.limit) || query.limit < 1 || query.limit > 500) {
        return BadParam(call.lang, "limit", "limit harus antara 1 dan 500.", "limit must be between 1 and 500.");
    }
    const std::string sort = r.Query("sort");
    if (!sort.empty()) {
        bool known = false;
        for (const auto& column : formats::SpecOf(kind).columns) known = known || column.name == sort;
        if (!known) return BadParam(call.lang, "sort", "Kolom urutan tidak dikenal.", "Unknown sort column.");
        query.sort_by = sort;
    }
    return query;
}

void Audit(ApiContext& ctx, const Call& call, const std::string& action, const std::string& entity,
           const std::string& key, const std::string& before_json, const std::string& after_json) {
    storage::AuditEntry entry;
    entry.at = NowSeconds();
    entry.user_id = call.user ? call.user->id : 0;
    entry.username = call.user ? call.user->username : "";
    entry.action = action;
    entry.entity = entity;
    entry.entity_key = key;
    entry.before_json = before_json;
    entry.after_json = after_json;
    auto appended = ctx.store.AppendAudit(entry);
    if (!appended) spdlog::error("audit {} {} failed: {}", action, key, appended.error().message);
}

services::Actor ActorOf(const Call& call) {
    services::Actor actor;
    if (call.user) {
        actor.user_id = call.user->id;
        actor.username = call.user->username;
        actor.role = call.user->role;
        actor.agency_code = call.user->agency_code;
    }
    return actor;
}

}  // namespace bangkom::http
