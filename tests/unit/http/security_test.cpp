#include "http/security.hpp"

#include <gtest/gtest.h>

namespace bangkom::http {
namespace {

TEST(ConstantTimeEquals, EqualOnlyWhenSameBytes) {
    EXPECT_TRUE(ConstantTimeEquals("abc123", "abc123"));
    EXPECT_FALSE(ConstantTimeEquals("abc123", "abc124"));
    EXPECT_FALSE(ConstantTimeEquals("abc123", "abc12"));
    EXPECT_FALSE(ConstantTimeEquals("", ""));  // a missing token never matches a missing session token
}

TEST(ParseCookies, SplitsTrimsAndUnquotes) {
    const auto c = ParseCookies("a=1; bangkom_session=\"tok\";  theme = dark ;bad; =x");
    EXPECT_EQ(c.at("a"), "1");
    EXPECT_EQ(c.at(kSessionCookie), "tok");
    EXPECT_EQ(c.at("theme"), "dark");
    EXPECT_EQ(c.count("bad"), 0u);
    EXPECT_EQ(c.size(), 3u);
}

TEST(ParseCookies, FirstValueWins) {
    EXPECT_EQ(ParseCookies("a=1; a=2").at("a"), "1");
}

TEST(ParseCookies, EmptyHeader) {
    EXPECT_TRUE(ParseCookies("").empty());
}

TEST(SessionCookie, HasTheSafetyFlags) {
    const std::string c = SessionCookie("tok", 28800, false);
    EXPECT_EQ(c.rfind("bangkom_session=tok;", 0), 0u);
    EXPECT_NE(c.find("HttpOnly"), std::string::npos);
    EXPECT_NE(c.find("SameSite=Lax"), std::string::npos);
    EXPECT_NE(c.find("Path=/"), std::string::npos);
    EXPECT_NE(c.find("Max-Age=28800"), std::string::npos);
    EXPECT_EQ(c.find("Secure"), std::string::npos);
    EXPECT_NE(SessionCookie("tok", 1, true).find("; Secure"), std::string::npos);
}

TEST(ClearedSessionCookie, ExpiresAtOnce) {
    EXPECT_NE(ClearedSessionCookie(false).find("Max-Age=0"), std::string::npos);
    EXPECT_EQ(ClearedSessionCookie(false).rfind("bangkom_session=;", 0), 0u);
}

TEST(AddSecurityHeaders, EveryResponseAndNoStoreOnApi) {
    Response page;
    AddSecurityHeaders(page, false);
    EXPECT_NE(page.HeaderValue("Content-Security-Policy").find("frame-ancestors 'none'"), std::string::npos);
    EXPECT_EQ(page.HeaderValue("X-Content-Type-Options"), "nosniff");
    EXPECT_EQ(page.HeaderValue("X-Frame-Options"), "DENY");
    EXPECT_EQ(page.HeaderValue("Referrer-Policy"), "same-origin");
    EXPECT_EQ(page.HeaderValue("Cache-Control"), "");
    Response api;
    AddSecurityHeaders(api, true);
    EXPECT_EQ(api.HeaderValue("cache-control"), "no-store");
}

TEST(IsStateChanging, WritesOnly) {
    EXPECT_TRUE(IsStateChanging("POST"));
    EXPECT_TRUE(IsStateChanging("PUT"));
    EXPECT_TRUE(IsStateChanging("PATCH"));
    EXPECT_TRUE(IsStateChanging("DELETE"));
    EXPECT_FALSE(IsStateChanging("GET"));
    EXPECT_FALSE(IsStateChanging("HEAD"));
}

TEST(ClientAddressTest, WithoutTrustedProxiesThePeerIsTheClient) {
    EXPECT_EQ(ClientAddress("10.0.0.5", "1.2.3.4", {}), "10.0.0.5");
}

TEST(ClientAddressTest, AnUntrustedPeerCannotClaimAnotherAddress) {
    EXPECT_EQ(ClientAddress("10.0.0.5", "1.2.3.4", {"127.0.0.1"}), "10.0.0.5");
}

TEST(ClientAddressTest, BehindATrustedProxyTheAddressItAppendedCounts) {
    EXPECT_EQ(ClientAddress("127.0.0.1", "203.0.113.7", {"10.0.0.9", "127.0.0.1"}), "203.0.113.7");
    // a client's own X-Forwarded-For comes first; nginx appends the real address last
    EXPECT_EQ(ClientAddress("127.0.0.1", "6.6.6.6, 203.0.113.7 ", {"127.0.0.1"}), "203.0.113.7");
}

TEST(ClientAddressTest, ATrustedProxyWithoutTheHeaderIsThePeer) {
    EXPECT_EQ(ClientAddress("127.0.0.1", "", {"127.0.0.1"}), "127.0.0.1");
    EXPECT_EQ(ClientAddress("127.0.0.1", " , ", {"127.0.0.1"}), "127.0.0.1");
}

TEST(IsCrossSite, SameHostOrNoBrowserHeadersPass) {
    EXPECT_FALSE(IsCrossSite("", "", "bangkom.jambiprov.go.id"));
    EXPECT_FALSE(IsCrossSite("https://bangkom.jambiprov.go.id", "same-origin", "bangkom.jambiprov.go.id"));
    EXPECT_FALSE(IsCrossSite("http://127.0.0.1:8080", "", "127.0.0.1:8080"));
    EXPECT_FALSE(IsCrossSite("", "none", "127.0.0.1:8080"));  // typed into the address bar
}

TEST(IsCrossSite, OtherSiteOrOpaqueOriginFails) {
    EXPECT_TRUE(IsCrossSite("https://evil.example", "", "bangkom.jambiprov.go.id"));
    EXPECT_TRUE(IsCrossSite("http://127.0.0.1:9090", "", "127.0.0.1:8080"));
    EXPECT_TRUE(IsCrossSite("null", "", "127.0.0.1:8080"));
    EXPECT_TRUE(IsCrossSite("", "cross-site", "127.0.0.1:8080"));
}

}  // namespace
}  // namespace bangkom::http
