#include "evaluation/verdict.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace bangkom::evaluation {
namespace {

using ::testing::HasSubstr;

domain::Date D(int y, int m, int d) {
    return domain::Date::FromYmd(y, m, d).value();
}

SkmAnswers All(int v) {
    SkmAnswers a;
    a.fill(v);
    return a;
}

/// n responses alternating between a and b (some spread, so that the Welch test is defined).
std::vector<SkmAnswers> Mixed(int n, int a, int b) {
    std::vector<SkmAnswers> out;
    for (int i = 0; i < n; ++i) out.push_back(All(i % 2 ? a : b));
    return out;
}

OfferingInputs Base() {
    OfferingInputs in;
    in.offering = "ANG-1";
    in.program = "PRG";
    in.program_name = "Pelatihan Pelayanan Prima";
    in.start = D(2026, 3, 16);
    in.end = D(2026, 3, 20);
    in.participants = 6;
    return in;
}

std::vector<Pair> Rising(int n) {
    std::vector<Pair> out;
    for (int i = 0; i < n; ++i) out.push_back({50.0 + i, 60.0 + 2 * i});
    return out;
}

TEST(VerdictTest, CodesAsInTheIssue) {
    EXPECT_EQ(Code(Verdict::efektif), "efektif");
    EXPECT_EQ(Code(Verdict::tidak_signifikan), "tidak_signifikan");
    EXPECT_EQ(Code(Verdict::menurun), "menurun");
    EXPECT_EQ(Code(Verdict::data_kurang), "data_kurang");
    EXPECT_EQ(Code(Level::L4), "L4");
    EXPECT_EQ(Code(Level::none), "");
}

TEST(VerdictTest, WindowsOfEvaluationMd) {
    const auto w = WindowsOf(D(2026, 3, 16), D(2026, 3, 20), Settings{});
    EXPECT_EQ(w.skm_before_from, D(2025, 9, 16));
    EXPECT_EQ(w.skm_before_to, D(2026, 3, 15));
    EXPECT_EQ(w.skm_after_from, D(2026, 6, 20));
    EXPECT_EQ(w.skm_after_to, D(2026, 12, 20));
    EXPECT_EQ(w.feedback_before_from, D(2025, 9, 17));  // 180 days
    EXPECT_EQ(w.feedback_after_from, D(2026, 6, 20));
    EXPECT_EQ(w.feedback_after_to, D(2026, 9, 20));
    EXPECT_EQ(w.skp_year_before, 2025);
    EXPECT_EQ(w.skp_year_after, 2027);
}

TEST(VerdictTest, DecideBySignificanceAndDirection) {
    PrimaryOutcome p{Level::L2, "paired_t", 50, 60, 0.01};
    EXPECT_EQ(Decide(p, 0.05), Verdict::efektif);
    p.after = 40;
    EXPECT_EQ(Decide(p, 0.05), Verdict::menurun);
    p.p = 0.05;  // not below alpha
    EXPECT_EQ(Decide(p, 0.05), Verdict::tidak_signifikan);
    EXPECT_EQ(Decide(p, 0.1), Verdict::menurun);
    EXPECT_EQ(Decide(PrimaryOutcome{}, 0.05), Verdict::data_kurang);
}

TEST(VerdictTest, LearningDecidesWhenItIsTheOnlyLevelWithData) {
    auto in = Base();
    in.tests = Rising(6);
    const auto e = EvaluateOffering(in, Settings{});
    EXPECT_EQ(e.primary.level, Level::L2);
    EXPECT_EQ(e.primary.test, "paired_t");
    EXPECT_EQ(e.verdict, Verdict::efektif);
    EXPECT_THAT(e.reason, HasSubstr("Skor tes peserta naik signifikan dari 52,50 menjadi 65,00 (uji t berpasangan"));
    EXPECT_THAT(e.reason_en, HasSubstr("rose significantly from 52.50 to 65.00"));
    // What is missing for the higher levels is still listed.
    ASSERT_FALSE(e.missing.empty());
    EXPECT_EQ(e.missing.front().level, Level::L4);
}

TEST(VerdictTest, ResultsComeFirstWhenTheyHaveEnoughData) {
    auto in = Base();
    in.tests = Rising(6);                                                                 // would say efektif
    in.treated = {{"PKM1", "Puskesmas Kenali Besar", Mixed(30, 3, 4), Mixed(30, 3, 4)}};  // unchanged
    const auto e = EvaluateOffering(in, Settings{});
    EXPECT_EQ(e.primary.level, Level::L4);
    EXPECT_EQ(e.primary.test, "welch");
    EXPECT_EQ(e.verdict, Verdict::tidak_signifikan);
    EXPECT_THAT(e.reason, HasSubstr("tinjau kembali materi dan metode pelatihan"));
    EXPECT_THAT(e.reason, HasSubstr("Indeks kepuasan masyarakat"));
    // No control unit: the difference-in-differences is missing, said so.
    ASSERT_EQ(e.missing.size(), 3u);  // control, L3 360, L3 SKP
    EXPECT_THAT(e.missing[0].id, HasSubstr("Unit pembanding"));
}

TEST(VerdictTest, ResultsThatFellAreMenurun) {
    auto in = Base();
    in.treated = {{"PKM1", "Puskesmas Kenali Besar", Mixed(30, 3, 4), Mixed(30, 2, 3)}};
    in.control = {{"PKM2", "Puskesmas Lain", Mixed(30, 3, 4), Mixed(30, 3, 4)}};
    const auto e = EvaluateOffering(in, Settings{});
    EXPECT_EQ(e.verdict, Verdict::menurun);
    EXPECT_TRUE(e.l4.did_enough);
    EXPECT_DOUBLE_EQ(e.l4.did.estimate, -25);
    EXPECT_THAT(e.reason, HasSubstr("turun signifikan dari 87,50 menjadi 62,50"));
    EXPECT_THAT(e.reason, HasSubstr("p < 0,001"));
}

TEST(VerdictTest, BehaviourBeforeLearningAndSkpWhen360IsShort) {
    auto in = Base();
    in.tests = Rising(6);
    in.skp = {{80, 80}, {60, 60}, {80, 80}, {40, 40}, {100, 100}};  // unchanged
    auto e = EvaluateOffering(in, Settings{});
    EXPECT_EQ(e.primary.level, Level::L3);
    EXPECT_EQ(e.primary.test, "wilcoxon");
    EXPECT_DOUBLE_EQ(e.primary.p, 1);  // every difference zero: no change
    EXPECT_EQ(e.verdict, Verdict::tidak_signifikan);
    EXPECT_THAT(e.reason, HasSubstr("Nilai predikat SKP peserta"));
    in.feedback = {{3, 3.5}, {2.5, 3}, {3, 4}, {4, 4.25}, {3.5, 3.75}};
    e = EvaluateOffering(in, Settings{});
    EXPECT_EQ(e.primary.test, "paired_t");
    EXPECT_EQ(e.verdict, Verdict::efektif);
}

TEST(VerdictTest, IdenticalDifferencesFallBackToWilcoxon) {
    auto in = Base();
    in.tests = {{50, 55}, {60, 65}, {40, 45}, {70, 75}, {55, 60}, {65, 70}};
    const auto e = EvaluateOffering(in, Settings{});
    EXPECT_FALSE(e.l2.t.valid);
    EXPECT_EQ(e.primary.test, "wilcoxon");
    EXPECT_EQ(e.verdict, Verdict::efektif);
}

TEST(VerdictTest, DataKurangListsExactlyWhatIsMissing) {
    auto in = Base();
    in.tests = Rising(1);
    in.treated = {{"PKM1", "Puskesmas Kenali Besar", Mixed(40, 3, 4), Mixed(12, 3, 4)}};
    in.today = D(2026, 11, 1);  // before the end of the SKM after-window (2026-12-20)
    const auto e = EvaluateOffering(in, Settings{});
    EXPECT_EQ(e.verdict, Verdict::data_kurang);
    EXPECT_EQ(e.primary.level, Level::none);
    ASSERT_EQ(e.missing.size(), 4u);
    EXPECT_EQ(e.missing[0].id,
              "Respons SKM sesudah pelatihan: 12 dari 30 yang diperlukan di Puskesmas Kenali Besar (jendela sesudah "
              "pelatihan berakhir 2026-12-20)");
    EXPECT_EQ(e.missing[0].en,
              "SKM responses after training: 12 of 30 needed at Puskesmas Kenali Besar (the after-training window "
              "ends 2026-12-20)");
    EXPECT_THAT(e.missing[1].id, HasSubstr("Pasangan umpan balik 360 sebelum dan sesudah pelatihan: 0 dari 5"));
    EXPECT_THAT(e.missing[2].id, HasSubstr("Pasangan predikat SKP tahun 2025 dan 2027: 0 dari 5"));
    EXPECT_EQ(e.missing[3].id, "Pasangan pre-test dan post-test: 1 dari 5 yang diperlukan");
    EXPECT_THAT(e.reason, HasSubstr("Data belum cukup untuk menilai program: Respons SKM sesudah pelatihan: 12 dari"));
    EXPECT_THAT(e.reason_en, HasSubstr("Not enough data to judge the program: SKM responses after training"));
}

TEST(VerdictTest, NoParticipantsAndNoUnitsAreNamed) {
    auto in = Base();
    in.participants = 0;
    const auto e = EvaluateOffering(in, Settings{});
    EXPECT_EQ(e.verdict, Verdict::data_kurang);
    ASSERT_GE(e.missing.size(), 2u);
    EXPECT_EQ(e.missing[0].level, Level::none);
    EXPECT_THAT(e.missing[0].id, HasSubstr("Peserta: tidak ada"));
    EXPECT_THAT(e.missing[1].id, HasSubstr("tidak ada peserta dengan kode_unit"));
}

}  // namespace
}  // namespace bangkom::evaluation
