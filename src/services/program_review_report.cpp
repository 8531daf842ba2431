// The programs to review as PDF and XLSX (program_review_report.hpp).

#include "services/program_review_report.hpp"

#include "services/report_parts.hpp"

namespace bangkom::services {

using domain::Lang;
using formats::PdfAlign;
using formats::PdfDocument;
using formats::PdfParagraph;
using formats::PdfTable;
using report_parts::Dash;
using report_parts::Dec;
using report_parts::Footer;
using report_parts::Heading;
using report_parts::T;

namespace {

std::string AspectWords(const std::string& aspect, Lang lang) {
    if (aspect == "materi") return T(lang, "Materi", "Material");
    if (aspect == "metode") return T(lang, "Metode", "Method");
    return T(lang, "Materi dan metode", "Material and method");
}

std::string StateWords(const ReviewedProgram& p, Lang lang) {
    return p.revision ? T(lang, "Sudah direvisi", "Revised") : T(lang, "Ditandai", "Flagged");
}

std::string Reason(const ReviewedProgram& p, Lang lang) {
    return lang == Lang::en && !p.offering.reason_en.empty() ? p.offering.reason_en : p.offering.reason;
}

std::string Recorder(const storage::ProgramRevision& r, const std::map<int64_t, std::string>& recorders) {
    const auto it = recorders.find(r.recorded_by);
    return it == recorders.end() ? "" : it->second;
}

std::string LongDate(const std::string& iso, Lang lang) {
    const auto d = domain::Date::ParseIso(iso);
    return d ? d->ToLong(lang == Lang::en ? "en" : "id") : iso;
}

}  // namespace

formats::PdfDocument ProgramReviewPdf(const ProgramReviewList& list, const std::map<int64_t, std::string>& recorders,
                                      const ReportContext& c) {
    const Lang lang = c.lang;
    PdfDocument doc;
    doc.lang = lang;
    doc.landscape = true;
    const std::string year = std::to_string(list.year);
    const std::string evaluated = std::to_string(list.evaluated_year);
    doc.title = T(lang, "Program yang Perlu Ditinjau ", "Programs to Review ") + year;
    doc.author = c.document.government;
    doc.footer = Footer(c, T(lang, "Program yang Perlu Ditinjau — rencana ", "Programs to Review — plan ") + year);
    Heading(doc, c, T(lang, "PROGRAM PENGEMBANGAN KOMPETENSI YANG PERLU DITINJAU", "COMPETENCY PROGRAMS TO REVIEW"),
            T(lang, "HASIL EVALUASI ANGKATAN TAHUN ", "EVALUATION OF THE OFFERINGS OF ") + evaluated +
                T(lang, " UNTUK RENCANA TAHUN ", " FOR THE PLAN OF ") + year);

    int flagged = 0;
    for (const auto& p : list.programs) flagged += p.revision ? 0 : 1;
    doc.blocks.push_back(PdfParagraph{
        T(lang, "Program yang angkatan terakhirnya pada tahun ", "Programs whose latest offering of ") + evaluated +
            T(lang,
              " dinilai tidak signifikan atau menurun. Selama materi dan metodenya belum direvisi, perkiraan kenaikan "
              "kompetensinya dalam rencana tahun ",
              " was evaluated not significant or declining. Until their material and method are revised, the plan "
              "of ") +
            year + T(lang, " dikalikan ", " multiplies their competency raise estimate by ") +
            Dec(list.factor, 2, lang) + T(lang, ". Ditandai: ", ". Flagged: ") + std::to_string(flagged) +
            T(lang, " program; sudah direvisi: ", " programs; revised: ") +
            std::to_string(static_cast<int>(list.programs.size()) - flagged) + ".",
        9.5, false, PdfAlign::left, 8});

    if (list.programs.empty()) {
        doc.blocks.push_back(PdfParagraph{T(lang, "Tidak ada program yang perlu ditinjau.", "No program needs review."),
                                          10, false, PdfAlign::left, 10});
        return doc;
    }
    PdfTable table;
    table.columns = {{T(lang, "No", "No"), 0.35, PdfAlign::right},
                     {T(lang, "Program / Penyelenggara", "Program / Provider"), 2.6},
                     {T(lang, "Angkatan penentu", "Deciding offering"), 2.0},
                     {T(lang, "Putusan", "Verdict"), 1.2},
                     {T(lang, "Alasan", "Reason"), 3.4},
                     {T(lang, "Status", "State"), 1.1},
                     {T(lang, "Revisi", "Revision"), 3.0}};
    int number = 0;
    for (const auto& p : list.programs) {
        const auto& o = p.offering;
        std::string revision = Dash();
        if (p.revision) {
            const std::string who = Recorder(*p.revision, recorders);
            revision = LongDate(p.revision->date, lang) + " · " + AspectWords(p.revision->aspect, lang) +
                       (who.empty() ? "" : " · " + who) + "\n" + p.revision->summary;
        }
        table.rows.push_back({std::to_string(++number),
                              p.program.code + "\n" + p.program.name + "\n" + p.program.institution,
                              o.offering + "\n" + LongDate(o.start.ToIso(), lang) + T(lang, " s.d. ", " to ") +
                                  LongDate(o.end.ToIso(), lang),
                              VerdictWords(o.verdict, lang), Reason(p, lang), StateWords(p, lang), revision});
    }
    doc.blocks.push_back(std::move(table));
    doc.blocks.push_back(PdfParagraph{
        T(lang,
          "Revisi mencabut tanda bila bertanggal sama dengan atau setelah hari terakhir angkatan penentu; angkatan "
          "berikutnya yang kembali tidak signifikan atau menurun menandai program itu lagi.",
          "A revision lifts the flag when dated on or after the deciding offering's last day; a later offering "
          "evaluated not significant or declining again flags the program again."),
        8, false, PdfAlign::left, 4});
    return doc;
}

std::vector<formats::Sheet> ProgramReviewSheets(const ProgramReviewList& list,
                                                const std::map<int64_t, std::string>& recorders, Lang lang) {
    formats::Sheet sheet;
    sheet.name = T(lang, "Perlu ditinjau", "To review");
    sheet.header = {"kode_program",
                    T(lang, "nama_program", "program_name"),
                    T(lang, "lembaga", "institution"),
                    T(lang, "angkatan_penentu", "deciding_offering"),
                    T(lang, "mulai", "start"),
                    T(lang, "selesai", "end"),
                    T(lang, "putusan", "verdict"),
                    T(lang, "alasan", "reason"),
                    T(lang, "status", "state"),
                    T(lang, "tanggal_revisi", "revision_date"),
                    T(lang, "aspek_revisi", "revision_aspect"),
                    T(lang, "ringkasan_revisi", "revision_summary"),
                    T(lang, "dicatat_oleh", "recorded_by"),
                    T(lang, "tahun_rencana", "plan_year"),
                    T(lang, "pengali", "factor")};
    sheet.column_widths = {14, 40, 28, 22, 12, 12, 18, 70, 16, 14, 18, 70, 24, 12, 9};
    using formats::NumberCell;
    using formats::TextCell;
    for (const auto& p : list.programs) {
        const auto& o = p.offering;
        const auto* r = p.revision ? &*p.revision : nullptr;
        sheet.rows.push_back(
            {TextCell(p.program.code), TextCell(p.program.name), TextCell(p.program.institution), TextCell(o.offering),
             TextCell(o.start.ToIso()), TextCell(o.end.ToIso()), TextCell(evaluation::Code(o.verdict)),
             TextCell(Reason(p, lang)), TextCell(p.revision ? "revised" : "flagged"), TextCell(r ? r->date : ""),
             TextCell(r ? r->aspect : ""), TextCell(r ? r->summary : ""), TextCell(r ? Recorder(*r, recorders) : ""),
             NumberCell(list.year), NumberCell(p.revision ? 1.0 : list.factor)});
    }
    return {sheet};
}

}  // namespace bangkom::services
