#pragma once
// Internals of Analyze shared by analyze.cpp, analyze_scope.cpp and analyze_output.cpp (not a public header).

#include <array>
#include <cstdint>
#include <utility>
#include <vector>

#include "analysis/analyze.hpp"
#include "analysis/employee_analysis.hpp"

namespace bangkom::analysis::detail {

inline constexpr size_t kPositionKinds = 13;  // PositionKind values; index kPositionKinds = no position
inline constexpr uint32_t kChunk = 8192;      // employees per work unit: big agencies split across threads

/// A slice of one agency's employees in scope: [begin, end) of the snapshot, or of ScopePlan::selected when
/// `listed`.
struct WorkUnit {
    uint32_t agency = 0;
    uint32_t begin = 0;
    uint32_t end = 0;
    bool listed = false;
};

/// The employees in scope, in (agency, NIP) order, as work units over the snapshot or over `selected`.
struct ScopePlan {
    std::vector<uint32_t> selected;
    std::vector<WorkUnit> units;
};
Result<ScopePlan> PlanScope(const Snapshot& s, const Scope& scope, domain::Lang lang);

/// Figures of one work unit (later merged per agency).
struct Partial {
    uint32_t agency = 0;
    GapStats stats;
    std::vector<std::pair<uint16_t, GapStats>> cells;  // by competency id
    std::array<GapStats, kPositionKinds + 1> kinds;
    std::vector<std::pair<uint32_t, GapStats>> sectors;  // sector id; sector_codes.size() = no position
    std::vector<EmployeeGaps> employees;
    std::vector<NotAssessedPair> not_assessed;
};

/// Merges `from` (a later unit of the same agency) into `into`.
void MergePartial(Partial& into, Partial&& from);

/// The report's employee entry and not-assessed pairs of one outcome.
EmployeeGaps ToEmployeeGaps(const Snapshot& s, const EmployeeOutcome& o);
void AppendNotAssessed(const Snapshot& s, const EmployeeOutcome& o, std::vector<NotAssessedPair>& out);

/// Fills the report's groups from the per-agency partials (in agency order).
void FillGroups(const Snapshot& s, std::vector<Partial>& agencies, GapReport& report);

}  // namespace bangkom::analysis::detail
