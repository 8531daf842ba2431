#include "http/static_files.hpp"

#include <gtest/gtest.h>

#include <fstream>

namespace bangkom::http {
namespace {
namespace fs = std::filesystem;

TEST(SafeStaticPath, JoinsUnderTheRoot) {
    EXPECT_EQ(SafeStaticPath("/w", "/assets/app.js"), fs::path("/w/assets/app.js"));
    EXPECT_EQ(SafeStaticPath("/w", "/a%20b.txt"), fs::path("/w/a b.txt"));
    EXPECT_EQ(SafeStaticPath("/w", "/"), fs::path("/w"));
}

TEST(SafeStaticPath, RejectsEscapes) {
    EXPECT_FALSE(SafeStaticPath("/w", "/../etc/passwd"));
    EXPECT_FALSE(SafeStaticPath("/w", "/assets/../../x"));
    EXPECT_FALSE(SafeStaticPath("/w", "/%2e%2e/etc/passwd"));
    EXPECT_FALSE(SafeStaticPath("/w", "/%2E%2E%2Fetc"));
    EXPECT_FALSE(SafeStaticPath("/w", "/a/./b"));
    EXPECT_FALSE(SafeStaticPath("/w", "/..%5c..%5cwin.ini"));
    EXPECT_FALSE(SafeStaticPath("/w", "/a%00.js"));
    EXPECT_FALSE(SafeStaticPath("/w", "/bad%zz"));
    EXPECT_FALSE(SafeStaticPath("/w", "relative"));
}

TEST(ContentTypeFor, KnownAndUnknown) {
    EXPECT_EQ(ContentTypeFor("index.html"), "text/html; charset=utf-8");
    EXPECT_EQ(ContentTypeFor("a.js"), "application/javascript; charset=utf-8");
    EXPECT_EQ(ContentTypeFor("a.css"), "text/css; charset=utf-8");
    EXPECT_EQ(ContentTypeFor("a.svg"), "image/svg+xml");
    EXPECT_EQ(ContentTypeFor("a.woff2"), "font/woff2");
    EXPECT_EQ(ContentTypeFor("a.bin"), "application/octet-stream");
}

class StaticFilesTest : public ::testing::Test {
  protected:
    void SetUp() override {
        root_ = fs::temp_directory_path() / ("bangkom_static_" + std::to_string(::getpid()));
        fs::create_directories(root_ / "assets");
        Write(root_ / "index.html", "<html>app</html>");
        Write(root_ / "assets" / "app-1234.js", "console.log(1)");
        Write(root_ / "favicon.svg", "<svg/>");
        Write(root_.parent_path() / "bangkom_secret.txt", "secret");
    }
    void TearDown() override {
        fs::remove_all(root_);
        fs::remove(root_.parent_path() / "bangkom_secret.txt");
    }
    static void Write(const fs::path& p, const std::string& text) { std::ofstream(p) << text; }
    static Request Get(const std::string& raw, const std::string& accept = "*/*") {
        Request r;
        r.method = "GET";
        r.raw_path = raw;
        PercentDecode(raw, r.path);
        r.headers["accept"] = accept;
        return r;
    }
    fs::path root_;
};

TEST_F(StaticFilesTest, ServesFilesWithTypeAndCaching) {
    StaticFiles files(root_);
    ASSERT_TRUE(files.enabled());
    const Response js = files.Serve(Get("/assets/app-1234.js"));
    EXPECT_EQ(js.status, 200);
    EXPECT_EQ(js.body, "console.log(1)");
    EXPECT_EQ(js.content_type, "application/javascript; charset=utf-8");
    EXPECT_NE(js.HeaderValue("Cache-Control").find("immutable"), std::string::npos);
    const Response svg = files.Serve(Get("/favicon.svg"));
    EXPECT_EQ(svg.content_type, "image/svg+xml");
    EXPECT_EQ(svg.HeaderValue("Cache-Control"), "no-cache");
}

TEST_F(StaticFilesTest, RootIsIndex) {
    const Response r = StaticFiles(root_).Serve(Get("/", "text/html"));
    EXPECT_EQ(r.status, 200);
    EXPECT_EQ(r.body, "<html>app</html>");
}

TEST_F(StaticFilesTest, HistoryFallbackOnlyForPages) {
    StaticFiles files(root_);
    const Response page = files.Serve(Get("/pegawai/123", "text/html,application/xhtml+xml"));
    EXPECT_EQ(page.status, 200);
    EXPECT_EQ(page.body, "<html>app</html>");
    EXPECT_EQ(files.Serve(Get("/assets/missing.js", "*/*")).status, 404);
}

TEST_F(StaticFilesTest, TraversalIsRefused) {
    StaticFiles files(root_);
    const Response r = files.Serve(Get("/%2e%2e/bangkom_secret.txt", "text/html"));
    EXPECT_EQ(r.status, 400);
    EXPECT_EQ(r.body.find("secret\""), std::string::npos);
}

TEST_F(StaticFilesTest, SymlinkOutsideIsNotServed) {
    fs::create_symlink(root_.parent_path() / "bangkom_secret.txt", root_ / "link.txt");
    const Response r = StaticFiles(root_).Serve(Get("/link.txt"));
    EXPECT_EQ(r.status, 404);
}

TEST(StaticFiles, MissingDirectoryServesNothing) {
    StaticFiles files("/nonexistent/bangkom/dist");
    EXPECT_FALSE(files.enabled());
    Request r;
    r.raw_path = r.path = "/";
    EXPECT_EQ(files.Serve(r).status, 404);
}

}  // namespace
}  // namespace bangkom::http
