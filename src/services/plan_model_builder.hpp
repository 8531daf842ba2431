#pragma once
// The planning model of PLANNING.md for year Y and a scope, from the needs analysis and the catalog.
//
// - Analysis date: 1 January of Y. The analysis engine takes "this year" (JP earned, approved proposals) from
//   the analysis date's calendar year, and the plan needs year Y there (j0 = JP of history entries starting in
//   Y, the proposal multiplier counts proposals approved for Y). 31 December of Y−1 would give the same
//   assessment window (one day shorter) but the year Y−1; so held levels are those known when Y begins.
// - Gaps g1/g2, weights w1/w2 (multipliers included) and j0 come from analysis::Analyze, never recomputed.
// - Employees in scope: PNS and PPPK alike. When the 20 JP rule does not apply to an employee (PPPK with
//   jp_applies_to_pppk off) the model's j0 is raised to T so that no shortfall is counted for them (the real
//   j0 stays in BuiltPlanModel::earned_jp); their JP cap then counts from T.
// - Offerings: angkatan starting in Y whose program is known, with the program's JP, cost, raises, max level,
//   and attendance by its form (NeedsAttendance); a flagged program's raises are multiplied by its factor.
//   Candidates per employee: offerings whose program raises one of the employee's needs (effective raise > 0)
//   plus every free offering (cost 0).
// - Budgets: the agency's anggaran_bangkom. Settings: key "plan" of the settings table (kPlanSettingsKey),
//   T defaulting to the analysis settings' jp_target.

#include <optional>
#include <string>
#include <vector>

#include "analysis/settings.hpp"
#include "analysis/snapshot.hpp"
#include "domain/records.hpp"
#include "planning/model.hpp"
#include "services/plan_flags.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

/// The settings-table key of the model settings: JSON {"target_jp", "jp_cap", "shortfall_penalty"}; absent
/// keys keep their defaults.
inline constexpr const char* kPlanSettingsKey = "plan";

/// What the plan is for.
struct PlanScope {
    int year = 0;
    std::string agency;  // "" = every agency
};

/// The catalog and budgets the model reads besides the snapshot.
struct PlanCatalog {
    std::vector<domain::Agency> agencies;
    std::vector<domain::Program> programs;
    std::vector<domain::Offering> offerings;
    std::vector<ProgramFlag> flags;  // programs whose raise estimate is lowered (plan_flags.hpp); by code
};

/// The model and what reports need beyond it, indexed like model.employees.
struct BuiltPlanModel {
    planning::Model model;
    std::string agency;                            // the scope: "" = every agency
    std::vector<int> earned_jp;                    // the real j0 (JP of history entries starting in Y)
    std::vector<bool> jp_subject;                  // the 20 JP rule applies
    std::vector<std::vector<uint32_t>> proposals;  // competencies (model ids) with a proposal approved for Y
    std::string analysis_date;                     // ISO
    std::vector<ProgramFlag> flagged;              // the catalog's flags of programs offered in the plan
};

/// Model settings: defaults of PLANNING.md with T = `jp_target`, then the stored "plan" JSON. invalid_argument
/// (message in `lang`) for malformed JSON or a value out of range (target_jp or jp_cap < 0, penalty < 0).
Result<planning::ModelSettings> LoadPlanSettings(storage::Store& store, int jp_target,
                                                 domain::Lang lang = domain::Lang::id);
/// Parses the "plan" JSON onto `settings` (same rules as LoadPlanSettings).
Result<void> ApplyPlanSettingsJson(const std::string& text, planning::ModelSettings& settings, domain::Lang lang);
/// The settings as stored with each plan: {"target_jp":20,"jp_cap":160,"shortfall_penalty":0.2}.
std::string PlanSettingsJson(const planning::ModelSettings& settings);

/// The analysis date of a plan for `year`: 1 January of it. invalid_argument outside 1900-2200.
Result<domain::Date> PlanAnalysisDate(int year, domain::Lang lang = domain::Lang::id);

/// Every agency, program and offering of the store.
Result<PlanCatalog> LoadPlanCatalog(storage::Store& store);

/// Builds the model (pure: no store). `analysis_settings.analysis_date` must be PlanAnalysisDate(scope.year).
/// not_found (message in `lang`) for an unknown agency; failed_precondition when no offering starts in the year.
Result<BuiltPlanModel> BuildPlanModel(const analysis::Snapshot& snapshot, const analysis::Settings& analysis_settings,
                                      const PlanCatalog& catalog, const PlanScope& scope,
                                      const planning::ModelSettings& settings, domain::Lang lang = domain::Lang::id);

}  // namespace bangkom::services
