#pragma once
// Safe Markdown → HTML for forum posts (issue 5). Everything in the source is escaped; only a small subset becomes
// markup: paragraphs, *emphasis* / _emphasis_, **strong**, `code`, fenced code blocks (```), bullet lists (- * +),
// numbered lists (1.), backslash escapes, and links — inline [text](url) or reference-style [text][label] with
// [label]: url — whose URL starts with http://, https:// or mailto: (case-insensitive), rendered with
// rel="nofollow noopener". Any other link is shown as its text only. No raw HTML, ever: the output contains no tag
// but p, em, strong, code, pre, ul, ol, li and a (with exactly href and rel).

#include <string>
#include <string_view>

namespace bangkom::services {

/// `&`, `<`, `>`, `"`, `'` as entities.
std::string EscapeHtml(std::string_view text);

/// Whether `url` may be a link target: http://, https:// or mailto: followed by something, without whitespace or
/// control characters.
bool IsSafeLinkUrl(std::string_view url);

/// The HTML of `source` (UTF-8; \r\n and \r read as \n).
std::string RenderMarkdown(std::string_view source);

}  // namespace bangkom::services
