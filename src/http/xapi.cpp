#include "http/xapi.hpp"

#include <sodium.h>
#include <spdlog/spdlog.h>

#include <boost/json/array.hpp>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>
#include <charconv>
#include <chrono>
#include <optional>

#include "http/errors.hpp"
#include "services/course_service.hpp"
#include "services/xapi_service.hpp"
#include "services/xapi_state.hpp"

namespace bangkom::http {
namespace json = boost::json;

namespace {

constexpr int kMaxLimit = 500;

int64_t NowMillis() {
    return std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

Response WithVersion(Response r) {
    r.SetHeader("X-Experience-API-Version", services::kXapiVersion);
    return r;
}

Response Fail(ErrorCode code, const std::string& message) {
    return WithVersion(ErrorResponse(MakeError(code, message)));
}

/// (key, secret) of an "Authorization: Basic …" header.
std::optional<std::pair<std::string, std::string>> BasicCredentials(const std::string& header) {
    constexpr std::string_view kBasic = "Basic ";
    if (header.size() <= kBasic.size() || header.compare(0, kBasic.size(), kBasic) != 0) return std::nullopt;
    const std::string encoded = header.substr(kBasic.size());
    std::string decoded(encoded.size(), '\0');
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(decoded.data()), decoded.size(), encoded.data(),
                          encoded.size(), nullptr, &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
        return std::nullopt;
    }
    decoded.resize(length);
    const auto colon = decoded.find(':');
    if (colon == std::string::npos) return std::nullopt;
    return std::pair{decoded.substr(0, colon), decoded.substr(colon + 1)};
}

}  // namespace

bool IsXapiPath(const std::string& path) {
    return path == "/xapi" || path.rfind("/xapi/", 0) == 0;
}

struct XapiEndpoint::Impl {
    Impl(storage::Store& s, std::string key) : service(s), state(s), courses(s, {}), hash_key(std::move(key)) {}

    Response Handle(const Request& rq) {
        std::string path = rq.path;
        while (path.size() > 1 && path.back() == '/') path.pop_back();
        if (path == "/xapi/about") {
            if (rq.method != "GET" && rq.method != "HEAD") return Fail(ErrorCode::invalid_argument, "GET only");
            return WithVersion(JsonResponse(json::object{{"version", json::array{services::kXapiVersion}}}));
        }
        const std::string& version = rq.Header("x-experience-api-version");
        if (version.rfind("1.0", 0) != 0) {
            return Fail(ErrorCode::invalid_argument,
                        "Header X-Experience-API-Version 1.0.x wajib (the X-Experience-API-Version header must be "
                        "1.0.x)");
        }
        const auto credentials = BasicCredentials(rq.Header("authorization"));
        if (!credentials) {
            Response r = Fail(ErrorCode::unauthenticated, "Autentikasi Basic diperlukan (Basic authentication needed)");
            r.SetHeader("WWW-Authenticate", "Basic realm=\"Bangkom LRS\"");
            return r;
        }
        auto client = service.Authenticate(credentials->first, credentials->second, hash_key);
        if (!client) return WithVersion(ErrorResponse(client.error()));
        const services::XapiCaller caller{client->id, client->name, client->key};
        if (path == "/xapi/activities/state") return State(rq);
        if (path != "/xapi/statements")
            return Fail(ErrorCode::not_found, "Sumber xAPI tidak dikenal (unknown resource)");
        if (rq.method == "PUT" || rq.method == "POST") return Store(rq, caller);
        if (rq.method == "GET" || rq.method == "HEAD") return Get(rq);
        return Fail(ErrorCode::invalid_argument, "Metode tidak didukung (method not supported)");
    }

    Response Store(const Request& rq, const services::XapiCaller& caller) {
        if (rq.Header("content-type").rfind("application/json", 0) != 0) {
            return Fail(ErrorCode::invalid_argument, "Content-Type harus application/json (must be application/json)");
        }
        boost::system::error_code ec;
        const json::value body = json::parse(rq.body, ec);
        if (ec) return Fail(ErrorCode::invalid_argument, "Badan permintaan bukan JSON (the body is not JSON)");
        std::optional<std::string> put_id;
        if (rq.method == "PUT") {
            put_id = rq.Query("statementId");
            if (put_id->empty())
                return Fail(ErrorCode::invalid_argument, "PUT memerlukan statementId (needs statementId)");
        }
        auto ids = service.Store(body, put_id, caller, NowMillis());
        if (!ids) return WithVersion(ErrorResponse(ids.error()));
        // statements naming a module's activity count as that learner's progress (stored either way)
        if (auto moved = courses.RecordStatements(body, NowMillis() / 1000); !moved) {
            spdlog::warn("xAPI → course progress: {}", moved.error().message);
        }
        if (put_id) {
            Response r;
            r.status = 204;
            return WithVersion(r);
        }
        json::array out;
        for (const auto& id : *ids) out.emplace_back(id);
        return WithVersion(JsonResponse(out));
    }

    Response Get(const Request& rq) {
        const std::string id = rq.Query("statementId");
        const std::string voided = rq.Query("voidedStatementId");
        if (!id.empty() || !voided.empty()) {
            if (!id.empty() && !voided.empty()) {
                return Fail(ErrorCode::invalid_argument,
                            "statementId atau voidedStatementId, bukan keduanya (not both)");
            }
            for (const char* other : {"agent", "verb", "activity", "registration", "since", "until", "limit"}) {
                if (!rq.Query(other).empty()) {
                    return Fail(ErrorCode::invalid_argument,
                                std::string("Parameter ") + other + " tidak boleh bersama statementId (not allowed)");
                }
            }
            auto statement = service.Get(id.empty() ? voided : id, !voided.empty());
            if (!statement) return WithVersion(ErrorResponse(statement.error()));
            return WithVersion(JsonResponse(*statement));
        }
        storage::XapiQuery q;
        q.verb = rq.Query("verb");
        q.activity = rq.Query("activity");
        q.registration = rq.Query("registration");
        q.since = rq.Query("since");
        q.until = rq.Query("until");
        q.ascending = rq.Query("ascending") == "true";
        if (const std::string agent = rq.Query("agent"); !agent.empty()) {
            boost::system::error_code ec;
            const json::value a = json::parse(agent, ec);
            auto key = ec ? Result<std::string>(MakeError(ErrorCode::invalid_argument, "agent must be JSON"))
                          : services::AgentKey(a);
            if (!key) return WithVersion(ErrorResponse(key.error()));
            q.agent = *key;
        }
        auto number = [&](const char* name, int64_t& out) {
            const std::string text = rq.Query(name);
            if (text.empty()) return true;
            const auto [ptr, ec] = std::from_chars(text.data(), text.data() + text.size(), out);
            return ec == std::errc{} && ptr == text.data() + text.size() && out >= 0;
        };
        int64_t limit = 0;
        if (!number("limit", limit) || !number("after", q.after)) {
            return Fail(ErrorCode::invalid_argument, "limit dan after harus bilangan (must be numbers)");
        }
        q.limit = static_cast<int>(limit == 0 || limit > kMaxLimit ? kMaxLimit : limit);
        auto page = service.Query(q);
        if (!page) return WithVersion(ErrorResponse(page.error()));
        std::string more;
        if (page->next_after > 0) {
            more = "/xapi/statements?after=" + std::to_string(page->next_after) + "&limit=" + std::to_string(q.limit);
            for (const char* name : {"verb", "activity", "registration", "since", "until", "agent", "ascending"}) {
                const std::string value = rq.Query(name);
                if (!value.empty()) more += std::string("&") + name + "=" + Encode(value);
            }
        }
        json::array statements;
        for (auto& s : page->statements) statements.push_back(std::move(s));
        Response r = WithVersion(JsonResponse(json::object{{"statements", std::move(statements)}, {"more", more}}));
        r.SetHeader("X-Experience-API-Consistent-Through", services::XapiTime(NowMillis()));
        return r;
    }

    /// The State API: PUT replaces, POST merges JSON objects, GET one (with its ETag) or the ids, DELETE one or all.
    Response State(const Request& rq) {
        services::XapiStateParams params{rq.Query("activityId"), rq.Query("agent"), rq.Query("registration"),
                                         rq.Query("stateId"), rq.Query("since")};
        const services::XapiPreconditions pre{rq.Header("if-match"), rq.Header("if-none-match")};
        auto no_content = [] {
            Response r;
            r.status = 204;
            r.content_type.clear();
            return WithVersion(r);
        };
        if (rq.method == "PUT" || rq.method == "POST") {
            auto written =
                state.Write(params, rq.body, rq.Header("content-type"), rq.method == "POST", pre, NowMillis());
            if (!written) return WithVersion(ErrorResponse(written.error()));
            return no_content();
        }
        if (rq.method == "DELETE") {
            auto removed = state.Delete(params, pre);
            if (!removed) return WithVersion(ErrorResponse(removed.error()));
            return no_content();
        }
        if (rq.method != "GET" && rq.method != "HEAD") {
            return Fail(ErrorCode::invalid_argument, "Metode tidak didukung (method not supported)");
        }
        if (params.state_id.empty()) {
            auto ids = state.Ids(params);
            if (!ids) return WithVersion(ErrorResponse(ids.error()));
            json::array out;
            for (const auto& id : *ids) out.emplace_back(id);
            return WithVersion(JsonResponse(out));
        }
        if (!params.since.empty()) {
            return Fail(ErrorCode::invalid_argument, "since hanya untuk daftar stateId (since only lists ids)");
        }
        auto document = state.Get(params);
        if (!document) return WithVersion(ErrorResponse(document.error()));
        Response r;
        r.status = 200;
        r.content_type = document->content_type;
        r.body = std::move(document->content);
        r.SetHeader("ETag", document->etag);
        r.SetHeader("Last-Modified", services::XapiTime(document->updated_ms));
        return WithVersion(r);
    }

    static std::string Encode(const std::string& text) {
        static constexpr char kHex[] = "0123456789ABCDEF";
        std::string out;
        for (const unsigned char c : text) {
            if (std::isalnum(c) != 0 || c == '-' || c == '_' || c == '.' || c == '~') {
                out += static_cast<char>(c);
            } else {
                out += '%';
                out += kHex[c >> 4];
                out += kHex[c & 15];
            }
        }
        return out;
    }

    services::XapiService service;
    services::XapiStateService state;
    services::CourseService courses;  // no content root: it only records progress
    std::string hash_key;
};

XapiEndpoint::XapiEndpoint(storage::Store& store, std::string hash_key)
    : impl_(std::make_unique<Impl>(store, std::move(hash_key))) {}
XapiEndpoint::~XapiEndpoint() = default;

Response XapiEndpoint::Handle(const Request& request) {
    return impl_->Handle(request);
}

}  // namespace bangkom::http
