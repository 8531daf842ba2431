#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>

#include "formats/table.hpp"

namespace bangkom::formats {
namespace {

using ::testing::ElementsAre;

Cell Text(std::string text) {
    return Cell{CellType::text, std::move(text), 0};
}
Cell Number(double value, std::string text = "") {
    return Cell{CellType::number, std::move(text), value};
}

TEST(WriteCsvTest, StartsWithBomAndEndsLinesWithCrlf) {
    EXPECT_EQ(WriteCsv({"kode", "nama"}, {{Text("M.01"), Text("Integritas")}}),
              "\xEF\xBB\xBFkode,nama\r\nM.01,Integritas\r\n");
}

TEST(WriteCsvTest, QuotesOnlyWhenNeeded) {
    const std::string csv =
        WriteCsv({"a"}, {{Text("x,y")}, {Text("say \"hi\"")}, {Text("two\nlines")}, {Text(" pad")}, {Text("plain")}});
    EXPECT_EQ(csv,
              "\xEF\xBB\xBF"
              "a\r\n\"x,y\"\r\n\"say \"\"hi\"\"\"\r\n\"two\nlines\"\r\n\" pad\"\r\nplain\r\n");
}

TEST(WriteCsvTest, WritesNumbersBooleansAndEmptyCells) {
    const std::string csv =
        WriteCsv({"a", "b", "c", "d", "e"},
                 {{Number(3.5), Number(46096, "46096"), Cell{}, Cell{CellType::boolean, "", 1}, Number(0.1)}});
    EXPECT_EQ(csv,
              "\xEF\xBB\xBF"
              "a,b,c,d,e\r\n3.5,46096,,TRUE,0.1\r\n");
}

TEST(WriteCsvTest, QuotesHeaderNamesToo) {
    EXPECT_EQ(WriteCsv({"a,b"}, {}), "\xEF\xBB\xBF\"a,b\"\r\n");
}

TEST(WriteCsvTest, FormulaLikeTextIsWrittenBehindAnApostrophe) {
    const std::string csv =
        WriteCsv({"a", "b", "c", "d", "e"},
                 {{Text("=HYPERLINK(\"http://x\")"), Text("+1"), Text("-2"), Text("@SUM(A1)"), Number(-3)}});
    EXPECT_EQ(csv,
              "\xEF\xBB\xBF"
              "a,b,c,d,e\r\n\"'=HYPERLINK(\"\"http://x\"\")\",'+1,'-2,'@SUM(A1),-3\r\n");
}

TEST(WriteCsvTest, ReadCsvTakesTheGuardOffAgainAndLeavesOtherApostrophes) {
    auto table = ReadCsv(WriteCsv({"a", "b", "c"}, {{Text("=1+1"), Text("'quoted'"), Text("\tx")}}), domain::Lang::id);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rows.size(), 1u);
    EXPECT_EQ(table->rows[0][0].text, "=1+1");
    EXPECT_EQ(table->rows[0][1].text, "'quoted'");
    EXPECT_EQ(table->rows[0][2].text, "\tx");
}

TEST(WriteCsvTest, ReadCsvReadsBackWhatWasWritten) {
    const std::vector<std::vector<Cell>> rows = {{Text("0012"), Text("a \"quoted\", multi\r\nline"), Text(" x ")},
                                                 {Text("Jos\xC3\xA9"), Cell{}, Number(3.5)}};
    auto table = ReadCsv(WriteCsv({"kode", "catatan", "nilai"}, rows), domain::Lang::id);
    ASSERT_TRUE(table.ok());
    EXPECT_THAT(table->header, ElementsAre("kode", "catatan", "nilai"));
    ASSERT_EQ(table->rows.size(), 2u);
    EXPECT_EQ(table->rows[0][0].text, "0012");
    EXPECT_EQ(table->rows[0][1].text, "a \"quoted\", multi\r\nline");
    EXPECT_EQ(table->rows[0][2].text, " x ");
    EXPECT_EQ(table->rows[1][0].text, "Jos\xC3\xA9");
    EXPECT_EQ(table->rows[1][1].type, CellType::empty);
    EXPECT_EQ(table->rows[1][2].text, "3.5");
    EXPECT_THAT(table->row_numbers, ElementsAre(2, 3));
}

}  // namespace
}  // namespace bangkom::formats
