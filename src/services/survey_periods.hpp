#pragma once
// SKM survey periods of a service unit (issue 8, docs/survey-periods-api.md): the days its public page takes
// answers and the periods its IKM is reported for. The rules are evaluation/survey_periods; this checks the input,
// keeps the periods in the store and gives each its IKM. Routes: http/routes_survey_periods.cpp (staff) and
// http/routes_survey.cpp (the public page's opening).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "evaluation/ikm.hpp"
#include "evaluation/survey_periods.hpp"
#include "services/evaluation_service.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

inline constexpr size_t kPeriodNameMax = 100;
inline constexpr int64_t kServedMax = 100'000'000;

struct PeriodInput {
    std::string name;
    std::string from, to;  // as sent: YYYY-MM-DD
    std::optional<int64_t> served;
};

struct PeriodWithIkm {
    storage::SurveyPeriod period;
    evaluation::PeriodState state = evaluation::PeriodState::upcoming;
    evaluation::Ikm ikm;
};

/// A known unit (its report's name and agency; no IKM), its periods with their IKM and today's opening.
struct UnitPeriods {
    UnitIkmReport unit;
    std::vector<PeriodWithIkm> periods;  // by first day
    evaluation::SurveyOpening opening;   // indices into periods
};

/// The unit's periods and whether its public page takes answers today.
struct UnitOpening {
    std::vector<storage::SurveyPeriod> periods;  // by first day
    evaluation::SurveyOpening opening;           // indices into periods
};

class SurveyPeriodService {
  public:
    explicit SurveyPeriodService(storage::Store& store) : store_(store) {}

    /// The periods of a unit (unknown units simply have none).
    Result<UnitOpening> Opening(const std::string& unit, domain::Date today);
    /// Every period of a known unit with its IKM from the answers dated in it; not_found for an unknown unit.
    Result<UnitPeriods> PeriodsWithIkm(const std::string& unit, domain::Date today, domain::Lang lang);
    /// Adds (id 0) or changes period `id` of the unit: invalid_argument naming `nama`, `dari`, `sampai` or `served`;
    /// conflict naming the period it overlaps; not_found for a period the unit does not have.
    Result<storage::SurveyPeriod> Save(const std::string& unit, int64_t id, const PeriodInput& input, int64_t user,
                                       int64_t now, domain::Lang lang);
    /// Deletes period `id` of the unit and returns it; not_found when the unit has no such period.
    Result<storage::SurveyPeriod> Delete(const std::string& unit, int64_t id, domain::Lang lang);

  private:
    Result<storage::SurveyPeriod> Find(const std::string& unit, int64_t id, domain::Lang lang);
    storage::Store& store_;
};

/// "Semester II 2027, 1 Juli 2027 – 31 Desember 2027" in the request's language.
std::string PeriodWords(const storage::SurveyPeriod& period, domain::Lang lang);

}  // namespace bangkom::services
