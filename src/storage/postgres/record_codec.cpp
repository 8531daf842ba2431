#include "storage/postgres/record_codec.hpp"

#include <charconv>
#include <system_error>

namespace bangkom::storage::postgres {

int64_t ResultReader::IntAt(int col) {
    if (IsNullAt(col)) return 0;
    const std::string_view text = result_.TextView(row_, first_col_ + col);
    int64_t value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        Fail(col, "number", text);
        return 0;
    }
    return value;
}

double ResultReader::RealAt(int col) {
    if (IsNullAt(col)) return 0;
    const std::string_view text = result_.TextView(row_, first_col_ + col);
    double value = 0;
    const auto [end, error] = std::from_chars(text.data(), text.data() + text.size(), value);
    if (error != std::errc() || end != text.data() + text.size()) {
        Fail(col, "number", text);
        return 0;
    }
    return value;
}

}  // namespace bangkom::storage::postgres
