#pragma once
// A plan as solvers return it, and the options they take. Solvers are deterministic: the same model and
// options give the same assignments.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "planning/model.hpp"

namespace bangkom::planning {

struct Assignment {
    uint32_t employee = 0;
    uint32_t offering = 0;
    friend bool operator==(const Assignment&, const Assignment&) = default;
    friend auto operator<=>(const Assignment&, const Assignment&) = default;
};

struct Solution {
    std::string solver;                   // "fast" or "exact"
    std::vector<Assignment> assignments;  // sorted by (employee, offering)
    double value = 0;                     // the objective of PLANNING.md
    double bound = 0;                     // a proven upper bound on the value
    double gap = 0;                       // (bound − value) / max(1, |bound|)
    int64_t cost = 0;
    bool optimal = false;  // the exact solver proved it
    double seconds = 0;    // wall time of the solve
};

struct SolveOptions {
    double time_limit_seconds = 0;  // 0 = the solver's default (fast: none needed; exact: 60)
    int threads = 0;                // 0 = hardware concurrency
    /// Progress 0-100 with a short message (for jobs); may be empty.
    std::function<void(int percent, const std::string& message)> progress;
};

/// gap = (bound − value) / max(1, |bound|).
double RelativeGap(double value, double bound);

}  // namespace bangkom::planning
