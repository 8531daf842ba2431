#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <string>
#include <vector>

#include "formats/kind_spec.hpp"

namespace bangkom::formats {
namespace {

using domain::Kind;

std::string FakeHash(std::string_view nip) {
    return std::string(64 - nip.size(), 'b') + std::string(nip);
}

ParseContext Context() {
    ParseContext ctx;
    ctx.year = 2027;
    ctx.existing_keys[Kind::opd] = {"DINKES"};
    ctx.existing_keys[Kind::unit_layanan] = {"PKM.KENALI"};
    ctx.existing_keys[Kind::kompetensi] = {"T.KES.02", "M.03"};
    ctx.existing_keys[Kind::jabatan] = {"DINKES.PERAWAT.AM", "DINKES.PERAWAT.AMD"};
    ctx.existing_keys[Kind::pegawai] = {"198609262015051001", "197803152003122002"};
    ctx.existing_keys[Kind::program] = {"PRG.PPI.2027"};
    ctx.existing_keys[Kind::angkatan] = {"PPI.2027.A1"};
    ctx.hash_rater = FakeHash;
    return ctx;
}

std::vector<std::string> HeaderOf(Kind kind) {
    std::vector<std::string> header;
    for (const auto& c : SpecOf(kind).columns) header.emplace_back(c.name);
    return header;
}

/// The template's example row as a file would carry it (text cells).
Table ExampleTable(Kind kind) {
    Table table;
    table.header = HeaderOf(kind);
    std::vector<Cell> row;
    for (const auto& c : SpecOf(kind).columns) {
        row.push_back(c.example.empty() ? Cell{} : Cell{CellType::text, std::string(c.example), 0});
    }
    table.rows.push_back(std::move(row));
    table.row_numbers.push_back(2);
    return table;
}

Table TableOf(Kind kind, std::vector<std::vector<Cell>> rows) {
    Table table;
    table.header = HeaderOf(kind);
    for (size_t i = 0; i < rows.size(); ++i) table.row_numbers.push_back(static_cast<int>(i) + 2);
    table.rows = std::move(rows);
    return table;
}

std::string Describe(const std::vector<std::vector<Cell>>& rows) {
    std::string out;
    for (const auto& row : rows) {
        for (const auto& cell : row) out += std::to_string(static_cast<int>(cell.type)) + ":" + cell.text + "|";
        out += "\n";
    }
    return out;
}

std::vector<std::vector<Cell>> ParseToRows(Kind kind, const Table& table) {
    auto parsed = ParseRecords(kind, table, Context());
    if (!parsed.ok()) {
        std::string all;
        for (const auto& d : parsed.error().details) all += FormatDetail(d, domain::Lang::en) + "\n";
        ADD_FAILURE() << domain::KindCode(kind) << ": " << all;
        return {};
    }
    return ToRows(parsed.value());
}

class EveryKindTest : public ::testing::TestWithParam<Kind> {};

TEST_P(EveryKindTest, ExampleRowParsesAndRoundTripsThroughRows) {
    const Kind kind = GetParam();
    auto rows = ParseToRows(kind, ExampleTable(kind));
    ASSERT_EQ(rows.size(), 1u);
    ASSERT_EQ(rows[0].size(), SpecOf(kind).columns.size());
    auto again = ParseToRows(kind, TableOf(kind, rows));
    EXPECT_EQ(Describe(again), Describe(rows));
}

TEST_P(EveryKindTest, RoundTripsThroughCsv) {
    const Kind kind = GetParam();
    auto rows = ParseToRows(kind, ExampleTable(kind));
    auto table = ReadCsv(WriteCsv(HeaderOf(kind), rows), domain::Lang::id);
    ASSERT_TRUE(table.ok()) << table.error().message;
    auto again = ParseToRows(kind, table.value());
    // A CSV carries text only: compare the text of every cell.
    ASSERT_EQ(again.size(), rows.size());
    for (size_t c = 0; c < rows[0].size(); ++c) EXPECT_EQ(again[0][c].text, rows[0][c].text) << c;
}

TEST_P(EveryKindTest, RoundTripsThroughXlsx) {
    const Kind kind = GetParam();
    auto rows = ParseToRows(kind, ExampleTable(kind));
    auto bytes = WriteXlsx({Sheet{"Data", HeaderOf(kind), rows, {}}});
    ASSERT_TRUE(bytes.ok()) << bytes.error().message;
    auto table = ReadXlsx(bytes.value(), domain::Lang::id);
    ASSERT_TRUE(table.ok()) << table.error().message;
    EXPECT_EQ(Describe(ParseToRows(kind, table.value())), Describe(rows));
}

INSTANTIATE_TEST_SUITE_P(Kinds, EveryKindTest,
                         ::testing::ValuesIn(domain::AllKinds().begin(), domain::AllKinds().end()),
                         [](const ::testing::TestParamInfo<Kind>& p) {
                             return std::string(domain::KindCode(p.param));
                         });

TEST(ToRowsTest, CellsAreTypedNumbersAndIsoDates) {
    domain::Assessment a;
    a.nip = domain::Nip::Parse("198609262015051001").value();
    a.competency_code = "T.KES.02";
    a.level = 3.5;
    a.source = domain::AssessmentSource::rekan;
    a.date = domain::Date::FromYmd(2027, 3, 15).value();
    auto rows = ToRows(domain::Records{std::vector<domain::Assessment>{a}});
    ASSERT_EQ(rows.size(), 1u);
    ASSERT_EQ(rows[0].size(), 5u);
    EXPECT_EQ(rows[0][0].type, CellType::text);
    EXPECT_EQ(rows[0][0].text, "198609262015051001");
    EXPECT_EQ(rows[0][2].type, CellType::number);
    EXPECT_DOUBLE_EQ(rows[0][2].number, 3.5);
    EXPECT_EQ(rows[0][2].text, "3.5");
    EXPECT_EQ(rows[0][3].text, "rekan");
    EXPECT_EQ(rows[0][4].type, CellType::text);
    EXPECT_EQ(rows[0][4].text, "2027-03-15");
}

TEST(ToRowsTest, MoneyIsAWholeNumberAndEmptyOptionalsAreEmptyCells) {
    domain::Agency agency{"DINKES", "Dinas Kesehatan", "", domain::Money{250000000}};
    auto rows = ToRows(domain::Records{std::vector<domain::Agency>{agency}});
    ASSERT_EQ(rows[0].size(), 4u);
    EXPECT_EQ(rows[0][2].type, CellType::empty);
    EXPECT_EQ(rows[0][3].type, CellType::number);
    EXPECT_EQ(rows[0][3].text, "250000000");

    domain::SurveyResponse response;
    response.unit_code = "PKM.KENALI";
    response.answers[0] = 4;
    auto survey = ToRows(domain::Records{std::vector<domain::SurveyResponse>{response}});
    ASSERT_EQ(survey[0].size(), SpecOf(Kind::skm).columns.size());
    EXPECT_EQ(survey[0][2].text, "4");
    EXPECT_EQ(survey[0][3].type, CellType::empty);
}

TEST(ToRowsTest, ProgramRaisesInTheirTextForm) {
    domain::Program program;
    program.code = "P";
    program.raises = {{"M.03", 1}, {"T.KES.02", 2}};
    auto rows = ToRows(domain::Records{std::vector<domain::Program>{program}});
    EXPECT_EQ(rows[0][6].text, "M.03:1;T.KES.02:2");
}

}  // namespace
}  // namespace bangkom::formats
