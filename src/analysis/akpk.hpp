#pragma once
// DOMAIN.md's readings of one employee: the AKPK reading of the two gaps, the performance gap, the potential
// band and the talent 9-box.

#include <optional>

#include "analysis/gap_report.hpp"
#include "analysis/settings.hpp"

namespace bangkom::analysis {

/// Both gaps → training; performance only → non_training; competency only → future_development; neither →
/// maintain. nullopt = that gap is not known (no SKP; competencies not assessed): the reading is unknown.
AkpkReading ReadAkpk(std::optional<bool> competency_gap, std::optional<bool> performance_gap);

/// max(0, performance_target - score of `p`); 0 when there is no SKP.
double PerformanceGap(std::optional<domain::Predikat> p, const Settings& settings);

enum class PotentialBand { rendah, menengah, tinggi };
PotentialBand BandOf(double potential, const Settings& settings);

/// The 9-box (rows: performance di atas / sesuai / di bawah from sangat_baik / baik / weak predikat; columns:
/// potential rendah / menengah / tinggi): di atas 4 7 9, sesuai 2 5 8, di bawah 1 3 6. 0 when either is unknown.
int NineBox(std::optional<domain::Predikat> p, std::optional<double> potential, const Settings& settings);

}  // namespace bangkom::analysis
