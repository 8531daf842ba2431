#pragma once
// SKP performance rating (Permenpan RB 6/2022) and its predikat matrix (DOMAIN.md).

#include "domain/enums.hpp"
#include "domain/nip.hpp"

namespace bangkom::domain {

/// Predikat from the results row and the behaviour column of DOMAIN.md's matrix.
Predikat DerivePredikat(Expectation results, Expectation behaviour);
/// Default numeric mapping (configurable): Sangat Baik 100, Baik 80, Butuh Perbaikan 60, Kurang 40, Sangat Kurang 20.
int PredikatScore(Predikat p);

struct PerformanceRating {
    Nip nip;
    int year = 0;
    Expectation results = Expectation::sesuai;
    Expectation behaviour = Expectation::sesuai;
    Predikat predikat = Predikat::baik;  // always DerivePredikat(results, behaviour)
};

}  // namespace bangkom::domain
