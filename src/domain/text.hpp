#pragma once
// Small text rules shared by the domain and the services: lengths in characters (not bytes: Indonesian text may hold
// non-ASCII letters or emoji) and trimming of typed text.

#include <cstddef>
#include <string_view>

namespace bangkom::domain {

/// Code points of UTF-8 text (each continuation byte is skipped).
size_t CharacterCount(std::string_view text);
/// The text without leading and trailing spaces, tabs and line breaks.
std::string_view TrimSpace(std::string_view text);

}  // namespace bangkom::domain
