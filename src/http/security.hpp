#pragma once
// Cookies, CSRF comparison and the security headers every response carries.

#include <map>
#include <string>
#include <string_view>
#include <vector>

#include "http/message.hpp"

namespace bangkom::http {

inline constexpr const char* kSessionCookie = "bangkom_session";

/// Compares in time independent of where the strings differ (CSRF tokens). Different lengths → false.
bool ConstantTimeEquals(std::string_view a, std::string_view b);
/// Parses a Cookie header ("a=1; b=2") into name → value; malformed pairs are skipped.
std::map<std::string, std::string> ParseCookies(std::string_view header);
/// Set-Cookie value for the session: HttpOnly, SameSite=Lax, Path=/, Max-Age, Secure when asked.
std::string SessionCookie(const std::string& token, int64_t max_age_seconds, bool secure);
/// Set-Cookie value that removes the session cookie.
std::string ClearedSessionCookie(bool secure);
/// CSP, nosniff, frame and referrer policy on every response; Cache-Control no-store on API answers.
void AddSecurityHeaders(Response& response, bool api);
/// The client's address for rate limits and logs: the TCP peer, or, when the peer is one of `trusted_proxies`
/// (nginx), the last address of its X-Forwarded-For (the one the proxy appended; earlier ones come from the
/// client and are not believed). Behind nginx without this, every client would share nginx's address.
std::string ClientAddress(const std::string& peer, std::string_view forwarded_for,
                          const std::vector<std::string>& trusted_proxies);
/// True for methods that change state and so need the CSRF token.
bool IsStateChanging(std::string_view method);
/// True when a browser says the request comes from another site: Sec-Fetch-Site "cross-site", or an Origin
/// header ("null" included) whose host:port is not `host`. Public routes that change state (they have no CSRF
/// token) refuse such requests; clients that send neither header (curl, scripts) are not browsers' victims.
bool IsCrossSite(std::string_view origin, std::string_view sec_fetch_site, std::string_view host);

}  // namespace bangkom::http
