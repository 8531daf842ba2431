#include "analysis/held_level.hpp"

namespace bangkom::analysis {

namespace {

int32_t YearOf(int32_t day) {
    return domain::Date::FromDaysSinceEpoch(day).year();
}

int32_t FirstDayOfYear(int year) {
    const auto date = domain::Date::FromYmd(year, 1, 1);
    return date.ok() ? static_cast<int32_t>(date->DaysSinceEpoch()) : 0;
}

/// The mean of the peer ratings in the calendar year of the latest one (within the window).
std::optional<double> PeerMean(std::span<const AssessmentEntry> entries, const Window& window, int32_t latest_day) {
    const int year = YearOf(latest_day);
    const int32_t year_begin = FirstDayOfYear(year);
    const int32_t year_end = FirstDayOfYear(year + 1) - 1;
    double sum = 0;
    int count = 0;
    for (const auto& e : entries) {
        if (e.source != domain::AssessmentSource::rekan || e.day < window.first_day || e.day > window.last_day) {
            continue;
        }
        if (e.day >= year_begin && e.day <= year_end) {
            sum += e.level;
            ++count;
        }
    }
    if (count == 0) return std::nullopt;
    return sum / count;
}

}  // namespace

Window AssessmentWindow(const Settings& settings) {
    const auto& date = settings.analysis_date;
    return Window{static_cast<int32_t>(date.AddMonths(-12 * settings.window_years).DaysSinceEpoch()),
                  static_cast<int32_t>(date.DaysSinceEpoch())};
}

std::optional<HeldLevel> FindHeldLevel(std::span<const AssessmentEntry> entries, const Window& window,
                                       const Settings& settings) {
    for (const auto source : settings.source_order) {
        // Entries are sorted by day: the last one of the source inside the window is the latest.
        const AssessmentEntry* latest = nullptr;
        for (const auto& e : entries) {
            if (e.source == source && e.day >= window.first_day && e.day <= window.last_day) latest = &e;
        }
        if (latest == nullptr) continue;
        if (source == domain::AssessmentSource::rekan) {
            if (auto mean = PeerMean(entries, window, latest->day)) return HeldLevel{*mean, source};
            continue;
        }
        return HeldLevel{latest->level, source};
    }
    return std::nullopt;
}

}  // namespace bangkom::analysis
