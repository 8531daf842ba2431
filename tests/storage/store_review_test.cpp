// Contract: what the evaluation records besides answers (issue 8) — program revisions kept in order, and a unit's
// SKM survey periods, which never share a day (checked in the saving transaction), change in place and go without
// touching anything else. Runs on SQLite and PostgreSQL.

#include <gmock/gmock.h>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

using ::testing::ElementsAre;
using ::testing::Field;
using ::testing::HasSubstr;

SurveyPeriod Period(const std::string& unit, const std::string& name, const std::string& from, const std::string& to,
                    std::optional<int64_t> served = std::nullopt) {
    return SurveyPeriod{0, unit, name, from, to, served, 7, 1'767'000'000};
}

TEST_P(StoreContract, RevisionsAreKeptNewestDateFirst) {
    SeedWorld(store());
    auto& r = store().Review();
    auto first = r.AddRevision({0, "PR1", "2027-01-10", "materi", "Modul diperbarui dengan kasus daerah.", 7, 100});
    ASSERT_TRUE(first.ok()) << first.error().message;
    auto later = r.AddRevision({0, "PR1", "2027-02-01", "metode", "Praktik lapangan ditambah dua hari.", 8, 200});
    ASSERT_TRUE(later.ok()) << later.error().message;
    auto same_day = r.AddRevision({0, "PR1", "2027-01-10", "materi_metode", "Koreksi pada hari yang sama.", 7, 300});
    ASSERT_TRUE(same_day.ok());
    EXPECT_NE(*first, *later);

    auto stored = r.Revisions("PR1");
    ASSERT_TRUE(stored.ok()) << stored.error().message;
    EXPECT_THAT(*stored, ElementsAre(Field(&ProgramRevision::id, *later), Field(&ProgramRevision::id, *same_day),
                                     Field(&ProgramRevision::id, *first)));
    EXPECT_EQ(stored->back(), (ProgramRevision{*first, "PR1", "2027-01-10", "materi",
                                               "Modul diperbarui dengan kasus daerah.", 7, 100}));
    auto all = r.Revisions("");
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->size(), 3u);
    EXPECT_TRUE(r.Revisions("NOPE")->empty());
    // a revision of a program the catalog does not have is refused by the store (foreign key)
    EXPECT_FALSE(r.AddRevision({0, "NOPE", "2027-01-10", "materi", "Tidak ada programnya.", 7, 100}).ok());
}

TEST_P(StoreContract, SurveyPeriodsOfAUnitNeverShareADay) {
    SeedWorld(store());
    auto& r = store().Review();
    auto s1 = r.SaveSurveyPeriod(Period("U1", "Semester I 2027", "2027-01-01", "2027-06-30", 1200));
    ASSERT_TRUE(s1.ok()) << s1.error().message;
    auto s2 = r.SaveSurveyPeriod(Period("U1", "Semester II 2027", "2027-07-01", "2027-12-31"));
    ASSERT_TRUE(s2.ok()) << s2.error().message;
    // another unit may use the same days
    ASSERT_TRUE(r.SaveSurveyPeriod(Period("U2", "Tahun 2027", "2027-01-01", "2027-12-31")).ok());

    // sharing one day (the last of semester I) is a conflict naming the other period, and stores nothing
    auto overlap = r.SaveSurveyPeriod(Period("U1", "Triwulan II", "2027-06-30", "2027-07-15"));
    ASSERT_FALSE(overlap.ok());
    EXPECT_EQ(overlap.error().code, ErrorCode::conflict);
    EXPECT_THAT(overlap.error().message, HasSubstr("Semester I 2027"));
    auto inside = r.SaveSurveyPeriod(Period("U1", "Bulan Maret", "2027-03-01", "2027-03-31"));
    EXPECT_EQ(inside.error().code, ErrorCode::conflict);

    auto periods = r.SurveyPeriods("U1");
    ASSERT_TRUE(periods.ok());
    ASSERT_EQ(periods->size(), 2u);
    SurveyPeriod expected = Period("U1", "Semester I 2027", "2027-01-01", "2027-06-30", 1200);
    expected.id = *s1;
    EXPECT_EQ(periods->front(), expected);
    EXPECT_EQ(periods->back().served, std::nullopt);
    EXPECT_EQ(r.SurveyPeriods("")->size(), 3u);

    // a period changed in place does not overlap itself; it may not grow into its neighbour
    SurveyPeriod changed = expected;
    changed.name = "Semester I 2027 (diperpendek)";
    changed.to = "2027-05-31";
    changed.served = std::nullopt;
    auto saved = r.SaveSurveyPeriod(changed);
    ASSERT_TRUE(saved.ok()) << saved.error().message;
    EXPECT_EQ(*saved, *s1);
    EXPECT_EQ(r.SurveyPeriods("U1")->front(), changed);
    changed.to = "2027-07-01";
    EXPECT_EQ(r.SaveSurveyPeriod(changed).error().code, ErrorCode::conflict);
    // a period id of another unit (or none) is not found
    SurveyPeriod elsewhere = changed;
    elsewhere.unit = "U2";
    elsewhere.from = "2028-01-01";
    elsewhere.to = "2028-01-31";
    EXPECT_EQ(r.SaveSurveyPeriod(elsewhere).error().code, ErrorCode::not_found);

    EXPECT_EQ(r.DeleteSurveyPeriod("U2", *s1).error().code, ErrorCode::not_found);
    ASSERT_TRUE(r.DeleteSurveyPeriod("U1", *s1).ok());
    EXPECT_EQ(r.DeleteSurveyPeriod("U1", *s1).error().code, ErrorCode::not_found);
    EXPECT_THAT(*r.SurveyPeriods("U1"), ElementsAre(Field(&SurveyPeriod::id, *s2)));
    // the days are free again
    EXPECT_TRUE(r.SaveSurveyPeriod(Period("U1", "Triwulan I", "2027-01-01", "2027-03-31")).ok());
}

}  // namespace
}  // namespace bangkom::storage::contract
