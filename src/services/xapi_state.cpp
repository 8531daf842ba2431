// The xAPI State API (xapi_state.hpp).

#include "services/xapi_state.hpp"

#include <sodium.h>

#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <cctype>
#include <ctime>
#include <regex>

#include "services/xapi_service.hpp"

namespace bangkom::services {
namespace json = boost::json;

namespace {

Error Bad(const std::string& message) {
    return MakeError(ErrorCode::invalid_argument, message);
}

Error Precondition() {
    return MakeError(ErrorCode::failed_precondition,
                     "Prasyarat If-Match / If-None-Match tidak terpenuhi (precondition failed)");
}

std::string Base64(const std::string& bytes) {
    const size_t size = sodium_base64_encoded_len(bytes.size(), sodium_base64_VARIANT_ORIGINAL);
    std::string out(size, '\0');
    sodium_bin2base64(out.data(), size, reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size(),
                      sodium_base64_VARIANT_ORIGINAL);
    out.resize(size - 1);  // the terminating NUL
    return out;
}

std::string Unbase64(const std::string& text) {
    std::string out(text.size(), '\0');
    size_t length = 0;
    if (sodium_base642bin(reinterpret_cast<unsigned char*>(out.data()), out.size(), text.data(), text.size(), nullptr,
                          &length, nullptr, sodium_base64_VARIANT_ORIGINAL) != 0) {
        return {};
    }
    out.resize(length);
    return out;
}

std::string Etag(const std::string& bytes) {
    std::array<unsigned char, crypto_hash_sha256_BYTES> digest{};
    crypto_hash_sha256(digest.data(), reinterpret_cast<const unsigned char*>(bytes.data()), bytes.size());
    std::array<char, crypto_hash_sha256_BYTES * 2 + 1> hex{};
    sodium_bin2hex(hex.data(), hex.size(), digest.data(), digest.size());
    return "\"" + std::string(hex.data()) + "\"";
}

bool IsJson(const std::string& content_type) {
    return content_type.rfind("application/json", 0) == 0;
}

std::optional<json::object> JsonObject(const std::string& text) {
    boost::system::error_code ec;
    json::value v = json::parse(text, ec);
    if (ec || !v.is_object()) return std::nullopt;
    return std::move(v.as_object());
}

/// Whether the preconditions hold for the current document (nullopt = none).
bool Holds(const XapiPreconditions& pre, const std::optional<storage::XapiStateRow>& current) {
    if (!pre.if_match.empty()) {
        if (!current) return false;
        if (pre.if_match != "*" && pre.if_match.find(current->etag) == std::string::npos) return false;
    }
    if (!pre.if_none_match.empty() && current) {
        if (pre.if_none_match == "*" || pre.if_none_match.find(current->etag) != std::string::npos) return false;
    }
    return true;
}

}  // namespace

std::optional<int64_t> ParseXapiTime(const std::string& text) {
    static const std::regex kIso(
        R"(^(\d{4})-(\d{2})-(\d{2})T(\d{2}):(\d{2}):(\d{2})(?:\.(\d{1,9}))?(Z|[+-]\d{2}:?\d{2})$)");
    std::smatch m;
    if (!std::regex_match(text, m, kIso)) return std::nullopt;
    std::tm tm{};
    tm.tm_year = std::stoi(m[1]) - 1900;
    tm.tm_mon = std::stoi(m[2]) - 1;
    tm.tm_mday = std::stoi(m[3]);
    tm.tm_hour = std::stoi(m[4]);
    tm.tm_min = std::stoi(m[5]);
    tm.tm_sec = std::stoi(m[6]);
    int64_t ms = int64_t{timegm(&tm)} * 1000;
    if (m[7].matched) ms += std::stoll((m[7].str() + "00").substr(0, 3));
    const std::string zone = m[8];
    if (zone != "Z") {
        const int sign = zone[0] == '-' ? -1 : 1;
        const std::string digits = std::regex_replace(zone.substr(1), std::regex(":"), "");
        const int minutes = std::stoi(digits.substr(0, 2)) * 60 + std::stoi(digits.substr(2, 2));
        ms -= int64_t{sign} * minutes * 60'000;
    }
    return ms;
}

Result<storage::XapiStateKey> XapiStateService::KeyOf(const XapiStateParams& p, bool need_state_id) {
    static const std::regex kIri(R"(^[A-Za-z][A-Za-z0-9+.\-]*:[^\s]+$)");
    static const std::regex kUuid(R"(^[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12}$)");
    if (p.activity_id.empty()) return Bad("Parameter activityId wajib (activityId is required)");
    if (!std::regex_match(p.activity_id, kIri)) return Bad("activityId harus IRI (activityId must be an IRI)");
    if (p.agent.empty()) return Bad("Parameter agent wajib (agent is required)");
    boost::system::error_code ec;
    const json::value agent = json::parse(p.agent, ec);
    if (ec || !agent.is_object()) return Bad("agent harus objek JSON (agent must be a JSON object)");
    auto agent_key = AgentKey(agent);
    if (!agent_key) return agent_key.error();
    if (!p.registration.empty() && !std::regex_match(p.registration, kUuid)) {
        return Bad("registration harus UUID (registration must be a UUID)");
    }
    if (need_state_id && p.state_id.empty()) return Bad("Parameter stateId wajib (stateId is required)");
    std::string registration = p.registration;
    for (char& c : registration) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return storage::XapiStateKey{p.activity_id, *agent_key, registration, p.state_id};
}

Result<void> XapiStateService::Write(const XapiStateParams& params, const std::string& content,
                                     const std::string& content_type, bool merge, const XapiPreconditions& pre,
                                     int64_t now_ms) {
    auto key = KeyOf(params, true);
    if (!key) return key.error();
    // Read, check, merge, then store only if nobody wrote in between (compare-and-set on the ETag); a write that
    // lost the race reads again, so a merge never drops another writer's keys and If-Match is checked atomically.
    constexpr int kAttempts = 8;
    for (int attempt = 0; attempt < kAttempts; ++attempt) {
        auto found = store_.Xapi().GetState(*key);
        if (!found && found.error().code != ErrorCode::not_found) return found.error();
        const std::optional<storage::XapiStateRow> current =
            found ? std::optional<storage::XapiStateRow>(*found) : std::nullopt;
        if (!Holds(pre, current)) return Precondition();
        std::string bytes = content;
        std::string type = content_type.empty() ? "application/octet-stream" : content_type;
        if (merge) {
            auto posted = IsJson(content_type) ? JsonObject(content) : std::nullopt;
            if (!posted) {
                return Bad("POST memerlukan dokumen JSON berupa objek (POST needs a JSON object document)");
            }
            if (current) {
                auto stored = IsJson(current->content_type) ? JsonObject(Unbase64(current->content)) : std::nullopt;
                if (!stored) {
                    return Bad(
                        "Dokumen yang tersimpan bukan objek JSON; tidak dapat digabung (the stored document is "
                        "not a JSON object; it cannot be merged)");
                }
                for (auto& [name, value] : *posted) (*stored)[name] = std::move(value);
                bytes = json::serialize(*stored);
            }
            type = "application/json";
        }
        auto stored = store_.Xapi().PutStateIf(storage::XapiStateRow{*key, Base64(bytes), type, Etag(bytes), now_ms},
                                               current ? current->etag : std::string());
        if (stored || stored.error().code != ErrorCode::conflict) return stored;
    }
    return MakeError(ErrorCode::conflict,
                     "Dokumen state terus berubah; coba lagi (the state document keeps changing; try again)");
}

Result<XapiDocument> XapiStateService::Get(const XapiStateParams& params) {
    auto key = KeyOf(params, true);
    if (!key) return key.error();
    auto row = store_.Xapi().GetState(*key);
    if (!row) return row.error();
    return XapiDocument{Unbase64(row->content), row->content_type, row->etag, row->updated_ms};
}

Result<std::vector<std::string>> XapiStateService::Ids(const XapiStateParams& params) {
    auto key = KeyOf(params, false);
    if (!key) return key.error();
    int64_t since = -1;
    if (!params.since.empty()) {
        auto parsed = ParseXapiTime(params.since);
        if (!parsed) return Bad("since harus waktu ISO 8601 (since must be an ISO 8601 time)");
        since = *parsed;
    }
    return store_.Xapi().StateIds(*key, since);
}

Result<void> XapiStateService::Delete(const XapiStateParams& params, const XapiPreconditions& pre) {
    auto key = KeyOf(params, false);
    if (!key) return key.error();
    if (!key->state_id.empty() && (!pre.if_match.empty() || !pre.if_none_match.empty())) {
        auto found = store_.Xapi().GetState(*key);
        if (!found && found.error().code != ErrorCode::not_found) return found.error();
        if (!Holds(pre, found ? std::optional<storage::XapiStateRow>(*found) : std::nullopt)) return Precondition();
    }
    return store_.Xapi().DeleteState(*key);
}

}  // namespace bangkom::services
