#pragma once
// What the evaluation stage records in the app besides answers (issue 8): a program's revisions — the record that
// its material or method was reviewed after a `tidak_signifikan` / `menurun` verdict (docs/review-api.md) — and the
// SKM survey periods of each service unit (docs/survey-periods-api.md). The rules (which revision lifts a flag,
// when a period is running) live in services/plan_flags and evaluation/survey_periods.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"

namespace bangkom::storage {

/// Revisi program: kept for good (no edit, no delete). Dates YYYY-MM-DD.
struct ProgramRevision {
    int64_t id = 0;
    std::string program;
    std::string date;
    std::string aspect;  // "materi" | "metode" | "materi_metode"
    std::string summary;
    int64_t recorded_by = 0;  // user id
    int64_t recorded_at = 0;  // unix seconds
    friend bool operator==(const ProgramRevision&, const ProgramRevision&) = default;
};

/// Periode SKM of a service unit: both days included.
struct SurveyPeriod {
    int64_t id = 0;
    std::string unit;
    std::string name;
    std::string from;
    std::string to;
    std::optional<int64_t> served;  // people served in the period, when known
    int64_t created_by = 0;         // user id
    int64_t created_at = 0;         // unix seconds
    friend bool operator==(const SurveyPeriod&, const SurveyPeriod&) = default;
};

class ReviewRepository {
  public:
    virtual ~ReviewRepository() = default;

    /// Stores the revision; its id is given by the store and returned.
    virtual Result<int64_t> AddRevision(const ProgramRevision& revision) = 0;
    /// The revisions of `program` (empty = every program), by program, then newest date, then newest id.
    virtual Result<std::vector<ProgramRevision>> Revisions(const std::string& program) = 0;

    /// Inserts the period (id 0; its new id returned) or replaces period `id` of the same unit (not_found when the
    /// unit has no such period), in one write transaction that first checks the unit's other periods: conflict,
    /// nothing stored, when one shares a day with it.
    virtual Result<int64_t> SaveSurveyPeriod(const SurveyPeriod& period) = 0;
    /// The periods of `unit` (empty = every unit), by unit, then first day, then id.
    virtual Result<std::vector<SurveyPeriod>> SurveyPeriods(const std::string& unit) = 0;
    /// not_found when the unit has no period `id`.
    virtual Result<void> DeleteSurveyPeriod(const std::string& unit, int64_t id) = 0;
};

}  // namespace bangkom::storage
