#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "formats/kind_spec.hpp"

namespace bangkom::formats {
namespace {

using domain::Kind;
using ::testing::AllOf;
using ::testing::HasSubstr;
using Rows = std::vector<std::vector<std::string>>;

Cell TextCell(const std::string& text) {
    if (text.empty()) return {};
    return {CellType::text, text, 0};
}

Table MakeTable(std::vector<std::string> header, const Rows& rows, bool decimal_comma = false) {
    Table table;
    table.header = std::move(header);
    table.decimal_comma = decimal_comma;
    table.separator = decimal_comma ? ';' : ',';
    for (size_t i = 0; i < rows.size(); ++i) {
        std::vector<Cell> row;
        for (const auto& text : rows[i]) row.push_back(TextCell(text));
        row.resize(table.header.size());
        table.rows.push_back(std::move(row));
        table.row_numbers.push_back(static_cast<int>(i) + 2);
    }
    return table;
}

std::string FakeHash(std::string_view nip) {
    return std::string(64 - nip.size(), 'a') + std::string(nip);
}

ParseContext Context(domain::Lang lang = domain::Lang::id) {
    ParseContext ctx;
    ctx.lang = lang;
    ctx.year = 2027;
    ctx.existing_keys[Kind::opd] = {"DINKES", "BKD"};
    ctx.existing_keys[Kind::unit_layanan] = {"PKM.KENALI"};
    ctx.existing_keys[Kind::kompetensi] = {"T.KES.02", "M.03"};
    ctx.existing_keys[Kind::jabatan] = {"DINKES.PERAWAT.AM", "DINKES.PERAWAT.AMD"};
    ctx.existing_keys[Kind::pegawai] = {"198609262015051001", "197803152003122002"};
    ctx.existing_keys[Kind::program] = {"PRG.PPI.2027"};
    ctx.existing_keys[Kind::angkatan] = {"PPI.2027.A1"};
    ctx.hash_rater = FakeHash;
    return ctx;
}

std::vector<ErrorDetail> Errors(Kind kind, const Table& table, const ParseContext& ctx = Context()) {
    auto parsed = ParseRecords(kind, table, ctx);
    if (parsed.ok()) return {};
    return parsed.error().details;
}

template <class R>
std::vector<R> Parsed(Kind kind, const Table& table, const ParseContext& ctx = Context()) {
    auto parsed = ParseRecords(kind, table, ctx);
    if (!parsed.ok()) {
        std::string all;
        for (const auto& d : parsed.error().details) all += FormatDetail(d, domain::Lang::en) + "\n";
        ADD_FAILURE() << all;
        return {};
    }
    return std::get<std::vector<R>>(parsed.value());
}

const std::vector<std::string> kAssessmentHeader = {"nip", "kode_kompetensi", "level", "sumber", "tanggal"};
const std::vector<std::string> kAgencyHeader = {"kode_opd", "nama_opd", "singkatan", "anggaran_bangkom"};
const std::vector<std::string> kEmployeeHeader = {"nip", "nama", "kode_jabatan", "kode_opd", "nip_atasan", "status"};

TEST(ParseRecordsTest, HeaderIsCaseInsensitiveTrimmedAndInAnyOrder) {
    auto table = MakeTable({" Nama_OPD ", "KODE_OPD"}, {{"Dinas Kesehatan", "DINKES"}});
    auto agencies = Parsed<domain::Agency>(Kind::opd, table);
    ASSERT_EQ(agencies.size(), 1u);
    EXPECT_EQ(agencies[0].code, "DINKES");
    EXPECT_EQ(agencies[0].name, "Dinas Kesehatan");
    EXPECT_EQ(agencies[0].budget.rupiah, 0);  // optional column absent: the default
}

TEST(ParseRecordsTest, UnknownColumnIsOneErrorListingTheExpectedNames) {
    auto errors = Errors(Kind::opd, MakeTable({"kode_opd", "nama_opd", "alamat"}, {{"DINKES", "Dinkes", "x"}}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].row, 1);
    EXPECT_THAT(errors[0].message, AllOf(HasSubstr("alamat"), HasSubstr("kode_opd*"), HasSubstr("anggaran_bangkom")));
}

TEST(ParseRecordsTest, MissingRequiredColumnIsOneErrorListingTheExpectedNames) {
    auto errors = Errors(Kind::opd, MakeTable({"kode_opd"}, {{"DINKES"}}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_THAT(errors[0].message, AllOf(HasSubstr("wajib tidak ada: nama_opd"), HasSubstr("singkatan")));
}

TEST(ParseRecordsTest, DuplicateHeaderIsAnError) {
    auto errors = Errors(Kind::opd, MakeTable({"kode_opd", "nama_opd", "Kode_OPD"}, {{"A", "B", "C"}}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].column, "kode_opd");
    EXPECT_THAT(errors[0].message, HasSubstr("lebih dari sekali"));
}

TEST(ParseRecordsTest, UnnamedColumnsMayOnlyBeEmpty) {
    auto agencies = Parsed<domain::Agency>(Kind::opd, MakeTable({"kode_opd", "nama_opd", ""}, {{"A", "Dinas A", ""}}));
    EXPECT_EQ(agencies.size(), 1u);

    auto errors =
        Errors(Kind::opd, MakeTable({"kode_opd", "nama_opd", ""}, {{"A", "Dinas A", ""}, {"B", "Dinas B", "x"}}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].row, 1);
    EXPECT_THAT(errors[0].message, HasSubstr("kolom C berisi data"));
}

TEST(ParseRecordsTest, FileWithoutDataRowsIsAnError) {
    auto errors = Errors(Kind::opd, MakeTable(kAgencyHeader, {}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_THAT(errors[0].message, HasSubstr("tidak berisi baris data"));
}

TEST(ParseRecordsTest, RequiredCellMustBeFilled) {
    auto errors = Errors(Kind::opd, MakeTable(kAgencyHeader, {{"DINKES", "", "", ""}}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].row, 2);
    EXPECT_EQ(errors[0].column, "nama_opd");
    EXPECT_EQ(errors[0].message, "wajib diisi");
}

TEST(ParseRecordsTest, CodeOfMoreThan64CharactersIsRejected) {
    auto errors = Errors(Kind::opd, MakeTable(kAgencyHeader, {{std::string(65, 'X'), "Dinas", "", ""}}));
    ASSERT_FALSE(errors.empty());
    EXPECT_EQ(errors[0].column, "kode_opd");
    EXPECT_THAT(errors[0].message, HasSubstr("64"));
}

TEST(ParseRecordsTest, IntegerColumnRejectsFractionsAndText) {
    auto table = MakeTable({"kode_jabatan", "kode_kompetensi", "level"},
                           {{"DINKES.PERAWAT.AM", "T.KES.02", "3.5"}, {"DINKES.PERAWAT.AM", "M.03", "tiga"}});
    auto errors = Errors(Kind::standar_kompetensi, table);
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].column, "level");
    EXPECT_THAT(errors[0].message, HasSubstr("'3.5' bukan bilangan bulat"));
    EXPECT_EQ(errors[1].row, 3);
}

TEST(ParseRecordsTest, DecimalCommaOnlyInSemicolonFiles) {
    const Rows rows = {{"198609262015051001", "T.KES.02", "3,5", "asesmen", "2027-02-10"}};
    auto with_comma = Parsed<domain::Assessment>(Kind::penilaian, MakeTable(kAssessmentHeader, rows, true));
    ASSERT_EQ(with_comma.size(), 1u);
    EXPECT_DOUBLE_EQ(with_comma[0].level, 3.5);

    auto errors = Errors(Kind::penilaian, MakeTable(kAssessmentHeader, rows, false));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].column, "level");
    EXPECT_THAT(errors[0].message, HasSubstr("koma desimal hanya untuk CSV dengan pemisah ';'"));
}

TEST(ParseRecordsTest, DecimalCommaThroughTheCsvReader) {
    auto semicolon =
        ReadCsv("nip;kode_kompetensi;level;sumber;tanggal\n198609262015051001;T.KES.02;3,5;rekan;10/02/2027\n",
                domain::Lang::id);
    ASSERT_TRUE(semicolon.ok());
    auto parsed = Parsed<domain::Assessment>(Kind::penilaian, semicolon.value());
    ASSERT_EQ(parsed.size(), 1u);
    EXPECT_DOUBLE_EQ(parsed[0].level, 3.5);

    auto comma =
        ReadCsv("nip,kode_kompetensi,level,sumber,tanggal\n198609262015051001,T.KES.02,\"3,5\",rekan,2027-02-10\n",
                domain::Lang::id);
    ASSERT_TRUE(comma.ok());
    auto errors = Errors(Kind::penilaian, comma.value());
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].column, "level");
}

TEST(ParseRecordsTest, DecimalRejectsText) {
    auto errors =
        Errors(Kind::penilaian,
               MakeTable(kAssessmentHeader, {{"198609262015051001", "T.KES.02", "tinggi", "asesmen", "2027-02-10"}}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_THAT(errors[0].message, HasSubstr("'tinggi' bukan angka"));
}

TEST(ParseRecordsTest, MoneyAcceptsEveryRupiahForm) {
    auto table = MakeTable(
        kAgencyHeader,
        {{"A", "Dinas A", "", "1500000"}, {"B", "Dinas B", "", "1.500.000"}, {"C", "Dinas C", "", "Rp 1.500.000"}});
    auto agencies = Parsed<domain::Agency>(Kind::opd, table);
    ASSERT_EQ(agencies.size(), 3u);
    for (const auto& a : agencies) EXPECT_EQ(a.budget.rupiah, 1500000) << a.code;
}

TEST(ParseRecordsTest, MoneyRejectsOtherForms) {
    auto errors = Errors(Kind::opd, MakeTable(kAgencyHeader, {{"A", "Dinas A", "", "1,5 juta"}}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].column, "anggaran_bangkom");
    EXPECT_THAT(errors[0].message, HasSubstr("Rupiah"));
}

TEST(ParseRecordsTest, DatesAsIsoSlashedOrExcelSerial) {
    auto table = MakeTable(kAssessmentHeader, {{"198609262015051001", "T.KES.02", "3", "asesmen", "2026-03-15"},
                                               {"198609262015051001", "T.KES.02", "3", "atasan", "15/03/2026"},
                                               {"198609262015051001", "T.KES.02", "3", "rekan", ""}});
    table.rows[2][4] = Cell{CellType::number, "46096", 46096};  // how XLSX hands over a date cell
    auto assessments = Parsed<domain::Assessment>(Kind::penilaian, table);
    ASSERT_EQ(assessments.size(), 3u);
    const auto expected = domain::Date::FromYmd(2026, 3, 15).value();
    for (const auto& a : assessments) EXPECT_EQ(a.date, expected);
}

TEST(ParseRecordsTest, ImpossibleDateIsRejected) {
    auto errors =
        Errors(Kind::penilaian,
               MakeTable(kAssessmentHeader, {{"198609262015051001", "T.KES.02", "3", "asesmen", "2027-02-30"}}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].column, "tanggal");
    EXPECT_THAT(errors[0].message, HasSubstr("bukan tanggal"));
}

TEST(ParseRecordsTest, UnknownEnumCodeListsTheAllowedCodes) {
    auto errors = Errors(Kind::penilaian, MakeTable(kAssessmentHeader,
                                                    {{"198609262015051001", "T.KES.02", "3", "Atasan", "2027-02-10"}}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].column, "sumber");
    EXPECT_THAT(errors[0].message, HasSubstr("'Atasan' tidak dikenal; pilihan: asesmen, atasan, rekan, mandiri"));
}

TEST(ParseRecordsTest, EmployeeNipFollowsPnsRulesUnlessPppk) {
    // Birth month 13 is no date: wrong for a PNS, acceptable digits for a PPPK number.
    const Rows rows = {{"198613262015051001", "Budi", "DINKES.PERAWAT.AM", "DINKES", "", "pns"},
                       {"198613262015051002", "Ani", "DINKES.PERAWAT.AM", "DINKES", "", "pppk"}};
    auto errors = Errors(Kind::pegawai, MakeTable(kEmployeeHeader, rows));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].row, 2);
    EXPECT_EQ(errors[0].column, "nip");
    EXPECT_THAT(errors[0].message, HasSubstr("Tanggal lahir"));
}

TEST(ParseRecordsTest, ReferenceNipMustBe18Digits) {
    auto errors = Errors(Kind::penilaian, MakeTable(kAssessmentHeader,
                                                    {{"19860926201505100", "T.KES.02", "3", "asesmen", "2027-02-10"}}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].column, "nip");
    EXPECT_THAT(errors[0].message, HasSubstr("18"));
}

TEST(ParseRecordsTest, NipThatExcelTurnedIntoANumberGetsAHint) {
    auto table = MakeTable(kAssessmentHeader, {{"", "T.KES.02", "3", "asesmen", "2027-02-10"}});
    table.rows[0][0] = Cell{CellType::number, "1.98609262015051e+17", 198609262015051001.0};
    auto errors = Errors(Kind::penilaian, table);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].column, "nip");
    EXPECT_THAT(errors[0].message, HasSubstr("sebagai Teks di Excel"));
}

TEST(ParseRecordsTest, MissingReferenceNamesTheKindToImportFirst) {
    auto errors = Errors(Kind::penilaian,
                         MakeTable(kAssessmentHeader, {{"199001012015011001", "X.99", "3", "asesmen", "2027-02-10"}}));
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_EQ(errors[0].column, "nip");
    EXPECT_THAT(errors[0].message, HasSubstr("tidak ada di data Pegawai"));
    EXPECT_EQ(errors[1].column, "kode_kompetensi");
    EXPECT_THAT(errors[1].message, HasSubstr("'X.99' tidak ada di data Kompetensi"));
}

TEST(ParseRecordsTest, SupervisorMayBeDefinedLaterInTheSameFile) {
    const Rows rows = {{"199001012015011001", "Budi", "DINKES.PERAWAT.AM", "DINKES", "198801012010012002", ""},
                       {"198801012010012002", "Ani", "DINKES.PERAWAT.AM", "DINKES", "198609262015051001", ""}};
    auto employees = Parsed<domain::Employee>(Kind::pegawai, MakeTable(kEmployeeHeader, rows));
    ASSERT_EQ(employees.size(), 2u);
    ASSERT_TRUE(employees[0].supervisor_nip.has_value());
    EXPECT_EQ(employees[0].supervisor_nip->str(), "198801012010012002");
    EXPECT_EQ(employees[1].status, domain::EmploymentStatus::pns);
}

TEST(ParseRecordsTest, SupervisorNowhereIsAnError) {
    const Rows rows = {{"199001012015011001", "Budi", "DINKES.PERAWAT.AM", "DINKES", "198801012010012002", ""}};
    auto errors = Errors(Kind::pegawai, MakeTable(kEmployeeHeader, rows));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].column, "nip_atasan");
    EXPECT_THAT(errors[0].message, HasSubstr("berkas ini"));
}

TEST(ParseRecordsTest, DuplicateKeyIsReportedOnTheLaterRow) {
    auto table = MakeTable(kAgencyHeader, {{"DINKES", "Dinas Kesehatan", "", ""},
                                           {"BKD", "Badan Kepegawaian", "", ""},
                                           {"DINKES", "Dinas Kesehatan lagi", "", ""}});
    auto errors = Errors(Kind::opd, table);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].row, 4);
    EXPECT_EQ(errors[0].column, "kode_opd");
    EXPECT_THAT(errors[0].message, HasSubstr("baris 2"));
}

TEST(ParseRecordsTest, CompositeKeyDuplicatesOnlyWhenEveryPartIsEqual) {
    auto table = MakeTable(kAssessmentHeader, {{"198609262015051001", "T.KES.02", "3", "asesmen", "2027-02-10"},
                                               {"198609262015051001", "T.KES.02", "3", "atasan", "2027-02-10"},
                                               {"198609262015051001", "T.KES.02", "4", "asesmen", "10/02/2027"}});
    auto errors = Errors(Kind::penilaian, table);
    ASSERT_EQ(errors.size(), 1u);  // row 4 repeats row 2's key in another date form
    EXPECT_EQ(errors[0].row, 4);
}

TEST(ParseRecordsTest, PredikatIsDerivedAndMustMatchTheMatrixWhenGiven) {
    const std::vector<std::string> header = {"nip", "tahun", "hasil_kerja", "perilaku_kerja", "predikat"};
    auto good = Parsed<domain::PerformanceRating>(
        Kind::kinerja, MakeTable(header, {{"198609262015051001", "2026", "di_atas", "di_atas", ""},
                                          {"197803152003122002", "2026", "di_bawah", "di_bawah", "sangat_kurang"}}));
    ASSERT_EQ(good.size(), 2u);
    EXPECT_EQ(good[0].predikat, domain::Predikat::sangat_baik);
    EXPECT_EQ(good[1].predikat, domain::Predikat::sangat_kurang);

    auto errors =
        Errors(Kind::kinerja, MakeTable(header, {{"198609262015051001", "2026", "di_atas", "sesuai", "sangat_baik"}}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].column, "predikat");
    EXPECT_THAT(errors[0].message, HasSubstr("predikatnya baik"));
}

TEST(ParseRecordsTest, ProgramRaisesAreParsedAndChecked) {
    const std::vector<std::string> header = {"kode_program",      "nama",      "lembaga", "bentuk", "jp",
                                             "biaya_per_peserta", "kompetensi"};
    auto programs = Parsed<domain::Program>(
        Kind::program,
        MakeTable(header, {{"P1", "PPI", "BPSDM", "bimtek", "40", "Rp 3.500.000", "M.03:1; T.KES.02:2"}}));
    ASSERT_EQ(programs.size(), 1u);
    ASSERT_EQ(programs[0].raises.size(), 2u);
    EXPECT_EQ(programs[0].raises[1].competency_code, "T.KES.02");
    EXPECT_EQ(programs[0].raises[1].levels, 2);
    EXPECT_EQ(programs[0].max_level, 5);
    EXPECT_EQ(programs[0].cost_per_participant.rupiah, 3500000);

    auto errors = Errors(Kind::program, MakeTable(header, {{"P1", "PPI", "BPSDM", "bimtek", "40", "0", "M.03=1"},
                                                           {"P2", "PPI", "BPSDM", "bimtek", "40", "0", "X.1:1"}}));
    ASSERT_EQ(errors.size(), 2u);
    EXPECT_THAT(errors[0].message, HasSubstr("KODE:JUMLAH_LEVEL"));
    EXPECT_THAT(errors[1].message, HasSubstr("'X.1' tidak ada di data Kompetensi"));
}

TEST(ParseRecordsTest, ProposalsTakeTheYearOfTheImport) {
    auto proposals = Parsed<domain::Proposal>(
        Kind::usulan, MakeTable({"nip", "kode_kompetensi", "bentuk"}, {{"198609262015051001", "M.03", "e_learning"}}));
    ASSERT_EQ(proposals.size(), 1u);
    EXPECT_EQ(proposals[0].year, 2027);
    EXPECT_EQ(proposals[0].priority, 2);
    EXPECT_EQ(proposals[0].form, domain::DevelopmentForm::e_learning);
}

TEST(ParseRecordsTest, RaterNipIsKeptOnlyAsItsKeyedHash) {
    const std::vector<std::string> header = {"nip_dinilai",     "nip_penilai", "hubungan",
                                             "kode_kompetensi", "skor",        "tanggal"};
    auto feedback = Parsed<domain::Feedback360>(
        Kind::umpan_balik_360,
        MakeTable(header, {{"198609262015051001", "19780315 200312 2 002", "atasan", "M.03", "4", "2027-05-20"},
                           {"198609262015051001", "", "mandiri", "M.03", "3", "2027-05-20"}}));
    ASSERT_EQ(feedback.size(), 2u);
    EXPECT_EQ(feedback[0].rater_hash, FakeHash("197803152003122002"));
    EXPECT_TRUE(feedback[1].rater_hash.empty());

    ParseContext no_hash = Context();
    no_hash.hash_rater = nullptr;
    auto parsed = ParseRecords(Kind::umpan_balik_360, MakeTable(header, {}), no_hash);
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, ErrorCode::internal);
}

TEST(ParseRecordsTest, ValidationDetailsAreAttachedToTheRow) {
    auto errors =
        Errors(Kind::penilaian,
               MakeTable(kAssessmentHeader, {{"198609262015051001", "T.KES.02", "3", "asesmen", "2027-02-10"},
                                             {"198609262015051001", "T.KES.02", "6.5", "rekan", "2027-02-10"}}));
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].row, 3);
    EXPECT_EQ(errors[0].column, "level");
}

TEST(ParseRecordsTest, EveryErrorIsCollectedInRowOrder) {
    auto table = MakeTable(kAssessmentHeader, {{"198609262015051001", "T.KES.02", "x", "asesmen", "2027-02-10"},
                                               {"198609262015051001", "T.KES.02", "3", "asesmen", "2027-02-11"},
                                               {"1", "T.KES.02", "3", "guru", "kemarin"}});
    table.row_numbers = {2, 5, 9};  // the reader skipped empty lines
    auto parsed = ParseRecords(Kind::penilaian, table, Context());
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(parsed.error().message, "Berkas tidak diimpor: 4 kesalahan ditemukan");
    const auto& d = parsed.error().details;
    ASSERT_EQ(d.size(), 4u);
    EXPECT_EQ(d[0].row, 2);
    EXPECT_EQ(d[1].row, 9);
    EXPECT_EQ(d[1].column, "nip");
    EXPECT_EQ(d[2].column, "sumber");
    EXPECT_EQ(d[3].column, "tanggal");
}

TEST(ParseRecordsTest, MessagesInEnglish) {
    auto parsed =
        ParseRecords(Kind::opd, MakeTable(kAgencyHeader, {{"DINKES", "", "", "banyak"}}), Context(domain::Lang::en));
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().message, "File not imported: 2 errors found");
    ASSERT_EQ(parsed.error().details.size(), 2u);
    EXPECT_EQ(parsed.error().details[0].message, "is required");
    EXPECT_THAT(parsed.error().details[1].message, HasSubstr("is not a whole Rupiah amount"));

    auto header = ParseRecords(Kind::opd, MakeTable({"kode"}, {{"X"}}), Context(domain::Lang::en));
    ASSERT_FALSE(header.ok());
    EXPECT_THAT(header.error().details[0].message, HasSubstr("Expected columns"));
}

TEST(ParseRecordsTest, HundredThousandRowsWithOneBadRowReportExactlyThatRow) {
    Table table = MakeTable(kAssessmentHeader, {});
    const int kRows = 100000;
    table.rows.reserve(kRows);
    for (int i = 0; i < kRows; ++i) {
        // Four sources per day keep every key distinct within the supported years.
        static constexpr const char* kSources[] = {"asesmen", "atasan", "rekan", "mandiri"};
        const auto day = domain::Date::FromYmd(1990, 1, 1).value().AddDays(i / 4).ToIso();
        const std::string level = i == 56789 ? "lima" : "3";
        table.rows.push_back({TextCell("198609262015051001"), TextCell("T.KES.02"), TextCell(level),
                              TextCell(kSources[i % 4]), TextCell(day)});
        table.row_numbers.push_back(i + 2);
    }
    auto errors = Errors(Kind::penilaian, table);
    ASSERT_EQ(errors.size(), 1u);
    EXPECT_EQ(errors[0].row, 56791);
    EXPECT_EQ(errors[0].column, "level");

    table.rows[56789][2] = TextCell("3");
    auto parsed = ParseRecords(Kind::penilaian, table, Context());
    ASSERT_TRUE(parsed.ok());
    EXPECT_EQ(domain::RecordCount(parsed.value()), static_cast<size_t>(kRows));
}

}  // namespace
}  // namespace bangkom::formats
