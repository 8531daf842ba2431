#pragma once
// A solved plan as the command line, the API and the plan store give it: one row per assignment with its reasons
// ("kesenjangan": closes a gap, "usulan_pegawai": closes a competency of a proposal approved for the year,
// "pemenuhan_20_jp": without it the employee would fall short of T) and what it closes; budget per agency, seats
// per offering and the 20 JP figures; the JSON of issue 6 and a short text form.
//
// What an employee's offerings close together (planning::CloseNeeds) is attributed to the offerings in index
// order: each takes of every need min(its effective raise, what is left), so the rows add up to the plan; likewise
// "pemenuhan_20_jp" marks the offerings that count towards T in that order (JP earned plus earlier ones < T).

#include <string>
#include <vector>

#include "planning/solution.hpp"
#include "services/plan_model_builder.hpp"
#include "storage/plan_repository.hpp"

namespace bangkom::services {

inline constexpr const char* kReasonGap = "kesenjangan";
inline constexpr const char* kReasonProposal = "usulan_pegawai";
inline constexpr const char* kReasonJp = "pemenuhan_20_jp";

/// One row per assignment of `solution`, in its order (by employee, offering).
std::vector<storage::PlanAssignmentRow> PlanRows(const BuiltPlanModel& built, const planning::Solution& solution);

struct PlanJpFigures {
    int64_t employees = 0;     // employees the 20 JP rule applies to
    int64_t meeting_20 = 0;    // of those, earned + planned >= T
    int64_t short_count = 0;   // employees - meeting_20
    int64_t shortfall_jp = 0;  // Σ max(0, T - earned - planned) over them
};
PlanJpFigures PlanJp(const BuiltPlanModel& built, const planning::Solution& solution);

/// {"agencies":[{"agency","budget","used"}],"offerings":[{"offering","seats","used"}],"jp":{"target","employees",
/// "meeting_20","short","shortfall_jp"}}: what a saved plan keeps as its summary.
std::string PlanSummaryJson(const BuiltPlanModel& built, const planning::Solution& solution);

/// The plan document: {"year","agency" (null = all),"analysis_date","solver","optimal","value","bound","gap","cost",
/// "settings","assignments":[{"nip","offering","program","jp","cost","reasons","closes":[{"competency","levels"}]}],
/// "agencies","offerings","jp"} with the summary's shapes. Deterministic (no timings).
std::string PlanJsonText(const BuiltPlanModel& built, const planning::Solution& solution,
                         const std::vector<storage::PlanAssignmentRow>& rows);

/// A short human summary (value, bound, gap, cost, budgets, 20 JP) in `lang`.
std::string PlanText(const BuiltPlanModel& built, const planning::Solution& solution,
                     const std::vector<storage::PlanAssignmentRow>& rows, domain::Lang lang);

}  // namespace bangkom::services
