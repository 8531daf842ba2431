#include "http/router.hpp"

#include <gtest/gtest.h>

namespace bangkom::http {
namespace {

Route MakeRoute(std::string method, std::string pattern, Access access = Access::any_user,
                std::vector<domain::Role> roles = {}) {
    Route r;
    r.method = std::move(method);
    r.pattern = std::move(pattern);
    r.access = access;
    r.roles = std::move(roles);
    r.handler = [](Call&) { return Response{}; };
    return r;
}

RouteTable Table() {
    RouteTable t;
    t.Add(MakeRoute("GET", "/data/{kind}"));
    t.Add(MakeRoute("GET", "/data/{kind}/export"));
    t.Add(MakeRoute("GET", "/data/{kind}/{key}"));
    t.Add(MakeRoute("POST", "/users"));
    return t;
}

TEST(SplitPath, DropsEmptySegments) {
    EXPECT_EQ(SplitPath("/a//b/"), (std::vector<std::string>{"a", "b"}));
    EXPECT_TRUE(SplitPath("/").empty());
}

TEST(RouteTable, MatchesParamsByName) {
    const auto t = Table();
    const auto m = t.Match("GET", "/data/pegawai/198609262015051001");
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.route->pattern, "/data/{kind}/{key}");
    EXPECT_EQ(m.params.at("kind"), "pegawai");
    EXPECT_EQ(m.params.at("key"), "198609262015051001");
}

TEST(RouteTable, EarlierLiteralRouteWinsOverParam) {
    const auto t = Table();
    const auto m = t.Match("GET", "/data/opd/export");
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.route->pattern, "/data/{kind}/export");
    EXPECT_EQ(m.params.count("key"), 0u);
}

TEST(RouteTable, ALastRestParamTakesTheRemainingSegments) {
    RouteTable t;
    t.Add(MakeRoute("GET", "/modules/{id}/scorm/{path...}"));
    const auto m = t.Match("GET", "/modules/7/scorm/konten/kuis/mulai.html");
    ASSERT_NE(m.route, nullptr);
    EXPECT_EQ(m.params.at("id"), "7");
    EXPECT_EQ(m.params.at("path"), "konten/kuis/mulai.html");
    EXPECT_EQ(t.Match("GET", "/modules/7/scorm/index.html").params.at("path"), "index.html");
    EXPECT_EQ(t.Match("GET", "/modules/7/scorm").route, nullptr);  // the rest needs one segment at least
    EXPECT_EQ(t.Match("GET", "/modules/7/other/index.html").route, nullptr);
}

TEST(RouteTable, SegmentCountMustMatch) {
    const auto t = Table();
    EXPECT_EQ(t.Match("GET", "/data").route, nullptr);
    EXPECT_EQ(t.Match("GET", "/data/a/b/c").route, nullptr);
    EXPECT_FALSE(t.Match("GET", "/nothing").path_known);
}

TEST(RouteTable, OtherMethodIsReportedAsKnownPath) {
    const auto t = Table();
    const auto m = t.Match("GET", "/users");
    EXPECT_EQ(m.route, nullptr);
    EXPECT_TRUE(m.path_known);
}

TEST(RouteTable, HeadMatchesGet) {
    const auto t = Table();
    EXPECT_NE(t.Match("HEAD", "/data/opd").route, nullptr);
    EXPECT_EQ(t.Match("HEAD", "/users").route, nullptr);
}

TEST(RoleAllowed, PublicAnyUserAndRoles) {
    storage::User asn;
    asn.role = domain::Role::asn;
    storage::User admin;
    admin.role = domain::Role::admin_bkd;
    const auto pub = MakeRoute("GET", "/health", Access::public_access);
    const auto any = MakeRoute("GET", "/kinds");
    const auto admins = MakeRoute("GET", "/users", Access::roles, {domain::Role::admin_bkd});
    EXPECT_TRUE(RoleAllowed(pub, std::nullopt));
    EXPECT_FALSE(RoleAllowed(any, std::nullopt));
    EXPECT_TRUE(RoleAllowed(any, asn));
    EXPECT_FALSE(RoleAllowed(admins, std::nullopt));
    EXPECT_FALSE(RoleAllowed(admins, asn));
    EXPECT_TRUE(RoleAllowed(admins, admin));
}

TEST(Call, ParamOfMissingNameIsEmpty) {
    Request req;
    Call call{req, {{"kind", "opd"}}, domain::Lang::id, std::nullopt, "", ""};
    EXPECT_EQ(call.Param("kind"), "opd");
    EXPECT_EQ(call.Param("key"), "");
}

}  // namespace
}  // namespace bangkom::http
