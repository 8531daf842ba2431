#include "evaluation/survey_periods.hpp"

namespace bangkom::evaluation {

std::string_view Code(PeriodState state) {
    switch (state) {
        case PeriodState::upcoming: return "akan_datang";
        case PeriodState::running: return "berjalan";
        case PeriodState::ended: return "selesai";
    }
    return "selesai";
}

PeriodState StateOf(const PeriodDays& period, domain::Date today) {
    if (today < period.from) return PeriodState::upcoming;
    if (today > period.to) return PeriodState::ended;
    return PeriodState::running;
}

bool ValidSpan(domain::Date from, domain::Date to) {
    return !(to < from) && to.DaysSinceEpoch() - from.DaysSinceEpoch() + 1 <= kMaxPeriodDays;
}

SurveyOpening OpeningOf(const std::vector<PeriodDays>& periods, domain::Date today) {
    SurveyOpening out;
    if (periods.empty()) return out;
    out.open = false;
    for (size_t i = 0; i < periods.size(); ++i) {
        const PeriodState state = StateOf(periods[i], today);
        if (state == PeriodState::running && (!out.running || periods[i].from < periods[*out.running].from)) {
            out.running = i;
        }
        if (state == PeriodState::upcoming && (!out.next || periods[i].from < periods[*out.next].from)) out.next = i;
    }
    out.open = out.running.has_value();
    if (out.open) out.next.reset();
    return out;
}

std::optional<size_t> Overlapping(const std::vector<PeriodDays>& periods, const PeriodDays& candidate,
                                  std::optional<size_t> self) {
    std::optional<size_t> found;
    for (size_t i = 0; i < periods.size(); ++i) {
        if (self && *self == i) continue;
        const auto& p = periods[i];
        if (p.from <= candidate.to && p.to >= candidate.from && (!found || p.from < periods[*found].from)) found = i;
    }
    return found;
}

}  // namespace bangkom::evaluation
