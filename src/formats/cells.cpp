#include <charconv>

#include "formats/table.hpp"

namespace bangkom::formats {

Cell TextCell(std::string_view text) {
    if (text.empty()) return {};
    return {CellType::text, std::string(text), 0};
}

Cell NumberCell(double value) {
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
    return {CellType::number, ec == std::errc{} ? std::string(buf, end) : std::string(), value};
}

}  // namespace bangkom::formats
