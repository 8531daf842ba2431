#include "analysis/akpk.hpp"

#include <algorithm>
#include <array>

namespace bangkom::analysis {

AkpkReading ReadAkpk(std::optional<bool> competency_gap, std::optional<bool> performance_gap) {
    if (!competency_gap || !performance_gap) return AkpkReading::unknown;
    if (*competency_gap && *performance_gap) return AkpkReading::training;
    if (*performance_gap) return AkpkReading::non_training;
    if (*competency_gap) return AkpkReading::future_development;
    return AkpkReading::maintain;
}

double PerformanceGap(std::optional<domain::Predikat> p, const Settings& settings) {
    if (!p) return 0;
    const int score = settings.predikat_score[static_cast<size_t>(*p)];
    return std::max(0, settings.performance_target - score);
}

PotentialBand BandOf(double potential, const Settings& settings) {
    if (potential >= settings.potential_high) return PotentialBand::tinggi;
    if (potential >= settings.potential_middle) return PotentialBand::menengah;
    return PotentialBand::rendah;
}

int NineBox(std::optional<domain::Predikat> p, std::optional<double> potential, const Settings& settings) {
    if (!p || !potential) return 0;
    static constexpr std::array<std::array<int, 3>, 3> kBoxes = {{{4, 7, 9}, {2, 5, 8}, {1, 3, 6}}};
    size_t row = 2;  // di bawah ekspektasi
    if (*p == domain::Predikat::sangat_baik) row = 0;
    if (*p == domain::Predikat::baik) row = 1;
    return kBoxes[row][static_cast<size_t>(BandOf(*potential, settings))];
}

}  // namespace bangkom::analysis
