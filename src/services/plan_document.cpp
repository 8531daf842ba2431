#include "services/plan_document.hpp"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <cctype>
#include <map>
#include <set>

#include "services/plan_export_parts.hpp"
#include "services/plan_workflow.hpp"

namespace bangkom::services {

namespace json = boost::json;
using formats::PdfAlign;
using formats::PdfColumn;
using formats::PdfDocument;
using formats::PdfFacts;
using formats::PdfParagraph;
using formats::PdfSignature;
using formats::PdfSpace;
using formats::PdfTable;
using storage::PlanStatus;

namespace {

/// "Draf", "Diajukan", "Disetujui", "Dikembalikan" (the workflow's labels, capitalised for a document).
std::string StatusWord(PlanStatus status) {
    std::string word(PlanStatusLabel(status, domain::Lang::id));
    if (!word.empty()) word[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(word[0])));
    return word;
}

bool Approved(const PlanExportData& data) {
    return data.plan.status == PlanStatus::approved;
}

/// The agency the document is about, or "" for the whole province.
std::string DocumentAgency(const PlanExportData& data) {
    return data.agency_filter.empty() ? data.plan.agency : data.agency_filter;
}

std::string AgencyName(const PlanExportData& data, const std::string& code) {
    for (const auto& a : data.catalog.agencies) {
        if (a.code == code) return a.name;
    }
    return code;
}

json::value Summary(const PlanExportData& data) {
    boost::system::error_code ec;
    json::value summary = json::parse(data.plan.summary_json, ec);
    return ec || !summary.is_object() ? json::value(json::object{}) : summary;
}

void Heading(PdfDocument& doc, const PlanExportData& data, const DocumentSettings& settings) {
    const std::string agency = DocumentAgency(data);
    doc.blocks.push_back(PdfParagraph{HeadingCase(settings.government), 13, true, PdfAlign::center, 2});
    doc.blocks.push_back(
        PdfParagraph{agency.empty() ? "SELURUH PERANGKAT DAERAH" : HeadingCase(AgencyName(data, agency)), 11, true,
                     PdfAlign::center, 10});
    doc.blocks.push_back(
        PdfParagraph{"RENCANA PENGEMBANGAN KOMPETENSI APARATUR SIPIL NEGARA", 12, true, PdfAlign::center, 2});
    doc.blocks.push_back(PdfParagraph{"TAHUN " + std::to_string(data.plan.year), 12, true, PdfAlign::center,
                                      Approved(data) ? 12.0 : 2.0});
    if (!Approved(data)) {
        doc.blocks.push_back(PdfParagraph{"KONSEP — belum ditetapkan (status: " + StatusWord(data.plan.status) + ")", 9,
                                          true, PdfAlign::center, 12});
    }
}

void Facts(PdfDocument& doc, const PlanExportData& data) {
    const std::string agency = DocumentAgency(data);
    PdfFacts facts;
    facts.items.emplace_back("Perangkat Daerah",
                             agency.empty() ? "Seluruh perangkat daerah" : agency + " — " + AgencyName(data, agency));
    const int y = data.plan.year;
    facts.items.emplace_back("Periode", "1 Januari " + std::to_string(y) + " s.d. 31 Desember " + std::to_string(y));
    std::string version = std::to_string(data.plan.version) + " (" + StatusWord(data.plan.status);
    if (data.plan.status != PlanStatus::draft) version += " " + DocumentDate(data.plan.updated_at).ToLong("id");
    facts.items.emplace_back("Versi rencana", version + ")");
    facts.items.emplace_back("Dasar",
                             "PP 11/2017 tentang Manajemen PNS (diubah dengan PP 17/2020) Pasal 203–207; "
                             "Peraturan LAN 10/2018");
    if (!data.plan.comment.empty()) facts.items.emplace_back("Catatan", data.plan.comment);
    doc.blocks.push_back(std::move(facts));
}

void Totals(PdfDocument& doc, const PlanExportData& data) {
    doc.blocks.push_back(
        PdfParagraph{"A. Ringkasan Anggaran dan Sasaran per Perangkat Daerah", 10.5, true, PdfAlign::left, 4, true});
    PdfTable table;
    table.columns = {{"Kode", 0.8},
                     {"Perangkat Daerah", 3},
                     {"Pegawai", 0.8, PdfAlign::right},
                     {"Penugasan", 0.9, PdfAlign::right},
                     {"JP", 0.8, PdfAlign::right},
                     {"Anggaran Terpakai (Rp)", 1.5, PdfAlign::right},
                     {"Pagu Anggaran (Rp)", 1.5, PdfAlign::right},
                     {"Sisa Anggaran (Rp)", 1.5, PdfAlign::right}};
    table.size = 8;
    const auto row = [](const PlanAgencyTotal& t) {
        return std::vector<std::string>{t.agency,
                                        t.name,
                                        std::to_string(t.employees.size()),
                                        std::to_string(t.assignments),
                                        GroupThousands(t.jp),
                                        GroupThousands(t.used),
                                        GroupThousands(t.budget),
                                        GroupThousands(t.budget - t.used)};
    };
    const auto totals = AgencyTotals(data);
    for (const auto& t : totals) table.rows.push_back(row(t));
    table.rows.push_back(row(SumOfTotals(totals)));
    table.bold_last_rows = 1;
    doc.blocks.push_back(std::move(table));
}

/// The 20 JP figures of the summary; they are the plan's, so only when the document covers the plan's scope.
void JpFacts(PdfDocument& doc, const PlanExportData& data, const json::value& summary) {
    if (!data.agency_filter.empty() && data.agency_filter != data.plan.agency) return;
    const json::value* jp = summary.as_object().if_contains("jp");
    if (jp == nullptr || !jp->is_object()) return;
    const auto number = [&](const char* key) -> int64_t {
        const json::value* v = jp->as_object().if_contains(key);
        return v != nullptr && v->is_number() ? v->to_number<int64_t>() : 0;
    };
    PdfFacts facts;
    facts.label_width = 0.36;
    facts.items.emplace_back("Pegawai yang wajib 20 JP", GroupThousands(number("employees")));
    facts.items.emplace_back("Memenuhi 20 JP dengan rencana ini", GroupThousands(number("meeting_20")));
    facts.items.emplace_back("Belum memenuhi 20 JP", GroupThousands(number("short")) + " pegawai (kurang " +
                                                         GroupThousands(number("shortfall_jp")) + " JP seluruhnya)");
    doc.blocks.push_back(std::move(facts));
}

PdfTable LinesTableFrame() {
    PdfTable table;
    table.size = 7;
    table.columns = {
        {"No", 0.45, PdfAlign::right},       {"Sasaran Pegawai", 2.1},         {"Kompetensi yang Dikembangkan", 2.4},
        {"Bentuk dan Jalur", 1.3},           {"Program / Penyelenggara", 2.4}, {"Jadwal", 1.4},
        {"Kesesuaian Standar Kurikulum", 2}, {"JP", 0.5, PdfAlign::right},     {"Anggaran (Rp)", 1.1, PdfAlign::right}};
    return table;
}

/// Agency scope: one line per employee and offering.
void EmployeeLines(PdfDocument& doc, const PlanExportData& data) {
    PdfTable table = LinesTableFrame();
    int number = 0;
    int64_t jp = 0;
    int64_t cost = 0;
    for (const auto& row : data.rows) {
        const PlanLineText line = DescribeLine(data, row);
        table.rows.push_back({std::to_string(++number), line.employee_name + "\nNIP " + row.nip, line.competencies,
                              line.form + "\n(" + line.route + ")",
                              line.program + " / " + row.offering + "\n" + line.institution, line.schedule,
                              line.curriculum, std::to_string(row.jp), GroupThousands(row.cost)});
        jp += row.jp;
        cost += row.cost;
    }
    table.rows.push_back({"", "Jumlah", "", "", "", "", "", GroupThousands(jp), GroupThousands(cost)});
    table.bold_last_rows = 1;
    doc.blocks.push_back(std::move(table));
}

struct OfferingGroup {
    const storage::PlanAssignmentRow* first = nullptr;
    std::set<std::string> employees;
    std::set<std::string> agencies;
    std::set<std::string> competencies;
    int64_t cost = 0;
};

/// Province scope: one line per offering with its target employees counted.
void OfferingLines(PdfDocument& doc, const PlanExportData& data) {
    std::map<std::string, OfferingGroup> groups;
    for (const auto& row : data.rows) {
        auto& g = groups[row.offering];
        if (g.first == nullptr) g.first = &row;
        g.employees.insert(row.nip);
        g.agencies.insert(row.agency);
        for (const auto& c : row.closes) g.competencies.insert(c.competency);
        g.cost += row.cost;
    }
    PdfTable table = LinesTableFrame();
    int number = 0;
    int64_t cost = 0;
    for (const auto& [code, g] : groups) {
        storage::PlanAssignmentRow row = *g.first;
        row.closes.clear();  // the competencies of the whole offering, without per-person levels
        const PlanLineText line = DescribeLine(data, row);
        std::string competencies;
        for (const auto& c : g.competencies) {
            const auto name = data.competency_names.find(c);
            competencies += (competencies.empty() ? "" : "; ") + c +
                            (name != data.competency_names.end() && !name->second.empty() ? " " + name->second : "");
        }
        table.rows.push_back({std::to_string(++number),
                              std::to_string(g.employees.size()) + " pegawai dari " +
                                  std::to_string(g.agencies.size()) + " perangkat daerah",
                              competencies.empty() ? line.competencies : competencies,
                              line.form + "\n(" + line.route + ")",
                              line.program + " / " + code + "\n" + line.institution, line.schedule, line.curriculum,
                              std::to_string(row.jp), GroupThousands(g.cost)});
        cost += g.cost;
    }
    table.rows.push_back({"", "Jumlah", "", "", "", "", "", "", GroupThousands(cost)});
    table.bold_last_rows = 1;
    doc.blocks.push_back(std::move(table));
}

/// The program codes of `summary[key]`, each with its verdict in words when `with_verdict`.
std::string ProgramLines(const json::value& summary, const char* key, bool with_verdict) {
    const json::value* list = summary.as_object().if_contains(key);
    if (list == nullptr || !list->is_array()) return "";
    std::string text;
    for (const auto& f : list->as_array()) {
        if (!f.is_object()) continue;
        const auto* program = f.as_object().if_contains("program");
        const auto* verdict = f.as_object().if_contains("verdict");
        if (program == nullptr || !program->is_string()) continue;
        text += "\n• " + std::string(program->get_string());
        if (with_verdict && verdict != nullptr && verdict->is_string()) {
            text += verdict->get_string() == "menurun" ? " (hasil menurun)" : " (tidak signifikan)";
        }
    }
    return text;
}

/// C: the programs last year's evaluation flagged, and those whose revision has lifted the flag.
void Flagged(PdfDocument& doc, const json::value& summary) {
    const std::string flagged = ProgramLines(summary, "flagged_programs", true);
    const std::string revised = ProgramLines(summary, "revised_programs", false);
    if (flagged.empty() && revised.empty()) return;
    doc.blocks.push_back(PdfParagraph{"C. Program yang Perlu Ditinjau", 10.5, true, PdfAlign::left, 4, true});
    if (!flagged.empty()) {
        doc.blocks.push_back(PdfParagraph{
            "Program berikut dinilai tidak efektif pada evaluasi tahun sebelumnya; perkiraan kenaikan kompetensinya "
            "diturunkan sampai materi dan metodenya direvisi:" +
                flagged,
            9, false, PdfAlign::left, 8});
    }
    if (!revised.empty()) {
        doc.blocks.push_back(PdfParagraph{
            "Program berikut juga dinilai tidak efektif, tetapi revisi materi dan metodenya telah dicatat; perkiraan "
            "kenaikan kompetensinya dipakai penuh:" +
                revised,
            9, false, PdfAlign::left, 8});
    }
}

void Signature(PdfDocument& doc, const PlanExportData& data, const DocumentSettings& settings) {
    PdfSignature block;
    const std::string date = Approved(data) ? DocumentDate(data.plan.updated_at).ToLong("id") : std::string(24, '.');
    block.lines_above = {"Ditetapkan di " + settings.place, "pada tanggal " + date, "", "PEJABAT PEMBINA KEPEGAWAIAN,",
                         HeadingCase(settings.ppk_office) + ","};
    block.name = settings.ppk_name;
    block.id_line = settings.ppk_nip.empty() ? "" : "NIP " + settings.ppk_nip;
    doc.blocks.push_back(std::move(block));
}

}  // namespace

PdfDocument PlanPdfDocument(const PlanExportData& data, const DocumentSettings& settings, domain::Date printed) {
    PdfDocument doc;
    const std::string agency = DocumentAgency(data);
    doc.title = "Rencana Pengembangan Kompetensi ASN Tahun " + std::to_string(data.plan.year) +
                (agency.empty() ? "" : " — " + AgencyName(data, agency));
    doc.author = settings.government;
    doc.landscape = true;
    doc.footer = "Rencana Pengembangan Kompetensi ASN " + std::to_string(data.plan.year) + " · " +
                 (agency.empty() ? "seluruh perangkat daerah" : agency) + " · versi " +
                 std::to_string(data.plan.version) + " · dicetak " + printed.ToLong("id") + " dari Bangkom";
    const json::value summary = Summary(data);
    Heading(doc, data, settings);
    Facts(doc, data);
    Totals(doc, data);
    JpFacts(doc, data, summary);
    doc.blocks.push_back(
        PdfParagraph{agency.empty() ? "B. Rincian Rencana per Program dan Angkatan" : "B. Rincian Rencana per Pegawai",
                     10.5, true, PdfAlign::left, 4, true});
    if (agency.empty()) {
        OfferingLines(doc, data);
    } else {
        EmployeeLines(doc, data);
    }
    Flagged(doc, summary);
    Signature(doc, data, settings);
    return doc;
}

Result<std::string> WritePlanPdf(const PlanExportData& data, const DocumentSettings& settings, domain::Date printed) {
    return formats::RenderPdf(PlanPdfDocument(data, settings, printed));
}

}  // namespace bangkom::services
