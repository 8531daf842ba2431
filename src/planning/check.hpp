#pragma once
// The one feasibility checker (every constraint of PLANNING.md): used by both solvers' tests, by manual
// edits of a plan and by the API. Messages in Indonesian or English, naming the employee and offering codes.

#include <string>
#include <vector>

#include "domain/enums.hpp"
#include "planning/solution.hpp"

namespace bangkom::planning {

enum class ViolationKind {
    unknown_index,    // employee or offering index out of range
    duplicate,        // the same (employee, offering) twice
    not_candidate,    // offering outside the employee's candidates
    jp_cap,           // constraint 3
    budget,           // constraint 4 (per agency)
    seats,            // constraint 5 (per offering)
    one_run,          // constraint 6: two runs of one program
    double_presence,  // constraint 7: two attendance offerings sharing a day
};

struct Violation {
    ViolationKind kind = ViolationKind::budget;
    int64_t employee = -1;  // index, -1 when not about one employee
    int64_t offering = -1;  // index, -1 when not about one offering
    int64_t agency = -1;    // index, -1 when not about one agency
    std::string message;
};

/// Every violated constraint of `assignments` (empty = feasible). Order: by kind, then index.
std::vector<Violation> CheckPlan(const Model& model, const std::vector<Assignment>& assignments,
                                 domain::Lang lang = domain::Lang::id);

/// Value, cost of `assignments` as a Solution (bound/gap left 0) — the one place the objective is summed.
Solution Evaluate(const Model& model, std::vector<Assignment> assignments);

}  // namespace bangkom::planning
