// Safe Markdown subset → HTML: blocks (paragraphs, lists, fenced code, reference definitions) line by line, then
// inline spans by a small recursive scanner that escapes every character it does not turn into allowed markup.

#include "services/markdown.hpp"

#include <algorithm>
#include <cctype>
#include <map>
#include <optional>
#include <vector>

namespace bangkom::services {

namespace {

constexpr int kMaxDepth = 6;  // nesting of emphasis inside links inside strong ...

using References = std::map<std::string, std::string>;

std::string Lower(std::string_view text) {
    std::string out(text);
    std::transform(out.begin(), out.end(), out.begin(), [](unsigned char c) { return std::tolower(c); });
    return out;
}

std::string_view Trim(std::string_view s) {
    while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
    while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
    return s;
}

bool IsPunct(char c) {
    return std::ispunct(static_cast<unsigned char>(c)) != 0;
}

class Inline {
  public:
    explicit Inline(const References& refs) : refs_(refs) {}

    std::string Render(std::string_view text, int depth) const {
        std::string out;
        size_t i = 0;
        while (i < text.size()) i = Step(text, i, depth, out);
        return out;
    }

  private:
    /// Renders the construct starting at `i` into `out`; returns the index after it.
    size_t Step(std::string_view text, size_t i, int depth, std::string& out) const {
        const char c = text[i];
        if (c == '\\' && i + 1 < text.size() && IsPunct(text[i + 1])) {
            out += EscapeHtml(text.substr(i + 1, 1));
            return i + 2;
        }
        if (c == '`') {
            const size_t close = text.find('`', i + 1);
            if (close != std::string_view::npos && close > i + 1) {
                out += "<code>" + EscapeHtml(text.substr(i + 1, close - i - 1)) + "</code>";
                return close + 1;
            }
        }
        if (depth < kMaxDepth) {
            if (c == '[') {
                if (auto end = Link(text, i, out)) return *end;
            }
            if (c == '*' && text.substr(i, 2) == "**") {
                if (auto end = Span(text, i, "**", "strong", depth, out)) return *end;
            }
            const bool word_before = i > 0 && std::isalnum(static_cast<unsigned char>(text[i - 1])) != 0;
            if (c == '*' || (c == '_' && !word_before)) {
                if (auto end = Span(text, i, std::string_view(&text[i], 1), "em", depth, out)) return *end;
            }
        }
        out += EscapeHtml(text.substr(i, 1));
        return i + 1;
    }

    /// `delim`content`delim` with non-empty content not starting with a space.
    std::optional<size_t> Span(std::string_view text, size_t i, std::string_view delim, const char* tag, int depth,
                               std::string& out) const {
        const size_t start = i + delim.size();
        if (start >= text.size() || text[start] == ' ') return std::nullopt;
        const size_t close = text.find(delim, start);
        if (close == std::string_view::npos || close == start || text[close - 1] == ' ') return std::nullopt;
        out += std::string("<") + tag + ">" + Render(text.substr(start, close - start), depth + 1) + "</" + tag + ">";
        return close + delim.size();
    }

    /// [text](url) or [text][label]; a link whose URL is not safe renders as its text.
    std::optional<size_t> Link(std::string_view text, size_t i, std::string& out) const {
        const size_t close = text.find(']', i + 1);
        if (close == std::string_view::npos || close + 1 >= text.size()) return std::nullopt;
        const std::string_view label = text.substr(i + 1, close - i - 1);
        std::string url;
        size_t end = 0;
        if (text[close + 1] == '(') {
            const size_t paren = text.find(')', close + 2);
            if (paren == std::string_view::npos) return std::nullopt;
            url = std::string(Trim(text.substr(close + 2, paren - close - 2)));
            end = paren + 1;
        } else if (text[close + 1] == '[') {
            const size_t bracket = text.find(']', close + 2);
            if (bracket == std::string_view::npos) return std::nullopt;
            std::string key = Lower(text.substr(close + 2, bracket - close - 2));
            if (key.empty()) key = Lower(label);
            const auto found = refs_.find(key);
            if (found == refs_.end()) return std::nullopt;
            url = found->second;
            end = bracket + 1;
        } else {
            return std::nullopt;
        }
        const std::string inner = Render(label, kMaxDepth);  // no links or emphasis inside link text
        if (IsSafeLinkUrl(url)) {
            out += "<a href=\"" + EscapeHtml(url) + "\" rel=\"nofollow noopener\">" + inner + "</a>";
        } else {
            out += inner;
        }
        return end;
    }

    const References& refs_;
};

struct Block {
    enum class Kind { paragraph, bullets, numbers, code } kind = Kind::paragraph;
    std::vector<std::string> lines;
};

/// "- item", "* item", "+ item" → the item; "1. item", "2) item" → the item (numbered).
std::optional<std::string_view> ListItem(std::string_view line, bool& numbered) {
    const std::string_view t = Trim(line);
    if (t.size() >= 2 && (t[0] == '-' || t[0] == '*' || t[0] == '+') && t[1] == ' ') {
        numbered = false;
        return Trim(t.substr(2));
    }
    size_t digits = 0;
    while (digits < t.size() && digits < 9 && std::isdigit(static_cast<unsigned char>(t[digits])) != 0) ++digits;
    if (digits > 0 && digits + 1 < t.size() && (t[digits] == '.' || t[digits] == ')') && t[digits + 1] == ' ') {
        numbered = true;
        return Trim(t.substr(digits + 2));
    }
    return std::nullopt;
}

/// "[label]: url" → label, url.
bool ReferenceDefinition(std::string_view line, References& refs) {
    const std::string_view t = Trim(line);
    if (t.empty() || t[0] != '[') return false;
    const size_t close = t.find("]:");
    if (close == std::string_view::npos || close < 2) return false;
    const std::string_view url = Trim(t.substr(close + 2));
    if (url.empty() || url.find(' ') != std::string_view::npos) return false;
    refs.emplace(Lower(t.substr(1, close - 1)), std::string(url));
    return true;
}

std::vector<std::string> SplitLines(std::string_view source) {
    std::vector<std::string> lines;
    std::string current;
    for (size_t i = 0; i < source.size(); ++i) {
        const char c = source[i];
        if (c == '\r' || c == '\n') {
            lines.push_back(std::move(current));
            current.clear();
            if (c == '\r' && i + 1 < source.size() && source[i + 1] == '\n') ++i;
        } else {
            current += c;
        }
    }
    lines.push_back(std::move(current));
    return lines;
}

std::vector<Block> ParseBlocks(const std::vector<std::string>& lines, References& refs) {
    std::vector<Block> blocks;
    auto open = [&](Block::Kind kind) -> Block& {
        if (blocks.empty() || blocks.back().kind != kind || kind == Block::Kind::code)
            blocks.push_back(Block{kind, {}});
        return blocks.back();
    };
    bool fresh = true;  // the next text line starts a new block
    for (size_t i = 0; i < lines.size(); ++i) {
        const std::string_view line = lines[i];
        if (Trim(line).substr(0, 3) == "```") {
            Block& code = open(Block::Kind::code);
            for (++i; i < lines.size() && Trim(lines[i]).substr(0, 3) != "```"; ++i) code.lines.push_back(lines[i]);
            fresh = true;
            continue;
        }
        if (Trim(line).empty()) {
            fresh = true;
            continue;
        }
        if (ReferenceDefinition(line, refs)) continue;
        bool numbered = false;
        if (auto item = ListItem(line, numbered)) {
            open(numbered ? Block::Kind::numbers : Block::Kind::bullets).lines.emplace_back(*item);
            fresh = false;
            continue;
        }
        if (fresh || blocks.back().kind == Block::Kind::code) {
            blocks.push_back(Block{Block::Kind::paragraph, {}});
        }
        if (blocks.back().kind != Block::Kind::paragraph) {
            blocks.back().lines.back() += " " + std::string(Trim(line));  // continuation of a list item
        } else {
            blocks.back().lines.emplace_back(Trim(line));
        }
        fresh = false;
    }
    return blocks;
}

std::string RenderBlock(const Block& block, const Inline& inl) {
    std::string out;
    switch (block.kind) {
        case Block::Kind::code: {
            out = "<pre><code>";
            for (size_t i = 0; i < block.lines.size(); ++i) out += (i > 0 ? "\n" : "") + EscapeHtml(block.lines[i]);
            return out + "</code></pre>";
        }
        case Block::Kind::bullets:
        case Block::Kind::numbers: {
            const char* tag = block.kind == Block::Kind::bullets ? "ul" : "ol";
            out = std::string("<") + tag + ">";
            for (const auto& item : block.lines) out += "<li>" + inl.Render(item, 0) + "</li>";
            return out + "</" + tag + ">";
        }
        case Block::Kind::paragraph: {
            std::string text;
            for (size_t i = 0; i < block.lines.size(); ++i) text += (i > 0 ? "\n" : "") + block.lines[i];
            return "<p>" + inl.Render(text, 0) + "</p>";
        }
    }
    return out;
}

}  // namespace

std::string EscapeHtml(std::string_view text) {
    std::string out;
    out.reserve(text.size());
    for (const char c : text) {
        switch (c) {
            case '&': out += "&amp;"; break;
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '"': out += "&quot;"; break;
            case '\'': out += "&#39;"; break;
            default: out += c;
        }
    }
    return out;
}

bool IsSafeLinkUrl(std::string_view url) {
    for (const char c : url) {
        if (static_cast<unsigned char>(c) <= 0x20 || c == 0x7f) return false;
    }
    const std::string lower = Lower(url);
    for (const std::string_view scheme : {"http://", "https://", "mailto:"}) {
        if (lower.size() > scheme.size() && lower.compare(0, scheme.size(), scheme) == 0) return true;
    }
    return false;
}

std::string RenderMarkdown(std::string_view source) {
    References refs;
    const std::vector<Block> blocks = ParseBlocks(SplitLines(source), refs);
    const Inline inl(refs);
    std::string out;
    for (const Block& block : blocks) out += RenderBlock(block, inl);
    return out;
}

}  // namespace bangkom::services
