#pragma once
// The needs analysis (AKPK) over a snapshot: the held-level rule, gaps g1/g2, multiplier and weights of
// PLANNING.md, performance gap, AKPK reading, 9-box and the 20 JP rule of DOMAIN.md, and the aggregates.
// Computed in parallel over agencies; the output order never depends on the thread count.

#include <string>
#include <utility>
#include <vector>

#include "analysis/gap_report.hpp"
#include "analysis/settings.hpp"
#include "analysis/snapshot.hpp"

namespace bangkom::analysis {

/// Which employees to analyze. Filters combine (AND); an empty filter does not restrict.
struct Scope {
    std::string agency;             // only this agency
    std::vector<std::string> nips;  // only these employees
    std::string team_of;            // only this employee and those whose supervisor (nip_atasan) they are

    static Scope All() { return {}; }
    static Scope Agency(std::string code) { return Scope{std::move(code), {}, {}}; }
    static Scope Employee(std::string nip) { return Scope{{}, {std::move(nip)}, {}}; }
    static Scope Team(std::string supervisor_nip) { return Scope{{}, {}, std::move(supervisor_nip)}; }
};

struct Options {
    /// Fill GapReport::employees and not_assessed. Off for national aggregates (millions of employees).
    bool employees = true;
};

/// Analyzes the employees of `scope`. Unknown agency or NIP in the scope → not_found (message in `lang`);
/// invalid settings → invalid_argument.
Result<GapReport> Analyze(const Snapshot& snapshot, const Settings& settings, const Scope& scope,
                          const Options& options = {}, domain::Lang lang = domain::Lang::id);

}  // namespace bangkom::analysis
