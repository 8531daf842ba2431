#include "services/evaluation_report.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <optional>

#include "services/report_parts.hpp"

namespace bangkom::services {

using evaluation::Verdict;
using formats::Cell;
using formats::NumberCell;
using formats::PdfAlign;
using formats::PdfColumn;
using formats::PdfDocument;
using formats::PdfFacts;
using formats::PdfParagraph;
using formats::PdfTable;
using formats::TextCell;

namespace {

using Lang = domain::Lang;
using report_parts::Dash;
using report_parts::Dec;
using report_parts::Footer;
using report_parts::Heading;
using report_parts::T;

/// A p-value: "0,017"; below 0.001 "< 0,001".
std::string P(double p, Lang lang) {
    return p < 0.001 ? "< " + Dec(0.001, 3, lang) : Dec(p, 3, lang);
}

/// "p = 0,017", or "p < 0,001".
std::string PIs(double p, Lang lang) {
    return p < 0.001 ? "p " + P(p, lang) : "p = " + P(p, lang);
}

std::string Period(const evaluation::OfferingEvaluation& e, Lang lang) {
    const char* code = lang == Lang::en ? "en" : "id";
    return e.start.ToLong(code) + T(lang, " s.d. ", " to ") + e.end.ToLong(code);
}

constexpr Verdict kVerdicts[] = {Verdict::efektif, Verdict::tidak_signifikan, Verdict::menurun, Verdict::data_kurang};

/// Whether a verdict flags the program for review (EVALUATION.md).
bool ToReview(Verdict v) {
    return v == Verdict::tidak_signifikan || v == Verdict::menurun;
}

std::string TestName(const std::string& test, Lang lang) {
    if (test == "welch") return T(lang, "uji t Welch", "Welch t-test");
    if (test == "paired_t") return T(lang, "uji t berpasangan", "paired t-test");
    if (test == "wilcoxon") return T(lang, "uji Wilcoxon bertanda", "Wilcoxon signed-rank test");
    return test;
}

std::string PrimaryText(const evaluation::OfferingEvaluation& e, Lang lang) {
    if (e.primary.level == evaluation::Level::none) return T(lang, "belum ada", "none yet");
    return std::string(evaluation::Code(e.primary.level)) + " (" + TestName(e.primary.test, lang) + ", " +
           PIs(e.primary.p, lang) + ")";
}

std::string IkmText(const evaluation::Ikm& ikm, Lang lang) {
    if (!ikm.complete) return ikm.respondents > 0 ? T(lang, "tidak lengkap", "incomplete") : Dash();
    return Dec(ikm.index, 2, lang) + " (" + std::string(1, ikm.grade) + ")";
}

const char* ReactionItemName(size_t i, Lang lang) {
    static const char* const id[] = {"Relevansi", "Materi", "Pengajar", "Metode", "Sarana", "Manfaat"};
    static const char* const en[] = {"Relevance", "Material", "Trainer", "Method", "Facilities", "Benefit"};
    return lang == Lang::en ? en[i] : id[i];
}

/// One row of the levels table: level, data, before, after, test, statistic, p, note.
using LevelRow = std::vector<std::string>;

std::vector<LevelRow> LevelRows(const evaluation::OfferingEvaluation& e, Lang lang) {
    std::vector<LevelRow> rows;
    const auto& l1 = e.l1;
    rows.push_back({"L1", std::to_string(l1.respondents) + T(lang, " responden", " respondents"), Dash(),
                    l1.computed ? Dec(l1.mean, 2, lang) : Dash(), T(lang, "tanpa uji", "no test"), Dash(), Dash(),
                    l1.computed ? Dec(100 * l1.share_high, 1, lang) + T(lang, "% menjawab 4–5", "% answered 4–5")
                                : std::string()});
    const auto& l2 = e.l2;
    std::string l2_note;
    if (l2.wilcoxon.valid) {
        l2_note = "Wilcoxon V = " + Dec(l2.wilcoxon.statistic, 1, lang) + ", " + PIs(l2.wilcoxon.p, lang);
    }
    if (l2.t.valid) l2_note += (l2_note.empty() ? "" : "; ") + std::string("d_z = ") + Dec(l2.t.d_z, 2, lang);
    if (l2.gain) l2_note += (l2_note.empty() ? "" : "; ") + std::string("gain = ") + Dec(*l2.gain, 2, lang);
    rows.push_back({"L2", std::to_string(l2.n) + T(lang, " pasangan", " pairs"),
                    l2.n > 0 ? Dec(l2.mean_pre, 2, lang) : Dash(), l2.n > 0 ? Dec(l2.mean_post, 2, lang) : Dash(),
                    TestName("paired_t", lang),
                    l2.t.valid ? "t = " + Dec(l2.t.t, 2, lang) + ", df = " + Dec(l2.t.df, 0, lang) : Dash(),
                    l2.t.valid ? P(l2.t.p, lang) : Dash(), l2_note});
    const auto& l3 = e.l3;
    rows.push_back({T(lang, "L3 umpan balik 360", "L3 360 feedback"),
                    std::to_string(l3.n) + T(lang, " pasangan", " pairs"),
                    l3.n > 0 ? Dec(l3.mean_before, 2, lang) : Dash(), l3.n > 0 ? Dec(l3.mean_after, 2, lang) : Dash(),
                    TestName("paired_t", lang),
                    l3.t.valid ? "t = " + Dec(l3.t.t, 2, lang) + ", df = " + Dec(l3.t.df, 0, lang) : Dash(),
                    l3.t.valid ? P(l3.t.p, lang) : Dash(), std::string()});
    rows.push_back({"L3 SKP", std::to_string(l3.skp_n) + T(lang, " pasangan", " pairs"),
                    l3.skp_n > 0 ? Dec(l3.skp_before, 2, lang) : Dash(),
                    l3.skp_n > 0 ? Dec(l3.skp_after, 2, lang) : Dash(), TestName("wilcoxon", lang),
                    l3.skp.valid ? "V = " + Dec(l3.skp.statistic, 1, lang) : Dash(),
                    l3.skp.valid ? P(l3.skp.p, lang) : Dash(), std::string()});
    const auto& l4 = e.l4;
    const auto nb = l4.treated.before.size(), na = l4.treated.after.size();
    std::string l4_note;
    if (l4.did_enough && l4.did.valid) {
        l4_note = T(lang, "selisih-dalam-selisih ", "difference-in-differences ") + Dec(l4.did.estimate, 2, lang) +
                  " ± " + Dec(l4.did.se, 2, lang) + " (" + PIs(l4.did.p, lang) + ")";
    }
    rows.push_back({T(lang, "L4 IKM unit peserta", "L4 IKM of the units"),
                    std::to_string(nb) + " / " + std::to_string(na) + T(lang, " responden", " respondents"),
                    nb > 0 ? Dec(l4.before, 2, lang) : Dash(), na > 0 ? Dec(l4.after, 2, lang) : Dash(),
                    TestName("welch", lang),
                    l4.welch.valid ? "t = " + Dec(l4.welch.t, 2, lang) + ", df = " + Dec(l4.welch.df, 1, lang) : Dash(),
                    l4.welch.valid ? P(l4.welch.p, lang) : Dash(), l4_note});
    return rows;
}

/// The settings the figures were computed with, in one sentence.
std::string MethodText(const evaluation::Settings& s, Lang lang) {
    return T(lang, "Uji dua sisi dengan α = ", "Two-sided tests at α = ") + Dec(s.alpha, 2, lang) +
           T(lang, "; L2 dan L3 memerlukan sedikitnya ", "; L2 and L3 need at least ") + std::to_string(s.min_pairs) +
           T(lang, " pasangan, L4 sedikitnya ", " pairs, L4 at least ") + std::to_string(s.min_responses) +
           T(lang,
             " responden SKM di setiap sisi. Hasil utama: L4 bila datanya cukup, lalu L3, lalu L2 (EVALUATION.md). "
             "Selisih-dalam-selisih mengasumsikan tren sejajar dan hanya dilaporkan.",
             " SKM respondents on each side. Primary outcome: L4 when it has enough data, else L3, else L2 "
             "(EVALUATION.md). The difference-in-differences assumes parallel trends and is reported only.");
}

}  // namespace

std::string VerdictWords(Verdict verdict, Lang lang) {
    switch (verdict) {
        case Verdict::efektif: return T(lang, "Efektif", "Effective");
        case Verdict::tidak_signifikan:
            return T(lang, "Tidak signifikan — tinjau materi dan metode",
                     "Not significant — review material and method");
        case Verdict::menurun: return T(lang, "Menurun — segera tinjau program", "Declined — review the program now");
        case Verdict::data_kurang: return T(lang, "Data kurang", "Not enough data");
    }
    return {};
}

formats::PdfDocument OfferingReportPdf(const evaluation::OfferingEvaluation& e, const evaluation::Settings& settings,
                                       const ReportContext& c) {
    const Lang lang = c.lang;
    PdfDocument doc;
    doc.lang = lang;
    doc.title = T(lang, "Laporan Evaluasi ", "Evaluation Report ") + e.offering;
    doc.author = c.document.government;
    doc.footer = Footer(
        c, T(lang, "Laporan Evaluasi Program · angkatan ", "Program Evaluation Report · offering ") + e.offering);
    Heading(doc, c, T(lang, "LAPORAN EVALUASI PROGRAM PENGEMBANGAN KOMPETENSI", "COMPETENCY PROGRAM EVALUATION REPORT"),
            e.program_name.empty() ? e.program : e.program_name);

    PdfFacts facts;
    facts.label_width = 0.26;
    facts.items.emplace_back("Program", e.program + (e.program_name.empty() ? "" : " — " + e.program_name));
    facts.items.emplace_back(T(lang, "Angkatan", "Offering"), e.offering);
    facts.items.emplace_back(T(lang, "Pelaksanaan", "Dates"), Period(e, lang));
    facts.items.emplace_back(T(lang, "Peserta", "Participants"), std::to_string(e.participants));
    facts.items.emplace_back(T(lang, "Hasil utama", "Primary outcome"), PrimaryText(e, lang));
    facts.items.emplace_back(T(lang, "Putusan", "Verdict"), VerdictWords(e.verdict, lang));
    doc.blocks.push_back(std::move(facts));
    doc.blocks.push_back(PdfParagraph{lang == Lang::en ? e.reason_en : e.reason, 11, true, PdfAlign::left, 12});

    doc.blocks.push_back(
        PdfParagraph{T(lang, "A. Ringkasan per Level", "A. Summary per Level"), 11, true, PdfAlign::left, 4, true});
    PdfTable levels;
    levels.columns = {{"Level", 1.5},
                      {T(lang, "Data", "Data"), 1.3},
                      {T(lang, "Sebelum", "Before"), 0.9, PdfAlign::right},
                      {T(lang, "Sesudah", "After"), 0.9, PdfAlign::right},
                      {T(lang, "Uji", "Test"), 1.3},
                      {T(lang, "Statistik", "Statistic"), 1.4},
                      {"p", 0.7, PdfAlign::right},
                      {T(lang, "Keterangan", "Notes"), 2.2}};
    levels.rows = LevelRows(e, lang);
    doc.blocks.push_back(std::move(levels));
    doc.blocks.push_back(PdfParagraph{
        T(lang,
          "L1: rata-rata skala 1–5. L2: nilai tes 0–100. L3: skor umpan balik 360 dan predikat SKP. "
          "L4: indeks responden SKM (25–100) di unit layanan tempat peserta bekerja.",
          "L1: mean on the 1–5 scale. L2: test scores 0–100. L3: 360 score and SKP rating. L4: SKM respondent "
          "index (25–100) in the service units where the participants work."),
        8, false, PdfAlign::left, 10});

    if (e.l1.computed) {
        doc.blocks.push_back(PdfParagraph{T(lang, "B. Reaksi Peserta per Butir", "B. Reaction per Item"), 11, true,
                                          PdfAlign::left, 4, true});
        PdfTable items;
        items.columns = {{T(lang, "Butir", "Item"), 2},
                         {T(lang, "Dijawab", "Answered"), 1, PdfAlign::right},
                         {T(lang, "Rata-rata (1–5)", "Mean (1–5)"), 1, PdfAlign::right},
                         {T(lang, "Menjawab 4–5", "Answered 4–5"), 1, PdfAlign::right},
                         {T(lang, "Catatan", "Note"), 2}};
        for (size_t i = 0; i < e.l1.items.size(); ++i) {
            const auto& item = e.l1.items[i];
            items.rows.push_back({ReactionItemName(i, lang), std::to_string(item.answered),
                                  item.answered > 0 ? Dec(item.mean, 2, lang) : Dash(),
                                  item.answered > 0 ? Dec(100 * item.share_high, 1, lang) + "%" : Dash(),
                                  item.flagged ? T(lang, "perlu perhatian (di bawah ", "needs attention (below ") +
                                                     Dec(settings.reaction_flag_below, 1, lang) + ")"
                                               : std::string()});
        }
        doc.blocks.push_back(std::move(items));
    }

    if (!e.l4.units.empty()) {
        doc.blocks.push_back(PdfParagraph{T(lang, "C. IKM Unit Layanan Peserta", "C. IKM of the Participants' Units"),
                                          11, true, PdfAlign::left, 4, true});
        PdfTable units;
        units.columns = {{T(lang, "Unit layanan", "Service unit"), 3},
                         {T(lang, "Responden sebelum", "Respondents before"), 1, PdfAlign::right},
                         {T(lang, "IKM sebelum", "IKM before"), 1, PdfAlign::right},
                         {T(lang, "Responden sesudah", "Respondents after"), 1, PdfAlign::right},
                         {T(lang, "IKM sesudah", "IKM after"), 1, PdfAlign::right}};
        for (const auto& u : e.l4.units) {
            units.rows.push_back({u.code + (u.name.empty() ? "" : " " + u.name), std::to_string(u.before.respondents),
                                  IkmText(u.before, lang), std::to_string(u.after.respondents),
                                  IkmText(u.after, lang)});
        }
        doc.blocks.push_back(std::move(units));
    }

    if (!e.missing.empty()) {
        doc.blocks.push_back(
            PdfParagraph{T(lang, "Data yang masih kurang", "Data still missing"), 11, true, PdfAlign::left, 4, true});
        std::string list;
        for (const auto& m : e.missing) {
            list += "• " + std::string(evaluation::Code(m.level)) + ": " + (lang == Lang::en ? m.en : m.id) + "\n";
        }
        list.pop_back();
        doc.blocks.push_back(PdfParagraph{list, 9, false, PdfAlign::left, 10});
    }

    const auto w = evaluation::WindowsOf(e.start, e.end, settings);
    const char* code = lang == Lang::en ? "en" : "id";
    const auto span = [&](domain::Date from, domain::Date to) {
        return from.ToLong(code) + T(lang, " s.d. ", " to ") + to.ToLong(code);
    };
    PdfFacts windows;
    windows.size = 9;
    windows.label_width = 0.3;
    windows.items.emplace_back(T(lang, "SKM sebelum", "SKM before"), span(w.skm_before_from, w.skm_before_to));
    windows.items.emplace_back(T(lang, "SKM sesudah", "SKM after"), span(w.skm_after_from, w.skm_after_to));
    windows.items.emplace_back(T(lang, "Umpan balik 360 sebelum", "360 feedback before"),
                               span(w.feedback_before_from, w.feedback_before_to));
    windows.items.emplace_back(T(lang, "Umpan balik 360 sesudah", "360 feedback after"),
                               span(w.feedback_after_from, w.feedback_after_to));
    windows.items.emplace_back("SKP", std::to_string(w.skp_year_before) + " → " + std::to_string(w.skp_year_after));
    doc.blocks.push_back(PdfParagraph{T(lang, "Jendela waktu dan metode", "Time windows and method"), 11, true,
                                      PdfAlign::left, 4, true});
    doc.blocks.push_back(std::move(windows));
    doc.blocks.push_back(PdfParagraph{MethodText(settings, lang), 9, false, PdfAlign::left, 4});
    return doc;
}

std::vector<formats::Sheet> OfferingReportSheets(const evaluation::OfferingEvaluation& e, Lang lang) {
    formats::Sheet levels;
    levels.name = "Level";
    levels.header = {"level",
                     T(lang, "data", "data"),
                     T(lang, "sebelum", "before"),
                     T(lang, "sesudah", "after"),
                     T(lang, "uji", "test"),
                     T(lang, "statistik", "statistic"),
                     "p",
                     T(lang, "keterangan", "notes")};
    levels.column_widths = {22, 18, 10, 10, 24, 22, 10, 44};
    for (auto& row : LevelRows(e, lang)) {
        std::vector<Cell> cells;
        cells.reserve(row.size());
        for (auto& text : row) cells.push_back(TextCell(text == Dash() ? std::string() : text));
        levels.rows.push_back(std::move(cells));
    }
    // Numbers as numbers where a spreadsheet would compute with them: before, after, p.
    const std::optional<double> before[] = {std::nullopt, e.l2.n > 0 ? std::optional(e.l2.mean_pre) : std::nullopt,
                                            e.l3.n > 0 ? std::optional(e.l3.mean_before) : std::nullopt,
                                            e.l3.skp_n > 0 ? std::optional(e.l3.skp_before) : std::nullopt,
                                            !e.l4.treated.before.empty() ? std::optional(e.l4.before) : std::nullopt};
    const std::optional<double> after[] = {e.l1.computed ? std::optional(e.l1.mean) : std::nullopt,
                                           e.l2.n > 0 ? std::optional(e.l2.mean_post) : std::nullopt,
                                           e.l3.n > 0 ? std::optional(e.l3.mean_after) : std::nullopt,
                                           e.l3.skp_n > 0 ? std::optional(e.l3.skp_after) : std::nullopt,
                                           !e.l4.treated.after.empty() ? std::optional(e.l4.after) : std::nullopt};
    const std::optional<double> p[] = {std::nullopt, e.l2.t.valid ? std::optional(e.l2.t.p) : std::nullopt,
                                       e.l3.t.valid ? std::optional(e.l3.t.p) : std::nullopt,
                                       e.l3.skp.valid ? std::optional(e.l3.skp.p) : std::nullopt,
                                       e.l4.welch.valid ? std::optional(e.l4.welch.p) : std::nullopt};
    for (size_t i = 0; i < levels.rows.size(); ++i) {
        levels.rows[i][2] = before[i] ? NumberCell(*before[i]) : Cell{};
        levels.rows[i][3] = after[i] ? NumberCell(*after[i]) : Cell{};
        levels.rows[i][6] = p[i] ? NumberCell(*p[i]) : Cell{};
    }
    levels.rows.push_back({TextCell(T(lang, "putusan", "verdict")),
                           TextCell(VerdictWords(e.verdict, lang)),
                           {},
                           {},
                           TextCell(PrimaryText(e, lang)),
                           {},
                           {},
                           TextCell(lang == Lang::en ? e.reason_en : e.reason)});

    formats::Sheet items;
    items.name = T(lang, "Reaksi", "Reaction");
    items.header = {T(lang, "butir", "item"), T(lang, "dijawab", "answered"), T(lang, "rata_rata", "mean"),
                    T(lang, "persen_4_5", "percent_4_5"), T(lang, "perlu_perhatian", "needs_attention")};
    items.column_widths = {16, 10, 10, 12, 16};
    for (size_t i = 0; i < e.l1.items.size(); ++i) {
        const auto& item = e.l1.items[i];
        items.rows.push_back({TextCell(ReactionItemName(i, lang)), NumberCell(item.answered),
                              item.answered > 0 ? NumberCell(item.mean) : Cell{},
                              item.answered > 0 ? NumberCell(100 * item.share_high) : Cell{},
                              TextCell(item.flagged ? T(lang, "ya", "yes") : T(lang, "tidak", "no"))});
    }

    formats::Sheet units;
    units.name = T(lang, "Unit layanan", "Service units");
    units.header = {"kode_unit",
                    T(lang, "nama_unit", "unit_name"),
                    T(lang, "responden_sebelum", "respondents_before"),
                    T(lang, "ikm_sebelum", "ikm_before"),
                    T(lang, "responden_sesudah", "respondents_after"),
                    T(lang, "ikm_sesudah", "ikm_after")};
    units.column_widths = {18, 40, 12, 12, 12, 12};
    for (const auto& u : e.l4.units) {
        units.rows.push_back({TextCell(u.code), TextCell(u.name), NumberCell(u.before.respondents),
                              u.before.complete ? NumberCell(u.before.index) : Cell{}, NumberCell(u.after.respondents),
                              u.after.complete ? NumberCell(u.after.index) : Cell{}});
    }
    return {std::move(levels), std::move(items), std::move(units)};
}

formats::PdfDocument YearReportPdf(const evaluation::YearEvaluation& y, const evaluation::Settings& settings,
                                   const ReportContext& c, bool only_review) {
    const Lang lang = c.lang;
    PdfDocument doc;
    doc.lang = lang;
    doc.landscape = true;
    const std::string year = std::to_string(y.year);
    doc.title = T(lang, "Evaluasi Program ", "Program Evaluation ") + year;
    doc.author = c.document.government;
    doc.footer =
        Footer(c, T(lang, "Evaluasi Program Pengembangan Kompetensi ", "Competency Program Evaluation ") + year);
    Heading(doc, c, T(lang, "EVALUASI PROGRAM PENGEMBANGAN KOMPETENSI", "COMPETENCY PROGRAM EVALUATION"),
            T(lang, "ANGKATAN YANG DIMULAI TAHUN ", "OFFERINGS STARTING IN ") + year);

    PdfFacts counts;
    counts.label_width = 0.3;
    for (Verdict v : kVerdicts) {
        counts.items.emplace_back(VerdictWords(v, lang), std::to_string(y.counts[static_cast<size_t>(v)]) +
                                                             T(lang, " angkatan", " offerings"));
    }
    doc.blocks.push_back(std::move(counts));

    // The programs to review first (declined, then not significant), then the rest, each by p.
    std::vector<size_t> index;
    for (size_t i = 0; i < y.offerings.size(); ++i) {
        if (!only_review || ToReview(y.offerings[i].verdict)) index.push_back(i);
    }
    const auto rank = [](Verdict v) {
        switch (v) {
            case Verdict::menurun: return 0;
            case Verdict::tidak_signifikan: return 1;
            case Verdict::efektif: return 2;
            case Verdict::data_kurang: return 3;
        }
        return 4;
    };
    std::stable_sort(index.begin(), index.end(), [&](size_t a, size_t b) {
        const auto& ea = y.offerings[a];
        const auto& eb = y.offerings[b];
        if (rank(ea.verdict) != rank(eb.verdict)) return rank(ea.verdict) < rank(eb.verdict);
        return ea.offering < eb.offering;
    });

    doc.blocks.push_back(PdfParagraph{only_review ? T(lang, "Program yang perlu ditinjau", "Programs to review")
                                                  : T(lang, "Semua angkatan", "Every offering"),
                                      11, true, PdfAlign::left, 4, true});
    PdfTable table;
    table.columns = {{T(lang, "No", "No"), 0.35, PdfAlign::right},
                     {T(lang, "Angkatan / Program", "Offering / Program"), 2.8},
                     {T(lang, "Pelaksanaan", "Dates"), 1.55},
                     {T(lang, "Peserta", "People"), 0.75, PdfAlign::right},
                     {T(lang, "Hasil utama", "Primary"), 0.6},
                     {T(lang, "Sebelum → sesudah", "Before → after"), 1.2},
                     {"p", 0.6, PdfAlign::right},
                     {"q (BH)", 0.6, PdfAlign::right},
                     {T(lang, "Putusan", "Verdict"), 1.5},
                     {T(lang, "Alasan", "Reason"), 3.6}};
    int number = 0;
    for (size_t i : index) {
        const auto& e = y.offerings[i];
        const bool primary = e.primary.level != evaluation::Level::none;
        table.rows.push_back({std::to_string(++number),
                              e.offering + "\n" + (e.program_name.empty() ? e.program : e.program_name),
                              Period(e, lang), std::to_string(e.participants),
                              primary ? std::string(evaluation::Code(e.primary.level)) : Dash(),
                              primary ? Dec(e.primary.before, 2, lang) + " → " + Dec(e.primary.after, 2, lang) : Dash(),
                              primary ? P(e.primary.p, lang) : Dash(), y.q[i] ? P(*y.q[i], lang) : Dash(),
                              VerdictWords(e.verdict, lang), lang == Lang::en ? e.reason_en : e.reason});
    }
    if (table.rows.empty()) {
        doc.blocks.push_back(PdfParagraph{
            only_review ? T(lang, "Tidak ada program yang perlu ditinjau.", "No program needs review.")
                        : T(lang, "Tidak ada angkatan yang dimulai tahun ini.", "No offering starts in this year."),
            10, false, PdfAlign::left, 10});
    } else {
        doc.blocks.push_back(std::move(table));
    }
    doc.blocks.push_back(PdfParagraph{
        MethodText(settings, lang) +
            T(lang, " Nilai q: koreksi Benjamini–Hochberg atas semua angkatan tahun ini yang memiliki hasil utama.",
              " q-values: Benjamini–Hochberg over every offering of the year with a primary outcome."),
        8, false, PdfAlign::left, 4});
    return doc;
}

std::vector<formats::Sheet> YearReportSheets(const evaluation::YearEvaluation& y, Lang lang, bool only_review) {
    formats::Sheet list;
    list.name = T(lang, "Evaluasi ", "Evaluation ") + std::to_string(y.year);
    list.header = {"kode_angkatan",
                   "kode_program",
                   T(lang, "nama_program", "program_name"),
                   T(lang, "mulai", "start"),
                   T(lang, "selesai", "end"),
                   T(lang, "peserta", "participants"),
                   T(lang, "l1_responden", "l1_respondents"),
                   T(lang, "l1_rata_rata", "l1_mean"),
                   T(lang, "l2_pasangan", "l2_pairs"),
                   T(lang, "l2_tes_awal", "l2_pre"),
                   T(lang, "l2_tes_akhir", "l2_post"),
                   "l2_p",
                   T(lang, "l3_pasangan_360", "l3_360_pairs"),
                   T(lang, "l3_360_sebelum", "l3_360_before"),
                   T(lang, "l3_360_sesudah", "l3_360_after"),
                   "l3_360_p",
                   T(lang, "l4_responden_sebelum", "l4_respondents_before"),
                   T(lang, "l4_responden_sesudah", "l4_respondents_after"),
                   T(lang, "l4_sebelum", "l4_before"),
                   T(lang, "l4_sesudah", "l4_after"),
                   "l4_p",
                   T(lang, "hasil_utama", "primary"),
                   T(lang, "uji", "test"),
                   "p",
                   "q_bh",
                   T(lang, "putusan", "verdict"),
                   T(lang, "alasan", "reason")};
    list.column_widths = {22, 14, 40, 12, 12, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 9, 10, 18, 9, 9, 18, 70};
    const auto num_if = [](bool present, double value) { return present ? NumberCell(value) : Cell{}; };
    for (size_t i = 0; i < y.offerings.size(); ++i) {
        const auto& e = y.offerings[i];
        if (only_review && !ToReview(e.verdict)) continue;
        const bool primary = e.primary.level != evaluation::Level::none;
        const auto nb = e.l4.treated.before.size(), na = e.l4.treated.after.size();
        list.rows.push_back({TextCell(e.offering),
                             TextCell(e.program),
                             TextCell(e.program_name),
                             TextCell(e.start.ToIso()),
                             TextCell(e.end.ToIso()),
                             NumberCell(e.participants),
                             NumberCell(e.l1.respondents),
                             num_if(e.l1.computed, e.l1.mean),
                             NumberCell(e.l2.n),
                             num_if(e.l2.n > 0, e.l2.mean_pre),
                             num_if(e.l2.n > 0, e.l2.mean_post),
                             num_if(e.l2.t.valid, e.l2.t.p),
                             NumberCell(e.l3.n),
                             num_if(e.l3.n > 0, e.l3.mean_before),
                             num_if(e.l3.n > 0, e.l3.mean_after),
                             num_if(e.l3.t.valid, e.l3.t.p),
                             NumberCell(static_cast<double>(nb)),
                             NumberCell(static_cast<double>(na)),
                             num_if(nb > 0, e.l4.before),
                             num_if(na > 0, e.l4.after),
                             num_if(e.l4.welch.valid, e.l4.welch.p),
                             TextCell(evaluation::Code(e.primary.level)),
                             TextCell(primary ? e.primary.test : std::string()),
                             num_if(primary, e.primary.p),
                             y.q[i] ? NumberCell(*y.q[i]) : Cell{},
                             TextCell(evaluation::Code(e.verdict)),
                             TextCell(lang == Lang::en ? e.reason_en : e.reason)});
    }
    formats::Sheet counts;
    counts.name = T(lang, "Ringkasan", "Summary");
    counts.header = {T(lang, "putusan", "verdict"), T(lang, "keterangan", "meaning"), T(lang, "angkatan", "offerings")};
    counts.column_widths = {20, 50, 12};
    for (Verdict v : kVerdicts) {
        counts.rows.push_back({TextCell(evaluation::Code(v)), TextCell(VerdictWords(v, lang)),
                               NumberCell(y.counts[static_cast<size_t>(v)])});
    }
    return {std::move(list), std::move(counts)};
}

}  // namespace bangkom::services
