// Migrations: applied once each, in order, each in its own transaction, recorded with their time.

#include <gtest/gtest.h>

#include <optional>

#include "domain/kinds.hpp"
#include "storage/migrations/migrations.hpp"
#include "storage/sqlite/sqlite_test_dir.hpp"

namespace bangkom::storage::migrations {
namespace {

using sqlite::Connection;

class MigratorTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = Connection::Open(dir_.File("m.db"), true);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        connection_.emplace(std::move(*opened));
    }
    Connection& db() { return *connection_; }
    int64_t Scalar(std::string_view sql) {
        auto s = db().Prepare(sql);
        EXPECT_TRUE(s.ok());
        if (!s.ok()) return -1;
        auto row = s->Step();
        EXPECT_TRUE(row.ok() && *row);
        return s->ColumnInt(0);
    }
    bool HasTable(const std::string& name) {
        auto s = db().Prepare("SELECT COUNT(*) FROM sqlite_master WHERE type = 'table' AND name = ?1");
        s->BindText(1, name);
        EXPECT_TRUE(*s->Step());
        return s->ColumnInt(0) == 1;
    }

    sqlite::TempDir dir_;
    std::optional<Connection> connection_;
};

TEST_F(MigratorTest, FreshDatabaseGetsEveryVersionRecorded) {
    auto version = ApplyMigrations(db(), SqliteMigrations(), 1'800'000'000);
    ASSERT_TRUE(version.ok()) << version.error().message;
    EXPECT_EQ(*version, SqliteMigrations().back().version);
    EXPECT_EQ(Scalar("SELECT COUNT(*) FROM schema_migrations"), static_cast<int64_t>(SqliteMigrations().size()));
    EXPECT_EQ(Scalar("SELECT MIN(applied_at) FROM schema_migrations"), 1'800'000'000);
    EXPECT_EQ(*SchemaVersion(db()), *version);
}

TEST_F(MigratorTest, VersionsAreConsecutiveFromOne) {
    int expected = 1;
    for (const Migration& m : SqliteMigrations()) EXPECT_EQ(m.version, expected++);
}

// The PostgreSQL list must mirror these version by version: keep SQLite-only forms out of them.
TEST_F(MigratorTest, SchemaAvoidsSqliteOnlyForms) {
    for (const Migration& m : SqliteMigrations()) {
        for (const char* form :
             {"AUTOINCREMENT", "WITHOUT ROWID", "STRICT", "INSERT OR", "REPLACE INTO", "PRAGMA", "DATETIME", "BLOB"}) {
            EXPECT_EQ(std::string(m.sql).find(form), std::string::npos) << m.name << ": " << form;
        }
    }
}

TEST_F(MigratorTest, EveryKindHasATableNamedByItsCode) {
    ASSERT_TRUE(ApplyMigrations(db(), SqliteMigrations(), 1).ok());
    for (const domain::Kind kind : domain::AllKinds()) {
        EXPECT_TRUE(HasTable(std::string(domain::KindCode(kind)))) << domain::KindCode(kind);
    }
    for (const char* table :
         {"program_kompetensi", "users", "sessions", "rate_limit_hits", "audit_log", "jobs", "settings"}) {
        EXPECT_TRUE(HasTable(table)) << table;
    }
}

TEST_F(MigratorTest, ApplyingAgainRunsNothing) {
    ASSERT_TRUE(ApplyMigrations(db(), SqliteMigrations(), 100).ok());
    auto again = ApplyMigrations(db(), SqliteMigrations(), 200);  // would fail on CREATE TABLE if re-run
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(Scalar("SELECT COUNT(*) FROM schema_migrations"), static_cast<int64_t>(SqliteMigrations().size()));
    EXPECT_EQ(Scalar("SELECT MAX(applied_at) FROM schema_migrations"), 100);
}

TEST_F(MigratorTest, OnlyNewerMigrationsRun) {
    const Migration first[] = {{1, "one", "CREATE TABLE a (x INTEGER)"}};
    const Migration both[] = {{1, "one", "CREATE TABLE a (x INTEGER)"}, {2, "two", "CREATE TABLE b (y INTEGER)"}};
    ASSERT_EQ(*ApplyMigrations(db(), first, 10), 1);
    ASSERT_EQ(*ApplyMigrations(db(), both, 20), 2);
    EXPECT_TRUE(HasTable("b"));
    EXPECT_EQ(Scalar("SELECT applied_at FROM schema_migrations WHERE version = 2"), 20);
}

TEST_F(MigratorTest, FailingMigrationLeavesNoTraceAndStopsLaterOnes) {
    const Migration migrations[] = {{1, "one", "CREATE TABLE a (x INTEGER)"},
                                    {2, "broken", "CREATE TABLE half (y INTEGER); CREATE TABLE a (x INTEGER)"},
                                    {3, "three", "CREATE TABLE c (z INTEGER)"}};
    auto version = ApplyMigrations(db(), migrations, 1);
    ASSERT_FALSE(version.ok());
    EXPECT_NE(version.error().message.find("broken"), std::string::npos);
    EXPECT_NE(version.error().message.find("already exists"), std::string::npos);  // SQLite's reason
    EXPECT_EQ(*SchemaVersion(db()), 1);
    EXPECT_FALSE(HasTable("half"));  // its own transaction rolled back
    EXPECT_FALSE(HasTable("c"));
}

TEST_F(MigratorTest, ErrorQuotesOnlyTheStartOfALongMigration) {
    const std::string long_sql = "CREATE TABLE a (x INTEGER); " + std::string(2000, ' ') + "CREATE TABLE a (y TEXT)";
    const Migration migrations[] = {{1, "long", long_sql}};
    auto version = ApplyMigrations(db(), migrations, 1);
    ASSERT_FALSE(version.ok());
    EXPECT_LT(version.error().message.size(), 500u);
}

TEST_F(MigratorTest, NewerDatabaseThanProgramIsRefused) {
    const Migration migrations[] = {{1, "one", "CREATE TABLE a (x INTEGER)"}, {2, "two", "CREATE TABLE b (y INTEGER)"}};
    ASSERT_TRUE(ApplyMigrations(db(), migrations, 1).ok());
    auto older_program = ApplyMigrations(db(), std::span(migrations).first(1), 2);
    ASSERT_FALSE(older_program.ok());
    EXPECT_EQ(older_program.error().code, ErrorCode::failed_precondition);
}

}  // namespace
}  // namespace bangkom::storage::migrations
