// The forum's Markdown renderer: the allowed subset, and a list of XSS payloads none of which may produce markup
// outside the allow-list (p, em, strong, code, pre, ul, ol, li, and a with a http/https/mailto href and rel).

#include "services/markdown.hpp"

#include <gtest/gtest.h>

#include <regex>
#include <string>
#include <vector>

namespace bangkom::services {
namespace {

/// Every '<' of `html` opens an allowed tag; returns the first offending text, or "" when clean.
std::string FirstForbiddenMarkup(const std::string& html) {
    static const std::regex kAllowed(
        R"(^<(/?(p|em|strong|code|pre|ul|ol|li|a)|a href="(https?://|mailto:)[^"<>\s]+" rel="nofollow noopener")>)",
        std::regex::icase);
    for (size_t i = html.find('<'); i != std::string::npos; i = html.find('<', i + 1)) {
        const std::string rest = html.substr(i, 200);
        if (!std::regex_search(rest, kAllowed)) return rest;
    }
    return "";
}

std::string Lower(std::string s) {
    for (char& c : s) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    return s;
}

TEST(Markdown, ParagraphsEmphasisStrongAndCode) {
    EXPECT_EQ(RenderMarkdown("Halo *dunia* dan **semua**\n\nBaris `a<b>` dua"),
              "<p>Halo <em>dunia</em> dan <strong>semua</strong></p><p>Baris <code>a&lt;b&gt;</code> dua</p>");
    EXPECT_EQ(RenderMarkdown("_miring_ tapi snake_case_name"), "<p><em>miring</em> tapi snake_case_name</p>");
    EXPECT_EQ(RenderMarkdown("baris satu\nbaris dua"), "<p>baris satu\nbaris dua</p>");
}

TEST(Markdown, ListsAndFencedCode) {
    EXPECT_EQ(
        RenderMarkdown("Daftar:\n- satu\n- **dua**\n\n1. pertama\n2. kedua"),
        "<p>Daftar:</p><ul><li>satu</li><li><strong>dua</strong></li></ul><ol><li>pertama</li><li>kedua</li></ol>");
    EXPECT_EQ(RenderMarkdown("```\n<script>x</script>\n*b*\n```"),
              "<pre><code>&lt;script&gt;x&lt;/script&gt;\n*b*</code></pre>");
}

TEST(Markdown, SafeLinksInlineAndByReference) {
    EXPECT_EQ(RenderMarkdown("[BKN](https://www.bkn.go.id/a?b=1&c=2)"),
              "<p><a href=\"https://www.bkn.go.id/a?b=1&amp;c=2\" rel=\"nofollow noopener\">BKN</a></p>");
    EXPECT_EQ(RenderMarkdown("[surat](mailto:bkd@example.go.id)"),
              "<p><a href=\"mailto:bkd@example.go.id\" rel=\"nofollow noopener\">surat</a></p>");
    EXPECT_EQ(RenderMarkdown("Lihat [pedoman][p].\n\n[p]: http://example.org/pedoman"),
              "<p>Lihat <a href=\"http://example.org/pedoman\" rel=\"nofollow noopener\">pedoman</a>.</p>");
}

TEST(Markdown, UnsafeLinksKeepOnlyTheirText) {
    EXPECT_EQ(RenderMarkdown("[klik](javascript:alert(1))"), "<p>klik)</p>");
    EXPECT_EQ(RenderMarkdown("[klik](/relatif)"), "<p>klik</p>");
    EXPECT_EQ(RenderMarkdown("[klik][x]\n\n[x]: data:text/html;base64,PHNjcmlwdD4="), "<p>klik</p>");
    EXPECT_EQ(RenderMarkdown("[tanpa definisi][zz]"), "<p>[tanpa definisi][zz]</p>");
}

TEST(Markdown, EscapesEverythingElse) {
    EXPECT_EQ(RenderMarkdown("a & b \"c\" 'd' <e>"), "<p>a &amp; b &quot;c&quot; &#39;d&#39; &lt;e&gt;</p>");
    EXPECT_EQ(RenderMarkdown("\\*bukan miring\\*"), "<p>*bukan miring*</p>");
    EXPECT_EQ(RenderMarkdown("&lt;script&gt;"), "<p>&amp;lt;script&amp;gt;</p>");
    EXPECT_EQ(RenderMarkdown(""), "");
}

TEST(Markdown, SafeLinkUrlRules) {
    EXPECT_TRUE(IsSafeLinkUrl("https://a.b"));
    EXPECT_TRUE(IsSafeLinkUrl("HTTP://A.B"));
    EXPECT_TRUE(IsSafeLinkUrl("mailto:x@y.z"));
    EXPECT_FALSE(IsSafeLinkUrl("https://"));
    EXPECT_FALSE(IsSafeLinkUrl("javascript:alert(1)"));
    EXPECT_FALSE(IsSafeLinkUrl(" javascript:alert(1)"));
    EXPECT_FALSE(IsSafeLinkUrl("java\tscript:alert(1)"));
    EXPECT_FALSE(IsSafeLinkUrl("https://a.b/\x01"));
    EXPECT_FALSE(IsSafeLinkUrl("data:text/html,<script>"));
    EXPECT_FALSE(IsSafeLinkUrl("vbscript:msgbox"));
    EXPECT_FALSE(IsSafeLinkUrl("//evil.example"));
    EXPECT_FALSE(IsSafeLinkUrl("&#106;avascript:alert(1)"));
}

const std::vector<std::string> kPayloads = {
    "<script>alert(1)</script>",
    "<SCRIPT SRC=http://xss.example/x.js></SCRIPT>",
    "<scr<script>ipt>alert(1)</scr</script>ipt>",
    "<img src=x onerror=alert(1)>",
    "<body onload=alert(1)>",
    "<a href=\"#\" onmouseover=\"alert(1)\">x</a>",
    "<svg/onload=alert(1)>",
    "<svg><script>alert(1)</script></svg>",
    "<iframe src=\"javascript:alert(1)\"></iframe>",
    "<math><mtext><table><mglyph><style><img src=x onerror=alert(1)>",
    "[klik](javascript:alert(1))",
    "[klik](JaVaScRiPt:alert(1))",
    "[klik]( javascript:alert(1) )",
    "[klik](&#106;&#97;&#118;&#97;script:alert(1))",
    "[klik](javascript&colon;alert(1))",
    "[klik](%6A%61%76%61script:alert(1))",
    "[klik](java\tscript:alert(1))",
    "[klik][r]\n\n[r]: javascript:alert(1)",
    "[klik][r]\n\n[r]: JAVASCRIPT:alert(document.cookie)",
    "[klik](data:text/html;base64,PHNjcmlwdD5hbGVydCgxKTwvc2NyaXB0Pg==)",
    "[klik][d]\n\n[d]: data:image/svg+xml,<svg onload=alert(1)>",
    "[klik](vbscript:msgbox(1))",
    "[x](https://ok.example\" onclick=\"alert(1))",
    "[x](https://ok.example'><script>alert(1)</script>)",
    "[<img src=x onerror=alert(1)>](https://ok.example)",
    "**<script>alert(1)</script>**",
    "*<img src=x onerror=alert(1)>*",
    "`<script>alert(1)</script>`",
    "```\n</code></pre><script>alert(1)</script>\n```",
    "&lt;script&gt;alert(1)&lt;/script&gt;",
    "&#60;script&#62;alert(1)&#60;/script&#62;",
    "<!-- --><script>alert(1)</script>",
    "<![CDATA[<script>alert(1)</script>]]>",
    "<style>body{background:url(javascript:alert(1))}</style>",
    "<a href=\"data:text/html,<script>alert(1)</script>\">x</a>",
    "<object data=\"javascript:alert(1)\"></object>",
    "<form action=javascript:alert(1)><button>x</button></form>",
    "- <script>alert(1)</script>\n- [a](javascript:alert(1))",
    "1. <img src=x onerror=alert(1)>",
    "\\<script>alert(1)\\</script>",
    "<<script>script>alert(1)<</script>/script>",
    "[a](https://ok.example)[b](javascript:alert(1))",
    "<details open ontoggle=alert(1)>",
    "<input autofocus onfocus=alert(1)>",
    "<video><source onerror=\"alert(1)\"></video>",
};

TEST(Markdown, XssPayloadsProduceNoForbiddenMarkup) {
    ASSERT_GE(kPayloads.size(), 25u);
    for (const std::string& payload : kPayloads) {
        const std::string html = RenderMarkdown(payload);
        EXPECT_EQ(FirstForbiddenMarkup(html), "") << "payload: " << payload << "\nhtml: " << html;
        const std::string lower = Lower(html);
        EXPECT_EQ(lower.find("<script"), std::string::npos) << payload;
        EXPECT_EQ(lower.find("href=\"javascript"), std::string::npos) << payload;
        EXPECT_EQ(lower.find("href=\"data:"), std::string::npos) << payload;
        EXPECT_EQ(lower.find("href=\"vbscript"), std::string::npos) << payload;
        EXPECT_EQ(lower.find("<svg"), std::string::npos) << payload;
        EXPECT_EQ(lower.find("<img"), std::string::npos) << payload;
        EXPECT_TRUE(std::regex_search(lower, std::regex("<[^>]*\\son[a-z]+=")) == false) << payload;
    }
}

TEST(Markdown, AttributeBreakoutInsideASafeUrlIsEscaped) {
    const std::string html = RenderMarkdown("[x](https://ok.example/\"onclick=\"alert(1))");
    EXPECT_EQ(html.find("\"onclick"), std::string::npos) << html;
    EXPECT_NE(html.find("&quot;onclick=&quot;"), std::string::npos) << html;
}

}  // namespace
}  // namespace bangkom::services
