#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <algorithm>
#include <chrono>

#include "formats/kind_spec.hpp"
#include "formats/values.hpp"
#include "import_fixture.hpp"
#include "services/import_service.hpp"
#include "services/passwords.hpp"

namespace bangkom::services::testing {
namespace {

using domain::Kind;

class ExportTest : public StoreTest {
  protected:
    /// What a parse of `bytes` gives, with the keys now stored and the service's rater hash.
    std::vector<std::string> ParsedRows(Kind kind, std::string_view bytes) {
        auto table = formats::ReadTable(bytes, domain::Lang::en);
        EXPECT_TRUE(table.ok());
        if (!table.ok()) return {};
        formats::ParseContext ctx;
        ctx.lang = domain::Lang::en;
        ctx.year = CurrentYear();
        for (Kind k : domain::AllKinds()) {
            auto keys = store().Keys(k);
            if (keys.ok()) ctx.existing_keys[k].insert(keys->begin(), keys->end());
        }
        ctx.hash_rater = [](std::string_view nip) { return KeyedHash(kRaterKey, nip); };
        auto records = formats::ParseRecords(kind, table.value(), ctx);
        if (!records.ok()) {
            ADD_FAILURE() << domain::KindCode(kind) << ": "
                          << (records.error().details.empty()
                                  ? records.error().message
                                  : formats::FormatDetail(records.error().details[0], domain::Lang::en));
            return {};
        }
        std::vector<std::string> rows;
        for (const auto& row : formats::ToRows(records.value())) {
            std::string text;
            for (const auto& cell : row) text += cell.text + "|";
            rows.push_back(text);
        }
        std::sort(rows.begin(), rows.end());
        return rows;
    }

    static int CurrentYear() {
        const std::chrono::year_month_day today{
            std::chrono::floor<std::chrono::days>(std::chrono::system_clock::now())};
        return static_cast<int>(today.year());
    }
};

TEST_F(ExportTest, EveryKindRoundTripsThroughStoreAndExport) {
    storage::ListQuery all;
    for (Kind kind : domain::AllKinds()) {
        SCOPED_TRACE(std::string(domain::KindCode(kind)));
        const std::string file = Csv(kind, GoodRows(kind));
        auto summary = service().Import(kind, file, domain::Lang::en, Admin());
        ASSERT_TRUE(summary.ok()) << summary.error().message << " "
                                  << (summary.error().details.empty()
                                          ? ""
                                          : formats::FormatDetail(summary.error().details[0], domain::Lang::en));
        auto csv = ExportKind(store(), kind, ExportFormat::csv, all);
        ASSERT_TRUE(csv.ok()) << csv.error().message;
        EXPECT_EQ(ParsedRows(kind, csv.value()), ParsedRows(kind, file));
        auto xlsx = ExportKind(store(), kind, ExportFormat::xlsx, all);
        ASSERT_TRUE(xlsx.ok()) << xlsx.error().message;
        EXPECT_EQ(ParsedRows(kind, xlsx.value()), ParsedRows(kind, file));
    }
}

TEST_F(ExportTest, ExportedFileImportsAgainAsUpdates) {
    ASSERT_NO_FATAL_FAILURE(SeedMasters());
    auto csv = ExportKind(store(), Kind::pegawai, ExportFormat::csv, storage::ListQuery{});
    ASSERT_TRUE(csv.ok());
    auto again = service().Import(Kind::pegawai, csv.value(), domain::Lang::id, Admin());
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(again->inserted, 0);
    EXPECT_EQ(again->updated, 3);
}

TEST_F(ExportTest, ScopeFiltersTheRowsAndLimitIsIgnored) {
    ASSERT_NO_FATAL_FAILURE(SeedMasters());
    storage::ListQuery scope;
    scope.agency_code = "BKD";
    scope.limit = 1;
    auto csv = ExportKind(store(), Kind::pegawai, ExportFormat::csv, scope);
    ASSERT_TRUE(csv.ok());
    auto table = formats::ReadTable(csv.value(), domain::Lang::id);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rows.size(), 1u);
    EXPECT_EQ(formats::CellText(table->rows[0][0]), "199001012015011001");

    scope.agency_code.clear();
    auto everyone = ExportKind(store(), Kind::pegawai, ExportFormat::xlsx, scope);
    ASSERT_TRUE(everyone.ok());
    auto sheet = formats::ReadTable(everyone.value(), domain::Lang::id);
    ASSERT_TRUE(sheet.ok());
    EXPECT_EQ(sheet->rows.size(), 3u);
    EXPECT_EQ(sheet->header.front(), "nip");
}

TEST_F(ExportTest, NumbersAreNumberCellsInXlsx) {
    ASSERT_NO_FATAL_FAILURE(SeedMasters());
    auto xlsx = ExportKind(store(), Kind::opd, ExportFormat::xlsx, storage::ListQuery{});
    ASSERT_TRUE(xlsx.ok());
    auto table = formats::ReadTable(xlsx.value(), domain::Lang::id);
    ASSERT_TRUE(table.ok());
    ASSERT_EQ(table->rows.size(), 2u);
    for (const auto& row : table->rows) EXPECT_EQ(row[3].type, formats::CellType::number);
}

}  // namespace
}  // namespace bangkom::services::testing
