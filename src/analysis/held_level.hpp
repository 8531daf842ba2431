#pragma once
// PLANNING.md's held-level rule on one employee's assessments of one competency.

#include <cstdint>
#include <optional>
#include <span>

#include "analysis/settings.hpp"
#include "analysis/snapshot.hpp"

namespace bangkom::analysis {

struct HeldLevel {
    double level = 0;
    domain::AssessmentSource source = domain::AssessmentSource::asesmen;
};

/// The days (since 1970-01-01) an assessment may carry to count: [analysis date - window_years, analysis date].
struct Window {
    int32_t first_day = 0;
    int32_t last_day = 0;
};
Window AssessmentWindow(const Settings& settings);

/// Among `entries` (one competency, sorted by day) dated within `window`, the latest of the first source
/// present in settings.source_order; for rekan, the mean of the peer ratings dated in the calendar year of the
/// latest one. nullopt when no entry falls in the window (not assessed).
std::optional<HeldLevel> FindHeldLevel(std::span<const AssessmentEntry> entries, const Window& window,
                                       const Settings& settings);

}  // namespace bangkom::analysis
