#include "http/security.hpp"

#include <sodium.h>

#include <string>

namespace bangkom::http {
namespace {

std::string_view Trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

}  // namespace

bool ConstantTimeEquals(std::string_view a, std::string_view b) {
    if (a.size() != b.size() || a.empty()) return false;
    return sodium_memcmp(a.data(), b.data(), a.size()) == 0;
}

std::map<std::string, std::string> ParseCookies(std::string_view header) {
    std::map<std::string, std::string> out;
    while (!header.empty()) {
        const size_t semi = header.find(';');
        const std::string_view pair = Trim(header.substr(0, semi));
        header = semi == std::string_view::npos ? std::string_view{} : header.substr(semi + 1);
        const size_t eq = pair.find('=');
        if (eq == std::string_view::npos || eq == 0) continue;
        std::string_view value = Trim(pair.substr(eq + 1));
        if (value.size() >= 2 && value.front() == '"' && value.back() == '"') value = value.substr(1, value.size() - 2);
        out.emplace(std::string(Trim(pair.substr(0, eq))), std::string(value));  // first one wins
    }
    return out;
}

std::string SessionCookie(const std::string& token, int64_t max_age_seconds, bool secure) {
    std::string out = std::string(kSessionCookie) + "=" + token +
                      "; Path=/; HttpOnly; SameSite=Lax; Max-Age=" + std::to_string(max_age_seconds);
    if (secure) out += "; Secure";
    return out;
}

std::string ClearedSessionCookie(bool secure) {
    std::string out = std::string(kSessionCookie) + "=; Path=/; HttpOnly; SameSite=Lax; Max-Age=0";
    if (secure) out += "; Secure";
    return out;
}

void AddSecurityHeaders(Response& response, bool api) {
    // A route that serves course content (a SCORM package's pages, a PDF shown in a frame) sets its own policy.
    if (response.HeaderValue("Content-Security-Policy").empty()) {
        response.SetHeader("Content-Security-Policy",
                           "default-src 'self'; img-src 'self' data:; style-src 'self' 'unsafe-inline'; "
                           "frame-ancestors 'none'; object-src 'none'; base-uri 'self'");
        response.SetHeader("X-Frame-Options", "DENY");
    }
    response.SetHeader("X-Content-Type-Options", "nosniff");
    response.SetHeader("Referrer-Policy", "same-origin");
    if (api && response.HeaderValue("Cache-Control").empty()) response.SetHeader("Cache-Control", "no-store");
}

bool IsStateChanging(std::string_view method) {
    return method == "POST" || method == "PUT" || method == "PATCH" || method == "DELETE";
}

bool IsCrossSite(std::string_view origin, std::string_view sec_fetch_site, std::string_view host) {
    if (sec_fetch_site == "cross-site") return true;
    if (origin.empty()) return false;
    const size_t scheme = origin.find("://");
    if (scheme == std::string_view::npos) return true;  // "null" (sandboxed frame, file:) or garbage
    return origin.substr(scheme + 3) != host;
}

std::string ClientAddress(const std::string& peer, std::string_view forwarded_for,
                          const std::vector<std::string>& trusted_proxies) {
    bool trusted = false;
    for (const auto& proxy : trusted_proxies) trusted = trusted || proxy == peer;
    if (!trusted) return peer;
    const size_t comma = forwarded_for.rfind(',');
    std::string_view last = comma == std::string_view::npos ? forwarded_for : forwarded_for.substr(comma + 1);
    while (!last.empty() && (last.front() == ' ' || last.front() == '\t')) last.remove_prefix(1);
    while (!last.empty() && (last.back() == ' ' || last.back() == '\t')) last.remove_suffix(1);
    return last.empty() ? peer : std::string(last);
}

}  // namespace bangkom::http
