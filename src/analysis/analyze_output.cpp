// From ids to the report's strings, and the groups of the report from the per-agency partials.

#include <map>

#include "analysis/aggregate.hpp"
#include "analysis/analyze_parts.hpp"

namespace bangkom::analysis::detail {

namespace {

const std::string& CodeOr(const std::vector<std::string>& codes, int32_t id) {
    static const std::string kEmpty;
    return id == kNone ? kEmpty : codes[static_cast<size_t>(id)];
}

CompetencyGap ToCompetencyGap(const Snapshot& s, const PairOutcome& p) {
    CompetencyGap g;
    g.competency = s.competency_codes[p.competency];
    g.required = p.requirement.required;
    g.target_required = p.requirement.target_required;
    if (p.held) {
        g.held = p.held->level;
        g.source = p.held->source;
    }
    g.gap = p.gap.gap;
    g.target_gap = p.gap.target_gap;
    g.multiplier = p.multiplier;
    g.weight = p.gap.weight;
    g.target_weight = p.gap.target_weight;
    return g;
}

}  // namespace

EmployeeGaps ToEmployeeGaps(const Snapshot& s, const EmployeeOutcome& o) {
    const uint32_t e = o.employee;
    const int32_t position = s.employee_position[e];
    EmployeeGaps r;
    r.nip = s.nips[e];
    r.name = s.names[e];
    r.agency = s.agency_codes[s.employee_agency[e]];
    r.position = CodeOr(s.position_codes, position);
    r.target_position = CodeOr(s.position_codes, s.employee_target_position[e]);
    if (position != kNone) {
        r.sector = s.sector_codes[s.position_sector[static_cast<size_t>(position)]];
        if (s.position_known[static_cast<size_t>(position)])
            r.position_kind = s.position_kinds[static_cast<size_t>(position)];
    }
    r.status = s.employee_status[e];
    r.has_standard = o.has_standard;
    r.jp_earned = o.jp_earned;
    r.jp_target = o.jp_target;
    r.jp_target_met = o.jp_earned >= o.jp_target;
    r.predikat = o.predikat;
    r.predikat_year = o.predikat_year;
    r.performance_gap = o.performance_gap;
    r.has_competency_gap = o.competency_gap;
    r.has_performance_gap = o.performance_gap_flag;
    r.akpk = o.akpk;
    r.potential = o.potential;
    r.box = o.box;
    r.weighted_need = o.weighted_need;
    r.not_assessed = o.not_assessed;
    r.gaps.reserve(o.pairs.size());
    for (const auto& p : o.pairs) r.gaps.push_back(ToCompetencyGap(s, p));
    return r;
}

void AppendNotAssessed(const Snapshot& s, const EmployeeOutcome& o, std::vector<NotAssessedPair>& out) {
    for (const auto& p : o.pairs) {
        if (p.held) continue;
        const uint32_t e = o.employee;
        out.push_back(NotAssessedPair{s.nips[e], s.names[e], s.agency_codes[s.employee_agency[e]],
                                      s.competency_codes[p.competency], p.requirement.required,
                                      p.requirement.target_required});
    }
}

void FillGroups(const Snapshot& s, std::vector<Partial>& agencies, GapReport& report) {
    std::vector<GapStats> competencies(s.competency_codes.size());
    std::array<GapStats, kPositionKinds + 1> kinds{};
    std::map<std::string, GapStats> sectors;
    for (auto& a : agencies) {
        const std::string& agency = s.agency_codes[a.agency];
        Merge(report.total, a.stats);
        report.by_agency.push_back(GroupStats{agency, a.stats});
        for (const auto& [c, stats] : a.cells) {
            Merge(competencies[c], stats);
            report.matrix.push_back(MatrixCell{agency, s.competency_codes[c], stats});
        }
        for (size_t k = 0; k < kinds.size(); ++k) Merge(kinds[k], a.kinds[k]);
        for (const auto& [sector, stats] : a.sectors) {
            Merge(sectors[sector < s.sector_codes.size() ? s.sector_codes[sector] : std::string()], stats);
        }
    }
    for (size_t c = 0; c < competencies.size(); ++c) {
        if (competencies[c].employees > 0)
            report.by_competency.push_back(GroupStats{s.competency_codes[c], competencies[c]});
    }
    for (size_t k = 0; k < kinds.size(); ++k) {
        if (kinds[k].employees == 0) continue;
        const std::string key =
            k < kPositionKinds ? std::string(domain::Code(static_cast<domain::PositionKind>(k))) : std::string();
        report.by_position_kind.push_back(GroupStats{key, kinds[k]});
    }
    for (auto& [sector, stats] : sectors) report.by_sector.push_back(GroupStats{sector, stats});
}

}  // namespace bangkom::analysis::detail
