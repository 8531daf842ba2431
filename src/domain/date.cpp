#include "domain/date.hpp"

#include <array>
#include <cstdio>

namespace bangkom::domain {
namespace {

constexpr int kMinYear = 1900;
constexpr int kMaxYear = 2200;

constexpr std::array<std::string_view, 12> kMonthsId = {"Januari",   "Februari", "Maret",    "April",
                                                        "Mei",       "Juni",     "Juli",     "Agustus",
                                                        "September", "Oktober",  "November", "Desember"};
constexpr std::array<std::string_view, 12> kMonthsEn = {"January",   "February", "March",    "April",
                                                        "May",       "June",     "July",     "August",
                                                        "September", "October",  "November", "December"};

// Floor division, so that negative day counts and month offsets land in the right period.
constexpr int64_t FloorDiv(int64_t a, int64_t b) {
    return (a >= 0 ? a : a - (b - 1)) / b;
}

bool ParseDigits(std::string_view text, int& out) {
    if (text.empty()) return false;
    int value = 0;
    for (char c : text) {
        if (c < '0' || c > '9') return false;
        value = value * 10 + (c - '0');
    }
    out = value;
    return true;
}

Error InvalidDate(std::string_view text) {
    return MakeError(ErrorCode::invalid_argument,
                     "Tanggal tidak valid: \"" + std::string(text) + "\" (format YYYY-MM-DD)");
}

}  // namespace

bool IsLeapYear(int year) {
    return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
}

int DaysInMonth(int year, int month) {
    static constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return 0;
    if (month == 2 && IsLeapYear(year)) return 29;
    return kDays[month - 1];
}

Result<Date> Date::FromYmd(int year, int month, int day) {
    if (year < kMinYear || year > kMaxYear || month < 1 || month > 12 || day < 1 || day > DaysInMonth(year, month)) {
        char buf[64];
        std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
        return MakeError(ErrorCode::invalid_argument, "Tanggal tidak ada di kalender: " + std::string(buf));
    }
    return Date(year, month, day);
}

// Howard Hinnant's civil_from_days: exact for the proleptic Gregorian calendar over the whole int range.
Date Date::FromDaysSinceEpoch(int64_t days) {
    const int64_t z = days + 719468;
    const int64_t era = FloorDiv(z, 146097);
    const int64_t doe = z - era * 146097;                                       // [0, 146096]
    const int64_t yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
    const int64_t doy = doe - (365 * yoe + yoe / 4 - yoe / 100);                // [0, 365]
    const int64_t mp = (5 * doy + 2) / 153;                                     // [0, 11], March = 0
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const int year = static_cast<int>(yoe + era * 400 + (month <= 2 ? 1 : 0));
    return Date(year, month, day);
}

// The inverse, days_from_civil.
int64_t Date::DaysSinceEpoch() const {
    const int64_t y = year_ - (month_ <= 2 ? 1 : 0);
    const int64_t era = FloorDiv(y, 400);
    const int64_t yoe = y - era * 400;
    const int64_t mp = month_ > 2 ? month_ - 3 : month_ + 9;
    const int64_t doy = (153 * mp + 2) / 5 + day_ - 1;
    const int64_t doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
    return era * 146097 + doe - 719468;
}

Result<Date> Date::ParseIso(std::string_view text) {
    if (text.size() != 10 || text[4] != '-' || text[7] != '-') return InvalidDate(text);
    int y = 0, m = 0, d = 0;
    if (!ParseDigits(text.substr(0, 4), y) || !ParseDigits(text.substr(5, 2), m) ||
        !ParseDigits(text.substr(8, 2), d)) {
        return InvalidDate(text);
    }
    return FromYmd(y, m, d);
}

std::string Date::ToIso() const {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year_, month_, day_);
    return buf;
}

std::string Date::ToLong(std::string_view lang) const {
    const auto& names = lang == "en" ? kMonthsEn : kMonthsId;
    return std::to_string(day_) + " " + std::string(names[month_ - 1]) + " " + std::to_string(year_);
}

Date Date::AddMonths(int months) const {
    const int64_t index = int64_t{year_} * 12 + (month_ - 1) + months;
    const int year = static_cast<int>(FloorDiv(index, 12));
    const int month = static_cast<int>(index - int64_t{year} * 12) + 1;
    const int last = DaysInMonth(year, month);
    return Date(year, month, day_ < last ? day_ : last);
}

}  // namespace bangkom::domain
