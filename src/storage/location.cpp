// MaskedLocation: passwords out of database locations before they reach a log.

#include "storage/location.hpp"

#include <cctype>
#include <string_view>

namespace bangkom::storage {

namespace {

constexpr std::string_view kMask = "***";

bool IsUrl(std::string_view location) {
    return location.starts_with("postgresql://") || location.starts_with("postgres://");
}

/// postgresql://user:secret@host/db?password=secret&sslmode=require
std::string MaskUrl(std::string text) {
    const size_t authority = text.find("://") + 3;
    const size_t authority_end = text.find_first_of("/?", authority);
    const size_t at = text.rfind('@', authority_end == std::string::npos ? text.size() : authority_end);
    if (at != std::string::npos && at >= authority) {
        const size_t colon = text.find(':', authority);
        if (colon != std::string::npos && colon < at) text.replace(colon + 1, at - colon - 1, kMask);
    }
    const size_t query = text.find('?');
    if (query == std::string::npos) return text;
    for (size_t pos = query + 1; pos < text.size();) {
        size_t end = text.find('&', pos);
        if (end == std::string::npos) end = text.size();
        if (text.compare(pos, 9, "password=") == 0 && pos + 9 <= end) {
            text.replace(pos + 9, end - pos - 9, kMask);
            end = pos + 9 + kMask.size();
        }
        pos = end + 1;
    }
    return text;
}

/// Where the value of a libpq key=value pair that starts at `pos` ends (quoted values may hold spaces and \').
size_t ValueEnd(const std::string& text, size_t pos) {
    if (pos < text.size() && text[pos] == '\'') {
        for (size_t i = pos + 1; i < text.size(); ++i) {
            if (text[i] == '\\') {
                ++i;
            } else if (text[i] == '\'') {
                return i + 1;
            }
        }
        return text.size();
    }
    size_t i = pos;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    return i;
}

/// host=db user=bangkom password='s e c' dbname=bangkom
std::string MaskKeyValue(std::string text) {
    size_t i = 0;
    while (i < text.size()) {
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        const size_t key_start = i;
        while (i < text.size() && text[i] != '=' && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        const std::string key = text.substr(key_start, i - key_start);
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        if (i >= text.size() || text[i] != '=') continue;
        ++i;
        while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
        const size_t end = ValueEnd(text, i);
        if (key == "password") {
            text.replace(i, end - i, kMask);
            i += kMask.size();
        } else {
            i = end;
        }
    }
    return text;
}

/// A libpq key=value string starts with a name and '=' ("host=db dbname=bangkom").
bool IsKeyValue(std::string_view location) {
    size_t i = 0;
    while (i < location.size() && std::isspace(static_cast<unsigned char>(location[i]))) ++i;
    const size_t name_start = i;
    while (i < location.size() && (std::isalnum(static_cast<unsigned char>(location[i])) || location[i] == '_')) ++i;
    while (i < location.size() && location[i] == ' ') ++i;
    return i > name_start && i < location.size() && location[i] == '=';
}

}  // namespace

std::string BackendName(const std::string& location) {
    return IsUrl(location) || IsKeyValue(location) ? "postgresql" : "sqlite";
}

std::string MaskedLocation(const std::string& location) {
    if (IsUrl(location)) return MaskUrl(location);
    return IsKeyValue(location) ? MaskKeyValue(location) : location;
}

}  // namespace bangkom::storage
