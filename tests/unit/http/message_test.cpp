#include "http/message.hpp"

#include <gtest/gtest.h>

namespace bangkom::http {
namespace {

TEST(PercentDecode, DecodesAndRejectsMalformed) {
    std::string out;
    EXPECT_TRUE(PercentDecode("a%20b%2Fc", out));
    EXPECT_EQ(out, "a b/c");
    EXPECT_TRUE(PercentDecode("a+b", out));
    EXPECT_EQ(out, "a+b");
    EXPECT_TRUE(PercentDecode("a+b", out, true));
    EXPECT_EQ(out, "a b");
    EXPECT_FALSE(PercentDecode("%2", out));
    EXPECT_FALSE(PercentDecode("%zz", out));
    EXPECT_FALSE(PercentDecode("abc%", out));
}

TEST(ParseQuery, DecodesPairsAndKeepsLast) {
    const auto q = ParseQuery("q=budi+santoso&limit=10&flag&limit=20&x=%41");
    EXPECT_EQ(q.at("q"), "budi santoso");
    EXPECT_EQ(q.at("limit"), "20");
    EXPECT_EQ(q.at("flag"), "");
    EXPECT_EQ(q.at("x"), "A");
}

TEST(Request, HeaderAndQueryFallbacks) {
    Request r;
    r.headers["accept"] = "text/html";
    r.query["lang"] = "en";
    EXPECT_EQ(r.Header("accept"), "text/html");
    EXPECT_EQ(r.Header("cookie"), "");
    EXPECT_EQ(r.Query("lang"), "en");
    EXPECT_EQ(r.Query("limit", "50"), "50");
}

TEST(Response, SetHeaderReplacesCaseInsensitively) {
    Response r;
    r.SetHeader("Cache-Control", "no-cache");
    r.SetHeader("cache-control", "no-store");
    EXPECT_EQ(r.headers.size(), 1u);
    EXPECT_EQ(r.HeaderValue("CACHE-CONTROL"), "no-store");
}

}  // namespace
}  // namespace bangkom::http
