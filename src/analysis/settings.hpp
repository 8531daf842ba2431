#pragma once
// The settings of the needs analysis (AKPK) with the defaults of PLANNING.md and DOMAIN.md. Plain values: the
// services layer maps them to and from the settings table; the engine never reads the environment or the clock.

#include <array>

#include "domain/date.hpp"
#include "domain/enums.hpp"
#include "domain/result.hpp"

namespace bangkom::analysis {

struct Settings {
    /// The day the analysis is made for ("today" unless a date is given): the window ends here and
    /// "this year" (JP earned, approved proposals) is its calendar year.
    domain::Date analysis_date;
    /// Only assessments dated in [analysis_date - window_years, analysis_date] count.
    int window_years = 3;
    /// Sources in order of precedence for the held level (PLANNING.md "held level rule").
    std::array<domain::AssessmentSource, 4> source_order = {
        domain::AssessmentSource::asesmen, domain::AssessmentSource::atasan, domain::AssessmentSource::rekan,
        domain::AssessmentSource::mandiri};
    /// m(e,c) = 1 + proposal_multiplier·[approved proposal for c this year] + performance_multiplier·[weak SKP].
    double proposal_multiplier = 0.5;
    double performance_multiplier = 0.5;
    /// w2 = target_weight_factor · bt(c) · m(e,c).
    double target_weight_factor = 0.5;
    /// The yearly JP target T (PP 11/2017 Pasal 203(4)) and whether it applies to PPPK.
    int jp_target = 20;
    bool jp_applies_to_pppk = true;
    /// Potential (0-100, see gap_report.hpp) at or above `potential_high` is tinggi, at or above
    /// `potential_middle` menengah, below it rendah.
    double potential_high = 80;
    double potential_middle = 60;
    /// Numeric score per predikat, indexed by domain::Predikat (sangat_baik, baik, butuh_perbaikan, kurang,
    /// sangat_kurang).
    std::array<int, 5> predikat_score = {100, 80, 60, 40, 20};
    /// The performance gap is max(0, performance_target - score of the latest SKP predikat).
    int performance_target = 80;
    /// Worker threads for Analyze (0 = std::thread::hardware_concurrency()).
    int threads = 0;
};

/// Today's date in UTC: what services put into Settings::analysis_date when no date is given.
domain::Date TodayUtc();

/// invalid_argument naming the bad field (message in `lang`) unless: window_years 1-50, multipliers and factor
/// >= 0, jp_target >= 0, 0 <= potential_middle <= potential_high <= 100, every source exactly once in
/// source_order, threads >= 0.
Result<void> Validate(const Settings& s, domain::Lang lang = domain::Lang::id);

/// Butuh perbaikan, kurang and sangat kurang: the predikat that raise the multiplier (PLANNING.md) and mean
/// a performance gap (DOMAIN.md "needs analysis").
bool IsWeakPredikat(domain::Predikat p);

}  // namespace bangkom::analysis
