#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "formats/table.hpp"
#include "formats/xlsx_zip.hpp"

namespace bangkom::formats {
namespace {

using domain::Lang;
using ::testing::ElementsAre;
using ::testing::HasSubstr;
using ::testing::Not;

Cell Text(std::string text) {
    return Cell{CellType::text, std::move(text), 0};
}
Cell Number(double value) {
    return Cell{CellType::number, "", value};
}

std::string Part(const std::string& xlsx, const std::string& name) {
    auto zip = detail::ZipReader::Open(xlsx);
    if (!zip) return "";
    return zip->Read(name).value_or("");
}

Sheet Penilaian() {
    Sheet sheet;
    sheet.name = "Penilaian";
    sheet.header = {"kode", "nama", "level", "aktif"};
    sheet.rows = {{Text("0012"), Text("Jos\xC3\xA9 & <Co>"), Number(3.5), Cell{CellType::boolean, "TRUE", 1}},
                  {Text("M.01"), Cell{}, Number(46096), Cell{}},
                  {Text("1e3"), Text("  spasi  "), Text("lit_x000D_eral _x12_"), Text("a\x01\tb\r\nc")}};
    return sheet;
}

TEST(WriteXlsxTest, ReadXlsxReadsBackTextNumbersAndEmptyCells) {
    auto xlsx = WriteXlsx({Penilaian()});
    ASSERT_TRUE(xlsx.ok()) << xlsx.error().message;
    auto table = ReadXlsx(*xlsx, Lang::id);
    ASSERT_TRUE(table.ok()) << table.error().message;
    EXPECT_THAT(table->header, ElementsAre("kode", "nama", "level", "aktif"));
    ASSERT_EQ(table->rows.size(), 3u);
    EXPECT_THAT(table->row_numbers, ElementsAre(2, 3, 4));
    const auto& first = table->rows[0];
    EXPECT_EQ(first[0].type, CellType::text);  // leading zeros stay text
    EXPECT_EQ(first[0].text, "0012");
    EXPECT_EQ(first[1].text, "Jos\xC3\xA9 & <Co>");
    EXPECT_EQ(first[2].type, CellType::number);
    EXPECT_EQ(first[2].number, 3.5);
    EXPECT_EQ(first[3].type, CellType::boolean);
    EXPECT_EQ(table->rows[1][1].type, CellType::empty);
    EXPECT_EQ(table->rows[1][2].text, "46096");
    EXPECT_EQ(table->rows[2][0].type, CellType::text);  // "1e3" is not turned into 1000
    EXPECT_EQ(table->rows[2][1].text, "  spasi  ");
    EXPECT_EQ(table->rows[2][2].text, "lit_x000D_eral _x12_");  // not read as an escaped character
    EXPECT_EQ(table->rows[2][3].text, "a\x01\tb\r\nc");
    EXPECT_EQ(table->rows[1][3].type, CellType::empty);  // short row
}

TEST(WriteXlsxTest, HeaderIsBoldFilledFrozenAndFiltered) {
    auto xlsx = WriteXlsx({Penilaian()});
    ASSERT_TRUE(xlsx.ok());
    const std::string sheet = Part(*xlsx, "xl/worksheets/sheet1.xml");
    EXPECT_THAT(sheet, HasSubstr("state=\"frozen\""));
    EXPECT_THAT(sheet, HasSubstr("<autoFilter ref=\"A1:D4\"/>"));
    EXPECT_THAT(sheet, HasSubstr("<c r=\"A1\" s=\"1\""));  // the header cells use the header format
    const std::string styles = Part(*xlsx, "xl/styles.xml");
    EXPECT_THAT(styles, HasSubstr("<b/>"));
    EXPECT_THAT(styles, HasSubstr("FFDDEBF7"));
}

TEST(WriteXlsxTest, ColumnWidthsAreGivenOrFromContentUpTo60) {
    Sheet sheet;
    sheet.name = "Lebar";
    sheet.header = {"a", "b", "c"};
    sheet.rows = {{Text("x"), Text(std::string(100, 'y')), Text("z")}};
    sheet.column_widths = {0, 0, 25};
    auto xlsx = WriteXlsx({sheet});
    ASSERT_TRUE(xlsx.ok());
    const std::string xml = Part(*xlsx, "xl/worksheets/sheet1.xml");
    EXPECT_THAT(xml, HasSubstr("<col min=\"1\" max=\"1\" width=\"8.7109375\""));   // minimum 8
    EXPECT_THAT(xml, HasSubstr("<col min=\"2\" max=\"2\" width=\"60.7109375\""));  // capped at 60
    EXPECT_THAT(xml, HasSubstr("<col min=\"3\" max=\"3\" width=\"25.7109375\""));  // as given
}

TEST(WriteXlsxTest, EverySheetIsWrittenAndFirstIsRead) {
    Sheet notes;
    notes.name = "Keterangan";
    notes.header = {"kolom", "arti"};
    notes.rows = {{Text("kode"), Text("kode kompetensi")}};
    auto xlsx = WriteXlsx({Penilaian(), notes});
    ASSERT_TRUE(xlsx.ok());
    const std::string workbook = Part(*xlsx, "xl/workbook.xml");
    EXPECT_THAT(workbook, HasSubstr("name=\"Penilaian\""));
    EXPECT_THAT(workbook, HasSubstr("name=\"Keterangan\""));
    EXPECT_THAT(Part(*xlsx, "xl/worksheets/sheet2.xml"), HasSubstr("kode kompetensi"));
    auto table = ReadXlsx(*xlsx, Lang::id);
    ASSERT_TRUE(table.ok());
    EXPECT_EQ(table->header.front(), "kode");
}

TEST(WriteXlsxTest, SheetNamesAreMadeValidShortAndUnique) {
    Sheet a;
    a.name = "Standar kompetensi jabatan fungsional";  // 37 characters
    a.header = {"x"};
    Sheet b = a;
    Sheet c = a;
    c.name = "a/b:c?[d]";
    Sheet d = a;
    d.name = "";
    auto xlsx = WriteXlsx({a, b, c, d});
    ASSERT_TRUE(xlsx.ok()) << xlsx.error().message;
    const std::string workbook = Part(*xlsx, "xl/workbook.xml");
    EXPECT_THAT(workbook, HasSubstr("name=\"Standar kompetensi jabatan fung\""));
    EXPECT_THAT(workbook, HasSubstr("name=\"Standar kompetensi jabatan (2)\""));
    EXPECT_THAT(workbook, HasSubstr("name=\"a_b_c__d_\""));
    EXPECT_THAT(workbook, HasSubstr("name=\"Sheet4\""));
}

TEST(WriteXlsxTest, TextLongerThanExcelAllowsIsAnError) {
    Sheet sheet;
    sheet.name = "Panjang";
    sheet.header = {"catatan"};
    sheet.rows = {{Text(std::string(40000, 'x'))}};
    auto xlsx = WriteXlsx({sheet});
    ASSERT_FALSE(xlsx.ok());
    EXPECT_THAT(xlsx.error().message, HasSubstr("XLSX"));
}

TEST(WriteXlsxTest, TooManyRowsForOneSheetIsAnError) {
    Sheet sheet;
    sheet.name = "Besar";
    sheet.header = {"a"};
    sheet.rows.resize(1'048'576);
    auto xlsx = WriteXlsx({sheet});
    ASSERT_FALSE(xlsx.ok());
    EXPECT_EQ(xlsx.error().code, ErrorCode::invalid_argument);
    EXPECT_THAT(xlsx.error().message, HasSubstr("1,048,576"));
}

TEST(WriteXlsxTest, NoSheetsStillGivesAValidWorkbook) {
    auto xlsx = WriteXlsx({});
    ASSERT_TRUE(xlsx.ok());
    EXPECT_TRUE(xlsx->starts_with("PK\x03\x04"));
    EXPECT_THAT(Part(*xlsx, "xl/workbook.xml"), Not(HasSubstr("Penilaian")));
}

}  // namespace
}  // namespace bangkom::formats
