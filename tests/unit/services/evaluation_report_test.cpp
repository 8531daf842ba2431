#include "services/evaluation_report.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace bangkom::services {
namespace {

using evaluation::Verdict;
using formats::CellType;
using formats::PdfFacts;
using formats::PdfParagraph;
using formats::PdfTable;

domain::Date D(const char* iso) {
    return domain::Date::ParseIso(iso).value();
}

/// An offering evaluated from test pairs only: L2 decides (rising pairs → efektif, falling → menurun).
evaluation::OfferingEvaluation Evaluated(const std::string& code, const std::vector<evaluation::Pair>& tests,
                                         bool reactions = false) {
    evaluation::OfferingInputs in;
    in.offering = code;
    in.program = "PR-" + code;
    in.program_name = "Pelatihan " + code;
    in.start = D("2026-03-02");
    in.end = D("2026-03-06");
    in.participants = static_cast<int>(tests.size());
    in.tests = tests;
    if (reactions) {
        in.reactions = {{5, 4, 4, 2, 3, 5}, {4, 4, 5, 3, 2, 4}};
    }
    in.today = D("2026-11-29");
    return evaluation::EvaluateOffering(in, evaluation::Settings{});
}

const std::vector<evaluation::Pair> kRising = {{50, 70}, {55, 72}, {60, 80}, {40, 65}, {45, 66}, {52, 75}};
const std::vector<evaluation::Pair> kFalling = {{70, 50}, {72, 55}, {80, 60}, {65, 40}, {66, 45}, {75, 52}};

ReportContext Context(domain::Lang lang = domain::Lang::id) {
    return ReportContext{DocumentSettings{}, D("2026-11-29"), lang};
}

template <class Block>
std::vector<const Block*> All(const formats::PdfDocument& doc) {
    std::vector<const Block*> out;
    for (const auto& b : doc.blocks) {
        if (const auto* p = std::get_if<Block>(&b)) out.push_back(p);
    }
    return out;
}

std::string Fact(const formats::PdfDocument& doc, const std::string& label) {
    for (const auto* f : All<PdfFacts>(doc)) {
        for (const auto& [l, v] : f->items) {
            if (l == label) return v;
        }
    }
    return "<none>";
}

bool HasParagraph(const formats::PdfDocument& doc, const std::string& text) {
    const auto paragraphs = All<PdfParagraph>(doc);
    return std::any_of(paragraphs.begin(), paragraphs.end(),
                       [&](const PdfParagraph* p) { return p->text.find(text) != std::string::npos; });
}

TEST(EvaluationReport, OfferingPdfSaysTheVerdictAndTheLevelsInIndonesianDecimals) {
    const auto e = Evaluated("AN1", kRising, true);
    ASSERT_EQ(e.verdict, Verdict::efektif);
    const auto doc = OfferingReportPdf(e, evaluation::Settings{}, Context());
    EXPECT_FALSE(doc.landscape);
    EXPECT_TRUE(HasParagraph(doc, "PEMERINTAH PROVINSI JAMBI"));
    EXPECT_TRUE(HasParagraph(doc, "LAPORAN EVALUASI PROGRAM PENGEMBANGAN KOMPETENSI"));
    EXPECT_EQ(Fact(doc, "Putusan"), "Efektif");
    EXPECT_EQ(Fact(doc, "Pelaksanaan"), "2 Maret 2026 s.d. 6 Maret 2026");
    EXPECT_EQ(Fact(doc, "Hasil utama").substr(0, 25), "L2 (uji t berpasangan, p ");
    EXPECT_TRUE(HasParagraph(doc, e.reason));
    const auto tables = All<PdfTable>(doc);
    ASSERT_GE(tables.size(), 2u);  // levels and reaction items (no treated units → no unit table)
    const auto& l2 = tables[0]->rows[1];
    EXPECT_EQ(l2[0], "L2");
    EXPECT_EQ(l2[1], "6 pasangan");
    EXPECT_EQ(l2[2], "50,33");
    EXPECT_EQ(l2[3], "71,33");
    EXPECT_EQ(l2[5].substr(0, 4), "t = ");
    EXPECT_EQ(tables[0]->rows[4][2], "—");  // L4 without SKM answers
    // Reaction items: "Metode" 2.5 and "Sarana" 2.5 are below 3.5 and flagged.
    const auto& items = tables[1]->rows;
    ASSERT_EQ(items.size(), 6u);
    EXPECT_EQ(items[3][0], "Metode");
    EXPECT_EQ(items[3][2], "2,50");
    EXPECT_EQ(items[3][4], "perlu perhatian (di bawah 3,5)");
    EXPECT_EQ(items[0][4], "");
    EXPECT_EQ(doc.footer, "Laporan Evaluasi Program · angkatan AN1 · dicetak 29 November 2026 dari Bangkom");
    auto pages = formats::CountPdfPages(doc);
    ASSERT_TRUE(pages);
    EXPECT_GE(*pages, 1);
}

TEST(EvaluationReport, OfferingPdfInEnglishUsesDecimalPoints) {
    const auto e = Evaluated("AN1", kRising);
    const auto doc = OfferingReportPdf(e, evaluation::Settings{}, Context(domain::Lang::en));
    EXPECT_EQ(doc.lang, domain::Lang::en);
    EXPECT_EQ(Fact(doc, "Verdict"), "Effective");
    EXPECT_EQ(Fact(doc, "Dates"), "2 March 2026 to 6 March 2026");
    EXPECT_EQ(All<PdfTable>(doc)[0]->rows[1][2], "50.33");
    EXPECT_TRUE(HasParagraph(doc, e.reason_en));
}

TEST(EvaluationReport, OfferingWithoutDataListsWhatIsMissing) {
    const auto e = Evaluated("AN0", {});
    ASSERT_EQ(e.verdict, Verdict::data_kurang);
    const auto doc = OfferingReportPdf(e, evaluation::Settings{}, Context());
    EXPECT_EQ(Fact(doc, "Putusan"), "Data kurang");
    EXPECT_EQ(Fact(doc, "Hasil utama"), "belum ada");
    EXPECT_TRUE(HasParagraph(doc, "Data yang masih kurang"));
    EXPECT_TRUE(HasParagraph(doc, "• L2: Pasangan pre-test dan post-test: 0 dari 5 yang diperlukan"));
    EXPECT_EQ(All<PdfTable>(doc).size(), 1u);  // no reaction, no unit table
}

TEST(EvaluationReport, OfferingSheetsKeepNumbersAsNumbersAndLeaveMissingOnesEmpty) {
    const auto e = Evaluated("AN1", kRising);
    const auto sheets = OfferingReportSheets(e, domain::Lang::id);
    ASSERT_EQ(sheets.size(), 3u);
    EXPECT_EQ(sheets[0].name, "Level");
    const auto& l2 = sheets[0].rows[1];
    EXPECT_EQ(l2[2].type, CellType::number);
    EXPECT_NEAR(l2[2].number, 302.0 / 6, 1e-12);
    EXPECT_EQ(l2[6].type, CellType::number);
    EXPECT_NEAR(l2[6].number, e.l2.t.p, 1e-15);
    EXPECT_EQ(sheets[0].rows[0][2].type, CellType::empty);  // L1 has no "before"
    EXPECT_EQ(sheets[0].rows[0][3].type, CellType::empty);  // and no reactions here
    EXPECT_EQ(sheets[0].rows.back()[1].text, "Efektif");
    EXPECT_EQ(sheets[1].rows.size(), 6u);
    EXPECT_EQ(sheets[1].rows[0][2].type, CellType::empty);  // no answers → no mean
    EXPECT_TRUE(sheets[2].rows.empty());
}

evaluation::YearEvaluation Year() {
    return evaluation::EvaluateYear(2026,
                                    {Evaluated("AN1", kRising), Evaluated("AN0", {}), Evaluated("AN2", kFalling)});
}

TEST(EvaluationReport, YearPdfCountsVerdictsAndPutsTheProgramsToReviewFirst) {
    const auto y = Year();
    ASSERT_EQ(y.offerings[2].verdict, Verdict::menurun);
    const auto doc = YearReportPdf(y, evaluation::Settings{}, Context(), false);
    EXPECT_TRUE(doc.landscape);
    EXPECT_TRUE(HasParagraph(doc, "ANGKATAN YANG DIMULAI TAHUN 2026"));
    EXPECT_EQ(Fact(doc, "Efektif"), "1 angkatan");
    EXPECT_EQ(Fact(doc, "Menurun — segera tinjau program"), "1 angkatan");
    EXPECT_EQ(Fact(doc, "Data kurang"), "1 angkatan");
    const auto tables = All<PdfTable>(doc);
    ASSERT_EQ(tables.size(), 1u);
    ASSERT_EQ(tables[0]->rows.size(), 3u);
    EXPECT_EQ(tables[0]->rows[0][1].substr(0, 3), "AN2");  // declined first
    EXPECT_EQ(tables[0]->rows[1][1].substr(0, 3), "AN1");
    EXPECT_EQ(tables[0]->rows[2][1].substr(0, 3), "AN0");
    EXPECT_EQ(tables[0]->rows[2][7], "—");  // no primary outcome → no q
    EXPECT_NE(tables[0]->rows[0][7], "—");

    const auto review = YearReportPdf(y, evaluation::Settings{}, Context(), true);
    const auto review_tables = All<PdfTable>(review);
    ASSERT_EQ(review_tables.size(), 1u);
    ASSERT_EQ(review_tables[0]->rows.size(), 1u);
    EXPECT_EQ(review_tables[0]->rows[0][1].substr(0, 3), "AN2");
}

TEST(EvaluationReport, YearPdfWithNothingToReviewSaysSo) {
    const auto y = evaluation::EvaluateYear(2026, {Evaluated("AN1", kRising)});
    const auto doc = YearReportPdf(y, evaluation::Settings{}, Context(), true);
    EXPECT_TRUE(All<PdfTable>(doc).empty());
    EXPECT_TRUE(HasParagraph(doc, "Tidak ada program yang perlu ditinjau."));
}

TEST(EvaluationReport, YearSheetsHaveOneRowPerOfferingAndTheCountPerVerdict) {
    const auto y = Year();
    const auto sheets = YearReportSheets(y, domain::Lang::id, false);
    ASSERT_EQ(sheets.size(), 2u);
    EXPECT_EQ(sheets[0].name, "Evaluasi 2026");
    EXPECT_EQ(sheets[0].header.front(), "kode_angkatan");
    EXPECT_EQ(sheets[0].header.size(), sheets[0].rows.front().size());
    ASSERT_EQ(sheets[0].rows.size(), 3u);
    const auto column = [&](const std::string& name) {
        return static_cast<size_t>(std::find(sheets[0].header.begin(), sheets[0].header.end(), name) -
                                   sheets[0].header.begin());
    };
    const auto& an1 = sheets[0].rows[0];
    EXPECT_EQ(an1[0].text, "AN1");
    EXPECT_EQ(an1[column("l2_tes_awal")].type, CellType::number);
    EXPECT_EQ(an1[column("hasil_utama")].text, "L2");
    EXPECT_EQ(an1[column("q_bh")].type, CellType::number);
    EXPECT_EQ(an1[column("putusan")].text, "efektif");
    const auto& an0 = sheets[0].rows[1];
    EXPECT_EQ(an0[column("l2_tes_awal")].type, CellType::empty);
    EXPECT_EQ(an0[column("q_bh")].type, CellType::empty);
    EXPECT_EQ(an0[column("putusan")].text, "data_kurang");
    ASSERT_EQ(sheets[1].rows.size(), 4u);
    EXPECT_EQ(sheets[1].rows[2][0].text, "menurun");
    EXPECT_EQ(sheets[1].rows[2][2].number, 1);

    const auto review = YearReportSheets(y, domain::Lang::en, true);
    EXPECT_EQ(review[0].name, "Evaluation 2026");
    ASSERT_EQ(review[0].rows.size(), 1u);
    EXPECT_EQ(review[0].rows[0][0].text, "AN2");
}

}  // namespace
}  // namespace bangkom::services
