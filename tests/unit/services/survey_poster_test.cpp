#include "services/survey_poster.hpp"

#include <gtest/gtest.h>

namespace bangkom::services {
namespace {

TEST(SurveyPoster, AddressJoinsTheBaseAndTheEncodedCode) {
    EXPECT_EQ(SurveyAddress("https://bangkom.jambiprov.go.id", "PKM01"),
              "https://bangkom.jambiprov.go.id/survei/PKM01");
    EXPECT_EQ(SurveyAddress("https://bangkom.jambiprov.go.id//", "PKM01"),
              "https://bangkom.jambiprov.go.id/survei/PKM01");
    EXPECT_EQ(SurveyAddress("http://127.0.0.1:8080", "DINKES-YANKES_1.a~"),
              "http://127.0.0.1:8080/survei/DINKES-YANKES_1.a~");
    EXPECT_EQ(SurveyAddress("http://x", "U 1/2?#"), "http://x/survei/U%201%2F2%3F%23");
}

std::vector<std::string> Paragraphs(const formats::PdfDocument& doc) {
    std::vector<std::string> texts;
    for (const auto& block : doc.blocks) {
        if (const auto* p = std::get_if<formats::PdfParagraph>(&block)) texts.push_back(p->text);
    }
    return texts;
}

TEST(SurveyPoster, NamesTheUnitAndHoldsTheAddressInItsQrCode) {
    const domain::ServiceUnit unit{"PKM01", "Puskesmas Kota", "DINKES"};
    DocumentSettings settings;
    settings.government = "Pemerintah Provinsi Jambi";
    const auto printed = domain::Date::ParseIso("2026-11-29").value();
    const auto doc = SurveyPosterDocument(unit, "Dinas Kesehatan", "https://x/survei/PKM01", settings, printed);
    EXPECT_FALSE(doc.landscape);
    const std::vector<std::string> texts = Paragraphs(doc);
    const formats::PdfQrCode* qr = nullptr;
    for (const auto& block : doc.blocks) {
        if (const auto* q = std::get_if<formats::PdfQrCode>(&block)) qr = q;
    }
    ASSERT_GE(texts.size(), 4u);
    EXPECT_EQ(texts[0], "PEMERINTAH PROVINSI JAMBI");
    EXPECT_EQ(texts[1], "DINAS KESEHATAN");
    EXPECT_EQ(texts[2], "SURVEI KEPUASAN MASYARAKAT");
    EXPECT_EQ(texts[3], "Puskesmas Kota");
    ASSERT_NE(qr, nullptr);
    EXPECT_EQ(qr->text, "https://x/survei/PKM01");
    EXPECT_EQ(qr->caption, "https://x/survei/PKM01");
    EXPECT_NE(doc.footer.find("29 November 2026"), std::string::npos);
    // Without an agency name the heading goes straight from the government to the title.
    const auto bare = SurveyPosterDocument(unit, "", "https://x/survei/PKM01", settings, printed);
    EXPECT_EQ(Paragraphs(bare).at(1), "SURVEI KEPUASAN MASYARAKAT");
}

}  // namespace
}  // namespace bangkom::services
