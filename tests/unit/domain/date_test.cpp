#include "domain/date.hpp"

#include <gtest/gtest.h>

namespace bangkom::domain {
namespace {

Date Ymd(int y, int m, int d) {
    return Date::FromYmd(y, m, d).value();
}

TEST(LeapYear, CenturiesAreLeapOnlyEveryFourHundredYears) {
    EXPECT_FALSE(IsLeapYear(1900));
    EXPECT_TRUE(IsLeapYear(2000));
    EXPECT_TRUE(IsLeapYear(2024));
    EXPECT_FALSE(IsLeapYear(2023));
    EXPECT_FALSE(IsLeapYear(2100));
}

TEST(DaysInMonth, FollowsTheCalendar) {
    EXPECT_EQ(DaysInMonth(2024, 2), 29);
    EXPECT_EQ(DaysInMonth(2023, 2), 28);
    EXPECT_EQ(DaysInMonth(1900, 2), 28);
    EXPECT_EQ(DaysInMonth(2000, 2), 29);
    EXPECT_EQ(DaysInMonth(2027, 4), 30);
    EXPECT_EQ(DaysInMonth(2027, 12), 31);
    EXPECT_EQ(DaysInMonth(2027, 0), 0);
    EXPECT_EQ(DaysInMonth(2027, 13), 0);
}

TEST(DateFromYmd, AcceptsRealDates) {
    const auto d = Date::FromYmd(2024, 2, 29);
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(d->year(), 2024);
    EXPECT_EQ(d->month(), 2);
    EXPECT_EQ(d->day(), 29);
    EXPECT_TRUE(Date::FromYmd(1900, 1, 1).ok());
    EXPECT_TRUE(Date::FromYmd(2200, 12, 31).ok());
}

TEST(DateFromYmd, RejectsImpossibleDatesWithInvalidArgument) {
    for (auto [y, m, d] : {std::tuple{2023, 2, 29},
                           {1900, 2, 29},
                           {2027, 4, 31},
                           {2027, 13, 1},
                           {2027, 0, 1},
                           {2027, 1, 0},
                           {2027, 1, 32},
                           {1899, 12, 31},
                           {2201, 1, 1}}) {
        const auto r = Date::FromYmd(y, m, d);
        ASSERT_FALSE(r.ok()) << y << "-" << m << "-" << d;
        EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
        EXPECT_FALSE(r.error().message.empty());
    }
}

TEST(DateEpoch, KnownDays) {
    EXPECT_EQ(Ymd(1970, 1, 1).DaysSinceEpoch(), 0);
    EXPECT_EQ(Ymd(2000, 3, 1).DaysSinceEpoch(), 11017);
    EXPECT_EQ(Ymd(1900, 1, 1).DaysSinceEpoch(), -25567);
    EXPECT_EQ(Ymd(2024, 3, 15).DaysSinceEpoch(), 19797);
    EXPECT_EQ(Date::FromDaysSinceEpoch(-1), Ymd(1969, 12, 31));
    EXPECT_EQ(Date::FromDaysSinceEpoch(19797), Ymd(2024, 3, 15));
}

TEST(DateEpoch, RoundTripsEveryDayFrom1900To2200) {
    const int64_t first = Ymd(1900, 1, 1).DaysSinceEpoch();
    const int64_t last = Ymd(2200, 12, 31).DaysSinceEpoch();
    Date previous = Date::FromDaysSinceEpoch(first - 1);
    for (int64_t days = first; days <= last; ++days) {
        const Date d = Date::FromDaysSinceEpoch(days);
        ASSERT_EQ(d.DaysSinceEpoch(), days);
        ASSERT_TRUE(Date::FromYmd(d.year(), d.month(), d.day()).ok()) << d.ToIso();
        ASSERT_LT(previous, d);
        previous = d;
    }
    EXPECT_EQ(previous, Ymd(2200, 12, 31));
}

TEST(DateEpoch, AddDaysCrossesLeapDay) {
    EXPECT_EQ(Ymd(2024, 2, 28).AddDays(1), Ymd(2024, 2, 29));
    EXPECT_EQ(Ymd(2023, 2, 28).AddDays(1), Ymd(2023, 3, 1));
    EXPECT_EQ(Ymd(2024, 1, 1).AddDays(-1), Ymd(2023, 12, 31));
}

TEST(DateParseIso, ParsesStrictForm) {
    const auto d = Date::ParseIso("2027-03-15");
    ASSERT_TRUE(d.ok());
    EXPECT_EQ(*d, Ymd(2027, 3, 15));
}

TEST(DateParseIso, RejectsOtherFormsAndImpossibleDates) {
    for (const char* text : {"", "2027-3-15", "2027-03-5", "15/03/2027", "2027/03/15", "2027-03-15 ", "20270315",
                             "2027-02-29", "2027-13-01", "2027-00-10", "abcd-ef-gh", "2027-0a-15", "+027-03-15"}) {
        const auto r = Date::ParseIso(text);
        EXPECT_FALSE(r.ok()) << text;
        if (!r.ok()) {
            EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
        }
    }
}

TEST(DateFormat, IsoPadsWithZeros) {
    EXPECT_EQ(Ymd(2027, 3, 5).ToIso(), "2027-03-05");
    EXPECT_EQ(Ymd(1900, 12, 31).ToIso(), "1900-12-31");
}

TEST(DateFormat, LongFormInIndonesianAndEnglish) {
    EXPECT_EQ(Ymd(2027, 3, 15).ToLong("id"), "15 Maret 2027");
    EXPECT_EQ(Ymd(2027, 3, 15).ToLong("en"), "15 March 2027");
    EXPECT_EQ(Ymd(2027, 8, 5).ToLong("id"), "5 Agustus 2027");
    EXPECT_EQ(Ymd(2027, 12, 1).ToLong("id"), "1 Desember 2027");
    EXPECT_EQ(Ymd(2027, 5, 1).ToLong("en"), "1 May 2027");
    EXPECT_EQ(Ymd(2027, 1, 31).ToLong("id"), "31 Januari 2027");
}

TEST(DateAddMonths, KeepsTheDayWhenItExists) {
    EXPECT_EQ(Ymd(2027, 3, 15).AddMonths(1), Ymd(2027, 4, 15));
    EXPECT_EQ(Ymd(2027, 11, 15).AddMonths(3), Ymd(2028, 2, 15));
    EXPECT_EQ(Ymd(2027, 3, 15).AddMonths(-3), Ymd(2026, 12, 15));
    EXPECT_EQ(Ymd(2027, 3, 15).AddMonths(0), Ymd(2027, 3, 15));
    EXPECT_EQ(Ymd(2027, 3, 15).AddMonths(24), Ymd(2029, 3, 15));
    EXPECT_EQ(Ymd(2027, 1, 15).AddMonths(-13), Ymd(2025, 12, 15));
}

TEST(DateAddMonths, ClampsToTheLastDayOfTheMonth) {
    EXPECT_EQ(Ymd(2027, 1, 31).AddMonths(1), Ymd(2027, 2, 28));
    EXPECT_EQ(Ymd(2024, 1, 31).AddMonths(1), Ymd(2024, 2, 29));
    EXPECT_EQ(Ymd(2027, 3, 31).AddMonths(1), Ymd(2027, 4, 30));
    EXPECT_EQ(Ymd(2024, 2, 29).AddMonths(12), Ymd(2025, 2, 28));
    EXPECT_EQ(Ymd(2027, 5, 31).AddMonths(-3), Ymd(2027, 2, 28));
}

TEST(DateCompare, OrdersByYearMonthDay) {
    EXPECT_LT(Ymd(2026, 12, 31), Ymd(2027, 1, 1));
    EXPECT_LT(Ymd(2027, 1, 31), Ymd(2027, 2, 1));
    EXPECT_EQ(Date(), Ymd(1970, 1, 1));
}

}  // namespace
}  // namespace bangkom::domain
