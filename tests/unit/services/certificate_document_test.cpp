// The certificate as a document: what it says, in which order, that it fits one A4 landscape page, and the
// verification address its QR code carries.

#include "services/certificate_document.hpp"

#include <gtest/gtest.h>

#include "services/delivery_service.hpp"

namespace bangkom::services {
namespace {

storage::CertificateRecord Record() {
    return storage::CertificateRecord{"BKM-2026-FP7E-AHR1",
                                      "BT.HUB.1-2026-01",
                                      "197911162005072001",
                                      "Lamtiur Rosdiana Harahap, A.Md.Kep.",
                                      "DINKES",
                                      "Dinas Kesehatan",
                                      "BT.HUB.1",
                                      "Bimtek Manajemen dan Rekayasa Lalu Lintas",
                                      "BPSDM Provinsi Jambi",
                                      24,
                                      "2026-02-09",
                                      "2026-02-11",
                                      "Kampus BPSDM Provinsi Jambi",
                                      1'795'960'000};  // 2026-11-29 20:46 WIB
}

std::string Text(const formats::PdfDocument& doc) {
    std::string all;
    for (const auto& block : doc.blocks) {
        if (const auto* p = std::get_if<formats::PdfParagraph>(&block)) all += p->text + "\n";
    }
    return all;
}

TEST(CertificateDocument, SaysWhoCompletedWhatWhereAndWhen) {
    DocumentSettings settings;
    settings.ppk_name = "Drs. H. Ahmad Fauzi";
    settings.ppk_nip = "196805121990031005";
    const auto doc =
        CertificateDocument(Record(), settings, "https://bangkom.jambiprov.go.id/verifikasi/BKM-2026-FP7E-AHR1");
    EXPECT_TRUE(doc.landscape);
    const std::string text = Text(doc);
    for (const char* expected :
         {"PEMERINTAH PROVINSI JAMBI\nBPSDM PROVINSI JAMBI\n", "SERTIFIKAT\nNomor: BKM-2026-FP7E-AHR1\n",
          "Lamtiur Rosdiana Harahap, A.Md.Kep.\nNIP 19791116 200507 2 001\nDinas Kesehatan\n",
          "telah mengikuti dan dinyatakan LULUS\nBimtek Manajemen dan Rekayasa Lalu Lintas\n",
          "pada tanggal 9 s.d. 11 Februari 2026 di Kampus BPSDM Provinsi Jambi selama 24 jam pelajaran (JP)."}) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n---\n" << text;
    }
    const formats::PdfSignature* signature = nullptr;
    for (const auto& block : doc.blocks) {
        if (const auto* s = std::get_if<formats::PdfSignature>(&block)) signature = s;
    }
    ASSERT_NE(signature, nullptr);
    EXPECT_EQ(signature->lines_above, (std::vector<std::string>{"Jambi, 29 November 2026", "Gubernur Jambi"}));
    EXPECT_EQ(signature->name, "Drs. H. Ahmad Fauzi");
    EXPECT_EQ(signature->id_line, "NIP 196805121990031005");
    EXPECT_EQ(signature->qr_text, "https://bangkom.jambiprov.go.id/verifikasi/BKM-2026-FP7E-AHR1");
    EXPECT_GT(signature->qr_size, 0);
    auto pages = formats::CountPdfPages(doc);
    ASSERT_TRUE(pages.ok()) << pages.error().message;
    EXPECT_EQ(*pages, 1);
}

TEST(CertificateDocument, APeriodAcrossMonthsAndTheGovernmentAsInstitutionReadWell) {
    auto record = Record();
    record.start = "2026-10-28";
    record.end = "2026-11-06";
    record.institution = "Pemerintah Provinsi Jambi";
    record.location = "";
    const std::string text = Text(CertificateDocument(record, DocumentSettings{}, "http://x/verifikasi/N"));
    EXPECT_NE(text.find("pada tanggal 28 Oktober 2026 s.d. 6 November 2026 selama 24"), std::string::npos) << text;
    EXPECT_EQ(text.find("PEMERINTAH PROVINSI JAMBI\nPEMERINTAH PROVINSI JAMBI"), std::string::npos) << text;
}

TEST(CertificateDocument, AddressAndMaskedNip) {
    EXPECT_EQ(VerificationAddress("https://bangkom.jambiprov.go.id//", "BKM-2026-FP7E-AHR1"),
              "https://bangkom.jambiprov.go.id/verifikasi/BKM-2026-FP7E-AHR1");
    EXPECT_EQ(MaskedNip("197911162005072001"), "1979**** ****** * 001");
    EXPECT_EQ(MaskedNip("123"), "***");
}

}  // namespace
}  // namespace bangkom::services
