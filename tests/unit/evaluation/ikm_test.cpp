#include "evaluation/ikm.hpp"

#include <gtest/gtest.h>

#include <algorithm>
#include <cmath>
#include <ostream>
#include <vector>

namespace bangkom::evaluation {
namespace {

// `respondents` responses answering every element: the first `high` of them `low + 1`, the others `low`. Every
// element's NRR is then low + high / respondents, so IKM is that too and the index is 25 times it — exact on
// paper, which is how the boundary cases below land on 76.60, 76.605, 88.30 ... exactly.
std::vector<SkmAnswers> Uniform(int respondents, int high, int low) {
    std::vector<SkmAnswers> out(respondents);
    for (int i = 0; i < respondents; ++i) out[i].fill(i < high ? low + 1 : low);
    return out;
}

Ikm Of(const std::vector<SkmAnswers>& responses) {
    return ComputeIkm(responses);
}

TEST(IkmTest, EmptyInputHasNoIndex) {
    const auto ikm = Of({});
    EXPECT_EQ(ikm.respondents, 0);
    EXPECT_FALSE(ikm.complete);
    EXPECT_EQ(ikm.index, 0);
    EXPECT_EQ(ikm.label, "");
    for (int e = 0; e < 9; ++e) EXPECT_EQ(ikm.answered[e], 0);
}

TEST(IkmTest, HandComputedWithUnansweredElements) {
    // Three respondents; respondent 2 skips U3 and U9, respondent 3 answers only U1 and U3.
    const SkmAnswers r1 = {4, 3, 3, 4, 3, 4, 4, 2, 3};
    const SkmAnswers r2 = {3, 3, std::nullopt, 4, 2, 3, 4, 3, std::nullopt};
    const SkmAnswers r3 = {
        2, std::nullopt, 1, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt, std::nullopt};
    const auto ikm = Of({r1, r2, r3});
    EXPECT_EQ(ikm.respondents, 3);
    EXPECT_EQ(ikm.answered, (std::array<int, 9>{3, 2, 2, 2, 2, 2, 2, 2, 1}));
    // NRR: U1 9/3 = 3, U2 6/2 = 3, U3 4/2 = 2, U4 8/2 = 4, U5 5/2 = 2.5, U6 7/2 = 3.5, U7 8/2 = 4,
    // U8 5/2 = 2.5, U9 3/1 = 3. Σ = 27.5; IKM = 27.5 / 9 = 3.0556; index = 76.3889 → C Kurang Baik.
    const std::array<double, 9> nrr = {3, 3, 2, 4, 2.5, 3.5, 4, 2.5, 3};
    for (int e = 0; e < 9; ++e) EXPECT_DOUBLE_EQ(ikm.nrr[e], nrr[e]) << "U" << e + 1;
    EXPECT_TRUE(ikm.complete);
    EXPECT_DOUBLE_EQ(ikm.ikm, 27.5 / 9);
    EXPECT_DOUBLE_EQ(ikm.index, 27.5 / 9 * 25);
    EXPECT_EQ(ikm.grade, 'C');
    EXPECT_EQ(ikm.label, "Kurang Baik");
}

TEST(IkmTest, ResponseWithNothingAnsweredIsNoRespondent) {
    const SkmAnswers none{};
    auto responses = Uniform(4, 0, 3);
    responses.push_back(none);
    const auto ikm = Of(responses);
    EXPECT_EQ(ikm.respondents, 4);
    EXPECT_EQ(ikm.answered[0], 4);
    EXPECT_DOUBLE_EQ(ikm.index, 75);
}

TEST(IkmTest, AnswerOutsideTheScaleCountsAsUnanswered) {
    SkmAnswers odd;
    odd.fill(4);
    odd[0] = 5;
    odd[1] = 0;
    const auto ikm = Of({odd, Uniform(1, 0, 2)[0]});
    EXPECT_EQ(ikm.answered[0], 1);
    EXPECT_EQ(ikm.answered[1], 1);
    EXPECT_DOUBLE_EQ(ikm.nrr[0], 2);
    EXPECT_DOUBLE_EQ(ikm.nrr[2], 3);
}

TEST(IkmTest, ElementNobodyAnsweredMakesItIncomplete) {
    auto responses = Uniform(3, 1, 3);
    for (auto& r : responses) r[7] = std::nullopt;  // U8 never answered
    const auto ikm = Of(responses);
    EXPECT_FALSE(ikm.complete);
    EXPECT_EQ(ikm.answered[7], 0);
    EXPECT_EQ(ikm.nrr[7], 0);
    EXPECT_DOUBLE_EQ(ikm.nrr[0], 10.0 / 3);  // the other elements are still reported
    EXPECT_EQ(ikm.ikm, 0);
    EXPECT_EQ(ikm.index, 0);
    EXPECT_EQ(ikm.label, "");
}

TEST(IkmTest, UsesTheExactWeightNotThePrinted0111) {
    const auto ikm = Of(Uniform(1, 0, 4));
    EXPECT_DOUBLE_EQ(ikm.ikm, 4);  // 9 × 4 × 0.111 would give 3.996
    EXPECT_DOUBLE_EQ(ikm.index, 100);
    EXPECT_EQ(ikm.grade, 'A');
}

struct Boundary {
    int respondents, high, low;
    double index;
    char grade;
};

void PrintTo(const Boundary& b, std::ostream* os) {
    *os << b.index;
}

class IkmBoundaryTest : public testing::TestWithParam<Boundary> {};

TEST_P(IkmBoundaryTest, GradesTheIndexRoundedToTwoDecimals) {
    const auto& b = GetParam();
    const auto ikm = Of(Uniform(b.respondents, b.high, b.low));
    EXPECT_NEAR(ikm.index, b.index, 1e-9);
    EXPECT_EQ(ikm.grade, b.grade) << "index " << ikm.index;
}

INSTANTIATE_TEST_SUITE_P(Boundaries, IkmBoundaryTest,
                         testing::Values(Boundary{1000, 532, 3, 88.30, 'B'},      // NRR 3.532
                                         Boundary{10000, 5322, 3, 88.305, 'A'},   // rounds up to 88.31
                                         Boundary{10000, 5324, 3, 88.31, 'A'},    //
                                         Boundary{1000, 64, 3, 76.60, 'C'},       // NRR 3.064
                                         Boundary{10000, 642, 3, 76.605, 'B'},    // rounds up to 76.61
                                         Boundary{10000, 644, 3, 76.61, 'B'},     //
                                         Boundary{10000, 5996, 2, 64.99, 'D'},    // NRR 2.5996
                                         Boundary{10000, 5998, 2, 64.995, 'C'},   // rounds up to 65.00
                                         Boundary{1000, 600, 2, 65.00, 'C'},      // NRR 2.6
                                         Boundary{10000, 5997, 2, 64.9925, 'D'},  // rounds down to 64.99
                                         Boundary{1, 0, 1, 25, 'D'}));

TEST(GradeOfTest, LabelsAndBoundaries) {
    EXPECT_EQ(GradeOf(100), std::make_pair('A', std::string("Sangat Baik")));
    EXPECT_EQ(GradeOf(88.31), std::make_pair('A', std::string("Sangat Baik")));
    EXPECT_EQ(GradeOf(88.30), std::make_pair('B', std::string("Baik")));
    EXPECT_EQ(GradeOf(76.61), std::make_pair('B', std::string("Baik")));
    EXPECT_EQ(GradeOf(76.60), std::make_pair('C', std::string("Kurang Baik")));
    EXPECT_EQ(GradeOf(65.00), std::make_pair('C', std::string("Kurang Baik")));
    EXPECT_EQ(GradeOf(64.99), std::make_pair('D', std::string("Tidak Baik")));
    EXPECT_EQ(GradeOf(25), std::make_pair('D', std::string("Tidak Baik")));
}

// `respondents` responses whose answers to element e sum to sums[e] (each answer low or low + 1).
std::vector<SkmAnswers> WithSums(int respondents, const std::array<int, 9>& sums) {
    std::vector<SkmAnswers> out(respondents);
    for (int e = 0; e < 9; ++e) {
        const int low = std::min(4, sums[e] / respondents);
        const int high = sums[e] - low * respondents;
        for (int i = 0; i < respondents; ++i) out[i][e] = i < high ? low + 1 : low;
    }
    return out;
}

struct HalfCase {
    std::array<int, 9> sums;  // over 10,000 respondents: Σ NRR = Σ sums / 10,000, exact on paper
    double half;              // the index on paper, exactly x.xx5
    char grade;               // the grade of the half rounded up
};

void PrintTo(const HalfCase& c, std::ostream* os) {
    *os << c.half;
}

class IkmHalfTest : public testing::TestWithParam<HalfCase> {};

// These element sums put the index exactly on a half hundredth on paper while the floating-point sum of the
// NRRs lands a hair below it (found by search): a plain floor(x × 100 + 0.5) would round them down.
TEST_P(IkmHalfTest, ExactHalfComputedJustBelowStillRoundsUp) {
    const auto& c = GetParam();
    const auto ikm = Of(WithSums(10000, c.sums));
    ASSERT_LT(ikm.index * 100, c.half * 100) << "the case no longer exercises the tolerance";
    ASSERT_NEAR(ikm.index, c.half, 1e-9);
    EXPECT_EQ(ikm.grade, c.grade);
}

INSTANTIATE_TEST_SUITE_P(
    Halves, IkmHalfTest,
    testing::Values(HalfCase{{22511, 39916, 31610, 37977, 10003, 17122, 37655, 40000, 38984}, 76.605, 'B'},
                    HalfCase{{35196, 10139, 39034, 37405, 39290, 38207, 39833, 38847, 39947}, 88.305, 'A'},
                    HalfCase{{37160, 12910, 36237, 28384, 35316, 14568, 21087, 31150, 17170}, 64.995, 'C'}));

TEST(GradeOfTest, HalfHundredthRoundsUpWithinTheTolerance) {
    EXPECT_EQ(GradeOf(76.605).first, 'B');
    EXPECT_EQ(GradeOf(std::nextafter(76.605, 0.0)).first, 'B');
    EXPECT_EQ(GradeOf(76.605 - 1e-12).first, 'B');
    EXPECT_EQ(GradeOf(88.305).first, 'A');
    EXPECT_EQ(GradeOf(64.995).first, 'C');
    // …while a value that is really below the half stays below it.
    EXPECT_EQ(GradeOf(76.6049).first, 'C');
    EXPECT_EQ(GradeOf(88.3049999).first, 'B');
    EXPECT_EQ(GradeOf(64.9949).first, 'D');
}

TEST(RespondentIndexTest, MeanOfAnsweredElementsTimes25) {
    SkmAnswers a{};
    EXPECT_FALSE(RespondentIndex(a).has_value());
    a[0] = 4;
    a[4] = 3;
    a[8] = 2;
    ASSERT_TRUE(RespondentIndex(a).has_value());
    EXPECT_DOUBLE_EQ(*RespondentIndex(a), 75);
    a[1] = 9;  // outside the scale: ignored
    EXPECT_DOUBLE_EQ(*RespondentIndex(a), 75);
    a.fill(1);
    EXPECT_DOUBLE_EQ(*RespondentIndex(a), 25);
}

TEST(KrejcieMorganTest, TableValues) {
    EXPECT_EQ(KrejcieMorgan(100), 80);
    EXPECT_EQ(KrejcieMorgan(1000), 278);
    EXPECT_EQ(KrejcieMorgan(10000), 370);
    EXPECT_EQ(KrejcieMorgan(10), 10);
    EXPECT_EQ(KrejcieMorgan(500), 218);
}

TEST(KrejcieMorganTest, EdgesAndLimit) {
    EXPECT_EQ(KrejcieMorgan(0), 0);
    EXPECT_EQ(KrejcieMorgan(-5), 0);
    EXPECT_EQ(KrejcieMorgan(1), 1);  // s is exactly 1: not rounded up to 2
    EXPECT_EQ(KrejcieMorgan(5'600'000), 385);
    EXPECT_EQ(KrejcieMorgan(4'000'000'000LL), 385);  // the limit χ²P(1−P)/d² = 384.1
}

}  // namespace
}  // namespace bangkom::evaluation
