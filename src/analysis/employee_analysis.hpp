#pragma once
// One employee's analysis on snapshot ids (no strings): the inner loop of Analyze, shared by the aggregation
// and the detailed report.

#include <cstdint>
#include <optional>
#include <vector>

#include "analysis/gap.hpp"
#include "analysis/gap_report.hpp"
#include "analysis/held_level.hpp"
#include "analysis/settings.hpp"
#include "analysis/snapshot.hpp"

namespace bangkom::analysis {

struct PairOutcome {
    uint16_t competency = 0;
    Requirement requirement;
    std::optional<HeldLevel> held;
    double multiplier = 1;
    PairGap gap;
};

struct EmployeeOutcome {
    uint32_t employee = 0;
    bool has_standard = false;
    int jp_earned = 0;
    int jp_target = 0;
    std::optional<domain::Predikat> predikat;
    int predikat_year = 0;
    double performance_gap = 0;
    bool competency_gap = false;
    bool performance_gap_flag = false;
    AkpkReading akpk = AkpkReading::maintain;
    std::optional<double> potential;
    int box = 0;
    int assessed = 0;
    int not_assessed = 0;
    double gap_sum = 0;
    double target_gap_sum = 0;
    double weighted_need = 0;
    std::vector<PairOutcome> pairs;  // by competency id (= code order); the buffer is reused between calls
};

/// What every employee of one run shares.
struct RunContext {
    const Snapshot& snapshot;
    const Settings& settings;
    Window window;
    int year = 0;  // the analysis year
};

/// Analyzes employee `e` into `out` (overwritten; its pair buffer keeps its capacity).
void AnalyzeEmployee(const RunContext& run, uint32_t e, EmployeeOutcome& out);

}  // namespace bangkom::analysis
