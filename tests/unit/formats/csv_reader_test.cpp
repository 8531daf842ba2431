#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "formats/table.hpp"

namespace bangkom::formats {
namespace {

using domain::Lang;
using ::testing::ElementsAre;
using ::testing::HasSubstr;

Table ReadOk(std::string_view bytes) {
    auto result = ReadCsv(bytes, Lang::id);
    EXPECT_TRUE(result.ok()) << (result.ok() ? "" : result.error().message);
    return result.ok() ? std::move(result).value() : Table{};
}

std::vector<std::string> Texts(const std::vector<Cell>& row) {
    std::vector<std::string> texts;
    for (const Cell& cell : row) texts.push_back(cell.text);
    return texts;
}

TEST(ReadCsvTest, ReadsCommaSeparatedFileWithBom) {
    const Table t = ReadOk("\xEF\xBB\xBFnip , nama\r\n199001012015031001,Budi\r\n");
    EXPECT_THAT(t.header, ElementsAre("nip", "nama"));
    ASSERT_EQ(t.rows.size(), 1u);
    EXPECT_THAT(Texts(t.rows[0]), ElementsAre("199001012015031001", "Budi"));
    EXPECT_EQ(t.rows[0][0].type, CellType::text);
    EXPECT_THAT(t.row_numbers, ElementsAre(2));
    EXPECT_EQ(t.separator, ',');
    EXPECT_FALSE(t.decimal_comma);
}

TEST(ReadCsvTest, SemicolonSeparatorMeansDecimalComma) {
    const Table t = ReadOk("nip;level;catatan\n1;3,5;a,b\n");
    EXPECT_EQ(t.separator, ';');
    EXPECT_TRUE(t.decimal_comma);
    EXPECT_THAT(Texts(t.rows[0]), ElementsAre("1", "3,5", "a,b"));
}

TEST(ReadCsvTest, SeparatorTieAndQuotedSeparatorsFavourComma) {
    EXPECT_EQ(ReadOk("a;b,c\n").separator, ',');
    // The ';' inside quotes do not count: one ',' outside quotes wins.
    EXPECT_EQ(ReadOk("\"x;y;z\",b\n").separator, ',');
}

TEST(ReadCsvTest, QuotedFieldsWithDoubledQuotesSeparatorsAndNewlines) {
    const Table t = ReadOk("a,b,c\n\"say \"\"hi\"\"\",\"x,y\",\"line1\r\nline2\"\n\"\",\"plain\",z\n");
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_THAT(Texts(t.rows[0]), ElementsAre("say \"hi\"", "x,y", "line1\r\nline2"));
    EXPECT_EQ(t.rows[1][0].type, CellType::empty);
    EXPECT_THAT(Texts(t.rows[1]), ElementsAre("", "plain", "z"));
    // The multi-line field is still one row, as Excel shows it.
    EXPECT_THAT(t.row_numbers, ElementsAre(2, 3));
}

TEST(ReadCsvTest, TextAfterClosingQuoteIsKept) {
    const Table t = ReadOk("a,b\n\"x\"y,\"p\"\"\"q\n");
    EXPECT_THAT(Texts(t.rows[0]), ElementsAre("xy", "p\"q"));
}

TEST(ReadCsvTest, AcceptsLfCrlfAndLoneCrLineEnds) {
    for (const char* bytes : {"a,b\n1,2\n3,4", "a,b\r\n1,2\r\n3,4\r\n", "a,b\r1,2\r3,4\r"}) {
        const Table t = ReadOk(bytes);
        ASSERT_EQ(t.rows.size(), 2u) << bytes;
        EXPECT_THAT(Texts(t.rows[1]), ElementsAre("3", "4"));
        EXPECT_THAT(t.row_numbers, ElementsAre(2, 3));
    }
}

TEST(ReadCsvTest, SkipsEmptyLinesButKeepsExcelRowNumbers) {
    const Table t = ReadOk("\n\na,b\n1,2\n\n , \n,,\n3,4\n\n\n");
    EXPECT_THAT(t.header, ElementsAre("a", "b"));
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_THAT(t.row_numbers, ElementsAre(4, 8));
}

TEST(ReadCsvTest, BlankCellsAreEmptyAndOthersKeepTheirSpaces) {
    const Table t = ReadOk("a,b,c\n  ,x , y\n");
    EXPECT_EQ(t.rows[0][0].type, CellType::empty);
    EXPECT_EQ(t.rows[0][0].text, "");
    EXPECT_EQ(t.rows[0][1].text, "x ");
    EXPECT_EQ(t.rows[0][2].text, " y");
}

TEST(ReadCsvTest, ShortRowsArePaddedAndEmptyExtraFieldsDropped) {
    const Table t = ReadOk("a,b,c,,\n1\n1,2,3,, \n");
    EXPECT_EQ(t.header.size(), 3u);  // trailing empty header cells are not columns
    ASSERT_EQ(t.rows.size(), 2u);
    EXPECT_EQ(t.rows[0].size(), 3u);
    EXPECT_EQ(t.rows[0][2].type, CellType::empty);
    EXPECT_EQ(t.rows[1].size(), 3u);
}

TEST(ReadCsvTest, RowWithMoreFieldsThanHeaderIsAnErrorNamingTheRow) {
    auto result = ReadCsv("a,b\n1,2\n1,2,3\n4,5\n6,7,8,9\n", Lang::en);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::invalid_argument);
    ASSERT_EQ(result.error().details.size(), 2u);
    EXPECT_EQ(result.error().details[0].row, 3);
    EXPECT_EQ(result.error().details[0].column, "C");
    EXPECT_THAT(result.error().details[0].message, HasSubstr("more columns"));
    EXPECT_EQ(result.error().details[1].row, 5);
}

TEST(ReadCsvTest, UnterminatedQuoteNamesTheRowWhereTheFieldBegan) {
    auto result = ReadCsv("a,b\n1,2\n3,\"open\nmore\nlines\n", Lang::id);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.error().details.size(), 1u);
    EXPECT_EQ(result.error().details[0].row, 3);
    EXPECT_THAT(result.error().details[0].message, HasSubstr("kutip"));
    // An unterminated quote after a doubled quote, too.
    auto doubled = ReadCsv("a\n\"x\"\"y\n", Lang::en);
    ASSERT_FALSE(doubled.ok());
    EXPECT_EQ(doubled.error().details[0].row, 2);
    EXPECT_THAT(doubled.error().details[0].message, HasSubstr("quote"));
}

TEST(ReadCsvTest, InvalidUtf8IsAnErrorNamingRowAndColumn) {
    auto result = ReadCsv("a,b\n1,caf\xE9\n2,ok\n3,\xED\xA0\x80\n", Lang::en);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.error().details.size(), 2u);
    EXPECT_EQ(result.error().details[0].row, 2);
    EXPECT_EQ(result.error().details[0].column, "B");
    EXPECT_THAT(result.error().details[0].message, HasSubstr("UTF-8"));
    EXPECT_EQ(result.error().details[1].row, 4);  // a UTF-16 surrogate is not UTF-8 either
}

TEST(ReadCsvTest, InvalidUtf8InHeaderStopsAtTheHeader) {
    auto result = ReadCsv("n\xFFp\n1\n", Lang::id);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.error().details.size(), 1u);
    EXPECT_EQ(result.error().details[0].row, 1);
}

TEST(ReadCsvTest, AcceptsMultiByteUtf8) {
    const Table t = ReadOk("nama\nJos\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80\n");
    EXPECT_EQ(t.rows[0][0].text, "Jos\xC3\xA9 \xE2\x82\xAC \xF0\x9F\x98\x80");
}

TEST(ReadCsvTest, HeaderOnlyGivesNoRows) {
    const Table t = ReadOk("nip,nama\r\n");
    EXPECT_THAT(t.header, ElementsAre("nip", "nama"));
    EXPECT_TRUE(t.rows.empty());
}

TEST(ReadCsvTest, EmptyFileIsAnError) {
    for (const char* bytes : {"", "\xEF\xBB\xBF", "\r\n\n", ",,\n"}) {
        auto result = ReadCsv(bytes, Lang::en);
        ASSERT_FALSE(result.ok()) << bytes;
        EXPECT_THAT(result.error().message, HasSubstr("empty"));
    }
}

TEST(ReadCsvTest, ReadsAMillionRowsWithTheirExcelRowNumbers) {
    std::string csv = "nip,kode_kompetensi,level,sumber,tanggal\n";
    csv.reserve(60'000'000);
    for (int i = 0; i < 1'000'000; ++i) {
        csv += "19900101201503" + std::to_string(1000 + i % 9000) + ",M.0" + std::to_string(i % 9) +
               ",3.5,asesmen,2027-03-15\n";
    }
    auto result = ReadCsv(csv, Lang::id);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->rows.size(), 1'000'000u);
    EXPECT_EQ(result->row_numbers.back(), 1'000'001);
    // Speed is measured by bench/import_bench, not asserted here.
}

}  // namespace
}  // namespace bangkom::formats
