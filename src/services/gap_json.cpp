// analysis::GapReport → the JSON of docs/api.md "Needs analysis" and of `bangkom gaps`.

#include "services/gap_json.hpp"

#include <algorithm>
#include <array>
#include <boost/json/serialize.hpp>
#include <charconv>
#include <cmath>
#include <cstdint>

namespace bangkom::services {
namespace json = boost::json;
using analysis::Snapshot;

namespace {

constexpr int kBoxes = 9;

/// JSON does not tell 3 from 3.0; whole values print as integers ("3", not "3E0").
json::value Num(double number) {
    if (std::isfinite(number) && number == std::floor(number) && std::fabs(number) < 9.0e15) {
        return static_cast<int64_t>(number);
    }
    return number;
}

json::value TextOrNull(std::string_view text) {
    if (text.empty()) return nullptr;
    return json::string(text);
}

json::value AgencyName(const Snapshot& s, std::string_view code) {
    const auto id = s.FindAgency(code);
    return id ? TextOrNull(s.agency_names[*id]) : json::value(nullptr);
}

json::value PositionName(const Snapshot& s, std::string_view code) {
    const auto id = code.empty() ? std::nullopt : s.FindPosition(code);
    return id ? TextOrNull(s.position_names[*id]) : json::value(nullptr);
}

json::value CompetencyName(const Snapshot& s, std::string_view code) {
    const auto id = s.FindCompetency(code);
    return id ? TextOrNull(s.competency_names[*id]) : json::value(nullptr);
}

json::value CompetencyKind(const Snapshot& s, std::string_view code) {
    const auto id = s.FindCompetency(code);
    return id ? json::value(json::string(domain::Code(s.competency_kinds[*id]))) : json::value(nullptr);
}

json::value BoxOrNull(int box) {
    return box >= 1 && box <= kBoxes ? json::value(box) : json::value(nullptr);
}

/// The current position of an employee of the snapshot, "" when unknown.
std::string PositionOf(const Snapshot& s, std::string_view nip) {
    const auto e = s.FindEmployee(nip);
    if (!e) return "";
    const int32_t p = s.employee_position[*e];
    return p == analysis::kNone ? "" : s.position_codes[static_cast<size_t>(p)];
}

json::object AkpkJson(const analysis::GapStats& stats) {
    json::object out;
    for (int i = 0; i < analysis::kAkpkReadings; ++i) {
        out[analysis::Code(static_cast<analysis::AkpkReading>(i))] = stats.akpk[static_cast<size_t>(i)];
    }
    return out;
}

json::array BoxCounts(const analysis::GapStats& stats) {
    json::array out;
    for (size_t box = 1; box <= kBoxes; ++box) out.push_back(stats.boxes[box]);
    return out;
}

json::value Mean(double sum, int64_t count) {
    if (count == 0) return nullptr;
    return Num(sum / static_cast<double>(count));
}

json::object Aggregate(const std::string& key, json::value name, const analysis::GapStats& s) {
    return json::object{{"key", key},
                        {"name", name.is_null() ? json::value(json::string(key)) : std::move(name)},
                        {"employees", s.employees},
                        {"with_gap", s.employees_with_gap},
                        {"assessed_pairs", s.assessed_pairs},
                        {"mean_gap", Mean(s.gap_sum, s.assessed_pairs)},
                        {"mean_target_gap", Mean(s.target_gap_sum, s.assessed_pairs)},
                        {"weighted_need", Num(s.weighted_need)},
                        {"not_assessed", s.not_assessed},
                        {"jp_subject", s.jp_subject},
                        {"jp_meeting", s.jp_met},
                        {"jp_short", s.jp_subject - s.jp_met},
                        {"akpk", AkpkJson(s)},
                        {"ninebox", BoxCounts(s)}};
}

json::array Groups(const std::vector<analysis::GroupStats>& groups,
                   json::value (*name)(const Snapshot&, std::string_view), const Snapshot& s) {
    json::array out;
    for (const auto& g : groups) out.push_back(Aggregate(g.key, name ? name(s, g.key) : nullptr, g.stats));
    return out;
}

json::object Heatmap(const analysis::GapReport& r, const Snapshot& s) {
    json::array agencies;
    json::array competencies;
    for (const auto& g : r.by_agency) agencies.push_back(json::object{{"code", g.key}, {"name", AgencyName(s, g.key)}});
    for (const auto& g : r.by_competency) {
        competencies.push_back(json::object{{"code", g.key}, {"name", CompetencyName(s, g.key)}});
    }
    json::array cells;
    size_t next = 0;  // r.matrix is sorted by (agency, competency) like the rows and columns
    for (const auto& a : r.by_agency) {
        json::array row;
        for (const auto& c : r.by_competency) {
            while (next < r.matrix.size() && (r.matrix[next].agency < a.key ||
                                              (r.matrix[next].agency == a.key && r.matrix[next].competency < c.key))) {
                ++next;
            }
            if (next < r.matrix.size() && r.matrix[next].agency == a.key && r.matrix[next].competency == c.key) {
                const auto& st = r.matrix[next].stats;
                row.push_back(json::object{{"employees", st.employees},
                                           {"with_gap", st.employees_with_gap},
                                           {"mean_gap", Mean(st.gap_sum, st.assessed_pairs)},
                                           {"weighted_need", Num(st.weighted_need)},
                                           {"not_assessed", st.not_assessed}});
            } else {
                row.push_back(nullptr);
            }
        }
        cells.push_back(std::move(row));
    }
    return json::object{
        {"agencies", std::move(agencies)}, {"competencies", std::move(competencies)}, {"cells", std::move(cells)}};
}

}  // namespace

void AppendPlain(std::string& out, const json::value& value) {
    switch (value.kind()) {
        case json::kind::double_: {
            char buffer[32];
            const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, value.get_double());
            out.append(buffer, ec == std::errc() ? end : buffer);
            return;
        }
        case json::kind::array: {
            out.push_back('[');
            for (const auto& item : value.get_array()) {
                if (out.back() != '[') out.push_back(',');
                AppendPlain(out, item);
            }
            out.push_back(']');
            return;
        }
        case json::kind::object: {
            out.push_back('{');
            for (const auto& member : value.get_object()) {
                if (out.back() != '{') out.push_back(',');
                out += json::serialize(json::string(member.key()));
                out.push_back(':');
                AppendPlain(out, member.value());
            }
            out.push_back('}');
            return;
        }
        default: out += json::serialize(value);
    }
}

std::pair<std::string_view, std::string_view> BoxAxes(int box) {
    // DOMAIN.md: di atas 4, 7, 9; sesuai 2, 5, 8; di bawah 1, 3, 6 (columns rendah, menengah, tinggi).
    static constexpr std::array<std::pair<std::string_view, std::string_view>, kBoxes> kAxes = {{
        {"di_bawah", "rendah"},
        {"sesuai", "rendah"},
        {"di_bawah", "menengah"},
        {"di_atas", "rendah"},
        {"sesuai", "menengah"},
        {"di_bawah", "tinggi"},
        {"di_atas", "menengah"},
        {"sesuai", "tinggi"},
        {"di_atas", "tinggi"},
    }};
    if (box < 1 || box > kBoxes) return {"", ""};
    return kAxes[static_cast<size_t>(box - 1)];
}

int AnalysisYear(const analysis::GapReport& report) {
    int year = 0;
    for (size_t i = 0; i < 4 && i < report.analysis_date.size(); ++i)
        year = year * 10 + (report.analysis_date[i] - '0');
    return year;
}

json::object GapLineJson(const analysis::CompetencyGap& g, const Snapshot& names) {
    return json::object{{"competency", g.competency},
                        {"competency_name", CompetencyName(names, g.competency)},
                        {"competency_kind", CompetencyKind(names, g.competency)},
                        {"required", Num(g.required)},
                        {"target_required", Num(g.target_required)},
                        {"held", g.held ? Num(*g.held) : json::value(nullptr)},
                        {"source", g.source ? json::value(json::string(domain::Code(*g.source))) : nullptr},
                        {"gap", Num(g.gap)},
                        {"target_gap", Num(g.target_gap)},
                        {"multiplier", Num(g.multiplier)},
                        {"weight", Num(g.weight)},
                        {"target_weight", Num(g.target_weight)}};
}

json::object EmployeeRowJson(const analysis::EmployeeGaps& e, const Snapshot& names) {
    int gap_count = 0;
    int target_gap_count = 0;
    for (const auto& g : e.gaps) {
        gap_count += g.gap > 0 ? 1 : 0;
        target_gap_count += g.target_gap > 0 ? 1 : 0;
    }
    return json::object{
        {"nip", e.nip},
        {"name", e.name},
        {"agency", e.agency},
        {"agency_name", AgencyName(names, e.agency)},
        {"position", TextOrNull(e.position)},
        {"position_name", PositionName(names, e.position)},
        {"target_position", TextOrNull(e.target_position)},
        {"jp_earned", e.jp_earned},
        {"jp_short", std::max(0, e.jp_target - e.jp_earned)},
        {"akpk", e.akpk == analysis::AkpkReading::unknown ? json::value(nullptr) : json::value(analysis::Code(e.akpk))},
        {"box", BoxOrNull(e.box)},
        {"gap_count", gap_count},
        {"target_gap_count", target_gap_count},
        {"not_assessed_count", e.not_assessed},
        {"weighted_need", Num(e.weighted_need)}};
}

json::object EmployeeDetailJson(const analysis::EmployeeGaps& e, const Snapshot& names, int year) {
    json::object out = EmployeeRowJson(e, names);
    out["position_kind"] = e.position_kind ? json::value(json::string(domain::Code(*e.position_kind))) : nullptr;
    out["sector"] = TextOrNull(e.sector);
    out["target_position_name"] = PositionName(names, e.target_position);
    out["status"] = domain::Code(e.status);
    out["jp_year"] = year;
    out["jp_target"] = e.jp_target;
    out["performance"] =
        e.predikat ? json::value(json::object{{"year", e.predikat_year}, {"predikat", domain::Code(*e.predikat)}})
                   : json::value(nullptr);
    out["performance_gap"] = e.has_performance_gap;
    out["potential"] = e.potential ? Num(*e.potential) : json::value(nullptr);
    json::array lines;
    for (const auto& g : e.gaps) lines.push_back(GapLineJson(g, names));
    out["gaps"] = std::move(lines);
    return out;
}

json::object NotAssessedJson(const analysis::NotAssessedPair& p, const Snapshot& names) {
    return json::object{{"nip", p.nip},
                        {"name", p.name},
                        {"agency", p.agency},
                        {"position", TextOrNull(PositionOf(names, p.nip))},
                        {"competency", p.competency},
                        {"competency_name", CompetencyName(names, p.competency)},
                        {"required", p.required > 0 ? Num(p.required) : json::value(nullptr)},
                        {"target_required", p.target_required > 0 ? Num(p.target_required) : json::value(nullptr)}};
}

json::array NineBoxJson(const analysis::GapStats& stats) {
    json::array out;
    for (int box = 1; box <= kBoxes; ++box) {
        const auto [performance, potential] = BoxAxes(box);
        out.push_back(json::object{{"box", box},
                                   {"performance", performance},
                                   {"potential", potential},
                                   {"count", stats.boxes[static_cast<size_t>(box)]}});
    }
    return out;
}

json::object SummaryJson(const analysis::GapReport& r, const Snapshot& s, const std::string& agency, int jp_target) {
    const auto& t = r.total;
    json::object jp{{"target", jp_target},
                    {"subject", t.jp_subject},
                    {"meeting", t.jp_met},
                    {"short", t.jp_subject - t.jp_met},
                    {"rate", Num(t.JpCompliance())}};
    return json::object{{"agency", TextOrNull(agency)},
                        {"date", r.analysis_date},
                        {"year", AnalysisYear(r)},
                        {"employees", t.employees},
                        {"jp", std::move(jp)},
                        {"akpk", AkpkJson(t)},
                        {"not_assessed", json::object{{"pairs", t.not_assessed}}},
                        {"ninebox", BoxCounts(t)},
                        {"heatmap", Heatmap(r, s)},
                        {"by_agency", Groups(r.by_agency, AgencyName, s)},
                        {"by_competency", Groups(r.by_competency, CompetencyName, s)},
                        {"by_position_kind", Groups(r.by_position_kind, nullptr, s)},
                        {"by_sector", Groups(r.by_sector, nullptr, s)}};
}

std::string GapsJsonText(const analysis::GapReport& report, const Snapshot& names, const std::string& agency,
                         int jp_target) {
    const int year = AnalysisYear(report);
    json::array employees;
    for (const auto& e : report.employees) employees.push_back(EmployeeDetailJson(e, names, year));
    json::object out{{"employees", std::move(employees)}, {"summary", SummaryJson(report, names, agency, jp_target)}};
    std::string text;
    AppendPlain(text, out);
    return text + "\n";
}

}  // namespace bangkom::services
