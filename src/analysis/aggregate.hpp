#pragma once
// Adding employees and pairs into GapStats, and merging partial figures (per agency chunk, per thread).

#include "analysis/employee_analysis.hpp"
#include "analysis/gap_report.hpp"

namespace bangkom::analysis {

/// Counts `o` in an employee group (agency, position kind, sector, total).
void AddEmployee(GapStats& stats, const EmployeeOutcome& o);
/// Counts the pair `p` of `o` in a competency group (competency, agency × competency cell).
void AddPair(GapStats& stats, const EmployeeOutcome& o, const PairOutcome& p);
/// Adds every figure of `from` to `into`.
void Merge(GapStats& into, const GapStats& from);

}  // namespace bangkom::analysis
