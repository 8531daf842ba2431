// The unit's survey report (services/ikm_report): the sample check of Krejcie–Morgan, the weighted NRR that sum to the
// IKM, and what the report says when an element has no answer.

#include "services/ikm_report.hpp"

#include <gtest/gtest.h>

#include <string>
#include <variant>

namespace bangkom::services {
namespace {

using domain::Lang;

IkmReportInput Input(std::vector<evaluation::SkmAnswers> responses) {
    IkmReportInput in;
    in.unit.unit = "PKM01";
    in.unit.name = "Puskesmas Kota";
    in.unit.agency = "DINKES";
    in.agency_name = "Dinas Kesehatan";
    in.unit.ikm = evaluation::ComputeIkm(responses);
    return in;
}

std::string AllText(const formats::PdfDocument& doc) {
    std::string out;
    for (const auto& block : doc.blocks) {
        if (const auto* p = std::get_if<formats::PdfParagraph>(&block)) out.append(p->text).append("\n");
        if (const auto* f = std::get_if<formats::PdfFacts>(&block)) {
            for (const auto& [label, value] : f->items) out.append(label).append(": ").append(value).append("\n");
        }
        if (const auto* t = std::get_if<formats::PdfTable>(&block)) {
            for (const auto& row : t->rows) {
                for (const auto& cell : row) out.append(cell).append(" | ");
                out.append("\n");
            }
        }
    }
    return out;
}

TEST(IkmReportTest, SampleAdequacyFollowsKrejcieMorgan) {
    EXPECT_EQ(SampleOf(5000, 356).required, 357);
    EXPECT_FALSE(SampleOf(5000, 356).adequate);
    EXPECT_TRUE(SampleOf(5000, 357).adequate);
    EXPECT_EQ(SampleOf(100, 80).required, 80);
    EXPECT_TRUE(SampleOf(100, 80).adequate);
}

TEST(IkmReportTest, WeightedNrrSumToTheIkmInBothFormats) {
    // two respondents: NRR = 3.5 on U1, 3 on U2–U9 → IKM = (3.5 + 8 × 3) / 9
    evaluation::SkmAnswers a;
    a.fill(3);
    evaluation::SkmAnswers b = a;
    b[0] = 4;
    auto in = Input({a, b});
    in.served = 5000;
    const auto sheets = IkmReportSheets(in, Lang::id);
    ASSERT_EQ(sheets.size(), 3u);
    const auto& elements = sheets[1];
    ASSERT_EQ(elements.rows.size(), 9u);
    EXPECT_DOUBLE_EQ(elements.rows[0][3].number, 3.5);
    EXPECT_DOUBLE_EQ(elements.rows[0][4].number, 3.5 / 9);
    double sum = 0;
    for (const auto& row : elements.rows) sum += row[4].number;
    EXPECT_NEAR(sum, 27.5 / 9, 1e-12);
    EXPECT_NEAR(sum, in.unit.ikm.ikm, 1e-12);

    const std::string text =
        AllText(IkmReportPdf(in, ReportContext{{}, *domain::Date::FromYmd(2026, 11, 29), Lang::id}));
    EXPECT_NE(text.find("3,056"), std::string::npos) << text;  // 27.5 / 9
    EXPECT_NE(text.find("76,39"), std::string::npos) << text;  // × 25 → C
    EXPECT_NE(text.find("C (Kurang Baik)"), std::string::npos) << text;
    EXPECT_NE(text.find("minimal 357 responden untuk 5.000 orang dilayani (Krejcie–Morgan); terkumpul 2 — belum "
                        "memadai"),
              std::string::npos)
        << text;
}

TEST(IkmReportTest, AnUnansweredElementLeavesTheIkmUncomputed) {
    evaluation::SkmAnswers a;
    a.fill(4);
    a[8].reset();
    const auto in = Input({a});
    const std::string text =
        AllText(IkmReportPdf(in, ReportContext{{}, *domain::Date::FromYmd(2026, 11, 29), Lang::en}));
    EXPECT_NE(text.find("Not every element has an answer yet"), std::string::npos) << text;
    EXPECT_NE(text.find("Service quality: incomplete"), std::string::npos) << text;
    const auto sheets = IkmReportSheets(in, Lang::en);
    EXPECT_EQ(sheets[1].rows[8][3].type, formats::CellType::empty);  // U9: no NRR
    EXPECT_EQ(sheets[0].rows[7][1].type, formats::CellType::empty);  // converted IKM not computed
}

}  // namespace
}  // namespace bangkom::services
