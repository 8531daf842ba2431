// The PostgreSQL migrations keep step with the SQLite ones: same versions and names, and after migrating both,
// the same tables, columns (type by the dialect mapping, nullability), primary keys, foreign keys and indexes.
// Also: the shared version logic, and two processes migrating one PostgreSQL database at once.

#include <gtest/gtest.h>

#include <map>
#include <set>
#include <thread>
#include <tuple>

#include "storage/migrations/migrations.hpp"
#include "storage/postgres/pg_test_database.hpp"
#include "storage/sqlite/sqlite_test_dir.hpp"

namespace bangkom::storage::migrations {
namespace {

namespace pgt = postgres::testing;

// table → column → (type, nullable); the SQLite declared type is mapped to PostgreSQL's name for it.
using Columns = std::map<std::string, std::map<std::string, std::pair<std::string, bool>>>;
// (table, column, referenced table)
using ForeignKeys = std::set<std::tuple<std::string, std::string, std::string>>;

std::string PgTypeOf(const std::string& sqlite_type) {
    if (sqlite_type == "INTEGER") return "bigint";
    if (sqlite_type == "REAL") return "double precision";
    if (sqlite_type == "TEXT") return "text";
    return "unmapped " + sqlite_type;
}

struct Schema {
    Columns columns;
    std::map<std::string, std::vector<std::string>> primary_keys;
    ForeignKeys foreign_keys;
    std::set<std::string> indexes;  // explicit CREATE INDEX names
};

Schema SqliteSchema(sqlite::Connection& db) {
    Schema schema;
    auto tables = db.Prepare("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite%'");
    std::vector<std::string> names;
    while (*tables->Step()) names.push_back(tables->ColumnText(0));
    for (const std::string& table : names) {
        auto info = db.Prepare("SELECT name, type, \"notnull\", pk FROM pragma_table_info(?1) ORDER BY pk, cid");
        info->BindText(1, table);
        while (*info->Step()) {
            const bool pk = info->ColumnInt(3) > 0;
            schema.columns[table][info->ColumnText(0)] = {PgTypeOf(info->ColumnText(1)),
                                                          info->ColumnInt(2) == 0 && !pk};
            if (pk) schema.primary_keys[table].push_back(info->ColumnText(0));
        }
        auto fks = db.Prepare("SELECT \"from\", \"table\" FROM pragma_foreign_key_list(?1)");
        fks->BindText(1, table);
        while (*fks->Step()) schema.foreign_keys.emplace(table, fks->ColumnText(0), fks->ColumnText(1));
    }
    auto indexes = db.Prepare("SELECT name FROM sqlite_master WHERE type = 'index' AND sql IS NOT NULL");
    while (*indexes->Step()) schema.indexes.insert(indexes->ColumnText(0));
    return schema;
}

Schema PostgresSchema(postgres::Connection& db) {
    Schema schema;
    auto columns = db.QueryOnce(
        "SELECT table_name, column_name, data_type, is_nullable FROM information_schema.columns "
        "WHERE table_schema = current_schema()");
    EXPECT_TRUE(columns.ok());
    for (int r = 0; columns.ok() && r < columns->Rows(); ++r) {
        schema.columns[columns->Text(r, 0)][columns->Text(r, 1)] = {columns->Text(r, 2), columns->Text(r, 3) == "YES"};
    }
    auto pks = db.QueryOnce(
        "SELECT c.relname, a.attname FROM pg_index i JOIN pg_class c ON c.oid = i.indrelid "
        "JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema() "
        "CROSS JOIN LATERAL unnest(i.indkey) WITH ORDINALITY AS k(attnum, ord) "
        "JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = k.attnum WHERE i.indisprimary "
        "ORDER BY c.relname, k.ord");
    EXPECT_TRUE(pks.ok());
    for (int r = 0; pks.ok() && r < pks->Rows(); ++r) schema.primary_keys[pks->Text(r, 0)].push_back(pks->Text(r, 1));
    auto fks = db.QueryOnce(
        "SELECT c.relname, a.attname, f.relname FROM pg_constraint k JOIN pg_class c ON c.oid = k.conrelid "
        "JOIN pg_class f ON f.oid = k.confrelid JOIN pg_attribute a ON a.attrelid = c.oid AND a.attnum = ANY "
        "(k.conkey) JOIN pg_namespace n ON n.oid = c.relnamespace AND n.nspname = current_schema() "
        "WHERE k.contype = 'f'");
    EXPECT_TRUE(fks.ok());
    for (int r = 0; fks.ok() && r < fks->Rows(); ++r) {
        schema.foreign_keys.emplace(fks->Text(r, 0), fks->Text(r, 1), fks->Text(r, 2));
    }
    auto indexes = db.QueryOnce(
        "SELECT i.indexname FROM pg_indexes i WHERE i.schemaname = current_schema() AND NOT EXISTS "
        "(SELECT 1 FROM pg_constraint k WHERE k.conname = i.indexname)");
    EXPECT_TRUE(indexes.ok());
    for (int r = 0; indexes.ok() && r < indexes->Rows(); ++r) schema.indexes.insert(indexes->Text(r, 0));
    return schema;
}

TEST(PostgresMigrations, SameVersionsAndNamesAsSqlite) {
    const auto sqlite = SqliteMigrations();
    const auto postgres = PostgresMigrations();
    ASSERT_EQ(postgres.size(), sqlite.size());
    for (size_t i = 0; i < sqlite.size(); ++i) {
        EXPECT_EQ(postgres[i].version, sqlite[i].version);
        EXPECT_EQ(postgres[i].name, sqlite[i].name);
    }
}

TEST(PendingMigrations, FreshDatabaseNeedsEveryVersion) {
    auto pending = PendingMigrations(0, PostgresMigrations());
    ASSERT_TRUE(pending.ok());
    EXPECT_EQ(pending->size(), PostgresMigrations().size());
}

TEST(PendingMigrations, OnlyTheNewerVersionsRemain) {
    auto pending = PendingMigrations(2, SqliteMigrations());
    ASSERT_TRUE(pending.ok());
    ASSERT_EQ(pending->size(), SqliteMigrations().size() - 2);
    EXPECT_EQ(pending->front().version, 3);
    EXPECT_TRUE(PendingMigrations(SqliteMigrations().back().version, SqliteMigrations())->empty());
}

TEST(PendingMigrations, ANewerDatabaseIsRefused) {
    auto pending = PendingMigrations(99, SqliteMigrations());
    ASSERT_FALSE(pending.ok());
    EXPECT_EQ(pending.error().code, ErrorCode::failed_precondition);
    EXPECT_NE(pending.error().message.find("lebih baru"), std::string::npos);
}

class PostgresMigrator : public ::testing::Test {
  protected:
    void SetUp() override {
        if (pgt::AdminUrl().empty()) GTEST_SKIP() << "BANGKOM_TEST_POSTGRES is not set";
        database_ = std::make_unique<pgt::TestDatabase>(pgt::AdminUrl());
    }
    postgres::Connection Connect() {
        auto c = postgres::Connection::Open(database_->Url());
        EXPECT_TRUE(c.ok()) << c.error().message;
        return std::move(*c);
    }
    int64_t Scalar(postgres::Connection& c, const std::string& sql) {
        auto r = c.QueryOnce(sql);
        EXPECT_TRUE(r.ok()) << r.error().message;
        return r.ok() ? r->Int(0, 0) : -1;
    }
    std::unique_ptr<pgt::TestDatabase> database_;
};

TEST_F(PostgresMigrator, SchemaMatchesSqliteTableByTable) {
    sqlite::TempDir dir;
    auto lite = sqlite::Connection::Open(dir.File("m.db"), true);
    ASSERT_TRUE(lite.ok());
    ASSERT_TRUE(ApplyMigrations(*lite, SqliteMigrations(), 1).ok());
    postgres::Connection pg = Connect();
    auto applied = ApplyMigrations(pg, PostgresMigrations(), 1);
    ASSERT_TRUE(applied.ok()) << applied.error().message;

    const Schema expected = SqliteSchema(*lite);
    const Schema actual = PostgresSchema(pg);
    ASSERT_GE(expected.columns.size(), 20u);  // every kind, the raises, the application tables
    EXPECT_EQ(actual.columns, expected.columns);
    EXPECT_EQ(actual.primary_keys, expected.primary_keys);
    EXPECT_EQ(actual.foreign_keys, expected.foreign_keys);
    EXPECT_EQ(actual.indexes, expected.indexes);
}

TEST_F(PostgresMigrator, FreshDatabaseGetsEveryVersionAndAgainRunsNothing) {
    postgres::Connection pg = Connect();
    auto first = ApplyMigrations(pg, PostgresMigrations(), 1'800'000'000);
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_EQ(*first, PostgresMigrations().back().version);
    auto again = ApplyMigrations(pg, PostgresMigrations(), 1'900'000'000);  // would fail on CREATE TABLE
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(Scalar(pg, "SELECT COUNT(*) FROM schema_migrations"), static_cast<int64_t>(PostgresMigrations().size()));
    EXPECT_EQ(Scalar(pg, "SELECT MAX(applied_at) FROM schema_migrations"), 1'800'000'000);
}

TEST_F(PostgresMigrator, GeneratedIdsAreIdentityColumns) {
    postgres::Connection pg = Connect();
    ASSERT_TRUE(ApplyMigrations(pg, PostgresMigrations(), 1).ok());
    EXPECT_EQ(Scalar(pg,
                     "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                     "AND column_name = 'id' AND is_identity = 'YES'"),
              19);  // usulan, skm, reaksi, umpan_balik_360, users, audit_log (1-3), proposal_history, forum_threads,
                    // forum_posts, notifications (4), plans (5), xapi_clients (7), course_modules, scorm_commits (8),
                    // quiz_questions, quiz_attempts (9), kampanye_360 (12),
                    // revisi_program, periode_skm (13)
    // and no generated integer id anywhere is left without an identity (it would need an explicit value)
    EXPECT_EQ(Scalar(pg,
                     "SELECT COUNT(*) FROM information_schema.columns WHERE table_schema = current_schema() "
                     "AND column_name = 'id' AND data_type = 'bigint' AND is_identity = 'NO'"),
              0);
}

TEST_F(PostgresMigrator, ANewerDatabaseIsRefused) {
    postgres::Connection pg = Connect();
    ASSERT_TRUE(ApplyMigrations(pg, PostgresMigrations(), 1).ok());
    ASSERT_TRUE(pg.Exec("INSERT INTO schema_migrations (version, applied_at) VALUES (99, 1)").ok());
    auto refused = ApplyMigrations(pg, PostgresMigrations(), 2);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::failed_precondition);
}

TEST_F(PostgresMigrator, AFailingMigrationIsRolledBackAndNamed) {
    postgres::Connection pg = Connect();
    ASSERT_TRUE(pg.Exec("CREATE TABLE opd (x INTEGER)").ok());  // version 1 will collide with it
    auto failed = ApplyMigrations(pg, PostgresMigrations(), 1);
    ASSERT_FALSE(failed.ok());
    EXPECT_NE(failed.error().message.find("Migrasi 1 (master data) gagal"), std::string::npos)
        << failed.error().message;
    EXPECT_EQ(Scalar(pg, "SELECT COUNT(*) FROM schema_migrations"), 0);
    EXPECT_EQ(Scalar(pg, "SELECT COUNT(*) FROM pg_tables WHERE tablename = 'unit_layanan'"), 0);
}

// Two processes starting at once: the advisory lock makes the second wait, then find each version applied.
TEST_F(PostgresMigrator, FourConnectionsMigratingAtOnceApplyEachVersionOnce) {
    constexpr int kRacers = 4;
    std::vector<postgres::Connection> connections;
    for (int i = 0; i < kRacers; ++i) connections.push_back(Connect());
    std::vector<Result<int>> results(kRacers, Result<int>(0));
    std::vector<std::thread> threads;
    for (int i = 0; i < kRacers; ++i) {
        threads.emplace_back([&, i] { results[i] = ApplyMigrations(connections[i], PostgresMigrations(), i); });
    }
    for (auto& thread : threads) thread.join();
    for (const auto& result : results) {
        ASSERT_TRUE(result.ok()) << result.error().message;
        EXPECT_EQ(*result, PostgresMigrations().back().version);
    }
    EXPECT_EQ(Scalar(connections[0], "SELECT COUNT(*) FROM schema_migrations"),
              static_cast<int64_t>(PostgresMigrations().size()));
}

}  // namespace
}  // namespace bangkom::storage::migrations
