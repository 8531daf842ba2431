#include "analysis/aggregate.hpp"

namespace bangkom::analysis {

namespace {

void AddEmployeeCounts(GapStats& stats, const EmployeeOutcome& o) {
    ++stats.employees;
    if (o.jp_target > 0) {
        ++stats.jp_subject;
        if (o.jp_earned >= o.jp_target) ++stats.jp_met;
    }
    ++stats.akpk[static_cast<size_t>(o.akpk)];
    ++stats.boxes[static_cast<size_t>(o.box)];
}

}  // namespace

void AddEmployee(GapStats& stats, const EmployeeOutcome& o) {
    AddEmployeeCounts(stats, o);
    if (o.competency_gap) ++stats.employees_with_gap;
    stats.assessed_pairs += o.assessed;
    stats.not_assessed += o.not_assessed;
    stats.gap_sum += o.gap_sum;
    stats.target_gap_sum += o.target_gap_sum;
    stats.weighted_need += o.weighted_need;
}

void AddPair(GapStats& stats, const EmployeeOutcome& o, const PairOutcome& p) {
    AddEmployeeCounts(stats, o);
    if (!p.held) {
        ++stats.not_assessed;
        return;
    }
    ++stats.assessed_pairs;
    if (p.gap.gap > 0 || p.gap.target_gap > 0) ++stats.employees_with_gap;
    stats.gap_sum += p.gap.gap;
    stats.target_gap_sum += p.gap.target_gap;
    stats.weighted_need += WeightedNeed(p.gap);
}

void Merge(GapStats& into, const GapStats& from) {
    into.employees += from.employees;
    into.employees_with_gap += from.employees_with_gap;
    into.assessed_pairs += from.assessed_pairs;
    into.not_assessed += from.not_assessed;
    into.gap_sum += from.gap_sum;
    into.target_gap_sum += from.target_gap_sum;
    into.weighted_need += from.weighted_need;
    into.jp_subject += from.jp_subject;
    into.jp_met += from.jp_met;
    for (size_t i = 0; i < into.akpk.size(); ++i) into.akpk[i] += from.akpk[i];
    for (size_t i = 0; i < into.boxes.size(); ++i) into.boxes[i] += from.boxes[i];
}

}  // namespace bangkom::analysis
