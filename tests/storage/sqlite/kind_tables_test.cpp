// The per-kind table descriptions agree with the schema the migrations build, and damaged rows are reported.

#include "storage/sqlite/kind_tables.hpp"

#include <gtest/gtest.h>

#include <set>

#include "sqlite_test_dir.hpp"
#include "storage/migrations/migrations.hpp"
#include "storage/sqlite/connection.hpp"
#include "storage/store.hpp"

namespace bangkom::storage::sqlite {
namespace {

std::set<std::string> TableColumns(Connection& db, std::string_view table) {
    auto info = db.Prepare("SELECT name FROM pragma_table_info(?1)");
    EXPECT_TRUE(info.ok());
    info->BindText(1, table);
    std::set<std::string> names;
    while (*info->Step()) names.insert(info->ColumnText(0));
    return names;
}

TEST(KindTables, EveryDescribedColumnExistsInTheSchema) {
    TempDir dir;
    auto db = Connection::Open(dir.File("k.db"), true);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(migrations::ApplyMigrations(*db, migrations::SqliteMigrations(), 1).ok());
    for (const domain::Kind kind : domain::AllKinds()) {
        const KindTable& table = TableOf(kind);
        EXPECT_EQ(table.table, domain::KindCode(kind));
        const std::set<std::string> columns = TableColumns(*db, table.table);
        for (const auto column : table.columns) EXPECT_TRUE(columns.contains(std::string(column))) << column;
        for (const auto column : table.search_columns) EXPECT_TRUE(columns.contains(std::string(column))) << column;
        if (!table.nip_column.empty()) {
            EXPECT_TRUE(columns.contains(std::string(table.nip_column)));
        }
        EXPECT_EQ(columns.contains("id"), table.has_id) << table.table;
        // Every stored column is bound: nothing but the generated id is left out.
        EXPECT_EQ(columns.size(), table.columns.size() + (table.has_id ? 1 : 0)) << table.table;
    }
}

TEST(KindTables, GeneratedSqlPreparesForEveryKind) {
    TempDir dir;
    auto db = Connection::Open(dir.File("k.db"), true);
    ASSERT_TRUE(db.ok());
    ASSERT_TRUE(migrations::ApplyMigrations(*db, migrations::SqliteMigrations(), 1).ok());
    for (const domain::Kind kind : domain::AllKinds()) {
        const KindSql& sql = SqlOf(kind);
        for (const std::string* text : {&sql.insert, &sql.update, &sql.select, &sql.count, &sql.by_key, &sql.keys}) {
            if (text->empty()) continue;
            auto prepared = db->Prepare(*text);
            EXPECT_TRUE(prepared.ok()) << *text << ": " << (prepared.ok() ? "" : prepared.error().message);
        }
    }
}

// Rows written behind the store's back (another tool, a damaged file) answer internal, not garbage.
class DamagedRows : public ::testing::Test {
  protected:
    void SetUp() override {
        path_ = dir_.File("d.db");
        auto store = OpenStore(path_);
        ASSERT_TRUE(store.ok());
        store_ = std::move(*store);
        auto db = Connection::Open(path_, false);
        ASSERT_TRUE(db.ok());
        raw_.emplace(std::move(*db));
        ASSERT_TRUE(raw_->Execute("PRAGMA foreign_keys = OFF").ok());
    }
    TempDir dir_;
    std::string path_;
    std::unique_ptr<Store> store_;
    std::optional<Connection> raw_;
};

TEST_F(DamagedRows, BadNipInARecordIsAnInternalError) {
    ASSERT_TRUE(
        raw_->Execute("INSERT INTO pegawai (nip, nama, kode_jabatan, kode_opd) VALUES ('12ab', 'x', 'P', 'A')").ok());
    auto page = store_->List(domain::Kind::pegawai, ListQuery{});
    ASSERT_FALSE(page.ok());
    EXPECT_EQ(page.error().code, ErrorCode::internal);
    EXPECT_NE(page.error().message.find("12ab"), std::string::npos);
}

TEST_F(DamagedRows, UnknownCodeOrDateIsAnInternalError) {
    ASSERT_TRUE(raw_->Execute("INSERT INTO kompetensi (kode, nama, jenis) VALUES ('K', 'x', 'sihir')").ok());
    auto competencies = store_->List(domain::Kind::kompetensi, ListQuery{});
    ASSERT_FALSE(competencies.ok());
    EXPECT_EQ(competencies.error().code, ErrorCode::internal);
    ASSERT_TRUE(raw_->Execute("INSERT INTO angkatan VALUES ('AN', 'PR', '2027-02-30', '2027-03-01', 0, '')").ok());
    auto offerings = store_->Get(domain::Kind::angkatan, "AN");
    ASSERT_FALSE(offerings.ok());
    EXPECT_EQ(offerings.error().code, ErrorCode::internal);
}

TEST_F(DamagedRows, UnknownRoleOrJobStateIsAnInternalError) {
    ASSERT_TRUE(raw_->Execute("INSERT INTO users (username, password_hash, role) VALUES ('u', 'h', 'raja')").ok());
    auto user = store_->FindUserByUsername("u");
    ASSERT_FALSE(user.ok());
    EXPECT_EQ(user.error().code, ErrorCode::internal);
    EXPECT_FALSE(store_->ListUsers().ok());
    ASSERT_TRUE(raw_->Execute("INSERT INTO jobs (id, kind, state, created_at, updated_at) "
                              "VALUES ('j', 'import', 'lost', 0, 0)")
                    .ok());
    auto job = store_->FindJob("j");
    ASSERT_FALSE(job.ok());
    EXPECT_EQ(job.error().code, ErrorCode::internal);
}

}  // namespace
}  // namespace bangkom::storage::sqlite
