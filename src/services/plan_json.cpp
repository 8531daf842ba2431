#include "services/plan_json.hpp"

#include <algorithm>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <cmath>
#include <span>
#include <sstream>

#include "domain/money.hpp"
#include "planning/objective.hpp"

namespace bangkom::services {

namespace json = boost::json;

namespace {

constexpr double kEpsilon = 1e-9;

double Rounded(double x) {
    return std::round(x * 1e6) / 1e6;
}

/// The offerings of each employee's assignments: [begin, end) ranges of `solution.assignments`.
template <class Visit>
void ForEachEmployee(const planning::Solution& solution, Visit&& visit) {
    const auto& a = solution.assignments;
    size_t begin = 0;
    std::vector<uint32_t> offerings;
    while (begin < a.size()) {
        size_t end = begin;
        offerings.clear();
        while (end < a.size() && a[end].employee == a[begin].employee) offerings.push_back(a[end++].offering);
        visit(a[begin].employee, std::span<const uint32_t>(offerings));
        begin = end;
    }
}

/// The rows of employee `e` taking `offerings`, appended to `out`.
void EmployeeRows(const BuiltPlanModel& built, uint32_t e, std::span<const uint32_t> offerings,
                  std::vector<storage::PlanAssignmentRow>& out) {
    const planning::Model& model = built.model;
    const planning::Employee& employee = model.employees[e];
    const auto closures = planning::CloseNeeds(model, e, offerings);
    std::vector<double> left(closures.size());
    for (size_t n = 0; n < closures.size(); ++n) left[n] = closures[n].z1 + closures[n].z2;
    int jp_before = employee.j0;  // JP earned plus that of the offerings before this one
    const auto& proposals = built.proposals[e];
    for (uint32_t o : offerings) {
        const planning::Offering& offering = model.offerings[o];
        storage::PlanAssignmentRow row{employee.nip,
                                       offering.code,
                                       model.programs[offering.program].code,
                                       model.agencies[employee.agency].code,
                                       offering.jp,
                                       offering.cost,
                                       {},
                                       {}};
        bool proposal = false;
        for (size_t n = 0; n < employee.needs.size(); ++n) {
            const double take = std::min(planning::EffectiveRaise(model, employee.needs[n], o), left[n]);
            if (take <= kEpsilon) continue;
            left[n] -= take;
            const uint32_t c = employee.needs[n].competency;
            row.closes.push_back(storage::PlanClosure{model.competencies[c], Rounded(take)});
            proposal = proposal || std::binary_search(proposals.begin(), proposals.end(), c);
        }
        if (!row.closes.empty()) row.reasons.emplace_back(kReasonGap);
        if (proposal) row.reasons.emplace_back(kReasonProposal);
        const bool subject = built.jp_subject[e];
        if (subject && offering.jp > 0 && jp_before < model.settings.target_jp) row.reasons.emplace_back(kReasonJp);
        jp_before += offering.jp;
        out.push_back(std::move(row));
    }
}

json::array AgenciesJson(const BuiltPlanModel& built, const planning::Solution& solution) {
    const planning::Model& model = built.model;
    std::vector<int64_t> used(model.agencies.size(), 0);
    for (const auto& a : solution.assignments) {
        used[model.employees[a.employee].agency] += model.offerings[a.offering].cost;
    }
    json::array out;
    for (size_t i = 0; i < model.agencies.size(); ++i) {
        out.push_back(
            json::object{{"agency", model.agencies[i].code}, {"budget", model.agencies[i].budget}, {"used", used[i]}});
    }
    return out;
}

json::array OfferingsJson(const BuiltPlanModel& built, const planning::Solution& solution) {
    const planning::Model& model = built.model;
    std::vector<int64_t> used(model.offerings.size(), 0);
    for (const auto& a : solution.assignments) ++used[a.offering];
    json::array out;
    for (size_t i = 0; i < model.offerings.size(); ++i) {
        out.push_back(json::object{{"offering", model.offerings[i].code},
                                   {"program", model.programs[model.offerings[i].program].code},
                                   {"seats", model.offerings[i].capacity},
                                   {"used", used[i]}});
    }
    return out;
}

json::object JpJson(const BuiltPlanModel& built, const planning::Solution& solution) {
    const PlanJpFigures jp = PlanJp(built, solution);
    return json::object{{"target", built.model.settings.target_jp},
                        {"employees", jp.employees},
                        {"meeting_20", jp.meeting_20},
                        {"short", jp.short_count},
                        {"shortfall_jp", jp.shortfall_jp}};
}

json::object RowJson(const storage::PlanAssignmentRow& row) {
    json::array reasons;
    for (const auto& r : row.reasons) reasons.emplace_back(r);
    json::array closes;
    for (const auto& c : row.closes) closes.push_back(json::object{{"competency", c.competency}, {"levels", c.levels}});
    return json::object{
        {"nip", row.nip}, {"offering", row.offering}, {"program", row.program}, {"agency", row.agency},
        {"jp", row.jp},   {"cost", row.cost},         {"reasons", reasons},     {"closes", std::move(closes)}};
}

}  // namespace

std::vector<storage::PlanAssignmentRow> PlanRows(const BuiltPlanModel& built, const planning::Solution& solution) {
    std::vector<storage::PlanAssignmentRow> rows;
    rows.reserve(solution.assignments.size());
    ForEachEmployee(solution,
                    [&](uint32_t e, std::span<const uint32_t> offerings) { EmployeeRows(built, e, offerings, rows); });
    return rows;
}

PlanJpFigures PlanJp(const BuiltPlanModel& built, const planning::Solution& solution) {
    const planning::Model& model = built.model;
    std::vector<int> planned(model.employees.size(), 0);
    for (const auto& a : solution.assignments) planned[a.employee] += model.offerings[a.offering].jp;
    PlanJpFigures jp;
    for (size_t e = 0; e < model.employees.size(); ++e) {
        if (!built.jp_subject[e]) continue;
        ++jp.employees;
        const int short_by = model.settings.target_jp - built.earned_jp[e] - planned[e];
        if (short_by <= 0) {
            ++jp.meeting_20;
        } else {
            jp.shortfall_jp += short_by;
        }
    }
    jp.short_count = jp.employees - jp.meeting_20;
    return jp;
}

/// The programs whose raise estimate the evaluation lowered (plan_flags.hpp): still flagged, or (`revised`) the
/// ones a recorded revision lifted.
json::array FlaggedJson(const BuiltPlanModel& built, bool revised) {
    json::array out;
    for (const ProgramFlag& f : built.flagged) {
        if ((f.revision != 0) != revised) continue;
        json::object o{{"program", f.program}, {"offering", f.offering}, {"verdict", f.verdict}};
        if (revised) {
            o["revision"] = f.revision;
        } else {
            o["factor"] = f.factor;
        }
        out.push_back(std::move(o));
    }
    return out;
}

std::string PlanSummaryJson(const BuiltPlanModel& built, const planning::Solution& solution) {
    return json::serialize(json::object{{"agencies", AgenciesJson(built, solution)},
                                        {"offerings", OfferingsJson(built, solution)},
                                        {"jp", JpJson(built, solution)},
                                        {"flagged_programs", FlaggedJson(built, false)},
                                        {"revised_programs", FlaggedJson(built, true)}});
}

std::string PlanJsonText(const BuiltPlanModel& built, const planning::Solution& solution,
                         const std::vector<storage::PlanAssignmentRow>& rows) {
    const planning::Model& model = built.model;
    json::array assignments;
    assignments.reserve(rows.size());
    for (const auto& row : rows) assignments.push_back(RowJson(row));
    json::object doc{{"year", model.year},
                     {"agency", built.agency.empty() ? json::value(nullptr) : json::value(built.agency)},
                     {"analysis_date", built.analysis_date},
                     {"solver", solution.solver},
                     {"optimal", solution.optimal},
                     {"value", solution.value},
                     {"bound", solution.bound},
                     {"gap", solution.gap},
                     {"cost", solution.cost},
                     {"settings", json::object{{"target_jp", model.settings.target_jp},
                                               {"jp_cap", model.settings.jp_cap},
                                               {"shortfall_penalty", model.settings.shortfall_penalty}}},
                     {"employees", model.employees.size()},
                     {"assignments", std::move(assignments)},
                     {"agencies", AgenciesJson(built, solution)},
                     {"offerings", OfferingsJson(built, solution)},
                     {"jp", JpJson(built, solution)},
                     {"flagged_programs", FlaggedJson(built, false)},
                     {"revised_programs", FlaggedJson(built, true)}};
    return json::serialize(doc) + "\n";
}

std::string PlanText(const BuiltPlanModel& built, const planning::Solution& solution,
                     const std::vector<storage::PlanAssignmentRow>& rows, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    const planning::Model& model = built.model;
    const PlanJpFigures jp = PlanJp(built, solution);
    std::ostringstream out;
    out << (en ? "Plan " : "Rencana ") << model.year << " (" << solution.solver << ")\n";
    out << (en ? "Value: " : "Nilai: ") << solution.value << (en ? "  bound: " : "  batas atas: ") << solution.bound
        << "  gap: " << solution.gap * 100 << " %\n";
    out << (en ? "Assignments: " : "Penugasan: ") << rows.size() << (en ? " of " : " dari ") << model.employees.size()
        << (en ? " employees" : " pegawai") << "\n";
    out << (en ? "Cost: " : "Biaya: ") << domain::Money{solution.cost}.ToDisplay() << "\n";
    std::vector<int64_t> used(model.agencies.size(), 0);
    for (const auto& a : solution.assignments) {
        used[model.employees[a.employee].agency] += model.offerings[a.offering].cost;
    }
    for (size_t i = 0; i < model.agencies.size(); ++i) {
        out << "  " << model.agencies[i].code << ": " << domain::Money{used[i]}.ToDisplay() << " / "
            << domain::Money{model.agencies[i].budget}.ToDisplay() << "\n";
    }
    out << "20 JP: " << jp.meeting_20 << " / " << jp.employees << (en ? " employees meet it, " : " pegawai memenuhi, ")
        << jp.short_count << (en ? " short" : " kurang") << "\n";
    return out.str();
}

}  // namespace bangkom::services
