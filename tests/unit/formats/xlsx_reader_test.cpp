#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <unistd.h>
#include <xlsxwriter.h>
#include <zip.h>

#include <filesystem>
#include <fstream>
#include <iterator>
#include <map>
#include <string>

#include "formats/table.hpp"

namespace bangkom::formats {
namespace {

using domain::Lang;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
namespace fs = std::filesystem;

using Entries = std::map<std::string, std::string>;  // zip entry name → content

std::string Slurp(const fs::path& path) {
    std::ifstream in(path, std::ios::binary);
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

// A scratch file removed at the end of the test.
struct ScratchFile {
    fs::path path = fs::temp_directory_path() /
                    ("xlsx_reader_test_" + std::to_string(getpid()) + "_" + std::to_string(counter++) + ".xlsx");
    ~ScratchFile() { fs::remove(path); }
    static inline int counter = 0;
};

std::string Zip(const Entries& entries) {
    ScratchFile file;
    int error = 0;
    zip_t* archive = zip_open(file.path.c_str(), ZIP_CREATE | ZIP_TRUNCATE, &error);
    EXPECT_NE(archive, nullptr);
    for (const auto& [name, content] : entries) {
        zip_source_t* source = zip_source_buffer(archive, content.data(), content.size(), 0);
        const zip_int64_t index = zip_file_add(archive, name.c_str(), source, ZIP_FL_OVERWRITE);
        EXPECT_GE(index, 0);
        zip_set_file_compression(archive, static_cast<zip_uint64_t>(index), ZIP_CM_DEFLATE, 1);
    }
    EXPECT_EQ(zip_close(archive), 0);
    return Slurp(file.path);
}

Entries Fixture(const std::string& name) {
    Entries entries;
    const fs::path root = fs::path(BANGKOM_SOURCE_DIR) / "tests/fixtures/formats" / name;
    for (const auto& entry : fs::recursive_directory_iterator(root)) {
        if (entry.is_regular_file()) entries[fs::relative(entry.path(), root).generic_string()] = Slurp(entry.path());
    }
    EXPECT_FALSE(entries.empty()) << root;
    return entries;
}

// The minimal package with the given first sheet's <sheetData> content.
std::string MinimalXlsx(const std::string& sheet_data, const std::string& shared_strings = "") {
    Entries entries = Fixture("xlsx_minimal");
    entries["xl/worksheets/sheet1.xml"] =
        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\"><sheetData>" + sheet_data +
        "</sheetData></worksheet>";
    if (!shared_strings.empty()) entries["xl/sharedStrings.xml"] = shared_strings;
    return Zip(entries);
}

Table ReadOk(const std::string& bytes) {
    auto result = ReadXlsx(bytes, Lang::id);
    if (!result.ok()) {
        ADD_FAILURE() << result.error().message;
        for (const auto& d : result.error().details) ADD_FAILURE() << d.row << " " << d.column << ": " << d.message;
        return Table{};
    }
    return std::move(result).value();
}

TEST(ReadXlsxTest, ReadsSharedStringsNumbersBooleansAndErrorsFromTheFirstSheetInWorkbookOrder) {
    const Table t = ReadOk(Zip(Fixture("xlsx_shared")));
    EXPECT_THAT(t.header, ElementsAre("nip", "nama", "level", "aktif"));
    ASSERT_EQ(t.rows.size(), 3u);
    EXPECT_THAT(t.row_numbers, ElementsAre(2, 5, 7));  // rows 3, 4 (no values) and 6 are skipped

    const auto& first = t.rows[0];
    EXPECT_EQ(first[0].text, "199001012015031001");
    EXPECT_EQ(first[0].type, CellType::text);
    EXPECT_EQ(first[1].text, "Budi Santoso");  // rich text runs joined, phonetic run left out
    EXPECT_EQ(first[2].type, CellType::number);
    EXPECT_EQ(first[2].number, 3.5);
    EXPECT_EQ(first[2].text, "3.5");
    EXPECT_EQ(first[3].type, CellType::boolean);
    EXPECT_EQ(first[3].number, 1);

    const auto& second = t.rows[1];
    EXPECT_EQ(second[0].text, "x");  // formula string result
    EXPECT_EQ(second[1].type, CellType::empty);
    EXPECT_EQ(second[2].text, "#N/A");
    EXPECT_EQ(second[2].type, CellType::text);
    EXPECT_EQ(second[3].type, CellType::boolean);
    EXPECT_EQ(second[3].number, 0);

    const auto& third = t.rows[2];  // cells out of order, placed by their reference
    EXPECT_EQ(third[0].text, "0012");
    EXPECT_EQ(third[1].text, "baris\rdua");  // _x000D_ decoded
    EXPECT_EQ(third[2].text, "46096");
    EXPECT_EQ(third[3].type, CellType::empty);
}

TEST(ReadXlsxTest, ReadsInlineStringsWithPrefixedNamespaceAndRelativeParts) {
    const Table t = ReadOk(Zip(Fixture("xlsx_inline")));
    EXPECT_THAT(t.header, ElementsAre("kode", "nama"));
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0][1].text, "Integritas & etika");
    EXPECT_EQ(t.rows[1][0].type, CellType::number);
    EXPECT_EQ(t.rows[1][0].text, "12");
    EXPECT_THAT(t.row_numbers, ElementsAre(2, 4));  // rows without r count on from the previous one
}

TEST(ReadXlsxTest, HeaderIsTheFirstNonEmptyRowAndShortRowsArePadded) {
    const Table t = ReadOk(MinimalXlsx(
        R"(<row r="3"><c r="B3" t="inlineStr"><is><t> a </t></is></c><c r="C3" t="inlineStr"><is><t>b</t></is></c></row>)"
        R"(<row r="4"><c r="C4"><v>1e3</v></c></row>)"));
    EXPECT_THAT(t.header, ElementsAre("", "a", "b"));
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0].size(), 3u);
    EXPECT_EQ(t.rows[0][2].text, "1000");
    EXPECT_THAT(t.row_numbers, ElementsAre(4));
}

TEST(ReadXlsxTest, DecodesEntitiesCdataAndLineEndsAndSkipsCommentsAndPhoneticRuns) {
    const Table t = ReadOk(MinimalXlsx(
        R"(<!-- a comment with <row> inside --><row r="1"><c r="A1" t="inlineStr"><is><t>a &amp; b</t></is></c></row>)"
        "<row r='2'><c r='A2' t='inlineStr'><is><t>&lt;&#65;&#x42;&quot;&apos;&gt; &bogus; <![CDATA[<raw>]]></t>"
        "<rPh><t>skip</t></rPh></is></c></row>"
        "<row r=\"3\"><c r=\"A3\" t=\"inlineStr\"><is><t>one\r\ntwo\rthree</t></is></c></row>"));
    EXPECT_THAT(t.header, ElementsAre("a & b"));
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0][0].text, "<AB\"'> &bogus; <raw>");
    EXPECT_EQ(t.rows[1][0].text, "one\ntwo\nthree");
}

TEST(ReadXlsxTest, TruncatedSheetIsReportedAsDamaged) {
    for (const std::string& data : {std::string("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><row r=\"2\"><c r=\"A2"),
                                    std::string("<row r=\"1\"><c r=\"A1\"><v>1</v></c></row><!-- open")}) {
        Entries entries = Fixture("xlsx_minimal");
        entries["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData>" + data;
        auto result = ReadXlsx(Zip(entries), Lang::en);
        ASSERT_FALSE(result.ok());
        EXPECT_THAT(result.error().message, HasSubstr("damaged"));
    }
}

TEST(ReadXlsxTest, DateFormattedCellFromExcelArrivesAsItsSerialNumber) {
    ScratchFile file;
    lxw_workbook* workbook = workbook_new(file.path.c_str());
    lxw_worksheet* sheet = workbook_add_worksheet(workbook, "Data");
    lxw_format* date = workbook_add_format(workbook);
    format_set_num_format(date, "dd/mm/yyyy");
    worksheet_write_string(sheet, 0, 0, "tanggal", nullptr);
    lxw_datetime when = {2026, 3, 15, 0, 0, 0};
    worksheet_write_datetime(sheet, 1, 0, &when, date);
    ASSERT_EQ(workbook_close(workbook), LXW_NO_ERROR);

    const Table t = ReadOk(Slurp(file.path));
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_EQ(t.rows[0][0].type, CellType::number);
    EXPECT_EQ(t.rows[0][0].number, 46096);
    EXPECT_EQ(t.rows[0][0].text, "46096");
}

TEST(ReadXlsxTest, ValueInAColumnWithoutHeaderIsAnErrorNamingRowAndColumn) {
    auto result = ReadXlsx(MinimalXlsx(R"(<row r="1"><c r="A1" t="inlineStr"><is><t>a</t></is></c></row>)"
                                       R"(<row r="9"><c r="A9"><v>1</v></c><c r="D9"><v>2</v></c></row>)"),
                           Lang::en);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.error().details.size(), 1u);
    EXPECT_EQ(result.error().details[0].row, 9);
    EXPECT_EQ(result.error().details[0].column, "D");
    EXPECT_THAT(result.error().details[0].message, HasSubstr("without a header"));
}

TEST(ReadXlsxTest, SharedStringIndexOutOfRangeIsAnError) {
    auto result = ReadXlsx(MinimalXlsx(R"(<row r="1"><c r="A1" t="s"><v>0</v></c></row>)"
                                       R"(<row r="2"><c r="A2" t="s"><v>5</v></c></row>)",
                                       R"(<sst><si><t>a</t></si></sst>)"),
                           Lang::en);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.error().details.size(), 1u);
    EXPECT_EQ(result.error().details[0].row, 2);
    EXPECT_THAT(result.error().details[0].message, HasSubstr("shared string"));
}

TEST(ReadXlsxTest, InvalidUtf8TextIsAnErrorNamingTheCell) {
    auto result = ReadXlsx(MinimalXlsx(R"(<row r="1"><c r="A1" t="s"><v>0</v></c><c r="B1" t="s"><v>1</v></c></row>)"
                                       R"(<row r="2"><c r="B2" t="s"><v>1</v></c></row>)",
                                       "<sst><si><t>a</t></si><si><t>caf\xE9</t></si></sst>"),
                           Lang::en);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.error().details.size(), 2u);
    EXPECT_EQ(result.error().details[1].row, 2);
    EXPECT_EQ(result.error().details[1].column, "B");
    EXPECT_THAT(result.error().details[1].message, HasSubstr("UTF-8"));
}

TEST(ReadXlsxTest, MoreThan200ColumnsIsAnError) {
    std::string row = "<row r=\"1\">";
    for (int c = 0; c < 201; ++c) row += "<c t=\"inlineStr\"><is><t>k" + std::to_string(c) + "</t></is></c>";
    auto result = ReadXlsx(MinimalXlsx(row + "</row>"), Lang::en);
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, HasSubstr("200 columns"));
    // Exactly 200 columns are fine, and far-away cells without a value do not count.
    row = "<row r=\"1\">";
    for (int c = 0; c < 200; ++c) row += "<c t=\"inlineStr\"><is><t>k" + std::to_string(c) + "</t></is></c>";
    EXPECT_EQ(ReadOk(MinimalXlsx(row + "<c r=\"XFD1\" s=\"1\"/></row>")).header.size(), 200u);
}

TEST(ReadXlsxTest, MoreThanAMillionRowsIsAnError) {
    std::string data = R"(<row r="1"><c r="A1"><v>1</v></c></row>)";
    data.reserve(40'000'000);
    for (int r = 2; r <= 1'000'002; ++r) data += "<row><c><v>1</v></c></row>";
    auto result = ReadXlsx(MinimalXlsx(data), Lang::id);
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, HasSubstr("1.000.000 baris"));
}

TEST(ReadXlsxTest, NotAZipIsAClearError) {
    for (const std::string& bytes : {std::string("nip,nama\n"), std::string("PK\x03\x04 truncated", 14)}) {
        auto result = ReadXlsx(bytes, Lang::id);
        ASSERT_FALSE(result.ok());
        EXPECT_EQ(result.error().code, ErrorCode::invalid_argument);
        EXPECT_THAT(result.error().message, HasSubstr("bukan arsip zip"));
    }
}

TEST(ReadXlsxTest, ZipWithoutWorkbookIsAClearError) {
    auto result = ReadXlsx(Zip({{"hello.txt", "halo"}}), Lang::en);
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, HasSubstr("no readable workbook"));
}

TEST(ReadXlsxTest, MissingOrBrokenSheetPartIsAnError) {
    auto missing = ReadXlsx(Zip(Fixture("xlsx_minimal")), Lang::en);
    ASSERT_FALSE(missing.ok());
    EXPECT_THAT(missing.error().message, HasSubstr("damaged"));
    Entries entries = Fixture("xlsx_minimal");
    entries["xl/worksheets/sheet1.xml"] = "<worksheet><sheetData><row>";
    auto truncated = ReadXlsx(Zip(entries), Lang::en);
    ASSERT_FALSE(truncated.ok());
    EXPECT_THAT(truncated.error().message, HasSubstr("damaged"));
}

TEST(ReadXlsxTest, EmptyFirstSheetIsAnError) {
    auto result = ReadXlsx(MinimalXlsx(R"(<row r="1"><c r="A1" s="3"/></row>)"), Lang::en);
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, HasSubstr("empty"));
}

TEST(ReadXlsxTest, UncompressedSizeAbove200MiBIsRefused) {
    Entries entries = Fixture("xlsx_minimal");
    entries["xl/media/padding.bin"] = std::string((200u << 20) + 1, '\0');
    auto result = ReadXlsx(Zip(entries), Lang::en);
    ASSERT_FALSE(result.ok());
    EXPECT_THAT(result.error().message, HasSubstr("200 MiB"));
}

TEST(ReadTableTest, ChoosesXlsxByZipMagicAndCsvOtherwise) {
    auto xlsx = ReadTable(Zip(Fixture("xlsx_inline")), Lang::id);
    ASSERT_TRUE(xlsx.ok());
    EXPECT_THAT(xlsx->header, ElementsAre("kode", "nama"));
    auto csv = ReadTable("kode;nama\nM.01;Integritas\n", Lang::id);
    ASSERT_TRUE(csv.ok());
    EXPECT_EQ(csv->separator, ';');
    EXPECT_THAT(csv->header, ElementsAre("kode", "nama"));
}

}  // namespace
}  // namespace bangkom::formats
