#include "domain/performance.hpp"

#include <gtest/gtest.h>

namespace bangkom::domain {
namespace {

struct Cell {
    Expectation results;
    Expectation behaviour;
    Predikat expected;
};

// DOMAIN.md: rows = results, columns = behaviour di_bawah, sesuai, di_atas.
TEST(DerivePredikat, CoversAllNineCellsOfTheMatrix) {
    using E = Expectation;
    using P = Predikat;
    const Cell cells[] = {
        {E::di_atas, E::di_bawah, P::kurang},
        {E::di_atas, E::sesuai, P::baik},
        {E::di_atas, E::di_atas, P::sangat_baik},
        {E::sesuai, E::di_bawah, P::kurang},
        {E::sesuai, E::sesuai, P::baik},
        {E::sesuai, E::di_atas, P::baik},
        {E::di_bawah, E::di_bawah, P::sangat_kurang},
        {E::di_bawah, E::sesuai, P::butuh_perbaikan},
        {E::di_bawah, E::di_atas, P::butuh_perbaikan},
    };
    for (const auto& c : cells) {
        EXPECT_EQ(DerivePredikat(c.results, c.behaviour), c.expected)
            << "results " << Code(c.results) << ", behaviour " << Code(c.behaviour);
    }
}

TEST(PredikatScore, DefaultMapping) {
    EXPECT_EQ(PredikatScore(Predikat::sangat_baik), 100);
    EXPECT_EQ(PredikatScore(Predikat::baik), 80);
    EXPECT_EQ(PredikatScore(Predikat::butuh_perbaikan), 60);
    EXPECT_EQ(PredikatScore(Predikat::kurang), 40);
    EXPECT_EQ(PredikatScore(Predikat::sangat_kurang), 20);
}

}  // namespace
}  // namespace bangkom::domain
