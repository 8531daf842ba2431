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

}  // namespace
}  // namespace bangkom::services
