#include "services/plan_flags.hpp"

#include <gtest/gtest.h>

namespace bangkom::services {
namespace {

using evaluation::Verdict;

evaluation::OfferingEvaluation Offering(const std::string& code, const std::string& program, int month,
                                        Verdict verdict) {
    evaluation::OfferingEvaluation o;
    o.offering = code;
    o.program = program;
    o.start = *domain::Date::FromYmd(2026, month, 1);
    o.end = *domain::Date::FromYmd(2026, month, 5);
    o.verdict = verdict;
    return o;
}

evaluation::YearEvaluation Year(std::vector<evaluation::OfferingEvaluation> offerings) {
    evaluation::YearEvaluation y;
    y.year = 2026;
    y.offerings = std::move(offerings);
    return y;
}

TEST(ProgramFlags, NotSignificantAndDecliningAreFlaggedWithTheFactor) {
    const auto flags = ProgramFlags(
        {Year({Offering("A1", "PB", 3, Verdict::menurun), Offering("A2", "PA", 4, Verdict::tidak_signifikan),
               Offering("A3", "PC", 4, Verdict::efektif)})},
        0.5);
    ASSERT_EQ(flags.size(), 2u);
    EXPECT_EQ(flags[0].program, "PA");  // by program code
    EXPECT_EQ(flags[0].offering, "A2");
    EXPECT_EQ(flags[0].verdict, "tidak_signifikan");
    EXPECT_DOUBLE_EQ(flags[0].factor, 0.5);
    EXPECT_EQ(flags[1].program, "PB");
    EXPECT_EQ(flags[1].verdict, "menurun");
}

TEST(ProgramFlags, TheLatestEvaluatedOfferingDecides) {
    // PA was not significant in March but effective in September (revised): no flag. PB the other way round.
    const auto flags = ProgramFlags(
        {Year({Offering("A1", "PA", 3, Verdict::tidak_signifikan), Offering("A2", "PA", 9, Verdict::efektif),
               Offering("B2", "PB", 9, Verdict::tidak_signifikan)}),
         Year({Offering("B1", "PB", 3, Verdict::efektif)})},
        0.25);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].program, "PB");
    EXPECT_EQ(flags[0].offering, "B2");
    EXPECT_DOUBLE_EQ(flags[0].factor, 0.25);
}

TEST(ProgramFlags, DataKurangIsNoEvidenceEitherWay) {
    const auto flags = ProgramFlags(
        {Year({Offering("A1", "PA", 3, Verdict::tidak_signifikan), Offering("A2", "PA", 9, Verdict::data_kurang),
               Offering("C1", "PC", 9, Verdict::data_kurang)})},
        0.5);
    ASSERT_EQ(flags.size(), 1u);
    EXPECT_EQ(flags[0].offering, "A1");  // the later offering without data does not lift the flag
    EXPECT_TRUE(ProgramFlags({}, 0.5).empty());
}

RecordedRevision Revision(const std::string& program, int month, int day, int64_t id) {
    return RecordedRevision{program, *domain::Date::FromYmd(2026, month, day), id};
}

TEST(ProgramFlags, ARevisionDatedOnOrAfterTheOfferingsEndLiftsTheFlag) {
    // PA's flagged offering ends 5 April: a revision on that day lifts the flag (factor 1, the revision named).
    // PB's revision came on 4 March, before its offering ended on 5 March: the flag stands.
    const auto year =
        Year({Offering("A1", "PA", 4, Verdict::tidak_signifikan), Offering("B1", "PB", 3, Verdict::menurun)});
    const auto flags = ProgramFlags({year}, 0.5, {Revision("PA", 4, 5, 11), Revision("PB", 3, 4, 12)});
    ASSERT_EQ(flags.size(), 2u);
    EXPECT_EQ(flags[0].program, "PA");
    EXPECT_EQ(flags[0].revision, 11);
    EXPECT_DOUBLE_EQ(flags[0].factor, 1.0);
    EXPECT_EQ(flags[1].program, "PB");
    EXPECT_EQ(flags[1].revision, 0);
    EXPECT_DOUBLE_EQ(flags[1].factor, 0.5);
    // a revision of another program lifts nothing
    EXPECT_EQ(ProgramFlags({year}, 0.5, {Revision("PC", 12, 1, 13)})[0].revision, 0);
}

TEST(ProgramFlags, TheLatestLiftingRevisionIsNamedAndALaterFailureFlagsAgain) {
    // the reviews point into the years: they must outlive them
    const std::vector<evaluation::YearEvaluation> years{Year({Offering("A1", "PA", 3, Verdict::tidak_signifikan)})};
    const auto reviews = ReviewPrograms(
        years, {Revision("PA", 3, 20, 5), Revision("PA", 6, 1, 3), Revision("PA", 6, 1, 4), Revision("PA", 1, 1, 9)});
    ASSERT_EQ(reviews.size(), 1u);
    EXPECT_EQ(reviews[0].offering->offering, "A1");
    EXPECT_EQ(reviews[0].revision, 4);  // latest date, then latest id; the January one predates the offering
    // revised in March, run again in September and still not significant: flagged again
    const auto again = ProgramFlags({Year({Offering("A1", "PA", 3, Verdict::tidak_signifikan),
                                           Offering("A2", "PA", 9, Verdict::tidak_signifikan)})},
                                    0.5, {Revision("PA", 3, 20, 5)});
    ASSERT_EQ(again.size(), 1u);
    EXPECT_EQ(again[0].offering, "A2");
    EXPECT_EQ(again[0].revision, 0);
}

}  // namespace
}  // namespace bangkom::services
