#pragma once
// SKM survey periods of a service unit (docs/survey-periods-api.md, Permenpan RB 14/2017: the survey is run per
// quarter, semester or year): a unit without periods takes answers every day; a unit with periods only on their
// days (both included). Periods of a unit never overlap and last at most kMaxPeriodDays. Pure: no store.

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"

namespace bangkom::evaluation {

inline constexpr int kMaxPeriodDays = 366;

struct PeriodDays {
    std::string name;
    domain::Date from, to;  // inclusive
};

enum class PeriodState { upcoming, running, ended };
/// "akan_datang", "berjalan", "selesai".
std::string_view Code(PeriodState state);
PeriodState StateOf(const PeriodDays& period, domain::Date today);

/// Whether a period's days are well formed: to not before from, at most kMaxPeriodDays days long.
bool ValidSpan(domain::Date from, domain::Date to);

/// Whether the unit's public page takes answers on `today`, the running period and (when closed) the next one;
/// indices into `periods` (any order).
struct SurveyOpening {
    bool open = true;
    std::optional<size_t> running;
    std::optional<size_t> next;  // the first period starting after today, when not open
};
SurveyOpening OpeningOf(const std::vector<PeriodDays>& periods, domain::Date today);

/// The first period (by from) of `periods` other than index `self` sharing a day with `candidate`.
std::optional<size_t> Overlapping(const std::vector<PeriodDays>& periods, const PeriodDays& candidate,
                                  std::optional<size_t> self);

}  // namespace bangkom::evaluation
