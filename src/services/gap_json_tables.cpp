// analysis::GapReport → tables: the CSV of `bangkom gaps --format csv` and the exports of GET /gaps/export.

#include <algorithm>
#include <array>

#include "services/gap_json.hpp"

namespace bangkom::services {
using analysis::Snapshot;
using formats::Cell;
using formats::CellType;

namespace {

constexpr std::array<std::string_view, 6> kTableCodes = {"employees",    "heatmap",  "ninebox",
                                                         "not_assessed", "agencies", "competencies"};

Cell NumberOrEmpty(bool present, double value) {
    return present ? formats::NumberCell(value) : Cell{};
}

/// The reading's code; empty when it cannot be read yet.
Cell AkpkCell(analysis::AkpkReading r) {
    return r == analysis::AkpkReading::unknown ? Cell{} : formats::TextCell(analysis::Code(r));
}

std::string AgencyName(const Snapshot& s, std::string_view code) {
    const auto id = s.FindAgency(code);
    return id ? s.agency_names[*id] : "";
}

std::string PositionName(const Snapshot& s, std::string_view code) {
    const auto id = code.empty() ? std::nullopt : s.FindPosition(code);
    return id ? s.position_names[*id] : "";
}

std::string CompetencyName(const Snapshot& s, std::string_view code) {
    const auto id = s.FindCompetency(code);
    return id ? s.competency_names[*id] : "";
}

std::string PositionOf(const Snapshot& s, std::string_view nip) {
    const auto e = s.FindEmployee(nip);
    if (!e) return "";
    const int32_t p = s.employee_position[*e];
    return p == analysis::kNone ? "" : s.position_codes[static_cast<size_t>(p)];
}

std::vector<Cell> StatsCells(const analysis::GapStats& st) {
    const auto pairs = static_cast<double>(st.assessed_pairs);
    return {formats::NumberCell(static_cast<double>(st.employees)),
            formats::NumberCell(static_cast<double>(st.employees_with_gap)),
            NumberOrEmpty(st.assessed_pairs > 0, st.gap_sum / (pairs > 0 ? pairs : 1)),
            formats::NumberCell(st.weighted_need), formats::NumberCell(static_cast<double>(st.not_assessed))};
}

formats::Sheet Employees(const analysis::GapReport& r, const Snapshot& s) {
    formats::Sheet sheet{"Pegawai",
                         {"NIP", "Nama", "Kode OPD", "Nama OPD", "Kode Jabatan", "Nama Jabatan", "Jabatan Target",
                          "JP Tahun Ini", "Kekurangan JP", "AKPK", "Kotak 9", "Jumlah Kesenjangan",
                          "Kesenjangan Target", "Belum Dinilai", "Kebutuhan Berbobot"},
                         {},
                         {}};
    for (const auto& e : r.employees) {
        int gaps = 0;
        int target_gaps = 0;
        for (const auto& g : e.gaps) {
            gaps += g.gap > 0 ? 1 : 0;
            target_gaps += g.target_gap > 0 ? 1 : 0;
        }
        sheet.rows.push_back({formats::TextCell(e.nip), formats::TextCell(e.name), formats::TextCell(e.agency),
                              formats::TextCell(AgencyName(s, e.agency)), formats::TextCell(e.position),
                              formats::TextCell(PositionName(s, e.position)), formats::TextCell(e.target_position),
                              formats::NumberCell(e.jp_earned),
                              formats::NumberCell(std::max(0, e.jp_target - e.jp_earned)), AkpkCell(e.akpk),
                              NumberOrEmpty(e.box >= 1, e.box), formats::NumberCell(gaps),
                              formats::NumberCell(target_gaps), formats::NumberCell(e.not_assessed),
                              formats::NumberCell(e.weighted_need)});
    }
    return sheet;
}

formats::Sheet Heatmap(const analysis::GapReport& r, const Snapshot& s) {
    formats::Sheet sheet{"Peta Kesenjangan",
                         {"Kode OPD", "Nama OPD", "Kode Kompetensi", "Nama Kompetensi", "Pegawai",
                          "Pegawai Berkesenjangan", "Rata-rata Kesenjangan", "Kebutuhan Berbobot", "Belum Dinilai"},
                         {},
                         {}};
    for (const auto& cell : r.matrix) {
        std::vector<Cell> row{formats::TextCell(cell.agency), formats::TextCell(AgencyName(s, cell.agency)),
                              formats::TextCell(cell.competency),
                              formats::TextCell(CompetencyName(s, cell.competency))};
        for (auto& c : StatsCells(cell.stats)) row.push_back(std::move(c));
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

formats::Sheet NineBox(const analysis::GapReport& r) {
    formats::Sheet sheet{"Kotak 9", {"Kotak", "Kinerja", "Potensi", "NIP", "Nama", "Kode OPD", "Kode Jabatan"}, {}, {}};
    for (int box = 1; box <= 9; ++box) {
        const auto [performance, potential] = BoxAxes(box);
        for (const auto& e : r.employees) {
            if (e.box != box) continue;
            sheet.rows.push_back({formats::NumberCell(box), formats::TextCell(performance),
                                  formats::TextCell(potential), formats::TextCell(e.nip), formats::TextCell(e.name),
                                  formats::TextCell(e.agency), formats::TextCell(e.position)});
        }
    }
    return sheet;
}

formats::Sheet NotAssessed(const analysis::GapReport& r, const Snapshot& s) {
    formats::Sheet sheet{"Belum Dinilai",
                         {"NIP", "Nama", "Kode OPD", "Kode Jabatan", "Kode Kompetensi", "Nama Kompetensi",
                          "Level Dibutuhkan", "Level Target"},
                         {},
                         {}};
    for (const auto& p : r.not_assessed) {
        sheet.rows.push_back({formats::TextCell(p.nip), formats::TextCell(p.name), formats::TextCell(p.agency),
                              formats::TextCell(PositionOf(s, p.nip)), formats::TextCell(p.competency),
                              formats::TextCell(CompetencyName(s, p.competency)),
                              NumberOrEmpty(p.required > 0, p.required),
                              NumberOrEmpty(p.target_required > 0, p.target_required)});
    }
    return sheet;
}

formats::Sheet Groups(const char* name, const std::vector<analysis::GroupStats>& groups, bool agencies,
                      const Snapshot& s) {
    formats::Sheet sheet{
        name,
        {"Kode", "Nama", "Pegawai", "Pegawai Berkesenjangan", "Rata-rata Kesenjangan", "Kebutuhan Berbobot",
         "Belum Dinilai", "Rata-rata Kesenjangan Target", "Memenuhi 20 JP", "Kurang dari 20 JP"},
        {},
        {}};
    for (const auto& g : groups) {
        const auto& st = g.stats;
        std::vector<Cell> row{formats::TextCell(g.key),
                              formats::TextCell(agencies ? AgencyName(s, g.key) : CompetencyName(s, g.key))};
        for (auto& c : StatsCells(st)) row.push_back(std::move(c));
        const auto pairs = static_cast<double>(st.assessed_pairs);
        row.push_back(NumberOrEmpty(st.assessed_pairs > 0, st.target_gap_sum / (pairs > 0 ? pairs : 1)));
        row.push_back(formats::NumberCell(static_cast<double>(st.jp_met)));
        row.push_back(formats::NumberCell(static_cast<double>(st.jp_subject - st.jp_met)));
        sheet.rows.push_back(std::move(row));
    }
    return sheet;
}

std::vector<Cell> CsvLine(const analysis::EmployeeGaps& e, const analysis::CompetencyGap* g) {
    std::vector<Cell> row{formats::TextCell(e.nip),
                          formats::TextCell(e.agency),
                          formats::TextCell(e.position),
                          formats::NumberCell(e.jp_earned),
                          AkpkCell(e.akpk),
                          NumberOrEmpty(e.box >= 1, e.box)};
    if (g == nullptr) {
        row.resize(row.size() + 9);
        return row;
    }
    row.push_back(formats::TextCell(g->competency));
    row.push_back(formats::NumberCell(g->required));
    row.push_back(formats::NumberCell(g->target_required));
    row.push_back(NumberOrEmpty(g->held.has_value(), g->held.value_or(0)));
    row.push_back(g->source ? formats::TextCell(domain::Code(*g->source)) : Cell{});
    row.push_back(formats::NumberCell(g->gap));
    row.push_back(formats::NumberCell(g->target_gap));
    row.push_back(formats::NumberCell(g->weight));
    row.push_back(formats::NumberCell(g->target_weight));
    return row;
}

}  // namespace

std::string GapsCsvText(const analysis::GapReport& report) {
    const std::vector<std::string> header{"nip",    "agency",     "position",   "jp_earned",       "akpk",
                                          "box",    "competency", "required",   "target_required", "held",
                                          "source", "gap",        "target_gap", "weight",          "target_weight"};
    std::vector<std::vector<Cell>> rows;
    for (const auto& e : report.employees) {
        if (e.gaps.empty()) rows.push_back(CsvLine(e, nullptr));
        for (const auto& g : e.gaps) rows.push_back(CsvLine(e, &g));
    }
    return formats::WriteCsv(header, rows);
}

std::string_view Code(GapTable table) {
    return kTableCodes[static_cast<size_t>(table)];
}

std::optional<GapTable> GapTableFromCode(std::string_view code) {
    for (size_t i = 0; i < kTableCodes.size(); ++i) {
        if (kTableCodes[i] == code) return static_cast<GapTable>(i);
    }
    return std::nullopt;
}

formats::Sheet GapTableSheet(GapTable table, const analysis::GapReport& report, const Snapshot& names) {
    switch (table) {
        case GapTable::employees: return Employees(report, names);
        case GapTable::heatmap: return Heatmap(report, names);
        case GapTable::ninebox: return NineBox(report);
        case GapTable::not_assessed: return NotAssessed(report, names);
        case GapTable::agencies: return Groups("OPD", report.by_agency, true, names);
        case GapTable::competencies: return Groups("Kompetensi", report.by_competency, false, names);
    }
    return {};
}

Result<std::string> WriteGapTable(GapTable table, const analysis::GapReport& report, const Snapshot& names,
                                  ExportFormat format) {
    formats::Sheet sheet = GapTableSheet(table, report, names);
    if (format == ExportFormat::csv) return formats::WriteCsv(sheet.header, sheet.rows);
    return formats::WriteXlsx({std::move(sheet)});
}

}  // namespace bangkom::services
