#include "services/import_service.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include "formats/kind_spec.hpp"
#include "import_fixture.hpp"
#include "services/passwords.hpp"

namespace bangkom::services::testing {
namespace {

using domain::Kind;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

class ImportServiceTest : public StoreTest {};

TEST_F(ImportServiceTest, ImportsAFileAndCountsNewRows) {
    auto summary = service().Import(Kind::opd, Csv(Kind::opd, GoodRows(Kind::opd)), domain::Lang::id, Admin());
    ASSERT_TRUE(summary.ok()) << summary.error().message;
    EXPECT_EQ(summary->kind, Kind::opd);
    EXPECT_EQ(summary->rows, 2);
    EXPECT_EQ(summary->inserted, 2);
    EXPECT_EQ(summary->updated, 0);
    auto bkd = store().Get(Kind::opd, "BKD");
    ASSERT_TRUE(bkd.ok());
    EXPECT_EQ(std::get<std::vector<domain::Agency>>(bkd.value())[0].budget.rupiah, 1500000);
}

TEST_F(ImportServiceTest, ExistingKeysAreUpdatedAndNothingIsDeleted) {
    ASSERT_NO_FATAL_FAILURE(SeedMasters());
    const std::string file =
        Csv(Kind::opd, {ExampleRow(Kind::opd, {{"nama_opd", "Dinas Kesehatan (baru)"}}),
                        ExampleRow(Kind::opd, {{"kode_opd", "BAPPEDA"}, {"nama_opd", "Bappeda"}})});
    auto summary = service().Import(Kind::opd, file, domain::Lang::id, Admin());
    ASSERT_TRUE(summary.ok()) << summary.error().message;
    EXPECT_EQ(summary->inserted, 1);
    EXPECT_EQ(summary->updated, 1);
    EXPECT_EQ(CountOf(Kind::opd), 3);  // BKD stays
    auto dinkes = store().Get(Kind::opd, "DINKES");
    ASSERT_TRUE(dinkes.ok());
    EXPECT_EQ(std::get<std::vector<domain::Agency>>(dinkes.value())[0].name, "Dinas Kesehatan (baru)");
}

TEST_F(ImportServiceTest, WritesOneAuditEntry) {
    ASSERT_TRUE(service()
                    .Import(Kind::opd, Csv(Kind::opd, GoodRows(Kind::opd)), domain::Lang::id,
                            Actor{3, "admin.bkd", domain::Role::admin_bkd, ""})
                    .ok());
    auto entries = store().ListAudit(0, 10);
    ASSERT_TRUE(entries.ok());
    ASSERT_EQ(entries->size(), 1u);
    const auto& e = entries->front();
    EXPECT_EQ(e.action, "import");
    EXPECT_EQ(e.entity, "opd");
    EXPECT_EQ(e.entity_key, "2");
    EXPECT_EQ(e.user_id, 3);
    EXPECT_EQ(e.username, "admin.bkd");
    EXPECT_EQ(e.after_json, R"({"rows":2,"inserted":2,"updated":0})");
    EXPECT_GT(e.at, 0);
}

TEST_F(ImportServiceTest, ReportsProgressAtEachPhaseInTheActorsLanguage) {
    std::vector<int> percents;
    std::vector<std::string> messages;
    auto summary = service().Import(Kind::opd, Csv(Kind::opd, GoodRows(Kind::opd)), domain::Lang::en, Admin(),
                                    [&](int percent, const std::string& message) {
                                        percents.push_back(percent);
                                        messages.push_back(message);
                                    });
    ASSERT_TRUE(summary.ok());
    EXPECT_THAT(percents, ElementsAre(5, 30, 70, 100));
    EXPECT_EQ(messages.front(), "Reading the file…");
    EXPECT_EQ(messages.back(), "Done: 2 rows, 2 new, 0 updated");
}

TEST_F(ImportServiceTest, OneBadRowAmongAHundredThousandWritesNothing) {
    ASSERT_NO_FATAL_FAILURE(SeedMasters());
    std::string file = "nip,kode_kompetensi,level,sumber,tanggal\n";
    const char* sources[] = {"asesmen", "atasan", "rekan", "mandiri"};
    const int kRows = 100000;
    for (int i = 0; i < kRows; ++i) {
        const auto day = domain::Date::FromYmd(1990, 1, 1).value().AddDays(i / 4).ToIso();
        file += std::string("198609262015051001,T.KES.02,") + (i == 77777 ? "9" : "3") + "," + sources[i % 4] + "," +
                day + "\n";
    }
    auto result = service().Import(Kind::penilaian, file, domain::Lang::id, Admin());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(result.error().message, "Berkas tidak diimpor: 1 kesalahan ditemukan");
    ASSERT_EQ(result.error().details.size(), 1u);
    EXPECT_EQ(result.error().details[0].row, 77779);
    EXPECT_EQ(result.error().details[0].column, "level");
    EXPECT_EQ(CountOf(Kind::penilaian), 0);
    auto audit = store().ListAudit(0, 100);
    ASSERT_TRUE(audit.ok());
    for (const auto& e : audit.value()) EXPECT_NE(e.entity, "penilaian");
}

TEST_F(ImportServiceTest, MissingReferenceNamesTheRowAndColumnInEnglish) {
    ASSERT_NO_FATAL_FAILURE(SeedMasters());
    const std::string file = Csv(
        Kind::penilaian, {ExampleRow(Kind::penilaian), ExampleRow(Kind::penilaian, {{"nip", "199512312020122001"}})});
    auto result = service().Import(Kind::penilaian, file, domain::Lang::en, Admin());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, "File not imported: 1 errors found");
    ASSERT_EQ(result.error().details.size(), 1u);
    EXPECT_EQ(formats::FormatDetail(result.error().details[0], domain::Lang::en),
              "row 3, column nip: '199512312020122001' is not in the Employees data (import that data first)");
}

TEST_F(ImportServiceTest, UnreadableFileIsAnError) {
    auto result = service().Import(Kind::opd, std::string("PK\x03\x04 bukan xlsx", 17), domain::Lang::id, Admin());
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(CountOf(Kind::opd), 0);
}

TEST_F(ImportServiceTest, XlsxWithExcelSerialDates) {
    ASSERT_NO_FATAL_FAILURE(SeedMasters());
    using formats::Cell;
    using formats::CellType;
    formats::Sheet sheet{
        "Data",
        {"nip", "kode_kompetensi", "level", "sumber", "tanggal"},
        {{Cell{CellType::text, "198609262015051001", 0}, Cell{CellType::text, "M.03", 0},
          Cell{CellType::number, "4", 4}, Cell{CellType::text, "atasan", 0}, Cell{CellType::number, "46096", 46096}}},
        {}};
    auto xlsx = formats::WriteXlsx({sheet});
    ASSERT_TRUE(xlsx.ok());
    auto summary = service().Import(Kind::penilaian, xlsx.value(), domain::Lang::id, Admin());
    ASSERT_TRUE(summary.ok()) << summary.error().message;
    storage::ListQuery all;
    all.limit = 0;
    auto page = store().List(Kind::penilaian, all);
    ASSERT_TRUE(page.ok());
    const auto& items = std::get<std::vector<domain::Assessment>>(page->items);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].date.ToIso(), "2026-03-15");
}

TEST_F(ImportServiceTest, RaterIsStoredOnlyAsTheKeyedHash) {
    ASSERT_NO_FATAL_FAILURE(SeedMasters());
    auto summary = service().Import(Kind::umpan_balik_360, Csv(Kind::umpan_balik_360, GoodRows(Kind::umpan_balik_360)),
                                    domain::Lang::id, Admin());
    ASSERT_TRUE(summary.ok()) << summary.error().message;
    storage::ListQuery all;
    all.limit = 0;
    auto page = store().List(Kind::umpan_balik_360, all);
    ASSERT_TRUE(page.ok());
    const auto& items = std::get<std::vector<domain::Feedback360>>(page->items);
    ASSERT_EQ(items.size(), 1u);
    EXPECT_EQ(items[0].rater_hash, KeyedHash(kRaterKey, "197803152003122002"));
    auto csv = ExportKind(store(), Kind::umpan_balik_360, ExportFormat::csv, all);
    ASSERT_TRUE(csv.ok());
    EXPECT_THAT(csv.value(), ::testing::Not(HasSubstr("197803152003122002")));
}

TEST_F(ImportServiceTest, PreviewShowsFirstRowsAndEveryErrorWithoutWriting) {
    ASSERT_NO_FATAL_FAILURE(SeedMasters());
    TextRows rows;
    for (int i = 0; i < 25; ++i) rows.push_back(ExampleRow(Kind::kinerja, {{"tahun", std::to_string(2000 + i)}}));
    rows[21][4] = "sangat_baik";  // the matrix gives baik for di_atas × sesuai
    auto preview = service().Preview(Kind::kinerja, Csv(Kind::kinerja, rows), domain::Lang::id, Admin());
    ASSERT_TRUE(preview.ok()) << preview.error().message;
    EXPECT_EQ(preview->total_rows, 25);
    EXPECT_EQ(preview->first_rows.size(), 20u);
    EXPECT_EQ(preview->header[1], "tahun");
    EXPECT_EQ(preview->first_rows[3][1], "2003");
    ASSERT_EQ(preview->errors.size(), 1u);
    EXPECT_EQ(preview->errors[0].row, 23);
    EXPECT_EQ(preview->errors[0].column, "predikat");
    EXPECT_EQ(CountOf(Kind::kinerja), 0);
}

TEST_F(ImportServiceTest, PreviewShowsWholeNumbersOfXlsxWithoutExponent) {
    auto xlsx = formats::WriteXlsx({formats::Sheet{
        "Data",
        {"kode_opd", "nama_opd", "anggaran_bangkom"},
        {{formats::Cell{formats::CellType::text, "DINKES", 0}, formats::Cell{formats::CellType::text, "Dinkes", 0},
          formats::Cell{formats::CellType::number, "250000000", 250000000}}},
        {}}});
    ASSERT_TRUE(xlsx.ok());
    auto preview = service().Preview(Kind::opd, xlsx.value(), domain::Lang::id, Admin());
    ASSERT_TRUE(preview.ok()) << preview.error().message;
    ASSERT_EQ(preview->first_rows.size(), 1u);
    EXPECT_EQ(preview->first_rows[0][2], "250000000");
    EXPECT_TRUE(preview->errors.empty());
}

TEST_F(ImportServiceTest, AgencyManagerImportsRowsOfItsAgency) {
    ASSERT_NO_FATAL_FAILURE(SeedMasters());
    auto summary = service().Import(Kind::penilaian, Csv(Kind::penilaian, GoodRows(Kind::penilaian)), domain::Lang::id,
                                    AgencyManager("DINKES"));
    ASSERT_TRUE(summary.ok()) << summary.error().message;
    EXPECT_EQ(summary->inserted, 1);
}

TEST_F(ImportServiceTest, AgencyManagerCannotImportRowsOfAnotherAgency) {
    ASSERT_NO_FATAL_FAILURE(SeedMasters());
    const std::string file = Csv(
        Kind::penilaian, {ExampleRow(Kind::penilaian), ExampleRow(Kind::penilaian, {{"nip", "199001012015011001"}})});
    auto result = service().Import(Kind::penilaian, file, domain::Lang::id, AgencyManager("DINKES"));
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::forbidden);
    ASSERT_EQ(result.error().details.size(), 1u);
    EXPECT_EQ(result.error().details[0].row, 3);
    EXPECT_EQ(result.error().details[0].column, "nip");
    EXPECT_THAT(result.error().details[0].message, HasSubstr("bukan milik OPD Anda (DINKES)"));
    EXPECT_EQ(CountOf(Kind::penilaian), 0);
}

TEST_F(ImportServiceTest, AgencyManagerScopeThroughAgencyUnitAndPosition) {
    ASSERT_NO_FATAL_FAILURE(SeedMasters());
    const Actor bkd = AgencyManager("BKD");
    auto employees =
        service().Import(Kind::pegawai, Csv(Kind::pegawai, GoodRows(Kind::pegawai)), domain::Lang::id, bkd);
    ASSERT_FALSE(employees.ok());
    ASSERT_EQ(employees.error().details.size(), 2u);  // the two DINKES rows
    EXPECT_EQ(employees.error().details[0].column, "kode_opd");

    auto survey = service().Import(Kind::skm, Csv(Kind::skm, GoodRows(Kind::skm)), domain::Lang::id, bkd);
    ASSERT_FALSE(survey.ok());
    EXPECT_EQ(survey.error().details.at(0).column, "kode_unit");

    auto standards =
        service().Import(Kind::standar_kompetensi, Csv(Kind::standar_kompetensi, GoodRows(Kind::standar_kompetensi)),
                         domain::Lang::id, bkd);
    ASSERT_FALSE(standards.ok());
    EXPECT_EQ(standards.error().details.at(0).column, "kode_jabatan");

    auto own = service().Import(Kind::skm, Csv(Kind::skm, {ExampleRow(Kind::skm, {{"kode_unit", "UPT.BKD"}})}),
                                domain::Lang::id, bkd);
    EXPECT_TRUE(own.ok());
}

TEST_F(ImportServiceTest, AgencyManagerCannotMoveAnEmployeeOfAnotherAgencyIntoItsOwn) {
    ASSERT_NO_FATAL_FAILURE(SeedMasters());
    // 197803152003122002 is a DINKES employee; BKD's manager lists them under BKD.
    const std::string file = Csv(Kind::pegawai, {ExampleRow(Kind::pegawai, {{"nip", "197803152003122002"},
                                                                            {"nama", "Dr. Hendra Saputra"},
                                                                            {"kode_jabatan", "BKD.ANALIS"},
                                                                            {"kode_opd", "BKD"},
                                                                            {"kode_unit", "UPT.BKD"},
                                                                            {"nip_atasan", ""},
                                                                            {"kode_jabatan_target", ""}})});
    auto moved = service().Import(Kind::pegawai, file, domain::Lang::id, AgencyManager("BKD"));
    ASSERT_FALSE(moved.ok());
    EXPECT_EQ(moved.error().code, ErrorCode::forbidden);
    ASSERT_EQ(moved.error().details.size(), 1u);
    EXPECT_EQ(moved.error().details[0].row, 2);
    EXPECT_EQ(moved.error().details[0].column, "nip");
    EXPECT_THAT(moved.error().details[0].message, HasSubstr("sudah terdaftar di OPD lain"));
    auto still = store().Get(Kind::pegawai, "197803152003122002");
    ASSERT_TRUE(still.ok());
    EXPECT_EQ(std::get<std::vector<domain::Employee>>(*still).at(0).agency_code, "DINKES");

    // The employee's own agency may update them, and the BKD may move them.
    auto by_bkd = service().Import(Kind::pegawai, file, domain::Lang::id, Admin());
    ASSERT_TRUE(by_bkd.ok()) << by_bkd.error().message;
    EXPECT_EQ(by_bkd->updated, 1);
}

TEST_F(ImportServiceTest, CatalogKindsAndOtherRolesAreForbidden) {
    auto catalog =
        service().Import(Kind::opd, Csv(Kind::opd, GoodRows(Kind::opd)), domain::Lang::id, AgencyManager("DINKES"));
    ASSERT_FALSE(catalog.ok());
    EXPECT_EQ(catalog.error().code, ErrorCode::forbidden);
    EXPECT_THAT(catalog.error().message, HasSubstr("Hanya admin BKD"));

    for (auto role : {domain::Role::asn, domain::Role::atasan, domain::Role::auditor, domain::Role::lembaga_mitra}) {
        Actor actor{9, "x", role, "DINKES"};
        auto result = service().Preview(Kind::penilaian, "nip\n1\n", domain::Lang::en, actor);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::forbidden);
    }

    auto unlinked = service().Import(Kind::skm, "kode_unit\nX\n", domain::Lang::id, AgencyManager(""));
    ASSERT_FALSE(unlinked.ok());
    EXPECT_EQ(unlinked.error().code, ErrorCode::forbidden);
    EXPECT_EQ(CountOf(Kind::opd), 0);
}

}  // namespace
}  // namespace bangkom::services::testing
