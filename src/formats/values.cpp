#include "formats/values.hpp"

#include <charconv>
#include <cmath>
#include <limits>
#include <string>

namespace bangkom::formats {
namespace {

// Excel's day 0 is 1899-12-31 for serials below 60; from 61 on, the fictitious 1900-02-29 shifts it one day
// back, so serial 61 is 1900-03-01.
constexpr int64_t kSerialEpochBefore60 = -25568;  // 1899-12-31 in days since 1970-01-01
constexpr int64_t kSerialEpochFrom61 = -25569;    // 1899-12-30
constexpr double kMaxSerial = 1e7;                // far beyond 2200-12-31; keeps the int64 cast defined
// Largest double that converts to int64 without overflow (2^63 is not representable as int64).
constexpr double kMaxWhole = 9.2e18;

bool IsDigit(char c) {
    return c >= '0' && c <= '9';
}

bool AllDigits(std::string_view s) {
    for (char c : s) {
        if (!IsDigit(c)) return false;
    }
    return !s.empty();
}

bool IsSpace(char c) {
    return c == ' ' || c == '\t' || c == '\r' || c == '\n';
}

// Trims ASCII white space and the UTF-8 no-break space (U+00A0) that Excel often leaves around values.
std::string_view Trim(std::string_view s) {
    constexpr std::string_view kNbsp = "\xC2\xA0";
    while (true) {
        if (!s.empty() && IsSpace(s.front())) {
            s.remove_prefix(1);
        } else if (!s.empty() && IsSpace(s.back())) {
            s.remove_suffix(1);
        } else if (s.starts_with(kNbsp)) {
            s.remove_prefix(kNbsp.size());
        } else if (s.ends_with(kNbsp)) {
            s.remove_suffix(kNbsp.size());
        } else {
            return s;
        }
    }
}

std::optional<long long> ToInteger(std::string_view digits) {
    long long value = 0;
    const auto [end, ec] = std::from_chars(digits.data(), digits.data() + digits.size(), value);
    if (ec != std::errc() || end != digits.data() + digits.size()) return std::nullopt;
    return value;
}

std::optional<long long> WholeNumber(double x) {
    if (!std::isfinite(x) || std::floor(x) != x || std::fabs(x) > kMaxWhole) return std::nullopt;
    return static_cast<long long>(x);
}

// "1.500.000": a first group of 1-3 digits (not starting with 0), then at least one group of exactly 3 digits.
std::optional<std::string> UngroupDots(std::string_view s) {
    const auto first_dot = s.find('.');
    if (first_dot == std::string_view::npos) return std::nullopt;
    const auto head = s.substr(0, first_dot);
    if (head.size() > 3 || !AllDigits(head) || head[0] == '0') return std::nullopt;
    std::string digits(head);
    for (auto rest = s.substr(first_dot); !rest.empty(); rest.remove_prefix(4)) {
        if (rest.size() < 4 || rest[0] != '.' || !AllDigits(rest.substr(1, 3))) return std::nullopt;
        digits.append(rest.substr(1, 3));
    }
    return digits;
}

// The number after an optional "Rp", "Rp." or "Rp " prefix (any letter case).
std::string_view StripRupiah(std::string_view s) {
    if (s.size() >= 2 && (s[0] == 'R' || s[0] == 'r') && (s[1] == 'p' || s[1] == 'P')) {
        s.remove_prefix(2);
        if (!s.empty() && s.front() == '.') s.remove_prefix(1);
        s = Trim(s);
    }
    return s;
}

std::optional<domain::Date> ParseSlashDate(std::string_view s) {
    const auto first = s.find('/');
    const auto second = first == std::string_view::npos ? first : s.find('/', first + 1);
    if (second == std::string_view::npos) return std::nullopt;
    const auto day = s.substr(0, first);
    const auto month = s.substr(first + 1, second - first - 1);
    const auto year = s.substr(second + 1);
    if (day.size() > 2 || month.size() > 2 || year.size() != 4) return std::nullopt;
    if (!AllDigits(day) || !AllDigits(month) || !AllDigits(year)) return std::nullopt;
    auto date = domain::Date::FromYmd(static_cast<int>(*ToInteger(year)), static_cast<int>(*ToInteger(month)),
                                      static_cast<int>(*ToInteger(day)));
    if (!date.ok()) return std::nullopt;
    return *date;
}

std::string NumberText(double x) {
    if (auto whole = WholeNumber(x); whole && std::fabs(x) < 1e15) return std::to_string(*whole);
    char buf[64];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof buf, x);
    return ec == std::errc() ? std::string(buf, end) : std::string();
}

}  // namespace

std::string CellText(const Cell& cell) {
    switch (cell.type) {
        case CellType::empty: return {};
        case CellType::text: return std::string(Trim(cell.text));
        case CellType::number:
            if (!Trim(cell.text).empty()) return std::string(Trim(cell.text));
            return NumberText(cell.number);
        case CellType::boolean:
            if (!Trim(cell.text).empty()) return std::string(Trim(cell.text));
            return cell.number != 0 ? "TRUE" : "FALSE";
    }
    return {};
}

std::optional<double> ParseDecimal(const Cell& cell, bool decimal_comma) {
    if (cell.type == CellType::number) return std::isfinite(cell.number) ? std::optional(cell.number) : std::nullopt;
    if (cell.type != CellType::text) return std::nullopt;
    std::string s(Trim(cell.text));
    size_t i = (!s.empty() && (s[0] == '-' || s[0] == '+')) ? 1 : 0;
    const size_t int_start = i;
    while (i < s.size() && IsDigit(s[i])) ++i;
    if (i == int_start) return std::nullopt;
    if (i < s.size()) {
        if (s[i] == ',' && decimal_comma) s[i] = '.';
        if (s[i] != '.' || !AllDigits(std::string_view(s).substr(i + 1))) return std::nullopt;
    }
    if (s[0] == '+') s.erase(0, 1);
    double value = 0;
    const auto [end, ec] = std::from_chars(s.data(), s.data() + s.size(), value);
    if (ec != std::errc() || end != s.data() + s.size() || !std::isfinite(value)) return std::nullopt;
    return value;
}

std::optional<long long> ParseInteger(const Cell& cell) {
    if (cell.type == CellType::number) return WholeNumber(cell.number);
    if (cell.type != CellType::text) return std::nullopt;
    std::string_view s = Trim(cell.text);
    if (!s.empty() && s[0] == '+') s.remove_prefix(1);
    const std::string_view digits = (!s.empty() && s[0] == '-') ? s.substr(1) : s;
    if (!AllDigits(digits)) return std::nullopt;
    return ToInteger(s);
}

std::optional<domain::Money> ParseMoney(const Cell& cell) {
    if (cell.type == CellType::number) {
        const auto whole = WholeNumber(cell.number);
        if (!whole || *whole < 0) return std::nullopt;
        return domain::Money{*whole};
    }
    if (cell.type != CellType::text) return std::nullopt;
    const std::string_view s = StripRupiah(Trim(cell.text));
    // Only dot grouping (id-ID): "1,500,000" could be a decimal comma or en-US grouping, so it is refused.
    std::optional<std::string> digits = AllDigits(s) ? std::optional(std::string(s)) : UngroupDots(s);
    if (!digits) return std::nullopt;
    const auto value = ToInteger(*digits);
    if (!value) return std::nullopt;
    return domain::Money{*value};
}

std::optional<domain::Date> DateFromExcelSerial(double serial) {
    if (!std::isfinite(serial) || serial < 1 || serial >= kMaxSerial) return std::nullopt;
    const auto day = static_cast<int64_t>(std::floor(serial));
    if (day == 60) return std::nullopt;
    const int64_t days = day + (day < 60 ? kSerialEpochBefore60 : kSerialEpochFrom61);
    const auto date = domain::Date::FromDaysSinceEpoch(days);
    // FromDaysSinceEpoch does not bound the year; FromYmd applies the supported range.
    auto checked = domain::Date::FromYmd(date.year(), date.month(), date.day());
    if (!checked.ok()) return std::nullopt;
    return *checked;
}

std::optional<domain::Date> ParseDate(const Cell& cell) {
    if (cell.type == CellType::number) return DateFromExcelSerial(cell.number);
    if (cell.type != CellType::text) return std::nullopt;
    const std::string_view s = Trim(cell.text);
    if (AllDigits(s)) {
        // A serial written as text (XLSX cells of date style sometimes arrive this way).
        if (s.size() > 7) return std::nullopt;
        return DateFromExcelSerial(static_cast<double>(*ToInteger(s)));
    }
    if (s.find('/') != std::string_view::npos) return ParseSlashDate(s);
    auto iso = domain::Date::ParseIso(s);
    if (!iso.ok()) return std::nullopt;
    return *iso;
}

}  // namespace bangkom::formats
