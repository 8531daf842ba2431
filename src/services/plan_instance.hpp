#pragma once
// Loads the reference planning instances (instance.json written by shared/bench/plan/gen_plan.py) into a
// planning::Model, bypassing the database, so that the bench and tests compare the fast solver with CBC and
// the Python greedy on exactly the same model. Codes are synthetic: competencies K0…, agencies A0…,
// programs P0…, offerings O0…, employees E0… (indices as in the file).

#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "planning/model.hpp"

namespace bangkom::services {

/// Parses the JSON text of an instance. Errors (invalid_argument) name the element, e.g. "employees[12].cand[3]".
Result<planning::Model> ParsePlanInstance(std::string_view json_text);

/// Reads and parses the file at `path` (not_found when it cannot be read).
Result<planning::Model> LoadPlanInstance(const std::string& path);

}  // namespace bangkom::services
