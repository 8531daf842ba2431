#include "services/ikm_report.hpp"

#include <utility>

#include "evaluation/ikm.hpp"
#include "evaluation/skm_questionnaire.hpp"
#include "services/report_parts.hpp"

namespace bangkom::services {

using domain::Lang;
using formats::Cell;
using formats::NumberCell;
using formats::PdfAlign;
using formats::PdfDocument;
using formats::PdfFacts;
using formats::PdfParagraph;
using formats::PdfTable;
using formats::TextCell;
using report_parts::Dash;
using report_parts::Dec;
using report_parts::T;

namespace {

constexpr double kWeight = 1.0 / 9.0;

std::string PeriodText(const UnitIkmReport& u, Lang lang) {
    const char* code = lang == Lang::en ? "en" : "id";
    if (u.from && u.to) return u.from->ToLong(code) + T(lang, " s.d. ", " to ") + u.to->ToLong(code);
    if (u.from) return T(lang, "sejak ", "from ") + u.from->ToLong(code);
    if (u.to) return T(lang, "sampai ", "until ") + u.to->ToLong(code);
    return T(lang, "seluruh jawaban yang tercatat", "every answer recorded");
}

std::string Quality(const evaluation::Ikm& ikm, Lang lang) {
    if (!ikm.complete) return ikm.respondents > 0 ? T(lang, "belum lengkap", "incomplete") : Dash();
    return std::string(1, ikm.grade) + " (" + ikm.label + ")";
}

/// 5000 → "5.000" (Indonesian) or "5,000" (English).
std::string Grouped(int64_t n, Lang lang) {
    std::string digits = std::to_string(n);
    const char separator = lang == Lang::en ? ',' : '.';
    for (int i = static_cast<int>(digits.size()) - 3; i > 0; i -= 3) {
        digits.insert(static_cast<size_t>(i), 1, separator);
    }
    return digits;
}

std::string SampleText(const SampleAdequacy& s, int respondents, Lang lang) {
    return T(lang, "minimal ", "at least ") + Grouped(s.required, lang) +
           T(lang, " responden untuk ", " respondents for ") + Grouped(s.served, lang) +
           T(lang, " orang dilayani (Krejcie–Morgan); terkumpul ", " people served (Krejcie–Morgan); collected ") +
           Grouped(respondents, lang) + " — " +
           (s.adequate ? T(lang, "memadai", "adequate") : T(lang, "belum memadai", "not yet adequate"));
}

}  // namespace

SampleAdequacy SampleOf(int64_t served, int respondents) {
    const int required = evaluation::KrejcieMorgan(served);
    return SampleAdequacy{served, required, respondents >= required};
}

formats::PdfDocument IkmReportPdf(const IkmReportInput& input, const ReportContext& c) {
    const Lang lang = c.lang;
    const auto& u = input.unit;
    const auto& ikm = u.ikm;
    PdfDocument doc;
    doc.lang = lang;
    doc.title = T(lang, "Laporan SKM ", "SKM Report ") + u.unit;
    doc.author = c.document.government;
    doc.footer = report_parts::Footer(
        c, T(lang, "Laporan Survei Kepuasan Masyarakat · ", "Public Satisfaction Survey Report · ") + u.unit);
    report_parts::Heading(doc, c,
                          T(lang, "LAPORAN HASIL SURVEI KEPUASAN MASYARAKAT", "PUBLIC SATISFACTION SURVEY REPORT"),
                          u.name.empty() ? u.unit : u.name);

    PdfFacts facts;
    facts.label_width = 0.3;
    facts.items.emplace_back(T(lang, "Unit layanan", "Service unit"), u.unit + (u.name.empty() ? "" : " — " + u.name));
    facts.items.emplace_back(T(lang, "Perangkat daerah", "Agency"),
                             input.agency_name.empty() ? u.agency : input.agency_name);
    facts.items.emplace_back(T(lang, "Periode", "Period"), PeriodText(u, lang));
    facts.items.emplace_back(T(lang, "Jumlah responden", "Respondents"), std::to_string(ikm.respondents));
    facts.items.emplace_back(T(lang, "Nilai IKM (1–4)", "IKM (1–4)"), ikm.complete ? Dec(ikm.ikm, 3, lang) : Dash());
    facts.items.emplace_back(T(lang, "Nilai konversi IKM", "Converted IKM"),
                             ikm.complete ? Dec(ikm.index, 2, lang) : Dash());
    facts.items.emplace_back(T(lang, "Mutu pelayanan", "Service quality"), Quality(ikm, lang));
    if (input.served) {
        facts.items.emplace_back(T(lang, "Kecukupan sampel", "Sample size"),
                                 SampleText(SampleOf(*input.served, ikm.respondents), ikm.respondents, lang));
    }
    doc.blocks.push_back(std::move(facts));
    if (!ikm.complete && ikm.respondents > 0) {
        doc.blocks.push_back(
            PdfParagraph{T(lang, "Belum setiap unsur mendapat jawaban, sehingga IKM belum dapat dihitung.",
                           "Not every element has an answer yet, so the IKM cannot be computed."),
                         10, true, PdfAlign::left, 10});
    }

    doc.blocks.push_back(PdfParagraph{T(lang, "A. Nilai per Unsur Pelayanan", "A. Value per Service Element"), 11, true,
                                      PdfAlign::left, 4, true});
    PdfTable elements;
    elements.columns = {{T(lang, "Unsur", "Element"), 0.6},
                        {T(lang, "Nama unsur", "Element name"), 3.2},
                        {T(lang, "Dijawab", "Answered"), 0.9, PdfAlign::right},
                        {"NRR", 0.9, PdfAlign::right},
                        {T(lang, "NRR tertimbang", "Weighted NRR"), 1.2, PdfAlign::right}};
    double weighted_sum = 0;
    const auto& list = evaluation::SkmElements();
    for (size_t i = 0; i < list.size(); ++i) {
        const bool answered = ikm.answered[i] > 0;
        weighted_sum += ikm.nrr[i] * kWeight;
        elements.rows.push_back({"U" + std::to_string(i + 1), std::string(list[i].name.In(lang)),
                                 std::to_string(ikm.answered[i]), answered ? Dec(ikm.nrr[i], 3, lang) : Dash(),
                                 answered ? Dec(ikm.nrr[i] * kWeight, 3, lang) : Dash()});
    }
    elements.rows.push_back({"", T(lang, "IKM (jumlah NRR tertimbang)", "IKM (sum of weighted NRR)"), "", "",
                             ikm.complete ? Dec(weighted_sum, 3, lang) : Dash()});
    elements.bold_last_rows = 1;
    doc.blocks.push_back(std::move(elements));

    if (!input.quarters.empty()) {
        doc.blocks.push_back(
            PdfParagraph{T(lang, "B. Tren per Triwulan", "B. Trend per Quarter"), 11, true, PdfAlign::left, 4, true});
        PdfTable trend;
        trend.columns = {{T(lang, "Triwulan", "Quarter"), 1.2},
                         {T(lang, "Responden", "Respondents"), 1, PdfAlign::right},
                         {T(lang, "IKM konversi", "Converted IKM"), 1.2, PdfAlign::right},
                         {T(lang, "Mutu", "Quality"), 2}};
        for (const auto& q : input.quarters) {
            trend.rows.push_back({std::to_string(q.year) + "-Q" + std::to_string(q.quarter),
                                  std::to_string(q.ikm.respondents),
                                  q.ikm.complete ? Dec(q.ikm.index, 2, lang) : Dash(), Quality(q.ikm, lang)});
        }
        doc.blocks.push_back(std::move(trend));
    }

    doc.blocks.push_back(PdfParagraph{
        T(lang,
          "Metode (Permenpan RB Nomor 14 Tahun 2017): NRR tiap unsur = rata-rata jawaban 1–4 responden yang menjawab "
          "unsur itu; IKM = Σ (NRR × 1/9); nilai konversi = IKM × 25. Mutu: A (Sangat Baik) 88,31–100; B (Baik) "
          "76,61–88,30; C (Kurang Baik) 65,00–76,60; D (Tidak Baik) di bawahnya. Jumlah sampel minimum menurut tabel "
          "Krejcie dan Morgan (α = 0,05).",
          "Method (Permenpan RB Regulation 14/2017): each element's NRR = mean of the 1–4 answers of the respondents "
          "who answered it; IKM = Σ (NRR × 1/9); converted value = IKM × 25. Quality: A (Very Good) 88.31–100; B "
          "(Good) 76.61–88.30; C (Fair) 65.00–76.60; D (Poor) below. Minimum sample after Krejcie and Morgan "
          "(α = 0.05)."),
        8, false, PdfAlign::left, 8});
    return doc;
}

std::vector<formats::Sheet> IkmReportSheets(const IkmReportInput& input, Lang lang) {
    const auto& u = input.unit;
    const auto& ikm = u.ikm;
    const auto number_or_empty = [](bool present, double value) { return present ? NumberCell(value) : Cell{}; };

    formats::Sheet summary;
    summary.name = T(lang, "Ringkasan", "Summary");
    summary.header = {T(lang, "Keterangan", "Item"), T(lang, "Nilai", "Value")};
    summary.column_widths = {28, 40};
    const auto row = [&](const char* id, const char* en, Cell value) {
        summary.rows.push_back({TextCell(T(lang, id, en)), std::move(value)});
    };
    row("Unit layanan", "Service unit", TextCell(u.unit));
    row("Nama unit", "Unit name", TextCell(u.name));
    row("Perangkat daerah", "Agency", TextCell(input.agency_name.empty() ? u.agency : input.agency_name));
    row("Dari", "From", u.from ? TextCell(u.from->ToIso()) : Cell{});
    row("Sampai", "To", u.to ? TextCell(u.to->ToIso()) : Cell{});
    row("Responden", "Respondents", NumberCell(ikm.respondents));
    row("IKM (1–4)", "IKM (1–4)", number_or_empty(ikm.complete, ikm.ikm));
    row("IKM konversi", "Converted IKM", number_or_empty(ikm.complete, ikm.index));
    row("Mutu", "Grade", ikm.complete ? TextCell(std::string(1, ikm.grade)) : Cell{});
    row("Kinerja unit", "Performance", ikm.complete ? TextCell(ikm.label) : Cell{});
    if (input.served) {
        const auto s = SampleOf(*input.served, ikm.respondents);
        row("Jumlah dilayani", "People served", NumberCell(static_cast<double>(s.served)));
        row("Sampel minimum (Krejcie–Morgan)", "Minimum sample (Krejcie–Morgan)", NumberCell(s.required));
        row("Sampel memadai", "Sample adequate", TextCell(s.adequate ? T(lang, "ya", "yes") : T(lang, "tidak", "no")));
    }

    formats::Sheet elements;
    elements.name = T(lang, "Unsur", "Elements");
    elements.header = {T(lang, "unsur", "element"), T(lang, "nama_unsur", "element_name"),
                       T(lang, "dijawab", "answered"), "nrr", T(lang, "nrr_tertimbang", "weighted_nrr")};
    elements.column_widths = {8, 44, 10, 10, 14};
    const auto& list = evaluation::SkmElements();
    for (size_t i = 0; i < list.size(); ++i) {
        const bool answered = ikm.answered[i] > 0;
        elements.rows.push_back({TextCell("U" + std::to_string(i + 1)), TextCell(list[i].name.In(lang)),
                                 NumberCell(ikm.answered[i]), number_or_empty(answered, ikm.nrr[i]),
                                 number_or_empty(answered, ikm.nrr[i] * kWeight)});
    }

    formats::Sheet trend;
    trend.name = T(lang, "Triwulan", "Quarters");
    trend.header = {T(lang, "triwulan", "quarter"),
                    T(lang, "dari", "from"),
                    T(lang, "sampai", "to"),
                    T(lang, "responden", "respondents"),
                    T(lang, "ikm_konversi", "converted_ikm"),
                    T(lang, "mutu", "grade")};
    for (const auto& q : input.quarters) {
        trend.rows.push_back({TextCell(std::to_string(q.year) + "-Q" + std::to_string(q.quarter)),
                              TextCell(q.from.ToIso()), TextCell(q.to.ToIso()), NumberCell(q.ikm.respondents),
                              number_or_empty(q.ikm.complete, q.ikm.index),
                              q.ikm.complete ? TextCell(std::string(1, q.ikm.grade)) : Cell{}});
    }
    return {std::move(summary), std::move(elements), std::move(trend)};
}

}  // namespace bangkom::services
