#include "services/plan_export.hpp"

#include <boost/json/parse.hpp>
#include <charconv>
#include <optional>
#include <set>

#include "services/plan_export_parts.hpp"

namespace bangkom::services {

namespace json = boost::json;
using domain::DevelopmentForm;
using formats::Cell;
using formats::CellType;

namespace {

std::string Shortest(double value) {
    char buf[32];
    const auto [end, ec] = std::to_chars(buf, buf + sizeof(buf), value);
    return ec == std::errc{} ? std::string(buf, end) : std::string();
}

std::string ReasonLabel(const std::string& reason) {
    if (reason == "kesenjangan") return "menutup kesenjangan kompetensi";
    if (reason == "usulan_pegawai") return "usulan pegawai yang disetujui";
    if (reason == "pemenuhan_20_jp") return "pemenuhan 20 JP";
    return reason;
}

std::string Join(const std::vector<std::string>& parts, const char* separator) {
    std::string out;
    for (const auto& p : parts) {
        if (!out.empty()) out += separator;
        out += p;
    }
    return out;
}

template <class T>
const T* FindByCode(const std::vector<T>& items, const std::string& code) {
    for (const auto& item : items) {
        if (item.code == code) return &item;
    }
    return nullptr;
}

std::string CompetencyText(const std::map<std::string, std::string>& names, const std::string& code) {
    const auto it = names.find(code);
    return it == names.end() || it->second.empty() ? code : code + " " + it->second;
}

/// The competencies of a line: what it closes, else (a JP-only line) what its program raises.
std::string Competencies(const PlanExportData& data, const storage::PlanAssignmentRow& row,
                         const domain::Program* program) {
    std::vector<std::string> parts;
    for (const auto& c : row.closes) {
        parts.push_back(CompetencyText(data.competency_names, c.competency) + " (+" + Shortest(c.levels) + " level)");
    }
    if (parts.empty() && program != nullptr) {
        for (const auto& r : program->raises) parts.push_back(CompetencyText(data.competency_names, r.competency_code));
    }
    return Join(parts, "; ");
}

std::string CurriculumFit(const domain::Program* program) {
    if (program == nullptr) return "Program tidak ada di katalog";
    std::vector<std::string> raises;
    for (const auto& r : program->raises) raises.push_back(r.competency_code + " +" + std::to_string(r.levels));
    if (raises.empty()) return "Tidak menaikkan kompetensi standar";
    return "Sesuai standar kompetensi: " + Join(raises, ", ") + " (level maksimal " +
           std::to_string(program->max_level) + ")";
}

formats::Sheet LinesSheet(const PlanExportData& data) {
    formats::Sheet sheet;
    sheet.name = "Rencana";
    sheet.header = {"No",
                    "Kode OPD",
                    "Nama OPD",
                    "NIP",
                    "Nama Pegawai",
                    "Kompetensi yang Dikembangkan",
                    "Bentuk Pengembangan",
                    "Jalur Pengembangan",
                    "Program / Angkatan",
                    "Penyelenggara",
                    "Jadwal Pelaksanaan",
                    "Kesesuaian dengan Standar Kurikulum",
                    "JP",
                    "Anggaran (Rp)",
                    "Alasan"};
    sheet.column_widths = {6, 12, 28, 22, 28, 40, 22, 22, 36, 28, 34, 44, 8, 16, 36};
    int number = 0;
    for (const auto& row : data.rows) {
        const PlanLineText line = DescribeLine(data, row);
        sheet.rows.push_back({
            formats::NumberCell(++number),
            formats::TextCell(row.agency),
            formats::TextCell(line.agency_name),
            formats::TextCell(row.nip),
            formats::TextCell(line.employee_name),
            formats::TextCell(line.competencies),
            formats::TextCell(line.form),
            formats::TextCell(line.route),
            formats::TextCell(line.program + " / " + row.offering),
            formats::TextCell(line.institution),
            formats::TextCell(line.schedule),
            formats::TextCell(line.curriculum),
            formats::NumberCell(row.jp),
            formats::NumberCell(static_cast<double>(row.cost)),
            formats::TextCell(line.reasons),
        });
    }
    return sheet;
}

formats::Sheet TotalsSheet(const PlanExportData& data) {
    formats::Sheet sheet;
    sheet.name = "Total per OPD";
    sheet.header = {"Kode OPD",           "Nama OPD",          "Pegawai", "Penugasan", "JP", "Anggaran Terpakai (Rp)",
                    "Pagu Anggaran (Rp)", "Sisa Anggaran (Rp)"};
    sheet.column_widths = {12, 30, 10, 12, 10, 22, 22, 22};
    const auto figures = [](const PlanAgencyTotal& t) {
        return std::vector<formats::Cell>{formats::NumberCell(static_cast<double>(t.employees.size())),
                                          formats::NumberCell(static_cast<double>(t.assignments)),
                                          formats::NumberCell(static_cast<double>(t.jp)),
                                          formats::NumberCell(static_cast<double>(t.used)),
                                          formats::NumberCell(static_cast<double>(t.budget)),
                                          formats::NumberCell(static_cast<double>(t.budget - t.used))};
    };
    const auto totals = AgencyTotals(data);
    for (const auto& t : totals) {
        std::vector<formats::Cell> row{formats::TextCell(t.agency), formats::TextCell(t.name)};
        for (auto& c : figures(t)) row.push_back(std::move(c));
        sheet.rows.push_back(std::move(row));
    }
    const PlanAgencyTotal sum = SumOfTotals(totals);
    std::vector<formats::Cell> last{formats::TextCell(sum.name), formats::Cell{}};
    for (auto& c : figures(sum)) last.push_back(std::move(c));
    sheet.rows.push_back(std::move(last));
    return sheet;
}

}  // namespace

PlanLineText DescribeLine(const PlanExportData& data, const storage::PlanAssignmentRow& row) {
    const domain::Program* program = FindByCode(data.catalog.programs, row.program);
    const domain::Offering* offering = FindByCode(data.catalog.offerings, row.offering);
    const domain::Agency* agency = FindByCode(data.catalog.agencies, row.agency);
    const auto name = data.employee_names.find(row.nip);
    PlanLineText line;
    line.agency_name = agency != nullptr ? agency->name : "";
    line.employee_name = name != data.employee_names.end() ? name->second : "";
    line.competencies = Competencies(data, row, program);
    line.form = program != nullptr ? DevelopmentFormLabel(program->form) : "";
    line.route = program != nullptr ? DevelopmentRoute(program->form) : "";
    line.program = row.program + (program != nullptr ? " " + program->name : "");
    line.institution = program != nullptr ? program->institution : "";
    if (offering != nullptr) {
        line.schedule = offering->start.ToLong("id");
        if (offering->end != offering->start) line.schedule += " s.d. " + offering->end.ToLong("id");
    }
    line.curriculum = CurriculumFit(program);
    std::vector<std::string> reasons;
    for (const auto& r : row.reasons) reasons.push_back(ReasonLabel(r));
    line.reasons = Join(reasons, "; ");
    return line;
}

PlanAgencyTotal SumOfTotals(const std::vector<PlanAgencyTotal>& totals) {
    PlanAgencyTotal sum;
    sum.name = "Jumlah";
    for (const auto& t : totals) {
        sum.employees.insert(t.employees.begin(), t.employees.end());
        sum.assignments += t.assignments;
        sum.jp += t.jp;
        sum.used += t.used;
        sum.budget += t.budget;
    }
    return sum;
}

std::vector<PlanAgencyTotal> AgencyTotals(const PlanExportData& data) {
    std::map<std::string, PlanAgencyTotal> totals;
    std::map<std::string, int64_t> ceilings;
    boost::system::error_code ec;
    const json::value summary = json::parse(data.plan.summary_json, ec);
    const json::value* agencies = !ec && summary.is_object() ? summary.as_object().if_contains("agencies") : nullptr;
    if (agencies != nullptr && agencies->is_array()) {
        for (const auto& a : agencies->as_array()) {
            if (!a.is_object()) continue;
            const auto* code = a.as_object().if_contains("agency");
            const auto* budget = a.as_object().if_contains("budget");
            if (code == nullptr || !code->is_string()) continue;
            const std::string agency(code->get_string());
            if (!data.agency_filter.empty() && agency != data.agency_filter) continue;
            totals[agency].agency = agency;
            if (budget != nullptr && budget->is_number()) ceilings[agency] = budget->to_number<int64_t>();
        }
    }
    for (const auto& row : data.rows) {
        auto& t = totals[row.agency];
        t.agency = row.agency;
        t.employees.insert(row.nip);
        t.assignments += 1;
        t.jp += row.jp;
        t.used += row.cost;
    }
    std::vector<PlanAgencyTotal> out;
    for (auto& [code, t] : totals) {
        const domain::Agency* agency = FindByCode(data.catalog.agencies, code);
        t.name = agency != nullptr ? agency->name : "";
        const auto ceiling = ceilings.find(code);
        t.budget = ceiling != ceilings.end() ? ceiling->second : (agency != nullptr ? agency->budget.rupiah : 0);
        out.push_back(std::move(t));
    }
    return out;
}

std::string GroupThousands(int64_t value) {
    const bool negative = value < 0;
    const uint64_t magnitude = negative ? 0 - static_cast<uint64_t>(value) : static_cast<uint64_t>(value);
    std::string digits = std::to_string(magnitude);
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) digits.insert(static_cast<size_t>(i), ".");
    return negative ? "-" + digits : digits;
}

std::string DevelopmentFormLabel(DevelopmentForm form) {
    switch (form) {
        case DevelopmentForm::pelatihan_klasikal: return "Pelatihan klasikal";
        case DevelopmentForm::bimtek: return "Bimbingan teknis";
        case DevelopmentForm::seminar: return "Seminar";
        case DevelopmentForm::workshop: return "Lokakarya";
        case DevelopmentForm::kursus: return "Kursus";
        case DevelopmentForm::e_learning: return "E-learning";
        case DevelopmentForm::pelatihan_jarak_jauh: return "Pelatihan jarak jauh";
        case DevelopmentForm::coaching: return "Coaching";
        case DevelopmentForm::mentoring: return "Mentoring";
        case DevelopmentForm::magang: return "Magang";
        case DevelopmentForm::patok_banding: return "Patok banding";
        case DevelopmentForm::belajar_mandiri: return "Belajar mandiri";
        case DevelopmentForm::komunitas_belajar: return "Komunitas belajar";
        case DevelopmentForm::pendidikan: return "Pendidikan";
    }
    return "";
}

std::string DevelopmentRoute(DevelopmentForm form) {
    switch (form) {
        case DevelopmentForm::pendidikan: return "Pendidikan";
        case DevelopmentForm::pelatihan_klasikal:
        case DevelopmentForm::bimtek:
        case DevelopmentForm::seminar:
        case DevelopmentForm::workshop:
        case DevelopmentForm::kursus: return "Pelatihan klasikal";
        case DevelopmentForm::e_learning:
        case DevelopmentForm::pelatihan_jarak_jauh:
        case DevelopmentForm::coaching:
        case DevelopmentForm::mentoring:
        case DevelopmentForm::magang:
        case DevelopmentForm::patok_banding:
        case DevelopmentForm::belajar_mandiri:
        case DevelopmentForm::komunitas_belajar: return "Pelatihan nonklasikal";
    }
    return "";
}

std::vector<formats::Sheet> PlanExportSheets(const PlanExportData& data) {
    return {LinesSheet(data), TotalsSheet(data)};
}

Result<std::string> WritePlanXlsx(const PlanExportData& data) {
    return formats::WriteXlsx(PlanExportSheets(data));
}

}  // namespace bangkom::services
