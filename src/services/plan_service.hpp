#pragma once
// The yearly plan from the stored data (issue 6): loads the snapshot (through GapService, cached), the catalog
// and the settings, builds the model (plan_model_builder), solves it with the fast or the exact solver, and saves
// a result as a new draft version with an audit entry. Shared by `bangkom plan` and the API.

#include <functional>
#include <string>
#include <vector>

#include "planning/solution.hpp"
#include "services/gap_service.hpp"
#include "services/plan_model_builder.hpp"
#include "storage/plan_repository.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

struct PlanRequest {
    PlanScope scope;
    std::string solver = "fast";    // "fast" or "exact"
    double time_limit_seconds = 0;  // 0 = the solver's default
    int threads = 0;
    std::function<void(int percent, const std::string& message)> progress;  // may be empty
};

/// Wall seconds of each step.
struct PlanTimings {
    double load = 0;   // snapshot, catalog and settings from the store
    double build = 0;  // analysis and model
    double solve = 0;
};

struct PlanOutcome {
    BuiltPlanModel built;
    planning::Solution solution;
    std::vector<storage::PlanAssignmentRow> rows;
    PlanTimings timings;
};

/// Who saves a plan (audit).
struct PlanAuthor {
    int64_t user_id = 0;  // 0 = command line
    std::string username;
};

class PlanService {
  public:
    /// `gaps` caches the snapshot; it must use the same store.
    PlanService(storage::Store& store, GapService& gaps) : store_(store), gaps_(gaps) {}

    /// The model of `scope` on the current data. invalid_argument for a year outside 1900-2200 or bad settings,
    /// not_found for an unknown agency, failed_precondition when no offering starts in the year.
    Result<BuiltPlanModel> Build(const PlanScope& scope, domain::Lang lang = domain::Lang::id,
                                 PlanTimings* timings = nullptr);

    /// Build, then solve. invalid_argument for an unknown solver name; the solver's errors as they are.
    Result<PlanOutcome> Run(const PlanRequest& request, domain::Lang lang = domain::Lang::id);

    /// Stores `outcome` as the next draft version of its (year, agency) with the settings and summary, and an
    /// audit entry "plan.save" (entity "plans", key = the plan id). Returns the stored header.
    Result<storage::PlanHeader> Save(const PlanOutcome& outcome, const PlanAuthor& author, int64_t now);

  private:
    storage::Store& store_;
    GapService& gaps_;
};

}  // namespace bangkom::services
