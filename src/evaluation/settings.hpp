#pragma once
// The settings of an evaluation (EVALUATION.md defaults); the report prints the values used.

#include "domain/result.hpp"

namespace bangkom::evaluation {

struct Settings {
    double alpha = 0.05;
    int min_pairs = 5;                                                 // L2 and L3: pairs needed
    int min_responses = 30;                                            // L4: responses on each side of each group
    double reaction_flag_below = 3.5;                                  // L1: an item with a mean below this is flagged
    int feedback_before_days = 180;                                    // L3 360: window before the start
    int feedback_after_from_months = 3, feedback_after_to_months = 6;  // L3 360: after the end
    int skm_before_months = 6;                                         // L4: the months before the start
    int skm_after_from_months = 3, skm_after_to_months = 9;            // L4: months 3–9 after the end
    double flagged_raise_factor = 0.5;  // the planner multiplies u by this for a flagged program
};

/// invalid_argument naming the setting when a value is out of range.
Result<void> Validate(const Settings& settings);

}  // namespace bangkom::evaluation
