#pragma once
// Small text helpers shared by the CSV and XLSX readers and writers (private to src/formats).

#include <string>
#include <string_view>

#include "domain/enums.hpp"

namespace bangkom::formats::detail {

/// True when the bytes are well-formed UTF-8 (no overlongs, no surrogates, nothing above U+10FFFF).
bool IsValidUtf8(std::string_view bytes);
/// Number of code points in well-formed UTF-8 (continuation bytes are not counted).
size_t Utf8Length(std::string_view text);
/// True when the text is empty or only spaces and tabs.
bool IsBlank(std::string_view text);
/// True when a spreadsheet would read `text` as a formula (it starts with = + - @, a tab or a CR): exported text
/// of that form is written behind an apostrophe (CSV injection), which the reader takes off again.
bool LooksLikeFormula(std::string_view text);
/// The text without leading and trailing spaces and tabs.
std::string_view Trim(std::string_view text);
/// Excel column name of a 0-based column index: 0 → "A", 26 → "AA".
std::string ColumnLetters(int index);
/// The message in the user's language.
inline std::string Pick(domain::Lang lang, std::string_view id, std::string_view en) {
    return std::string(lang == domain::Lang::id ? id : en);
}

}  // namespace bangkom::formats::detail
