// The PDF renderer read back with poppler (pdftotext, pdfinfo, pdftoppm) and zbar (zbarimg): the text must
// extract, tables must break across pages with their header repeated, the footer must count the pages, and
// the QR code must decode to its text.

#include "formats/pdf_document.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <string>

namespace bangkom::formats {
namespace {

namespace fs = std::filesystem;

class PdfDocumentTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("bangkom_pdf_" + std::to_string(::getpid()) + "_" +
                                            ::testing::UnitTest::GetInstance()->current_test_info()->name());
        fs::create_directories(dir_);
    }
    void TearDown() override { fs::remove_all(dir_); }

    /// Writes the PDF and returns its path.
    std::string Save(const std::string& bytes) const {
        const fs::path path = dir_ / "doc.pdf";
        std::ofstream(path, std::ios::binary) << bytes;
        return path.string();
    }

    /// The standard output of a shell command.
    static std::string Run(const std::string& command) {
        std::string out;
        FILE* pipe = ::popen(command.c_str(), "r");
        if (pipe == nullptr) return out;
        std::array<char, 4096> buf{};
        size_t n = 0;
        while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) out.append(buf.data(), n);
        ::pclose(pipe);
        return out;
    }

    static std::string PageText(const std::string& pdf, int page) {
        return Run("pdftotext -q -f " + std::to_string(page) + " -l " + std::to_string(page) + " '" + pdf + "' -");
    }

    fs::path dir_;
};

PdfTable LongTable(int rows) {
    PdfTable table;
    table.columns = {{"No", 0.5, PdfAlign::right}, {"Nama Pegawai", 3}, {"Anggaran (Rp)", 1.5, PdfAlign::right}};
    for (int i = 1; i <= rows; ++i) {
        table.rows.push_back({std::to_string(i), "Pegawai ke-" + std::to_string(i), std::to_string(i * 1000)});
    }
    table.rows.push_back({"", "Jumlah", "total"});
    table.bold_last_rows = 1;
    return table;
}

TEST_F(PdfDocumentTest, TextExtractsWithIndonesianLettersAndMetadata) {
    PdfDocument doc;
    doc.title = "Rencana Pengembangan Kompetensi";
    doc.author = "Pemerintah Provinsi Jambi";
    doc.footer = "Bangkom — dokumen uji";
    doc.blocks.push_back(PdfParagraph{"RENCANA PENGEMBANGAN KOMPETENSI ASN", 14, true, PdfAlign::center});
    doc.blocks.push_back(PdfFacts{{{"Tahun", "2027"}, {"Perangkat Daerah", "Dinas Kesehatan — Bidang Pelayanan"}}});
    doc.blocks.push_back(PdfSignature{{"Jambi, 29 November 2026", "Pejabat Pembina Kepegawaian,"}, "", "NIP"});
    auto pdf = RenderPdf(doc);
    ASSERT_TRUE(pdf) << pdf.error().message;
    ASSERT_EQ(pdf->substr(0, 5), "%PDF-");
    const std::string path = Save(*pdf);
    const std::string text = PageText(path, 1);
    EXPECT_NE(text.find("RENCANA PENGEMBANGAN KOMPETENSI ASN"), std::string::npos) << text;
    EXPECT_NE(text.find("Dinas Kesehatan — Bidang Pelayanan"), std::string::npos) << text;
    EXPECT_NE(text.find("Pejabat Pembina Kepegawaian,"), std::string::npos) << text;
    EXPECT_NE(text.find("Halaman 1 dari 1"), std::string::npos) << text;
    EXPECT_NE(text.find("Bangkom — dokumen uji"), std::string::npos) << text;
    const std::string info = Run("pdfinfo '" + path + "'");
    EXPECT_NE(info.find("Rencana Pengembangan Kompetensi"), std::string::npos) << info;
    EXPECT_NE(info.find("Pemerintah Provinsi Jambi"), std::string::npos) << info;
    EXPECT_NE(info.find("A4"), std::string::npos) << info;
}

TEST_F(PdfDocumentTest, LongTableBreaksAcrossPagesAndRepeatsItsHeader) {
    PdfDocument doc;
    doc.blocks.push_back(LongTable(150));
    auto pages = CountPdfPages(doc);
    ASSERT_TRUE(pages);
    ASSERT_GE(*pages, 3);
    auto pdf = RenderPdf(doc);
    ASSERT_TRUE(pdf);
    const std::string path = Save(*pdf);
    EXPECT_NE(Run("pdfinfo '" + path + "'").find("Pages:           " + std::to_string(*pages)), std::string::npos);
    for (int page = 1; page <= *pages; ++page) {
        const std::string text = PageText(path, page);
        EXPECT_NE(text.find("Nama Pegawai"), std::string::npos) << "page " << page;
        EXPECT_NE(text.find("Halaman " + std::to_string(page) + " dari " + std::to_string(*pages)), std::string::npos)
            << text;
    }
    // Every row appears exactly once, in order, across the pages.
    std::string all;
    for (int page = 1; page <= *pages; ++page) all += PageText(path, page);
    size_t at = 0;
    for (int i = 1; i <= 150; ++i) {
        const size_t found = all.find("Pegawai ke-" + std::to_string(i) + "\n", at);
        ASSERT_NE(found, std::string::npos) << "row " << i;
        at = found + 1;
    }
    EXPECT_EQ(all.find("Pegawai ke-150\n", at), std::string::npos);
    EXPECT_NE(PageText(path, *pages).find("Jumlah"), std::string::npos);
}

TEST_F(PdfDocumentTest, LandscapeHoldsMoreColumnsAndEnglishFooter) {
    PdfDocument doc;
    doc.landscape = true;
    doc.lang = domain::Lang::en;
    doc.blocks.push_back(LongTable(10));
    auto pdf = RenderPdf(doc);
    ASSERT_TRUE(pdf);
    const std::string path = Save(*pdf);
    EXPECT_NE(Run("pdfinfo '" + path + "'").find("841.89 x 595.2"), std::string::npos);
    EXPECT_NE(PageText(path, 1).find("Page 1 of 1"), std::string::npos);
}

TEST_F(PdfDocumentTest, PageBreakStartsANewPageButNotTwice) {
    PdfDocument doc;
    doc.blocks.push_back(PdfParagraph{"satu"});
    doc.blocks.push_back(PdfSpace{0, true});
    doc.blocks.push_back(PdfSpace{0, true});
    doc.blocks.push_back(PdfParagraph{"dua"});
    auto pages = CountPdfPages(doc);
    ASSERT_TRUE(pages);
    EXPECT_EQ(*pages, 2);
}

TEST_F(PdfDocumentTest, QrCodeDecodesToItsText) {
    const std::string url = "https://bangkom.jambiprov.go.id/survei/U-1201?sumber=poster";
    PdfDocument doc;
    doc.blocks.push_back(PdfParagraph{"Survei Kepuasan Masyarakat", 16, true, PdfAlign::center});
    doc.blocks.push_back(PdfQrCode{url, 200, url});
    auto pdf = RenderPdf(doc);
    ASSERT_TRUE(pdf);
    const std::string path = Save(*pdf);
    Run("pdftoppm -r 100 -png -singlefile '" + path + "' '" + (dir_ / "page").string() + "'");
    ASSERT_TRUE(fs::exists(dir_ / "page.png"));
    const std::string decoded = Run("zbarimg -q --raw '" + (dir_ / "page.png").string() + "' 2>/dev/null");
    EXPECT_EQ(decoded, url + "\n");
    EXPECT_NE(PageText(path, 1).find("survei/U-1201"), std::string::npos);
}

TEST_F(PdfDocumentTest, SignatureWithAQrCodeKeepsBothOnOneBandAndTheCodeDecodes) {
    const std::string url = "https://bangkom.jambiprov.go.id/verifikasi/BKM-2026-FP7E-AHR1";
    PdfDocument doc;
    doc.landscape = true;
    doc.blocks.push_back(PdfParagraph{"SERTIFIKAT", 30, true, PdfAlign::center});
    PdfSignature signature;
    signature.lines_above = {"Jambi, 29 November 2026", "Gubernur Jambi"};
    signature.name = "Drs. H. Ahmad Fauzi";
    signature.qr_text = url;
    signature.qr_caption = "Periksa keaslian: " + url;
    signature.qr_size = 120;
    doc.blocks.push_back(signature);
    doc.blocks.push_back(PdfParagraph{"setelah tanda tangan"});
    auto pdf = RenderPdf(doc);
    ASSERT_TRUE(pdf);
    const std::string path = Save(*pdf);
    Run("pdftoppm -r 100 -png -singlefile '" + path + "' '" + (dir_ / "sig").string() + "'");
    EXPECT_EQ(Run("zbarimg -q --raw '" + (dir_ / "sig.png").string() + "' 2>/dev/null"), url + "\n");
    // -layout keeps the two halves on shared lines: the caption and the signer read side by side, not one after
    // the other, and what follows comes below both.
    const std::string text = Run("pdftotext -layout '" + path + "' -");
    const auto office = text.find("Gubernur Jambi");
    const auto caption = text.find("Periksa keaslian");
    const auto after = text.find("setelah tanda tangan");
    ASSERT_NE(office, std::string::npos);
    ASSERT_NE(caption, std::string::npos);
    EXPECT_LT(text.find("Drs. H. Ahmad Fauzi"), after);
    EXPECT_LT(caption, after);
    EXPECT_LT(office, caption);  // the office is at the top of the band, the caption under the code
}

TEST_F(PdfDocumentTest, InvalidUtf8IsCutNotFatal) {
    PdfDocument doc;
    doc.blocks.push_back(PdfParagraph{std::string("awal \xff\xfe akhir")});
    auto pdf = RenderPdf(doc);
    ASSERT_TRUE(pdf);
    const std::string text = PageText(Save(*pdf), 1);
    EXPECT_NE(text.find("awal"), std::string::npos);
    EXPECT_EQ(text.find("akhir"), std::string::npos);
}

TEST_F(PdfDocumentTest, AHeadingKeptWithWhatFollowsMovesToTheNextPageInsteadOfEndingOne) {
    // A4 portrait: the body ends 64.5 points above the bottom edge; 700 points down, a 10-point heading still fits
    // but the table after it would not.
    const auto document = [](bool keep) {
        PdfDocument doc;
        doc.blocks.push_back(PdfParagraph{"Awal"});
        doc.blocks.push_back(PdfSpace{690});
        doc.blocks.push_back(PdfParagraph{"B. Judul bagian", 10, true, PdfAlign::left, 4, keep});
        return doc;
    };
    auto loose = CountPdfPages(document(false));
    auto kept = CountPdfPages(document(true));
    ASSERT_TRUE(loose);
    ASSERT_TRUE(kept);
    EXPECT_EQ(*loose, 1);
    EXPECT_EQ(*kept, 2);
}

TEST_F(PdfDocumentTest, AHeadingGoesWithTheWholeParagraphAfterIt) {
    // 600 points down there is room for the heading and three lines, not for the twenty-line paragraph, which is
    // never split: the heading moves with it instead of ending page 1 alone.
    std::string list = "Program berikut dinilai tidak efektif:";
    for (int i = 1; i <= 20; ++i) list += "\n• PROGRAM." + std::to_string(i);
    PdfDocument doc;
    doc.blocks.push_back(PdfParagraph{"Awal"});
    doc.blocks.push_back(PdfSpace{600});
    doc.blocks.push_back(PdfParagraph{"C. Program yang Perlu Ditinjau", 10.5, true, PdfAlign::left, 4, true});
    doc.blocks.push_back(PdfParagraph{list, 9});
    auto pdf = RenderPdf(doc);
    ASSERT_TRUE(pdf) << pdf.error().message;
    const std::string path = Save(*pdf);
    EXPECT_EQ(PageText(path, 1).find("C. Program"), std::string::npos);
    const std::string second = PageText(path, 2);
    EXPECT_NE(second.find("C. Program yang Perlu Ditinjau"), std::string::npos);
    EXPECT_NE(second.find("PROGRAM.20"), std::string::npos);
}

}  // namespace
}  // namespace bangkom::formats
