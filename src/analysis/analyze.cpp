// Analyze: plans the scope into work units (agency slices), runs them on worker threads (each unit writes
// only its own Partial, so the result never depends on the thread count or timing), merges the units of
// each agency in order and fills the report.

#include "analysis/analyze.hpp"

#include <algorithm>
#include <atomic>
#include <thread>

#include "analysis/aggregate.hpp"
#include "analysis/analyze_parts.hpp"

namespace bangkom::analysis {

std::string_view Code(AkpkReading r) {
    switch (r) {
        case AkpkReading::training: return "training";
        case AkpkReading::non_training: return "non_training";
        case AkpkReading::future_development: return "future_development";
        case AkpkReading::maintain: return "maintain";
        case AkpkReading::unknown: return "unknown";
    }
    return "unknown";
}

namespace {

using detail::Partial;
using detail::WorkUnit;

/// Per-thread scratch: dense accumulators reused across units, emptied through the touched lists.
struct Scratch {
    EmployeeOutcome outcome;
    std::vector<GapStats> cells;
    std::vector<uint16_t> touched_cells;
    std::vector<GapStats> sectors;
    std::vector<uint32_t> touched_sectors;
};

size_t KindIndex(const Snapshot& s, uint32_t e) {
    const int32_t p = s.employee_position[e];
    if (p == kNone || !s.position_known[static_cast<size_t>(p)]) return detail::kPositionKinds;
    return static_cast<size_t>(s.position_kinds[static_cast<size_t>(p)]);
}

uint32_t SectorIndex(const Snapshot& s, uint32_t e) {
    const int32_t p = s.employee_position[e];
    if (p == kNone) return static_cast<uint32_t>(s.sector_codes.size());
    return s.position_sector[static_cast<size_t>(p)];
}

void CountEmployee(const Snapshot& s, const EmployeeOutcome& o, Partial& out, Scratch& scratch) {
    AddEmployee(out.stats, o);
    AddEmployee(out.kinds[KindIndex(s, o.employee)], o);
    const uint32_t sector = SectorIndex(s, o.employee);
    if (scratch.sectors[sector].employees == 0) scratch.touched_sectors.push_back(sector);
    AddEmployee(scratch.sectors[sector], o);
    for (const auto& p : o.pairs) {
        if (scratch.cells[p.competency].employees == 0) scratch.touched_cells.push_back(p.competency);
        AddPair(scratch.cells[p.competency], o, p);
    }
}

template <class Id>
std::vector<std::pair<Id, GapStats>> Drain(std::vector<GapStats>& dense, std::vector<Id>& touched) {
    std::sort(touched.begin(), touched.end());
    std::vector<std::pair<Id, GapStats>> out;
    out.reserve(touched.size());
    for (Id id : touched) {
        out.emplace_back(id, dense[id]);
        dense[id] = GapStats{};
    }
    touched.clear();
    return out;
}

Partial RunUnit(const RunContext& run, const detail::ScopePlan& plan, const WorkUnit& unit, const Options& options,
                Scratch& scratch) {
    const Snapshot& s = run.snapshot;
    Partial out;
    out.agency = unit.agency;
    if (options.employees) out.employees.reserve(unit.end - unit.begin);
    for (uint32_t i = unit.begin; i < unit.end; ++i) {
        const uint32_t e = unit.listed ? plan.selected[i] : i;
        AnalyzeEmployee(run, e, scratch.outcome);
        CountEmployee(s, scratch.outcome, out, scratch);
        if (options.employees) {
            out.employees.push_back(detail::ToEmployeeGaps(s, scratch.outcome));
            detail::AppendNotAssessed(s, scratch.outcome, out.not_assessed);
        }
    }
    out.cells = Drain(scratch.cells, scratch.touched_cells);
    out.sectors = Drain(scratch.sectors, scratch.touched_sectors);
    return out;
}

std::vector<Partial> RunUnits(const RunContext& run, const detail::ScopePlan& plan, const Options& options) {
    std::vector<Partial> partials(plan.units.size());
    std::atomic<size_t> next{0};
    const auto worker = [&] {
        Scratch scratch;
        scratch.cells.resize(run.snapshot.competency_codes.size());
        scratch.sectors.resize(run.snapshot.sector_codes.size() + 1);
        for (size_t u = next++; u < plan.units.size(); u = next++) {
            partials[u] = RunUnit(run, plan, plan.units[u], options, scratch);
        }
    };
    size_t threads = run.settings.threads > 0 ? static_cast<size_t>(run.settings.threads)
                                              : std::max(1U, std::thread::hardware_concurrency());
    threads = std::min(threads, plan.units.size());
    if (threads <= 1) {
        worker();
        return partials;
    }
    std::vector<std::jthread> pool;
    for (size_t t = 0; t < threads; ++t) pool.emplace_back(worker);
    pool.clear();  // joins
    return partials;
}

}  // namespace

namespace detail {

void MergePartial(Partial& into, Partial&& from) {
    Merge(into.stats, from.stats);
    for (size_t k = 0; k < into.kinds.size(); ++k) Merge(into.kinds[k], from.kinds[k]);
    const auto merge_sparse = [](auto& a, const auto& b) {
        auto merged = a;
        merged.insert(merged.end(), b.begin(), b.end());
        std::stable_sort(merged.begin(), merged.end(), [](const auto& x, const auto& y) { return x.first < y.first; });
        a.clear();
        for (const auto& item : merged) {
            if (!a.empty() && a.back().first == item.first) {
                Merge(a.back().second, item.second);
            } else {
                a.push_back(item);
            }
        }
    };
    merge_sparse(into.cells, from.cells);
    merge_sparse(into.sectors, from.sectors);
    std::move(from.employees.begin(), from.employees.end(), std::back_inserter(into.employees));
    std::move(from.not_assessed.begin(), from.not_assessed.end(), std::back_inserter(into.not_assessed));
}

}  // namespace detail

Result<GapReport> Analyze(const Snapshot& snapshot, const Settings& settings, const Scope& scope,
                          const Options& options, domain::Lang lang) {
    if (auto valid = Validate(settings, lang); !valid) return valid.error();
    auto plan = detail::PlanScope(snapshot, scope, lang);
    if (!plan) return plan.error();
    const RunContext run{snapshot, settings, AssessmentWindow(settings), settings.analysis_date.year()};
    auto partials = RunUnits(run, *plan, options);

    // Units of one agency are consecutive: fold them into the first.
    std::vector<Partial> agencies;
    for (auto& p : partials) {
        if (!agencies.empty() && agencies.back().agency == p.agency) {
            detail::MergePartial(agencies.back(), std::move(p));
        } else {
            agencies.push_back(std::move(p));
        }
    }
    GapReport report;
    report.analysis_date = settings.analysis_date.ToIso();
    for (auto& a : agencies) {
        std::move(a.employees.begin(), a.employees.end(), std::back_inserter(report.employees));
        std::move(a.not_assessed.begin(), a.not_assessed.end(), std::back_inserter(report.not_assessed));
    }
    detail::FillGroups(snapshot, agencies, report);
    return report;
}

}  // namespace bangkom::analysis
