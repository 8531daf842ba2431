// The SQLite adapter: statements, errors mapped to the project's codes, transactions, the statement cache.

#include "storage/sqlite/connection.hpp"

#include <gtest/gtest.h>

#include "sqlite_test_dir.hpp"

namespace bangkom::storage::sqlite {
namespace {

class ConnectionTest : public ::testing::Test {
  protected:
    void SetUp() override {
        auto opened = Connection::Open(dir_.File("t.db"), true);
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        connection_.emplace(std::move(*opened));
        ASSERT_TRUE(db().Execute("CREATE TABLE parent (code TEXT NOT NULL PRIMARY KEY);"
                                 "CREATE TABLE child (id INTEGER PRIMARY KEY, code TEXT REFERENCES parent (code), "
                                 "n INTEGER, x REAL, note TEXT);")
                        .ok());
    }
    Connection& db() { return *connection_; }
    int64_t CountChildren() {
        auto s = db().Prepare("SELECT COUNT(*) FROM child");
        EXPECT_TRUE(s.ok());
        EXPECT_TRUE(*s->Step());
        return s->ColumnInt(0);
    }

    TempDir dir_;
    std::optional<Connection> connection_;
};

TEST_F(ConnectionTest, BindsAndReadsEveryType) {
    ASSERT_TRUE(db().Execute("INSERT INTO parent VALUES ('P')").ok());
    auto insert = db().Prepare("INSERT INTO child (code, n, x, note) VALUES (?1, ?2, ?3, ?4)");
    ASSERT_TRUE(insert.ok());
    insert->BindText(1, "P");
    insert->BindInt(2, 9'000'000'000);
    insert->BindDouble(3, 3.25);
    insert->BindTextOrNull(4, "");
    ASSERT_TRUE(insert->Run().ok());
    EXPECT_EQ(db().Changes(), 1);
    EXPECT_EQ(db().LastInsertId(), 1);

    auto select = db().Prepare("SELECT code, n, x, note FROM child");
    ASSERT_TRUE(select.ok());
    auto row = select->Step();
    ASSERT_TRUE(row.ok());
    ASSERT_TRUE(*row);
    EXPECT_EQ(select->ColumnText(0), "P");
    EXPECT_EQ(select->ColumnInt(1), 9'000'000'000);
    EXPECT_DOUBLE_EQ(select->ColumnDouble(2), 3.25);
    EXPECT_TRUE(select->ColumnIsNull(3));
    EXPECT_EQ(select->ColumnText(3), "");
    EXPECT_FALSE(*select->Step());
}

TEST_F(ConnectionTest, TextKeepsEmbeddedBytesAndUtf8) {
    auto insert = db().Prepare("INSERT INTO parent VALUES (?1)");
    ASSERT_TRUE(insert.ok());
    const std::string text = "Dinas Pekerjaan Umum & Penataan Ruang — Bagian “Umum”";
    insert->BindText(1, text);
    ASSERT_TRUE(insert->Run().ok());
    auto select = db().Prepare("SELECT code FROM parent");
    ASSERT_TRUE(*select->Step());
    EXPECT_EQ(select->ColumnText(0), text);
}

TEST_F(ConnectionTest, BindErrorIsReportedByStep) {
    auto insert = db().Prepare("INSERT INTO parent VALUES (?1)");
    ASSERT_TRUE(insert.ok());
    insert->BindText(2, "out of range");
    auto row = insert->Step();
    ASSERT_FALSE(row.ok());
    EXPECT_EQ(row.error().code, ErrorCode::internal);
}

TEST_F(ConnectionTest, ConstraintErrorsMapToConflictAndFailedPrecondition) {
    ASSERT_TRUE(db().Execute("INSERT INTO parent VALUES ('P')").ok());
    auto duplicate = db().Execute("INSERT INTO parent VALUES ('P')");
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::conflict);
    auto orphan = db().Execute("INSERT INTO child (code) VALUES ('nope')");  // foreign_keys is ON
    ASSERT_FALSE(orphan.ok());
    EXPECT_EQ(orphan.error().code, ErrorCode::failed_precondition);
    auto syntax = db().Prepare("SELEC nothing");
    ASSERT_FALSE(syntax.ok());
    EXPECT_EQ(syntax.error().code, ErrorCode::internal);
}

TEST_F(ConnectionTest, TransactionRollsBackUnlessCommitted) {
    ASSERT_TRUE(db().Execute("INSERT INTO parent VALUES ('P')").ok());
    {
        auto tx = Transaction::Begin(db());
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(db().Execute("INSERT INTO child (code) VALUES ('P')").ok());
    }
    EXPECT_EQ(CountChildren(), 0);
    {
        auto tx = Transaction::Begin(db());
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(db().Execute("INSERT INTO child (code) VALUES ('P')").ok());
        ASSERT_TRUE(tx->Commit().ok());
    }
    EXPECT_EQ(CountChildren(), 1);
}

TEST_F(ConnectionTest, CommitFailingOnADeferredConstraintRollsBack) {
    ASSERT_TRUE(db().Execute("CREATE TABLE deferred_child (code TEXT REFERENCES parent (code) "
                             "DEFERRABLE INITIALLY DEFERRED)")
                    .ok());
    {
        auto tx = Transaction::Begin(db());
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(db().Execute("INSERT INTO deferred_child VALUES ('missing')").ok());
        auto commit = tx->Commit();
        ASSERT_FALSE(commit.ok());
        EXPECT_EQ(commit.error().code, ErrorCode::failed_precondition);
    }
    // The guard rolled back: a new transaction can begin and the row is gone.
    auto tx = Transaction::Begin(db());
    ASSERT_TRUE(tx.ok()) << tx.error().message;
    auto s = db().Prepare("SELECT COUNT(*) FROM deferred_child");
    ASSERT_TRUE(*s->Step());
    EXPECT_EQ(s->ColumnInt(0), 0);
}

TEST_F(ConnectionTest, CachedStatementIsResetWhenItsLeaseEnds) {
    ASSERT_TRUE(db().Execute("INSERT INTO parent VALUES ('A'), ('B')").ok());
    constexpr std::string_view kSelect = "SELECT code FROM parent ORDER BY code";
    {
        auto lease = db().Cached(kSelect);
        ASSERT_TRUE(lease.ok());
        ASSERT_TRUE(*(*lease)->Step());
        EXPECT_EQ((*lease)->ColumnText(0), "A");
    }  // left mid-way: the lease resets it
    auto again = db().Cached(kSelect);
    ASSERT_TRUE(again.ok());
    ASSERT_TRUE(*(*again)->Step());
    EXPECT_EQ((*again)->ColumnText(0), "A");
}

TEST_F(ConnectionTest, ConnectionSettingsAreApplied) {
    auto mode = db().Prepare("PRAGMA journal_mode");
    ASSERT_TRUE(*mode->Step());
    EXPECT_EQ(mode->ColumnText(0), "wal");
    auto keys = db().Prepare("PRAGMA foreign_keys");
    ASSERT_TRUE(*keys->Step());
    EXPECT_EQ(keys->ColumnInt(0), 1);
    auto sync = db().Prepare("PRAGMA synchronous");
    ASSERT_TRUE(*sync->Step());
    EXPECT_EQ(sync->ColumnInt(0), 1);  // NORMAL
    auto busy = db().Prepare("PRAGMA busy_timeout");
    ASSERT_TRUE(*busy->Step());
    EXPECT_GT(busy->ColumnInt(0), 0);
}

TEST(ConnectionOpen, MissingFileWithoutCreateFails) {
    TempDir dir;
    auto opened = Connection::Open(dir.File("absent.db"), false);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::failed_precondition);
}

}  // namespace
}  // namespace bangkom::storage::sqlite
