#include <algorithm>
#include <string>

#include "analysis/analyze_parts.hpp"

namespace bangkom::analysis::detail {

namespace {

Error NotFound(domain::Lang lang, const std::string& what_id, const std::string& what_en, const std::string& key) {
    return MakeError(ErrorCode::not_found, lang == domain::Lang::id ? what_id + " '" + key + "' tidak ditemukan"
                                                                    : what_en + " '" + key + "' not found");
}

void AddUnits(uint32_t agency, uint32_t begin, uint32_t end, bool listed, std::vector<WorkUnit>& units) {
    for (uint32_t b = begin; b < end; b += kChunk)
        units.push_back(WorkUnit{agency, b, std::min(end, b + kChunk), listed});
}

/// The employees named by the scope's nips / team_of (intersected when both are given).
Result<std::vector<uint32_t>> Selected(const Snapshot& s, const Scope& scope, domain::Lang lang) {
    std::vector<uint32_t> nips;
    for (const auto& nip : scope.nips) {
        const auto e = s.FindEmployee(nip);
        if (!e) return NotFound(lang, "Pegawai", "Employee", nip);
        nips.push_back(*e);
    }
    std::sort(nips.begin(), nips.end());
    nips.erase(std::unique(nips.begin(), nips.end()), nips.end());
    if (scope.team_of.empty()) return nips;
    const auto lead = s.FindEmployee(scope.team_of);
    if (!lead) return NotFound(lang, "Pegawai", "Employee", scope.team_of);
    std::vector<uint32_t> team;
    for (uint32_t e = 0; e < s.EmployeeCount(); ++e) {
        if (e == *lead || s.employee_supervisor[e] == static_cast<int32_t>(*lead)) team.push_back(e);
    }
    if (scope.nips.empty()) return team;
    std::vector<uint32_t> both;
    std::set_intersection(team.begin(), team.end(), nips.begin(), nips.end(), std::back_inserter(both));
    return both;
}

}  // namespace

Result<ScopePlan> PlanScope(const Snapshot& s, const Scope& scope, domain::Lang lang) {
    std::optional<uint32_t> agency;
    if (!scope.agency.empty()) {
        agency = s.FindAgency(scope.agency);
        if (!agency) return NotFound(lang, "OPD", "Agency", scope.agency);
    }
    ScopePlan plan;
    if (scope.nips.empty() && scope.team_of.empty()) {
        for (uint32_t a = 0; a < s.agency_codes.size(); ++a) {
            if (!agency || *agency == a)
                AddUnits(a, s.agency_employee_begin[a], s.agency_employee_begin[a + 1], false, plan.units);
        }
        return plan;
    }
    auto selected = Selected(s, scope, lang);
    if (!selected) return selected.error();
    for (uint32_t e : *selected) {
        if (!agency || s.employee_agency[e] == *agency) plan.selected.push_back(e);
    }
    // Ids are in (agency, NIP) order already: cut the list where the agency changes.
    uint32_t begin = 0;
    for (uint32_t i = 1; i <= plan.selected.size(); ++i) {
        if (i == plan.selected.size() ||
            s.employee_agency[plan.selected[i]] != s.employee_agency[plan.selected[begin]]) {
            AddUnits(s.employee_agency[plan.selected[begin]], begin, i, true, plan.units);
            begin = i;
        }
    }
    return plan;
}

}  // namespace bangkom::analysis::detail
