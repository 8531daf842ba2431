#include "services/attendance_sheet.hpp"

#include <algorithm>
#include <set>

#include "services/report_parts.hpp"

namespace bangkom::services {

using domain::Date;
using domain::Lang;
using formats::PdfAlign;
using formats::PdfColumn;
using formats::PdfDocument;
using formats::PdfFacts;
using formats::PdfParagraph;
using formats::PdfSignature;
using formats::PdfTable;
using report_parts::Dash;
using report_parts::T;

namespace {

/// 0 = Monday … 6 = Sunday (1970-01-01 was a Thursday).
int Weekday(const Date& d) {
    return static_cast<int>((((d.DaysSinceEpoch() + 3) % 7) + 7) % 7);
}

std::string DayTitle(const Date& d, Lang lang) {
    static const char* const kId[] = {"Sen", "Sel", "Rab", "Kam", "Jum", "Sab", "Min"};
    static const char* const kEn[] = {"Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"};
    const std::string iso = d.ToIso();  // YYYY-MM-DD
    std::string out = (lang == Lang::en ? kEn : kId)[Weekday(d)];
    out.append(" ").append(iso.substr(8, 2)).append("/").append(iso.substr(5, 2));
    return out;
}

}  // namespace

std::vector<Date> ClassDays(const domain::Offering& offering, const std::vector<std::string>& recorded) {
    std::set<Date> days;
    for (Date d = offering.start; d <= offering.end; d = d.AddDays(1)) {
        if (Weekday(d) < 5) days.insert(d);
    }
    for (const auto& text : recorded) {
        if (auto d = Date::ParseIso(text)) days.insert(*d);
    }
    return {days.begin(), days.end()};
}

PdfDocument AttendanceSheetPdf(const AttendanceSheetInput& input, const ReportContext& c) {
    const Lang lang = c.lang;
    const auto& o = input.info.offering;
    const auto& p = input.info.program;
    PdfDocument doc;
    doc.lang = lang;
    doc.landscape = true;
    doc.title = T(lang, "Daftar hadir ", "Attendance sheet ") + o.code;
    doc.author = c.document.government;
    doc.footer = report_parts::Footer(c, T(lang, "Daftar hadir · ", "Attendance sheet · ") + o.code);
    report_parts::Heading(doc, c, T(lang, "DAFTAR HADIR PESERTA", "PARTICIPANTS' ATTENDANCE SHEET"), p.name);

    PdfFacts facts;
    facts.label_width = 0.18;
    facts.items.emplace_back(T(lang, "Angkatan", "Offering"), o.code);
    facts.items.emplace_back(T(lang, "Penyelenggara", "Organiser"), p.institution);
    facts.items.emplace_back(T(lang, "Tanggal", "Dates"), o.start.ToLong(lang == Lang::en ? "en" : "id") + " – " +
                                                              o.end.ToLong(lang == Lang::en ? "en" : "id"));
    if (!o.location.empty()) facts.items.emplace_back(T(lang, "Tempat", "Venue"), o.location);
    facts.items.emplace_back(T(lang, "Jumlah peserta", "Participants"), std::to_string(input.participants.size()));
    if (!input.scope.empty()) facts.items.emplace_back(T(lang, "Perangkat daerah", "Agency"), input.scope);
    doc.blocks.push_back(std::move(facts));

    std::set<std::string> recorded(input.recorded_days.begin(), input.recorded_days.end());
    const auto days = ClassDays(o, input.recorded_days);
    // One table per run of days, so that a long class still fits the page's width.
    for (size_t first = 0; first < std::max<size_t>(days.size(), 1); first += kAttendanceSheetDaysPerTable) {
        const size_t last = std::min(days.size(), first + kAttendanceSheetDaysPerTable);
        PdfTable table;
        table.size = 8;
        table.columns = {{"No", 0.4, PdfAlign::right},
                         {T(lang, "Nama", "Name"), 2.6},
                         {"NIP", 1.8},
                         {T(lang, "OPD", "Agency"), 0.9}};
        for (size_t d = first; d < last; ++d) table.columns.push_back({DayTitle(days[d], lang), 1.1, PdfAlign::center});
        for (size_t i = 0; i < input.participants.size(); ++i) {
            const auto& v = input.participants[i];
            std::vector<std::string> row{std::to_string(i + 1), v.name.empty() ? Dash() : v.name, v.participant.nip,
                                         v.participant.agency};
            for (size_t d = first; d < last; ++d) {
                const std::string iso = days[d].ToIso();
                if (!recorded.count(iso)) {
                    row.emplace_back("\n\n");  // room to sign on the day
                    continue;
                }
                const bool here = std::find(v.present.begin(), v.present.end(), iso) != v.present.end();
                row.push_back(here ? T(lang, "Hadir", "Present") : T(lang, "Tidak hadir", "Absent"));
            }
            table.rows.push_back(std::move(row));
        }
        doc.blocks.push_back(std::move(table));
    }
    doc.blocks.push_back(
        PdfParagraph{T(lang,
                       "Kolom hari yang kosong ditandatangani peserta pada hari itu; kolom yang terisi "
                       "berasal dari daftar hadir yang sudah dicatat di Bangkom.",
                       "An empty day is signed by the participant on that day; a filled one comes "
                       "from the roll already recorded in Bangkom."),
                     8, false, PdfAlign::left, 10});
    PdfSignature signature;
    signature.lines_above = {p.institution, T(lang, "Panitia penyelenggara", "Organising committee")};
    doc.blocks.push_back(std::move(signature));
    return doc;
}

}  // namespace bangkom::services
