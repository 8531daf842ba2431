#include "analysis/employee_analysis.hpp"

#include <algorithm>
#include <span>

#include "analysis/akpk.hpp"

namespace bangkom::analysis {

namespace {

template <class T>
std::span<const T> Slice(const std::vector<uint32_t>& offsets, const std::vector<T>& entries, int64_t owner) {
    if (owner < 0) return {};
    const auto i = static_cast<size_t>(owner);
    return std::span<const T>(entries).subspan(offsets[i], offsets[i + 1] - offsets[i]);
}

/// Merges the current and the target standards (both sorted by competency) into the pair list.
void MergeStandards(std::span<const StandardEntry> current, std::span<const StandardEntry> target,
                    std::vector<PairOutcome>& pairs) {
    pairs.clear();
    size_t i = 0;
    size_t j = 0;
    while (i < current.size() || j < target.size()) {
        PairOutcome p;
        const bool take_current =
            i < current.size() && (j == target.size() || current[i].competency <= target[j].competency);
        const bool take_target =
            j < target.size() && (i == current.size() || target[j].competency <= current[i].competency);
        if (take_current) {
            p.competency = static_cast<uint16_t>(current[i].competency);
            p.requirement.required = current[i].level;
            p.requirement.weight = current[i].weight;
            ++i;
        }
        if (take_target) {
            p.competency = static_cast<uint16_t>(target[j].competency);
            p.requirement.target_required = target[j].level;
            p.requirement.target_weight = target[j].weight;
            ++j;
        }
        pairs.push_back(p);
    }
}

void ReadPerformanceAndJp(const RunContext& run, uint32_t e, EmployeeOutcome& out) {
    const Snapshot& s = run.snapshot;
    for (const auto& r : Slice(s.rating_offsets, s.ratings, e)) {
        if (r.year > run.year) break;
        out.predikat = r.predikat;
        out.predikat_year = r.year;
    }
    out.jp_earned = 0;
    for (const auto& j : Slice(s.jp_offsets, s.jp, e)) {
        if (j.year == run.year) out.jp_earned = j.jp;
    }
    const bool applies = s.employee_status[e] == domain::EmploymentStatus::pns || run.settings.jp_applies_to_pppk;
    out.jp_target = applies ? run.settings.jp_target : 0;
}

bool HasApprovedProposal(std::span<const ProposalEntry> proposals, int year, uint16_t competency) {
    return std::any_of(proposals.begin(), proposals.end(),
                       [&](const ProposalEntry& p) { return p.year == year && p.competency == competency; });
}

}  // namespace

void AnalyzeEmployee(const RunContext& run, uint32_t e, EmployeeOutcome& out) {
    const Snapshot& s = run.snapshot;
    auto pairs = std::move(out.pairs);
    out = EmployeeOutcome{};
    out.employee = e;
    ReadPerformanceAndJp(run, e, out);
    out.performance_gap_flag = out.predikat && IsWeakPredikat(*out.predikat);
    out.performance_gap = PerformanceGap(out.predikat, run.settings);

    const auto current = Slice(s.standard_offsets, s.standards, s.employee_position[e]);
    const auto target = Slice(s.standard_offsets, s.standards, s.employee_target_position[e]);
    out.has_standard = !current.empty();
    MergeStandards(current, target, pairs);

    const auto assessments = Slice(s.assessment_offsets, s.assessments, e);
    const auto proposals = Slice(s.proposal_offsets, s.proposals, e);
    auto cursor = assessments.begin();
    double match = 0;
    double match_full = 0;
    for (auto& p : pairs) {
        while (cursor != assessments.end() && cursor->competency < p.competency) ++cursor;
        auto end = cursor;
        while (end != assessments.end() && end->competency == p.competency) ++end;
        p.held = FindHeldLevel(std::span<const AssessmentEntry>(cursor, end), run.window, run.settings);
        cursor = end;
        p.multiplier =
            Multiplier(HasApprovedProposal(proposals, run.year, p.competency), out.performance_gap_flag, run.settings);
        const std::optional<double> held = p.held ? std::optional<double>(p.held->level) : std::nullopt;
        p.gap = ComputePairGap(p.requirement, held, p.multiplier, run.settings);
        if (!held) {
            ++out.not_assessed;
            continue;
        }
        ++out.assessed;
        out.gap_sum += p.gap.gap;
        out.target_gap_sum += p.gap.target_gap;
        out.weighted_need += WeightedNeed(p.gap);
        if (p.gap.gap > 0 || p.gap.target_gap > 0) out.competency_gap = true;
        if (p.requirement.required > 0) {
            match += p.requirement.weight * std::min(*held, p.requirement.required);
            match_full += p.requirement.weight * p.requirement.required;
        }
    }
    if (match_full > 0) out.potential = 100.0 * match / match_full;
    // A gap found is known; "no gap" only when every required competency is assessed (and there is one).
    const bool competency_known = out.competency_gap || (out.assessed > 0 && out.not_assessed == 0);
    out.akpk = ReadAkpk(competency_known ? std::optional<bool>(out.competency_gap) : std::nullopt,
                        out.predikat ? std::optional<bool>(out.performance_gap_flag) : std::nullopt);
    out.box = NineBox(out.predikat, out.potential, run.settings);
    out.pairs = std::move(pairs);
}

}  // namespace bangkom::analysis
