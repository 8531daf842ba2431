#include "services/plan_document.hpp"

#include <gtest/gtest.h>
#include <unistd.h>

#include <array>
#include <cstdio>
#include <filesystem>
#include <fstream>

#include "services/plan_export_parts.hpp"

namespace bangkom::services {
namespace {

using formats::PdfFacts;
using formats::PdfParagraph;
using formats::PdfSignature;
using formats::PdfTable;

constexpr const char* kAni = "198001012005011001";
constexpr const char* kBudi = "198502022010012002";
constexpr const char* kCici = "199003032015032003";

PlanExportData Data() {
    PlanExportData data;
    data.plan.id = 7;
    data.plan.year = 2027;
    data.plan.version = 2;
    data.plan.summary_json =
        R"({"agencies":[{"agency":"A1","budget":10000000,"used":4000000},{"agency":"A2","budget":5000000,"used":2000000}],)"
        R"("jp":{"employees":3,"meeting_20":1,"short":2,"shortfall_jp":12},)"
        R"("flagged_programs":[{"program":"PR2","offering":"AN0","verdict":"tidak_signifikan","factor":0.5}],)"
        R"("revised_programs":[{"program":"PR9","offering":"AN9","verdict":"menurun","revision":4}]})";
    data.catalog.agencies = {{"A1", "Dinas Satu", "D1", {10000000}}, {"A2", "Badan Dua", "B2", {5000000}}};
    domain::Program pr1;
    pr1.code = "PR1";
    pr1.name = "Pelatihan Pelayanan Prima";
    pr1.institution = "BPSDM Provinsi Jambi";
    pr1.jp = 24;
    pr1.raises = {{"K1", 1}};
    pr1.max_level = 4;
    data.catalog.programs = {pr1};
    data.catalog.offerings = {{"AN1", "PR1", domain::Date::ParseIso("2027-03-15").value(),
                               domain::Date::ParseIso("2027-03-19").value(), 20, "Jambi"}};
    data.employee_names = {{kAni, "Ani Suryani"}, {kBudi, "Budi Santoso"}, {kCici, "Cici Amelia"}};
    data.competency_names = {{"K1", "Pelayanan Publik"}};
    data.rows = {
        {kAni, "AN1", "PR1", "A1", 24, 2000000, {"kesenjangan"}, {{"K1", 1}}},
        {kBudi, "AN1", "PR1", "A1", 24, 2000000, {"usulan_pegawai"}, {{"K1", 1}}},
        {kCici, "AN1", "PR1", "A2", 24, 2000000, {"pemenuhan_20_jp"}, {}},
    };
    return data;
}

domain::Date Printed() {
    return domain::Date::ParseIso("2026-11-29").value();
}

template <class Block>
std::vector<const Block*> All(const formats::PdfDocument& doc) {
    std::vector<const Block*> out;
    for (const auto& b : doc.blocks) {
        if (const auto* p = std::get_if<Block>(&b)) out.push_back(p);
    }
    return out;
}

bool HasParagraph(const formats::PdfDocument& doc, const std::string& text) {
    for (const auto* p : All<PdfParagraph>(doc)) {
        if (p->text.find(text) != std::string::npos) return true;
    }
    return false;
}

/// The table of lines (the one whose second column is "Sasaran Pegawai").
const PdfTable* Lines(const formats::PdfDocument& doc) {
    for (const auto* t : All<PdfTable>(doc)) {
        if (t->columns.size() > 1 && t->columns[1].title == "Sasaran Pegawai") return t;
    }
    return nullptr;
}

TEST(PlanDocument, AgencyDocumentHasOneLinePerEmployeeWithThePasal207Fields) {
    PlanExportData data = Data();
    data.agency_filter = "A1";
    data.rows.pop_back();  // the route reads only A1's rows
    const auto doc = PlanPdfDocument(data, DocumentSettings{}, Printed());
    EXPECT_TRUE(doc.landscape);
    EXPECT_TRUE(HasParagraph(doc, "DINAS SATU"));
    EXPECT_TRUE(HasParagraph(doc, "TAHUN 2027"));
    EXPECT_TRUE(HasParagraph(doc, "B. Rincian Rencana per Pegawai"));
    const PdfTable* lines = Lines(doc);
    ASSERT_NE(lines, nullptr);
    ASSERT_EQ(lines->rows.size(), 3u);  // two employees and the total
    const auto& first = lines->rows[0];
    EXPECT_EQ(first[1], std::string("Ani Suryani\nNIP ") + kAni);
    EXPECT_EQ(first[2], "K1 Pelayanan Publik (+1 level)");
    EXPECT_EQ(first[3], "Pelatihan klasikal\n(Pelatihan klasikal)");
    EXPECT_EQ(first[4], "PR1 Pelatihan Pelayanan Prima / AN1\nBPSDM Provinsi Jambi");
    EXPECT_EQ(first[5], "15 Maret 2027 s.d. 19 Maret 2027");
    EXPECT_EQ(first[6], "Sesuai standar kompetensi: K1 +1 (level maksimal 4)");
    EXPECT_EQ(first[8], "2.000.000");
    EXPECT_EQ(lines->rows.back()[7], "48");
    EXPECT_EQ(lines->rows.back()[8], "4.000.000");
    EXPECT_EQ(lines->bold_last_rows, 1u);
    // The plan's 20 JP figures are the province's: not printed on one agency's page of it.
    for (const auto* f : All<PdfFacts>(doc)) {
        for (const auto& [label, value] : f->items) EXPECT_NE(label, "Pegawai yang wajib 20 JP");
    }
}

TEST(PlanDocument, ProvinceDocumentCountsTargetsPerOffering) {
    const auto doc = PlanPdfDocument(Data(), DocumentSettings{}, Printed());
    EXPECT_TRUE(HasParagraph(doc, "SELURUH PERANGKAT DAERAH"));
    EXPECT_TRUE(HasParagraph(doc, "B. Rincian Rencana per Program dan Angkatan"));
    const PdfTable* lines = Lines(doc);
    ASSERT_NE(lines, nullptr);
    ASSERT_EQ(lines->rows.size(), 2u);
    EXPECT_EQ(lines->rows[0][1], "3 pegawai dari 2 perangkat daerah");
    EXPECT_EQ(lines->rows[0][2], "K1 Pelayanan Publik");
    EXPECT_EQ(lines->rows[0][8], "6.000.000");
    EXPECT_EQ(lines->rows[0][1].find(kAni), std::string::npos);  // no names in the province's document
    bool jp_printed = false;
    for (const auto* f : All<PdfFacts>(doc)) {
        for (const auto& [label, value] : f->items) {
            if (label == "Belum memenuhi 20 JP") {
                jp_printed = true;
                EXPECT_EQ(value, "2 pegawai (kurang 12 JP seluruhnya)");
            }
        }
    }
    EXPECT_TRUE(jp_printed);
    EXPECT_TRUE(HasParagraph(doc, "PR2 (tidak signifikan)"));
    // a program whose revision lifted the flag is named apart, without a verdict (its estimate is used in full)
    EXPECT_TRUE(HasParagraph(doc, "revisi materi dan metodenya telah dicatat"));
    EXPECT_TRUE(HasParagraph(doc, "• PR9"));
    EXPECT_FALSE(HasParagraph(doc, "PR9 (hasil menurun)"));
}

TEST(PlanDocument, TotalsPerAgencyWithBudgetLeft) {
    const auto doc = PlanPdfDocument(Data(), DocumentSettings{}, Printed());
    const auto tables = All<PdfTable>(doc);
    ASSERT_FALSE(tables.empty());
    const PdfTable& totals = *tables.front();
    ASSERT_EQ(totals.rows.size(), 3u);
    EXPECT_EQ(totals.rows[0],
              (std::vector<std::string>{"A1", "Dinas Satu", "2", "2", "48", "4.000.000", "10.000.000", "6.000.000"}));
    EXPECT_EQ(totals.rows[2],
              (std::vector<std::string>{"", "Jumlah", "3", "3", "72", "6.000.000", "15.000.000", "9.000.000"}));
}

TEST(PlanDocument, DraftIsMarkedAndLeavesTheSignatureDateOpen) {
    const auto doc = PlanPdfDocument(Data(), DocumentSettings{}, Printed());
    EXPECT_TRUE(HasParagraph(doc, "KONSEP — belum ditetapkan (status: Draf)"));
    const auto signatures = All<PdfSignature>(doc);
    ASSERT_EQ(signatures.size(), 1u);
    EXPECT_EQ(signatures[0]->lines_above[1], "pada tanggal " + std::string(24, '.'));
    EXPECT_EQ(signatures[0]->lines_above[4], "GUBERNUR JAMBI,");
    EXPECT_TRUE(signatures[0]->name.empty());
}

TEST(PlanDocument, ApprovedPlanIsDatedInWesternIndonesiaTime) {
    PlanExportData data = Data();
    data.plan.status = storage::PlanStatus::approved;
    data.plan.updated_at = 1796932800;  // 2026-12-10 20:00 UTC = 11 December 03:00 WIB
    DocumentSettings settings;
    settings.ppk_name = "Dr. H. Contoh, M.Si.";
    settings.ppk_nip = "197001011990031001";
    const auto doc = PlanPdfDocument(data, settings, Printed());
    EXPECT_FALSE(HasParagraph(doc, "KONSEP"));
    const auto signatures = All<PdfSignature>(doc);
    ASSERT_EQ(signatures.size(), 1u);
    EXPECT_EQ(signatures[0]->lines_above[1], "pada tanggal 11 Desember 2026");
    EXPECT_EQ(signatures[0]->name, "Dr. H. Contoh, M.Si.");
    EXPECT_EQ(signatures[0]->id_line, "NIP 197001011990031001");
}

TEST(PlanDocument, GroupThousandsUsesDots) {
    EXPECT_EQ(GroupThousands(0), "0");
    EXPECT_EQ(GroupThousands(999), "999");
    EXPECT_EQ(GroupThousands(1000), "1.000");
    EXPECT_EQ(GroupThousands(1234567), "1.234.567");
    EXPECT_EQ(GroupThousands(-5000), "-5.000");
}

TEST(PlanDocument, RenderedPdfReadsAsTheDocument) {
    PlanExportData data = Data();
    data.agency_filter = "A1";
    data.rows.pop_back();
    auto pdf = WritePlanPdf(data, DocumentSettings{}, Printed());
    ASSERT_TRUE(pdf) << pdf.error().message;
    const auto path = std::filesystem::temp_directory_path() / ("plan_doc_" + std::to_string(::getpid()) + ".pdf");
    std::ofstream(path, std::ios::binary) << *pdf;
    std::string text;
    FILE* pipe = ::popen(("pdftotext -q '" + path.string() + "' -").c_str(), "r");
    ASSERT_NE(pipe, nullptr);
    std::array<char, 4096> buf{};
    size_t n = 0;
    while ((n = std::fread(buf.data(), 1, buf.size(), pipe)) > 0) text.append(buf.data(), n);
    ::pclose(pipe);
    std::filesystem::remove(path);
    for (const char* expected :
         {"PEMERINTAH PROVINSI JAMBI", "RENCANA PENGEMBANGAN KOMPETENSI APARATUR SIPIL NEGARA", "Ani Suryani", kBudi,
          "PEJABAT PEMBINA KEPEGAWAIAN,", "GUBERNUR JAMBI,", "Halaman 1 dari"}) {
        EXPECT_NE(text.find(expected), std::string::npos) << expected << "\n" << text;
    }
}

}  // namespace
}  // namespace bangkom::services
