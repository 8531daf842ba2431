#include "evaluation/ikm.hpp"

#include <cmath>
#include <tuple>

namespace bangkom::evaluation {
namespace {

constexpr int kElements = 9;

// An answer counts only on the 1–4 scale; anything else (an import or form should have refused it) is treated
// as not answered rather than skewing the mean.
bool Answered(const std::optional<int>& answer) {
    return answer.has_value() && *answer >= 1 && *answer <= 4;
}

// The index in hundredths, rounded half up. The index is Σ NRR × 25/9, so a value that is exactly x.xx5 on
// paper (76.605) may come out of floating point a hair below it (76.60499999999999 for some answer sets); the
// nudge of 1e-6 hundredths (1e-8 of an index point) is far above that error (~1e-12), so the rounding follows
// the paper value. The price: a true index within 1e-8 below a half also rounds up. When every element has the
// same number of answers R, a true index differs from a half by at least 1/(1800·R), so that cannot happen below
// R ≈ 55,000 respondents; with unequal counts it needs a near-coincidence of fractions, and the grade then
// differs from the paper rounding only in the eighth decimal.
long RoundedHundredths(double index) {
    return static_cast<long>(std::floor(index * 100.0 + 0.5 + 1e-6));
}

}  // namespace

std::pair<char, std::string> GradeOf(double index) {
    const long hundredths = RoundedHundredths(index);
    if (hundredths >= 8831) return {'A', "Sangat Baik"};
    if (hundredths >= 7661) return {'B', "Baik"};
    if (hundredths >= 6500) return {'C', "Kurang Baik"};
    return {'D', "Tidak Baik"};
}

std::optional<double> RespondentIndex(const SkmAnswers& answers) {
    int count = 0;
    int sum = 0;
    for (const auto& answer : answers) {
        if (!Answered(answer)) continue;
        ++count;
        sum += *answer;
    }
    if (count == 0) return std::nullopt;
    return static_cast<double>(sum) / count * 25.0;
}

Ikm ComputeIkm(std::span<const SkmAnswers> responses) {
    Ikm result;
    std::array<int64_t, kElements> sums{};
    for (const auto& response : responses) {
        bool any = false;
        for (int e = 0; e < kElements; ++e) {
            if (!Answered(response[e])) continue;
            any = true;
            ++result.answered[e];
            sums[e] += *response[e];
        }
        if (any) ++result.respondents;
    }
    result.complete = true;
    double nrr_sum = 0;
    for (int e = 0; e < kElements; ++e) {
        if (result.answered[e] == 0) {
            result.complete = false;
            continue;
        }
        result.nrr[e] = static_cast<double>(sums[e]) / result.answered[e];
        nrr_sum += result.nrr[e];
    }
    if (!result.complete) return result;  // ikm, index 0; grade D with no label: there is no index to grade
    result.ikm = nrr_sum / kElements;     // the exact weight 1/9, never the printed 0.111
    result.index = result.ikm * 25.0;
    std::tie(result.grade, result.label) = GradeOf(result.index);
    return result;
}

int KrejcieMorgan(int64_t served) {
    if (served <= 0) return 0;
    constexpr double kChiSquare = 3.841;
    constexpr double kP = 0.5;
    constexpr double kD = 0.05;
    const auto n = static_cast<double>(served);
    const double s = kChiSquare * n * kP * (1 - kP) / (kD * kD * (n - 1) + kChiSquare * kP * (1 - kP));
    // Rounded up; the tolerance keeps an exact integer (N = 1 gives s = 1) from becoming the next one.
    return static_cast<int>(std::ceil(s - 1e-9));
}

}  // namespace bangkom::evaluation
