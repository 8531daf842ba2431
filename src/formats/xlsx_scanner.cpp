#include "formats/xlsx_scanner.hpp"

#include <charconv>

namespace bangkom::formats::detail {

namespace {

bool IsSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

void AppendUtf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (code >> 6)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else if (code < 0x10000) {
        out.push_back(static_cast<char>(0xE0 | (code >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xF0 | (code >> 18)));
        out.push_back(static_cast<char>(0x80 | ((code >> 12) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

// Decodes the entity starting at text[0] == '&'; returns the characters consumed, 0 when it is not one.
size_t AppendEntity(std::string_view text, std::string& out) {
    const size_t semicolon = text.find(';');
    if (semicolon == std::string_view::npos || semicolon > 10) return 0;
    const std::string_view name = text.substr(1, semicolon - 1);
    static constexpr std::pair<std::string_view, char> kNamed[] = {
        {"amp", '&'}, {"lt", '<'}, {"gt", '>'}, {"quot", '"'}, {"apos", '\''}};
    for (const auto& [entity, c] : kNamed) {
        if (name == entity) {
            out.push_back(c);
            return semicolon + 1;
        }
    }
    if (name.size() < 2 || name[0] != '#') return 0;
    const bool hex = name[1] == 'x' || name[1] == 'X';
    const std::string_view digits = name.substr(hex ? 2 : 1);
    unsigned code = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), code, hex ? 16 : 10);
    if (ec != std::errc() || end != digits.data() + digits.size() || code == 0 || code > 0x10FFFF) return 0;
    AppendUtf8(out, code);
    return semicolon + 1;
}

// Appends character data: entities decoded, CR LF and lone CR read as LF (as every XML parser must).
void AppendCharacterData(std::string_view text, std::string& out) {
    for (size_t i = 0; i < text.size(); ++i) {
        const char c = text[i];
        if (c == '&') {
            if (const size_t used = AppendEntity(text.substr(i), out)) {
                i += used - 1;
                continue;
            }
        } else if (c == '\r') {
            out.push_back('\n');
            if (i + 1 < text.size() && text[i + 1] == '\n') ++i;
            continue;
        }
        out.push_back(c);
    }
}

}  // namespace

bool XmlScanner::NextTag(XmlTag& tag) {
    while (true) {
        const size_t open = xml_.find('<', pos_);
        if (open == std::string_view::npos) {
            pos_ = xml_.size();
            return false;
        }
        const std::string_view rest = xml_.substr(open);
        if (rest.starts_with("<!--") || rest.starts_with("<![CDATA[") || rest.starts_with("<?") ||
            rest.starts_with("<!")) {
            const std::string_view closer = rest.starts_with("<!--")        ? "-->"
                                            : rest.starts_with("<![CDATA[") ? "]]>"
                                            : rest.starts_with("<?")        ? "?>"
                                                                            : ">";
            const size_t close = xml_.find(closer, open + 2);
            if (close == std::string_view::npos) return !(failed_ = true);
            pos_ = close + closer.size();
            continue;
        }
        size_t close = open + 1;  // the '>' that ends the tag, outside attribute quotes
        for (char quote = 0; close < xml_.size(); ++close) {
            const char c = xml_[close];
            if (quote != 0) {
                if (c == quote) quote = 0;
            } else if (c == '"' || c == '\'') {
                quote = c;
            } else if (c == '>') {
                break;
            }
        }
        if (close >= xml_.size()) return !(failed_ = true);
        std::string_view inside = xml_.substr(open + 1, close - open - 1);
        tag.end = inside.starts_with('/');
        if (tag.end) inside.remove_prefix(1);
        tag.self_closing = inside.ends_with('/');
        if (tag.self_closing) inside.remove_suffix(1);
        size_t name_end = 0;
        while (name_end < inside.size() && !IsSpace(inside[name_end])) ++name_end;
        tag.name = inside.substr(0, name_end);
        if (const size_t colon = tag.name.find(':'); colon != std::string_view::npos) tag.name.remove_prefix(colon + 1);
        tag.attributes = inside.substr(name_end);
        pos_ = close + 1;
        return true;
    }
}

void XmlScanner::AppendText(std::string& out) {
    while (pos_ < xml_.size()) {
        const size_t open = xml_.find('<', pos_);
        const size_t end = open == std::string_view::npos ? xml_.size() : open;
        AppendCharacterData(xml_.substr(pos_, end - pos_), out);
        pos_ = end;
        if (!xml_.substr(pos_).starts_with("<![CDATA[")) return;
        const size_t close = xml_.find("]]>", pos_);
        if (close == std::string_view::npos) {
            failed_ = true;
            return;
        }
        out.append(xml_.substr(pos_ + 9, close - pos_ - 9));
        pos_ = close + 3;
    }
}

std::string_view AttributeValue(std::string_view attributes, std::string_view local_name) {
    size_t i = 0;
    while (i < attributes.size()) {
        while (i < attributes.size() && IsSpace(attributes[i])) ++i;
        const size_t name_begin = i;
        while (i < attributes.size() && attributes[i] != '=' && !IsSpace(attributes[i])) ++i;
        std::string_view name = attributes.substr(name_begin, i - name_begin);
        if (const size_t colon = name.find(':'); colon != std::string_view::npos) name.remove_prefix(colon + 1);
        while (i < attributes.size() && (IsSpace(attributes[i]) || attributes[i] == '=')) ++i;
        if (i >= attributes.size() || (attributes[i] != '"' && attributes[i] != '\'')) return {};
        const size_t value_end = attributes.find(attributes[i], i + 1);
        if (value_end == std::string_view::npos) return {};
        if (name == local_name) return attributes.substr(i + 1, value_end - i - 1);
        i = value_end + 1;
    }
    return {};
}

std::string DecodeExcelEscapes(std::string_view text) {
    if (text.find("_x") == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned code = 0;
        if (text.substr(i, 2) == "_x" && i + 6 < text.size() && text[i + 6] == '_') {
            const auto [end, ec] = std::from_chars(text.data() + i + 2, text.data() + i + 6, code, 16);
            if (ec == std::errc() && end == text.data() + i + 6 && !(code >= 0xD800 && code <= 0xDFFF)) {
                AppendUtf8(out, code);
                i += 6;
                continue;
            }
        }
        out.push_back(text[i]);
    }
    return out;
}

}  // namespace bangkom::formats::detail
