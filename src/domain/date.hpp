#pragma once
// A calendar date (proleptic Gregorian), no time zone: the dates of FORMATS.md.

#include <compare>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace bangkom::domain {

class Date {
  public:
    Date() = default;
    /// Validated construction: month 1-12, day within the month (leap years honoured), year 1900-2200.
    static Result<Date> FromYmd(int year, int month, int day);
    /// The date `days` days after 1970-01-01 (may be negative).
    static Date FromDaysSinceEpoch(int64_t days);
    /// Parses "YYYY-MM-DD" only; see formats/values.hpp for the import forms.
    static Result<Date> ParseIso(std::string_view text);

    int year() const { return year_; }
    int month() const { return month_; }
    int day() const { return day_; }
    int64_t DaysSinceEpoch() const;
    /// "2027-03-15".
    std::string ToIso() const;
    /// "15 Maret 2027" (lang "id") or "15 March 2027" (lang "en").
    std::string ToLong(std::string_view lang) const;
    Date AddDays(int64_t days) const { return FromDaysSinceEpoch(DaysSinceEpoch() + days); }
    /// Same day `months` later, clamped to the month's last day.
    Date AddMonths(int months) const;

    auto operator<=>(const Date&) const = default;

  private:
    Date(int y, int m, int d) : year_(y), month_(m), day_(d) {}
    int year_ = 1970;
    int month_ = 1;
    int day_ = 1;
};

bool IsLeapYear(int year);
int DaysInMonth(int year, int month);

}  // namespace bangkom::domain
