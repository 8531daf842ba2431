// The LRS's statement rules, agent identifiers, ids and times, without HTTP.

#include "services/xapi_service.hpp"

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <set>

namespace bangkom::services {
namespace {

boost::json::value J(const char* text) {
    return boost::json::parse(text);
}

constexpr const char* kGood =
    R"({"actor":{"mbox":"mailto:a@b.c"},"verb":{"id":"http://adlnet.gov/expapi/verbs/completed"},)"
    R"("object":{"id":"https://x.y/z"}})";

TEST(XapiStatement, AcceptsTheMinimalStatementAndItsOptionalParts) {
    EXPECT_TRUE(CheckStatement(J(kGood)).ok());
    auto full = J(kGood);
    full.as_object()["id"] = "8F1E0F9A-5D3B-4C7E-9A2F-1B2C3D4E5F60";
    full.as_object()["timestamp"] = "2026-11-29T10:00:00.5+07:00";
    full.as_object()["result"] = J(R"({"score":{"scaled":-1},"completion":true})");
    full.as_object()["context"] = J(R"({"registration":"11111111-2222-4333-8444-555555555555"})");
    EXPECT_TRUE(CheckStatement(full).ok()) << CheckStatement(full).error().message;
}

TEST(XapiStatement, TimestampsNeedATimeZoneAndNotMinusZero) {
    for (const char* bad : {"2026-11-29T10:00:00", "2026-11-29 10:00:00Z", "2026-11-29T10:00:00.Z",
                            "2026-11-29T10:00:00-00:00", "29-11-2026T10:00:00Z"}) {
        auto s = J(kGood);
        s.as_object()["timestamp"] = bad;
        EXPECT_FALSE(CheckStatement(s).ok()) << bad;
    }
    auto s = J(kGood);
    s.as_object()["timestamp"] = "2026-11-29T10:00:00+0700";
    EXPECT_TRUE(CheckStatement(s).ok());
}

TEST(XapiStatement, GroupsAndSubStatements) {
    auto group = J(kGood);
    group.as_object()["actor"] = J(R"({"objectType":"Group","member":[{"mbox":"mailto:a@b.c"}]})");
    EXPECT_TRUE(CheckStatement(group).ok());
    group.as_object()["actor"] = J(R"({"objectType":"Group"})");
    EXPECT_FALSE(CheckStatement(group).ok());
    group.as_object()["actor"] = J(R"({"objectType":"Group","member":[{"objectType":"Group","mbox":"mailto:x@y.z"}]})");
    EXPECT_FALSE(CheckStatement(group).ok());  // a member is an Agent
    auto sub = J(kGood);
    sub.as_object()["object"] = J(R"({"objectType":"SubStatement","actor":{"mbox":"mailto:a@b.c"},)"
                                  R"("verb":{"id":"http://x/v"},"object":{"id":"http://x/o"}})");
    EXPECT_TRUE(CheckStatement(sub).ok());
    sub.as_object()["object"].as_object()["object"] =
        J(R"({"objectType":"SubStatement","actor":{"mbox":"mailto:a@b.c"},"verb":{"id":"http://x/v"},)"
          R"("object":{"id":"http://x/o"}})");
    EXPECT_FALSE(CheckStatement(sub).ok());  // no SubStatement in a SubStatement
}

TEST(XapiStatement, AgentKeysNameTheIdentifier) {
    EXPECT_EQ(*AgentKey(J(R"({"mbox":"mailto:a@b.c","name":"A"})")), "mbox:mailto:a@b.c");
    EXPECT_EQ(*AgentKey(J(R"({"account":{"homePage":"https://h","name":"19860926"}})")), "account:https://h|19860926");
    EXPECT_EQ(*AgentKey(J(R"({"openid":"https://o"})")), "openid:https://o");
    EXPECT_FALSE(AgentKey(J(R"({"name":"A"})")).ok());
}

TEST(XapiStatement, IdsAreVersion4AndTimesHaveMilliseconds) {
    std::set<std::string> seen;
    for (int i = 0; i < 100; ++i) {
        const std::string id = NewUuid();
        ASSERT_EQ(id.size(), 36u);
        EXPECT_EQ(id[14], '4');
        EXPECT_NE(std::string("89ab").find(id[19]), std::string::npos);
        seen.insert(id);
    }
    EXPECT_EQ(seen.size(), 100u);
    EXPECT_EQ(XapiTime(1'795'960'000'007), "2026-11-29T13:46:40.007Z");
}

}  // namespace
}  // namespace bangkom::services
