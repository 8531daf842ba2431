#include "services/xapi_service.hpp"

#include <sodium.h>

#include <array>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>
#include <cstdio>
#include <ctime>
#include <map>
#include <set>

#include "services/passwords.hpp"

namespace bangkom::services {
namespace json = boost::json;

namespace {

Error Bad(const std::string& message) {
    return MakeError(ErrorCode::invalid_argument, "Pernyataan xAPI tidak sah (invalid statement): " + message);
}

bool IsUuid(std::string_view s) {
    if (s.size() != 36) return false;
    for (size_t i = 0; i < s.size(); ++i) {
        const bool dash = i == 8 || i == 13 || i == 18 || i == 23;
        if (dash != (s[i] == '-')) return false;
        if (!dash && std::isxdigit(static_cast<unsigned char>(s[i])) == 0) return false;
    }
    return true;
}

/// An absolute IRI: a scheme (letter, then letters, digits, + - .), a colon and something after it.
bool IsIri(std::string_view s) {
    const auto colon = s.find(':');
    if (colon == std::string_view::npos || colon == 0 || colon + 1 >= s.size()) return false;
    if (std::isalpha(static_cast<unsigned char>(s[0])) == 0) return false;
    for (size_t i = 1; i < colon; ++i) {
        const char c = s[i];
        if (std::isalnum(static_cast<unsigned char>(c)) == 0 && c != '+' && c != '-' && c != '.') return false;
    }
    return s.find(' ') == std::string_view::npos;
}

/// YYYY-MM-DDThh:mm:ss[.fraction](Z|±hh:mm|±hhmm).
bool IsTimestamp(std::string_view s) {
    auto digits = [&](size_t at, size_t n) {
        if (at + n > s.size()) return false;
        for (size_t i = at; i < at + n; ++i) {
            if (std::isdigit(static_cast<unsigned char>(s[i])) == 0) return false;
        }
        return true;
    };
    if (!digits(0, 4) || s.size() < 20 || s[4] != '-' || !digits(5, 2) || s[7] != '-' || !digits(8, 2) ||
        s[10] != 'T' || !digits(11, 2) || s[13] != ':' || !digits(14, 2) || s[16] != ':' || !digits(17, 2)) {
        return false;
    }
    size_t i = 19;
    if (i < s.size() && s[i] == '.') {
        ++i;
        const size_t start = i;
        while (i < s.size() && std::isdigit(static_cast<unsigned char>(s[i])) != 0) ++i;
        if (i == start) return false;
    }
    const std::string_view zone = s.substr(i);
    if (zone == "Z") return true;
    if (zone.size() == 6 && (zone[0] == '+' || zone[0] == '-') && zone[3] == ':') {
        return digits(i + 1, 2) && digits(i + 4, 2) && zone.substr(0, 6) != "-00:00";
    }
    return zone.size() == 5 && (zone[0] == '+' || zone[0] == '-') && digits(i + 1, 4) && zone != "-0000";
}

const json::object* Obj(const json::value* v) {
    return v != nullptr ? v->if_object() : nullptr;
}

std::string Str(const json::object& o, const char* key) {
    const json::value* v = o.if_contains(key);
    return v != nullptr && v->is_string() ? std::string(v->get_string()) : std::string();
}

Result<void> CheckKeys(const json::object& o, std::initializer_list<std::string_view> allowed, const char* where) {
    for (const auto& member : o) {
        bool known = false;
        for (auto a : allowed) known = known || member.key() == a;
        if (!known) return Bad(std::string(where) + " has an unknown property '" + std::string(member.key()) + "'");
    }
    return {};
}

Result<void> CheckLanguageMap(const json::value* v, const char* where) {
    if (v == nullptr) return {};
    const json::object* o = v->if_object();
    if (o == nullptr) return Bad(std::string(where) + " must be a language map");
    for (const auto& m : *o) {
        if (!m.value().is_string()) return Bad(std::string(where) + " must map languages to text");
    }
    return {};
}

Result<void> CheckAgent(const json::value* v, const char* where, bool group_allowed);

Result<void> CheckActivity(const json::object& o, const char* where) {
    if (auto ok = CheckKeys(o, {"objectType", "id", "definition"}, where); !ok) return ok;
    if (!IsIri(Str(o, "id"))) return Bad(std::string(where) + ".id must be an IRI");
    if (const json::value* d = o.if_contains("definition")) {
        const json::object* def = d->if_object();
        if (def == nullptr) return Bad(std::string(where) + ".definition must be an object");
        if (auto ok = CheckLanguageMap(def->if_contains("name"), "definition.name"); !ok) return ok;
        if (auto ok = CheckLanguageMap(def->if_contains("description"), "definition.description"); !ok) return ok;
    }
    return {};
}

Result<void> CheckObject(const json::value* v, bool sub_allowed) {
    const json::object* o = Obj(v);
    if (o == nullptr) return Bad("object is required and must be an object");
    const std::string type = o->contains("objectType") ? Str(*o, "objectType") : "Activity";
    if (type == "Activity") return CheckActivity(*o, "object");
    if (type == "Agent" || type == "Group") return CheckAgent(v, "object", true);
    if (type == "StatementRef") {
        if (auto ok = CheckKeys(*o, {"objectType", "id"}, "object"); !ok) return ok;
        if (!IsUuid(Str(*o, "id"))) return Bad("a StatementRef needs a UUID id");
        return {};
    }
    if (type == "SubStatement" && sub_allowed) {
        if (auto ok = CheckKeys(*o, {"objectType", "actor", "verb", "object", "result", "context", "timestamp"},
                                "SubStatement");
            !ok) {
            return ok;
        }
        if (auto ok = CheckAgent(o->if_contains("actor"), "SubStatement.actor", true); !ok) return ok;
        const json::object* verb = Obj(o->if_contains("verb"));
        if (verb == nullptr || !IsIri(Str(*verb, "id"))) return Bad("SubStatement.verb.id must be an IRI");
        return CheckObject(o->if_contains("object"), false);
    }
    return Bad("object.objectType '" + type + "' is not allowed here");
}

int CountIfis(const json::object& o) {
    int n = 0;
    for (const char* key : {"mbox", "mbox_sha1sum", "openid", "account"}) n += o.contains(key) ? 1 : 0;
    return n;
}

Result<void> CheckAgent(const json::value* v, const char* where, bool group_allowed) {
    const json::object* o = Obj(v);
    if (o == nullptr) return Bad(std::string(where) + " is required and must be an object");
    const std::string type = o->contains("objectType") ? Str(*o, "objectType") : "Agent";
    if (type != "Agent" && !(type == "Group" && group_allowed)) {
        return Bad(std::string(where) + ".objectType must be Agent or Group");
    }
    if (auto ok = CheckKeys(*o, {"objectType", "name", "mbox", "mbox_sha1sum", "openid", "account", "member"}, where);
        !ok) {
        return ok;
    }
    const int ifis = CountIfis(*o);
    if (ifis > 1) return Bad(std::string(where) + " has more than one identifier");
    if (type == "Agent" && ifis == 0) return Bad(std::string(where) + " needs mbox, mbox_sha1sum, openid or account");
    if (type == "Agent" && o->contains("member")) return Bad(std::string(where) + ": an Agent has no member");
    if (type == "Group" && ifis == 0 && !o->contains("member")) {
        return Bad(std::string(where) + ": an anonymous Group needs member");
    }
    if (o->contains("mbox") && Str(*o, "mbox").rfind("mailto:", 0) != 0) {
        return Bad(std::string(where) + ".mbox must be a mailto: IRI");
    }
    if (const json::object* a = Obj(o->if_contains("account"))) {
        if (!IsIri(Str(*a, "homePage")) || Str(*a, "name").empty()) {
            return Bad(std::string(where) + ".account needs homePage (IRL) and name");
        }
    } else if (o->contains("account")) {
        return Bad(std::string(where) + ".account must be an object");
    }
    if (const json::value* m = o->if_contains("member")) {
        if (!m->is_array()) return Bad(std::string(where) + ".member must be an array");
        for (const auto& member : m->as_array()) {
            if (auto ok = CheckAgent(&member, "member", false); !ok) return ok;
        }
    }
    return {};
}

std::string Lower(std::string text) {
    for (char& c : text) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return text;
}

json::value Parse(const std::string& text) {
    boost::system::error_code ec;
    json::value v = json::parse(text, ec);
    return ec ? json::value(nullptr) : v;
}

}  // namespace

std::string NewUuid() {
    std::array<uint8_t, 16> b{};
    randombytes_buf(b.data(), b.size());
    b[6] = static_cast<uint8_t>((b[6] & 0x0F) | 0x40);
    b[8] = static_cast<uint8_t>((b[8] & 0x3F) | 0x80);
    static constexpr char kHex[] = "0123456789abcdef";
    std::string out;
    for (size_t i = 0; i < b.size(); ++i) {
        if (i == 4 || i == 6 || i == 8 || i == 10) out += '-';
        out += kHex[b[i] >> 4];
        out += kHex[b[i] & 15];
    }
    return out;
}

std::string XapiTime(int64_t unix_millis) {
    const auto t = static_cast<std::time_t>(unix_millis / 1000);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[40];
    const size_t n = std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%S", &tm);
    std::snprintf(text + n, sizeof(text) - n, ".%03dZ", static_cast<int>(unix_millis % 1000));
    return text;
}

Result<std::string> AgentKey(const json::value& agent) {
    const json::object* o = agent.if_object();
    if (o == nullptr) return Bad("agent must be an object");
    if (o->contains("mbox")) return "mbox:" + Str(*o, "mbox");
    if (o->contains("mbox_sha1sum")) return "mbox_sha1sum:" + Str(*o, "mbox_sha1sum");
    if (o->contains("openid")) return "openid:" + Str(*o, "openid");
    if (const json::object* a = Obj(o->if_contains("account"))) {
        return "account:" + Str(*a, "homePage") + "|" + Str(*a, "name");
    }
    return Bad("agent needs mbox, mbox_sha1sum, openid or account");
}

Result<void> CheckStatement(const json::value& statement) {
    const json::object* s = statement.if_object();
    if (s == nullptr) return Bad("a statement must be a JSON object");
    if (auto ok = CheckKeys(*s,
                            {"id", "actor", "verb", "object", "result", "context", "timestamp", "stored", "authority",
                             "version", "attachments"},
                            "statement");
        !ok) {
        return ok;
    }
    if (s->contains("id") && !IsUuid(Str(*s, "id"))) return Bad("id must be a UUID");
    if (auto ok = CheckAgent(s->if_contains("actor"), "actor", true); !ok) return ok;
    const json::object* verb = Obj(s->if_contains("verb"));
    if (verb == nullptr) return Bad("verb is required and must be an object");
    if (auto ok = CheckKeys(*verb, {"id", "display"}, "verb"); !ok) return ok;
    if (!IsIri(Str(*verb, "id"))) return Bad("verb.id must be an IRI");
    if (auto ok = CheckLanguageMap(verb->if_contains("display"), "verb.display"); !ok) return ok;
    if (auto ok = CheckObject(s->if_contains("object"), true); !ok) return ok;
    if (Str(*verb, "id") == kVoidedVerb) {
        const json::object* target = Obj(s->if_contains("object"));
        if (target == nullptr || Str(*target, "objectType") != "StatementRef") {
            return Bad("a voiding statement's object must be a StatementRef");
        }
    }
    if (s->contains("timestamp") && !IsTimestamp(Str(*s, "timestamp"))) return Bad("timestamp must be ISO 8601");
    if (s->contains("version") && Str(*s, "version").rfind("1.0", 0) != 0) return Bad("version must be 1.0.x");
    if (const json::value* r = s->if_contains("result")) {
        const json::object* result = r->if_object();
        if (result == nullptr) return Bad("result must be an object");
        if (auto ok =
                CheckKeys(*result, {"score", "success", "completion", "response", "duration", "extensions"}, "result");
            !ok) {
            return ok;
        }
        if (const json::object* score = Obj(result->if_contains("score"))) {
            const json::value* scaled = score->if_contains("scaled");
            if (scaled != nullptr &&
                (!scaled->is_number() || scaled->to_number<double>() < -1 || scaled->to_number<double>() > 1)) {
                return Bad("result.score.scaled must be between -1 and 1");
            }
        }
    }
    if (const json::value* c = s->if_contains("context")) {
        const json::object* context = c->if_object();
        if (context == nullptr) return Bad("context must be an object");
        if (context->contains("registration") && !IsUuid(Str(*context, "registration"))) {
            return Bad("context.registration must be a UUID");
        }
    }
    return {};
}

Result<std::vector<std::string>> XapiService::Store(const json::value& body, const std::optional<std::string>& put_id,
                                                    const XapiCaller& caller, int64_t now_millis) {
    std::vector<json::value> statements;
    if (body.is_array()) {
        if (put_id) return Bad("PUT takes one statement");
        for (const auto& s : body.as_array()) statements.push_back(s);
    } else {
        statements.push_back(body);
    }
    if (statements.empty()) return Bad("no statement");
    const std::string stored = XapiTime(now_millis);
    std::vector<storage::XapiStatementRow> rows;
    rows.reserve(statements.size());
    std::set<std::string> ids;
    for (auto& statement : statements) {
        if (auto ok = CheckStatement(statement); !ok) return ok.error();
        json::object& s = statement.as_object();
        if (put_id) {
            if (!IsUuid(*put_id)) return Bad("statementId must be a UUID");
            if (s.contains("id") && Lower(Str(s, "id")) != Lower(*put_id)) {
                return Bad("the statement's id differs from statementId");
            }
            s["id"] = Lower(*put_id);
        } else if (!s.contains("id")) {
            s["id"] = NewUuid();
        } else {
            s["id"] = Lower(Str(s, "id"));
        }
        // What the LRS sets is not the client's to give.
        s.erase("stored");
        s.erase("authority");
        s.erase("version");
        // No timestamp given: it reads as `stored` (added when presented, so that sending the same statement again
        // compares equal).
        storage::XapiStatementRow row;
        row.id = Str(s, "id");
        if (!ids.insert(row.id).second) return Bad("two statements of one batch share the id " + row.id);
        row.client_id = caller.client_id;
        row.stored = stored;
        row.verb = Str(*s.if_contains("verb")->if_object(), "id");
        const json::object& object = *s.if_contains("object")->if_object();
        const std::string type = object.contains("objectType") ? Str(object, "objectType") : "Activity";
        if (type == "Activity") row.activity = Str(object, "id");
        if (type == "StatementRef" && row.verb == kVoidedVerb) row.voids = Lower(Str(object, "id"));
        auto agent = AgentKey(*s.if_contains("actor"));
        row.agent = agent ? *agent : "";
        if (const json::object* context = Obj(s.if_contains("context")))
            row.registration = Lower(Str(*context, "registration"));
        row.body = json::serialize(s);
        rows.push_back(std::move(row));
    }
    for (const auto& r : rows) {
        if (r.voids.empty()) continue;
        auto target = store_.Xapi().GetStatement(r.voids);
        if (target && !target->voids.empty()) return Bad("a voiding statement cannot be voided");
    }
    auto saved = store_.Xapi().StoreStatements(rows);
    if (!saved) return saved.error();
    std::vector<std::string> out;
    out.reserve(rows.size());
    for (const auto& r : rows) out.push_back(r.id);
    return out;
}

Result<json::value> XapiService::Present(const storage::XapiStatementRow& row,
                                         const std::vector<storage::XapiClient>& clients) {
    json::value v = Parse(row.body);
    if (!v.is_object()) return MakeError(ErrorCode::internal, "stored statement is not JSON: " + row.id);
    json::object& s = v.as_object();
    s["stored"] = row.stored;
    if (!s.contains("timestamp")) s["timestamp"] = row.stored;
    s["version"] = kXapiVersion;
    std::string name = "bangkom";
    std::string key = std::to_string(row.client_id);
    for (const auto& c : clients) {
        if (c.id == row.client_id) {
            name = c.name;
            key = c.key;
        }
    }
    s["authority"] = json::object{{"objectType", "Agent"},
                                  {"name", name},
                                  {"account", json::object{{"homePage", "urn:bangkom:xapi-client"}, {"name", key}}}};
    return v;
}

Result<json::value> XapiService::Get(const std::string& id, bool voided) {
    auto row = store_.Xapi().GetStatement(Lower(id));
    if (!row) return row.error();
    if (row->voided != voided) {
        return MakeError(ErrorCode::not_found, voided ? "Pernyataan ini tidak dibatalkan (statement is not voided)"
                                                      : "Pernyataan ini dibatalkan (statement is voided)");
    }
    auto clients = store_.Xapi().ListClients();
    if (!clients) return clients.error();
    return Present(*row, *clients);
}

Result<XapiPage> XapiService::Query(const storage::XapiQuery& query) {
    auto rows = store_.Xapi().QueryStatements(query);
    if (!rows) return rows.error();
    XapiPage page;
    const bool more = static_cast<int>(rows->size()) > query.limit;
    if (more) rows->pop_back();
    auto clients = store_.Xapi().ListClients();
    if (!clients) return clients.error();
    for (const auto& r : *rows) {
        auto v = Present(r, *clients);
        if (!v) return v.error();
        page.statements.push_back(std::move(*v));
    }
    if (more && !rows->empty()) page.next_after = rows->back().seq;
    return page;
}

Result<std::pair<storage::XapiClient, std::string>> XapiService::CreateClient(const std::string& name, int64_t by,
                                                                              int64_t now,
                                                                              const std::string& hash_key) {
    storage::XapiClient c;
    c.name = name;
    c.key = "bkm-" + RandomHex(8);
    const std::string secret = RandomHex(24);
    c.secret_hash = KeyedHash(hash_key, secret);
    c.created_at = now;
    c.created_by = by;
    auto id = store_.Xapi().CreateClient(c);
    if (!id) return id.error();
    c.id = *id;
    return std::pair{c, secret};
}

Result<storage::XapiClient> XapiService::Authenticate(const std::string& key, const std::string& secret,
                                                      const std::string& hash_key) {
    const Error refused = MakeError(ErrorCode::unauthenticated,
                                    "Kredensial xAPI tidak dikenal atau tidak aktif (unknown or inactive credentials)");
    auto c = store_.Xapi().FindClient(key);
    if (!c) return c.error().code == ErrorCode::not_found ? refused : c.error();
    const std::string hash = KeyedHash(hash_key, secret);
    if (!c->active || hash.size() != c->secret_hash.size() ||
        sodium_memcmp(hash.data(), c->secret_hash.data(), hash.size()) != 0) {
        return refused;
    }
    return c;
}

}  // namespace bangkom::services
