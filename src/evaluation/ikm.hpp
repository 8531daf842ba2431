#pragma once
// The public satisfaction index of Permenpan RB 14/2017 (DOMAIN.md): NRR per element, IKM with the exact
// weight 1/9, index ×25, grade of the index rounded to 2 decimals, Krejcie–Morgan sample size.

#include <array>
#include <cstdint>
#include <optional>
#include <span>
#include <string>
#include <utility>

namespace bangkom::evaluation {

/// One respondent's answers U1–U9 (1–4); nullopt = not answered.
using SkmAnswers = std::array<std::optional<int>, 9>;

struct Ikm {
    int respondents = 0;            // responses with at least one answered element
    std::array<int, 9> answered{};  // answers per element
    std::array<double, 9> nrr{};    // mean per element; 0 where none answered
    double ikm = 0;                 // Σ NRR / 9 (1–4)
    double index = 0;               // ikm × 25 (25–100)
    char grade = 'D';               // A, B, C, D
    std::string label;              // Sangat Baik, Baik, Kurang Baik, Tidak Baik
    bool complete = false;          // every element has at least one answer (else ikm/index are not valid)
};

Ikm ComputeIkm(std::span<const SkmAnswers> responses);

/// Grade and Indonesian label of an index (25–100), graded on the value rounded to 2 decimals:
/// 88.31–100 A Sangat Baik; 76.61–88.30 B Baik; 65.00–76.60 C Kurang Baik; below D Tidak Baik.
std::pair<char, std::string> GradeOf(double index);

/// The respondent index of one response: mean of its answered elements × 25; nullopt when none answered.
std::optional<double> RespondentIndex(const SkmAnswers& answers);

/// Krejcie–Morgan: respondents needed for `served` people (χ² 3.841, P 0.5, d 0.05), rounded up.
int KrejcieMorgan(int64_t served);

}  // namespace bangkom::evaluation
