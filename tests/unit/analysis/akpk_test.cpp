#include "analysis/akpk.hpp"

#include <gtest/gtest.h>

namespace bangkom::analysis {
namespace {

using domain::Predikat;

TEST(AkpkTest, ReadingOfTheTwoGaps) {
    EXPECT_EQ(ReadAkpk(true, true), AkpkReading::training);
    EXPECT_EQ(ReadAkpk(false, true), AkpkReading::non_training);
    EXPECT_EQ(ReadAkpk(true, false), AkpkReading::future_development);
    EXPECT_EQ(ReadAkpk(false, false), AkpkReading::maintain);
}

TEST(AkpkTest, AnUnknownGapMakesTheReadingUnknownNeverMaintain) {
    EXPECT_EQ(ReadAkpk(std::nullopt, false), AkpkReading::unknown);
    EXPECT_EQ(ReadAkpk(std::nullopt, true), AkpkReading::unknown);  // training or non_training: cannot tell
    EXPECT_EQ(ReadAkpk(true, std::nullopt), AkpkReading::unknown);  // training or future_development
    EXPECT_EQ(ReadAkpk(false, std::nullopt), AkpkReading::unknown);
    EXPECT_EQ(ReadAkpk(std::nullopt, std::nullopt), AkpkReading::unknown);
}

TEST(AkpkTest, ReadingCodes) {
    EXPECT_EQ(Code(AkpkReading::training), "training");
    EXPECT_EQ(Code(AkpkReading::non_training), "non_training");
    EXPECT_EQ(Code(AkpkReading::future_development), "future_development");
    EXPECT_EQ(Code(AkpkReading::maintain), "maintain");
    EXPECT_EQ(Code(AkpkReading::unknown), "unknown");
}

TEST(AkpkTest, PerformanceGapAgainstTheTarget) {
    const Settings s;
    EXPECT_DOUBLE_EQ(PerformanceGap(Predikat::sangat_baik, s), 0);
    EXPECT_DOUBLE_EQ(PerformanceGap(Predikat::baik, s), 0);
    EXPECT_DOUBLE_EQ(PerformanceGap(Predikat::butuh_perbaikan, s), 20);
    EXPECT_DOUBLE_EQ(PerformanceGap(Predikat::kurang, s), 40);
    EXPECT_DOUBLE_EQ(PerformanceGap(Predikat::sangat_kurang, s), 60);
    EXPECT_DOUBLE_EQ(PerformanceGap(std::nullopt, s), 0);
}

TEST(AkpkTest, PredikatScoresAreSettings) {
    Settings s;
    s.predikat_score[static_cast<size_t>(Predikat::kurang)] = 70;
    EXPECT_DOUBLE_EQ(PerformanceGap(Predikat::kurang, s), 10);
}

TEST(AkpkTest, WeakPredikat) {
    EXPECT_FALSE(IsWeakPredikat(Predikat::sangat_baik));
    EXPECT_FALSE(IsWeakPredikat(Predikat::baik));
    EXPECT_TRUE(IsWeakPredikat(Predikat::butuh_perbaikan));
    EXPECT_TRUE(IsWeakPredikat(Predikat::kurang));
    EXPECT_TRUE(IsWeakPredikat(Predikat::sangat_kurang));
}

TEST(AkpkTest, PotentialBandsAtTheCutOffs) {
    const Settings s;
    EXPECT_EQ(BandOf(80, s), PotentialBand::tinggi);
    EXPECT_EQ(BandOf(79.99, s), PotentialBand::menengah);
    EXPECT_EQ(BandOf(60, s), PotentialBand::menengah);
    EXPECT_EQ(BandOf(59.99, s), PotentialBand::rendah);
}

TEST(AkpkTest, NineBoxOfDomain) {
    const Settings s;
    EXPECT_EQ(NineBox(Predikat::sangat_baik, 10, s), 4);
    EXPECT_EQ(NineBox(Predikat::sangat_baik, 70, s), 7);
    EXPECT_EQ(NineBox(Predikat::sangat_baik, 90, s), 9);
    EXPECT_EQ(NineBox(Predikat::baik, 10, s), 2);
    EXPECT_EQ(NineBox(Predikat::baik, 70, s), 5);
    EXPECT_EQ(NineBox(Predikat::baik, 90, s), 8);
    EXPECT_EQ(NineBox(Predikat::kurang, 10, s), 1);
    EXPECT_EQ(NineBox(Predikat::butuh_perbaikan, 70, s), 3);
    EXPECT_EQ(NineBox(Predikat::sangat_kurang, 90, s), 6);
}

TEST(AkpkTest, NineBoxUnknownWithoutPerformanceOrPotential) {
    const Settings s;
    EXPECT_EQ(NineBox(std::nullopt, 90, s), 0);
    EXPECT_EQ(NineBox(Predikat::baik, std::nullopt, s), 0);
}

TEST(AkpkTest, CutOffsAreSettings) {
    Settings s;
    s.potential_high = 95;
    s.potential_middle = 90;
    EXPECT_EQ(NineBox(Predikat::baik, 92, s), 5);
    EXPECT_EQ(NineBox(Predikat::baik, 85, s), 2);
}

}  // namespace
}  // namespace bangkom::analysis
