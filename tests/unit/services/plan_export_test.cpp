#include "services/plan_export.hpp"

#include <gtest/gtest.h>

namespace bangkom::services {
namespace {

using formats::CellType;

PlanExportData Data() {
    PlanExportData data;
    data.plan.id = 3;
    data.plan.year = 2027;
    data.plan.summary_json =
        R"({"agencies":[{"agency":"A1","budget":10000000,"used":2000000},{"agency":"A2","budget":5000000,"used":0}]})";
    data.catalog.agencies = {{"A1", "Dinas Satu", "D1", {10000000}}, {"A2", "Dinas Dua", "D2", {5000000}}};
    domain::Program pr1;
    pr1.code = "PR1";
    pr1.name = "Pelatihan Satu";
    pr1.institution = "BPSDM";
    pr1.form = domain::DevelopmentForm::pelatihan_klasikal;
    pr1.jp = 24;
    pr1.raises = {{"K1", 1}};
    pr1.max_level = 4;
    domain::Program pr2 = pr1;
    pr2.code = "PR2";
    pr2.name = "Belajar Daring";
    pr2.form = domain::DevelopmentForm::e_learning;
    pr2.raises = {{"K3", 2}};
    data.catalog.programs = {pr1, pr2};
    data.catalog.offerings = {{"AN1", "PR1", domain::Date::ParseIso("2027-03-15").value(),
                               domain::Date::ParseIso("2027-03-19").value(), 20, "Kupang"},
                              {"AN2", "PR2", domain::Date::ParseIso("2027-04-01").value(),
                               domain::Date::ParseIso("2027-04-01").value(), 0, ""}};
    data.employee_names = {{"198001012005011001", "Ani"}};
    data.competency_names = {{"K1", "Pelayanan"}, {"K3", "Kepemimpinan"}};
    data.rows = {
        {"198001012005011001", "AN1", "PR1", "A1", 24, 2000000, {"kesenjangan", "usulan_pegawai"}, {{"K1", 1}}},
        {"198001012005011001", "AN2", "PR2", "A1", 10, 0, {"pemenuhan_20_jp"}, {}},
    };
    return data;
}

TEST(PlanExport, OneLinePerAssignmentWithThePasal207Fields) {
    const auto sheets = PlanExportSheets(Data());
    ASSERT_EQ(sheets.size(), 2u);
    const auto& lines = sheets[0];
    EXPECT_EQ(lines.name, "Rencana");
    const std::vector<std::string> header{"No",
                                          "Kode OPD",
                                          "Nama OPD",
                                          "NIP",
                                          "Nama Pegawai",
                                          "Kompetensi yang Dikembangkan",
                                          "Bentuk Pengembangan",
                                          "Jalur Pengembangan",
                                          "Program / Angkatan",
                                          "Penyelenggara",
                                          "Jadwal Pelaksanaan",
                                          "Kesesuaian dengan Standar Kurikulum",
                                          "JP",
                                          "Anggaran (Rp)",
                                          "Alasan"};
    EXPECT_EQ(lines.header, header);
    ASSERT_EQ(lines.rows.size(), 2u);
    const auto& first = lines.rows[0];
    EXPECT_EQ(first[3].type, CellType::text);  // NIP as text
    EXPECT_EQ(first[3].text, "198001012005011001");
    EXPECT_EQ(first[4].text, "Ani");
    EXPECT_EQ(first[2].text, "Dinas Satu");
    EXPECT_EQ(first[5].text, "K1 Pelayanan (+1 level)");
    EXPECT_EQ(first[6].text, "Pelatihan klasikal");
    EXPECT_EQ(first[7].text, "Pelatihan klasikal");
    EXPECT_EQ(first[8].text, "PR1 Pelatihan Satu / AN1");
    EXPECT_EQ(first[9].text, "BPSDM");
    EXPECT_EQ(first[10].text, "15 Maret 2027 s.d. 19 Maret 2027");
    EXPECT_EQ(first[11].text, "Sesuai standar kompetensi: K1 +1 (level maksimal 4)");
    EXPECT_EQ(first[12].type, CellType::number);
    EXPECT_EQ(first[12].number, 24);
    EXPECT_EQ(first[13].type, CellType::number);
    EXPECT_EQ(first[13].number, 2000000);
    EXPECT_EQ(first[14].text, "menutup kesenjangan kompetensi; usulan pegawai yang disetujui");
    const auto& second = lines.rows[1];
    EXPECT_EQ(second[0].number, 2);
    EXPECT_EQ(second[5].text, "K3 Kepemimpinan");  // a JP-only line names what its program raises
    EXPECT_EQ(second[6].text, "E-learning");
    EXPECT_EQ(second[7].text, "Pelatihan nonklasikal");
    EXPECT_EQ(second[10].text, "1 April 2027");
    EXPECT_EQ(second[14].text, "pemenuhan 20 JP");
}

TEST(PlanExport, TotalsPerAgencyWithBudgetsAndATotalLine) {
    const auto sheets = PlanExportSheets(Data());
    const auto& totals = sheets[1];
    EXPECT_EQ(totals.name, "Total per OPD");
    ASSERT_EQ(totals.rows.size(), 3u);
    EXPECT_EQ(totals.rows[0][0].text, "A1");
    EXPECT_EQ(totals.rows[0][2].number, 1);        // employees
    EXPECT_EQ(totals.rows[0][3].number, 2);        // assignments
    EXPECT_EQ(totals.rows[0][4].number, 34);       // JP
    EXPECT_EQ(totals.rows[0][5].number, 2000000);  // used
    EXPECT_EQ(totals.rows[0][6].number, 10000000);
    EXPECT_EQ(totals.rows[0][7].number, 8000000);
    EXPECT_EQ(totals.rows[1][0].text, "A2");
    EXPECT_EQ(totals.rows[1][3].number, 0);
    EXPECT_EQ(totals.rows[2][0].text, "Jumlah");
    EXPECT_EQ(totals.rows[2][6].number, 15000000);
    EXPECT_EQ(totals.rows[2][7].number, 13000000);
}

TEST(PlanExport, AnAgencyFilterKeepsOnlyItsTotals) {
    auto data = Data();
    data.agency_filter = "A2";
    data.rows.clear();
    const auto totals = PlanExportSheets(data)[1];
    ASSERT_EQ(totals.rows.size(), 2u);
    EXPECT_EQ(totals.rows[0][0].text, "A2");
    EXPECT_EQ(totals.rows[0][6].number, 5000000);
}

TEST(PlanExport, WritesAnXlsx) {
    auto file = WritePlanXlsx(Data());
    ASSERT_TRUE(file.ok()) << file.error().message;
    ASSERT_GT(file->size(), 4u);
    EXPECT_EQ(file->substr(0, 2), "PK");
    auto back = formats::ReadXlsx(*file, domain::Lang::id);
    ASSERT_TRUE(back.ok()) << back.error().message;
    EXPECT_EQ(back->header.front(), "No");
    ASSERT_EQ(back->rows.size(), 2u);
    EXPECT_EQ(back->rows[0][3].type, CellType::text);
    EXPECT_EQ(back->rows[0][3].text, "198001012005011001");
    EXPECT_EQ(back->rows[0][13].type, CellType::number);
}

}  // namespace
}  // namespace bangkom::services
