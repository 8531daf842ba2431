#include "evaluation/survey_periods.hpp"

#include <gtest/gtest.h>

namespace bangkom::evaluation {
namespace {

domain::Date D(const char* iso) {
    return *domain::Date::ParseIso(iso);
}

PeriodDays P(const char* name, const char* from, const char* to) {
    return {name, D(from), D(to)};
}

TEST(SurveyPeriods, StateCountsBothDaysAsRunning) {
    const auto p = P("S1", "2027-01-01", "2027-06-30");
    EXPECT_EQ(StateOf(p, D("2026-12-31")), PeriodState::upcoming);
    EXPECT_EQ(StateOf(p, D("2027-01-01")), PeriodState::running);
    EXPECT_EQ(StateOf(p, D("2027-06-30")), PeriodState::running);
    EXPECT_EQ(StateOf(p, D("2027-07-01")), PeriodState::ended);
    EXPECT_EQ(Code(PeriodState::upcoming), "akan_datang");
    EXPECT_EQ(Code(PeriodState::running), "berjalan");
    EXPECT_EQ(Code(PeriodState::ended), "selesai");
}

TEST(SurveyPeriods, SpanIsAtMost366DaysAndNeverBackwards) {
    EXPECT_TRUE(ValidSpan(D("2027-03-01"), D("2027-03-01")));
    EXPECT_TRUE(ValidSpan(D("2028-01-01"), D("2028-12-31")));   // a leap year: 366 days
    EXPECT_FALSE(ValidSpan(D("2027-01-01"), D("2028-01-02")));  // 367 days
    EXPECT_TRUE(ValidSpan(D("2027-01-01"), D("2028-01-01")));   // 366 days
    EXPECT_FALSE(ValidSpan(D("2027-03-02"), D("2027-03-01")));
}

TEST(SurveyPeriods, AUnitWithoutPeriodsIsAlwaysOpen) {
    const auto o = OpeningOf({}, D("2027-05-05"));
    EXPECT_TRUE(o.open);
    EXPECT_FALSE(o.running);
    EXPECT_FALSE(o.next);
}

TEST(SurveyPeriods, OpenOnlyInsideAPeriodAndTheNextIsTheEarliestUpcoming) {
    // given out of order on purpose
    const std::vector<PeriodDays> periods{P("S2", "2027-07-01", "2027-12-31"), P("T1", "2027-01-01", "2027-03-31"),
                                          P("Q3", "2027-05-01", "2027-05-31")};
    auto o = OpeningOf(periods, D("2027-04-15"));
    EXPECT_FALSE(o.open);
    EXPECT_FALSE(o.running);
    ASSERT_TRUE(o.next);
    EXPECT_EQ(periods[*o.next].name, "Q3");
    o = OpeningOf(periods, D("2027-05-31"));
    EXPECT_TRUE(o.open);
    ASSERT_TRUE(o.running);
    EXPECT_EQ(periods[*o.running].name, "Q3");
    EXPECT_FALSE(o.next);  // only said when closed
    o = OpeningOf(periods, D("2028-01-01"));
    EXPECT_FALSE(o.open);
    EXPECT_FALSE(o.next);  // nothing planned any more
}

TEST(SurveyPeriods, OverlapIsOneSharedDayAndSkipsItself) {
    const std::vector<PeriodDays> periods{P("S2", "2027-07-01", "2027-12-31"), P("S1", "2027-01-01", "2027-06-30")};
    EXPECT_EQ(Overlapping(periods, P("x", "2027-06-30", "2027-07-01"), std::nullopt), 1u);  // the earlier first
    EXPECT_EQ(Overlapping(periods, P("x", "2027-12-31", "2028-01-31"), std::nullopt), 0u);
    EXPECT_FALSE(Overlapping(periods, P("x", "2028-01-01", "2028-03-31"), std::nullopt));
    EXPECT_FALSE(Overlapping(periods, P("x", "2026-01-01", "2026-12-31"), std::nullopt));
    EXPECT_FALSE(Overlapping(periods, P("S1", "2027-01-01", "2027-06-15"), 1u));   // changing S1 itself
    EXPECT_EQ(Overlapping(periods, P("S1", "2027-01-01", "2027-07-15"), 1u), 0u);  // growing into S2
}

}  // namespace
}  // namespace bangkom::evaluation
