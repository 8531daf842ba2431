// The libpq adapter: parameters and NULLs, the prepared-statement cache, transactions, COPY escaping, pipeline
// mode and the SQLSTATE mapping. The tests that need a server skip (visibly) without BANGKOM_TEST_POSTGRES.

#include "storage/postgres/connection.hpp"

#include <gtest/gtest.h>

#include <limits>
#include <thread>

#include "storage/postgres/pg_test_database.hpp"

namespace bangkom::storage::postgres {
namespace {

// --- without a server ---

TEST(SqlStateError, MapsConstraintAndConnectionStatesToOurCodes) {
    EXPECT_EQ(SqlStateError("23505", "dup", "INSERT").code, ErrorCode::conflict);
    EXPECT_EQ(SqlStateError("23503", "fk", "INSERT").code, ErrorCode::failed_precondition);  // as SQLite's FK
    EXPECT_EQ(SqlStateError("40001", "ser", "UPDATE").code, ErrorCode::internal);
    EXPECT_NE(SqlStateError("40P01", "deadlock", "UPDATE").message.find("coba lagi"), std::string::npos);
    EXPECT_EQ(SqlStateError("08006", "lost", "SELECT").code, ErrorCode::failed_precondition);
    EXPECT_EQ(SqlStateError("57P01", "shutdown", "SELECT").code, ErrorCode::failed_precondition);
    EXPECT_EQ(SqlStateError("28P01", "auth", "connect").code, ErrorCode::failed_precondition);
    EXPECT_EQ(SqlStateError("53100", "disk full", "INSERT").code, ErrorCode::resource_exhausted);
    EXPECT_EQ(SqlStateError("22P02", "bad int", "INSERT").code, ErrorCode::invalid_argument);
    EXPECT_EQ(SqlStateError("23502", "not null", "INSERT").code, ErrorCode::invalid_argument);
    EXPECT_EQ(SqlStateError("42P01", "no table", "SELECT").code, ErrorCode::internal);
    EXPECT_EQ(SqlStateError("", "?", "SELECT").code, ErrorCode::internal);
}

TEST(SqlStateError, NamesTheStatementShortenedAndTheServersMessage) {
    const Error error = SqlStateError("23505", "duplicate key value\n", std::string(500, 'x'));
    EXPECT_NE(error.message.find("Data sudah ada"), std::string::npos);
    EXPECT_NE(error.message.find("…: duplicate key value"), std::string::npos);
    EXPECT_LT(error.message.size(), 300u);
}

TEST(SqlState, OnlySerializationFailuresAndDeadlocksAreRetryable) {
    EXPECT_TRUE(IsRetryableSqlState("40001"));
    EXPECT_TRUE(IsRetryableSqlState("40P01"));
    EXPECT_FALSE(IsRetryableSqlState("23505"));
}

TEST(CopyIn, RowsEscapeSeparatorsBackslashesAndNulls) {
    std::string out;
    const Params row = {Arg::Text("a\tb"),    Arg::Text("line1\nline2\r"),
                        Arg::Text("C:\\dir"), Arg::Null(),
                        Arg::Text("\\N"),     Arg::Text("")};
    CopyIn::AppendRow(out, row);
    EXPECT_EQ(out, "a\\tb\tline1\\nline2\\r\tC:\\\\dir\t\\N\t\\\\N\t\n");
}

TEST(Arg, RealsRoundTripAndIntegersAreDecimal) {
    EXPECT_EQ(*Arg::Real(3.5), "3.5");
    EXPECT_EQ(*Arg::Real(0.1), "0.1");
    EXPECT_EQ(*Arg::Int(std::numeric_limits<int64_t>::min()), "-9223372036854775808");
    EXPECT_FALSE(Arg::TextOrNull("").has_value());
    EXPECT_EQ(*Arg::TextOrNull("U1"), "U1");
    EXPECT_FALSE(Arg::OptionalInt(std::nullopt).has_value());
}

TEST(PostgresConnect, RefusedConnectionIsFailedPreconditionWithoutThePassword) {
    auto c = Connection::Open("postgresql://budi:sangatrahasia@127.0.0.1:1/bangkom");
    ASSERT_FALSE(c.ok());
    EXPECT_EQ(c.error().code, ErrorCode::failed_precondition);
    EXPECT_NE(c.error().message.find("Tidak dapat terhubung ke PostgreSQL (cannot connect to PostgreSQL)"),
              std::string::npos);
    EXPECT_EQ(c.error().message.find("sangatrahasia"), std::string::npos) << c.error().message;
}

// --- on a fresh database ---

class PostgresConnection : public ::testing::Test {
  protected:
    void SetUp() override {
        if (testing::AdminUrl().empty()) GTEST_SKIP() << "BANGKOM_TEST_POSTGRES is not set";
        database_ = std::make_unique<testing::TestDatabase>(testing::AdminUrl());
        auto c = Connection::Open(database_->Url());
        ASSERT_TRUE(c.ok()) << c.error().message;
        connection_ = std::make_unique<Connection>(std::move(*c));
        ASSERT_TRUE(db().Exec("CREATE TABLE parent (code TEXT PRIMARY KEY);"
                              "CREATE TABLE t (k TEXT PRIMARY KEY, n BIGINT, x DOUBLE PRECISION, "
                              "p TEXT REFERENCES parent (code));"
                              "INSERT INTO parent VALUES ('P')")
                        .ok());
    }
    Connection& db() { return *connection_; }
    int64_t Scalar(const std::string& sql) {
        auto r = db().QueryOnce(sql);
        EXPECT_TRUE(r.ok()) << r.error().message;
        return r.ok() ? r->Int(0, 0) : -1;
    }
    std::unique_ptr<testing::TestDatabase> database_;
    std::unique_ptr<Connection> connection_;  // after database_: closed before the database is dropped
};

TEST_F(PostgresConnection, SessionIsUtf8AndNamedBangkom) {
    auto r = db().QueryOnce("SELECT current_setting('client_encoding'), current_setting('application_name')");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->Text(0, 0), "UTF8");
    EXPECT_EQ(r->Text(0, 1), "bangkom");
}

TEST_F(PostgresConnection, ParametersAndNullsRoundTrip) {
    ASSERT_TRUE(db().Query("INSERT INTO t (k, n, x, p) VALUES ($1, $2, $3, $4)",
                           {Arg::Text("ü k"), Arg::Int(-42), Arg::Real(2.25), Arg::Null()})
                    .ok());
    auto r = db().Query("SELECT k, n, x, p FROM t WHERE k = $1", {Arg::Text("ü k")});
    ASSERT_TRUE(r.ok()) << r.error().message;
    ASSERT_EQ(r->Rows(), 1);
    EXPECT_EQ(r->Columns(), 4);
    EXPECT_EQ(r->ColumnName(2), "x");
    EXPECT_EQ(r->ColumnIndex("p"), 3);
    EXPECT_EQ(r->Text(0, 0), "ü k");
    EXPECT_EQ(r->Int(0, 1), -42);
    EXPECT_DOUBLE_EQ(r->Real(0, 2), 2.25);
    EXPECT_TRUE(r->IsNull(0, 3));
    EXPECT_FALSE(r->IsNull(0, 0));
    EXPECT_EQ(r->Text(0, 3), "");
}

TEST_F(PostgresConnection, QueriesArePreparedOncePerSqlText) {
    for (int i = 0; i < 3; ++i) ASSERT_TRUE(db().Query("INSERT INTO t (k) VALUES ($1)", {Arg::Int(i)}).ok());
    ASSERT_TRUE(db().Query("SELECT COUNT(*) FROM t").ok());
    EXPECT_EQ(Scalar("SELECT COUNT(*) FROM pg_prepared_statements"), 2);
    EXPECT_EQ(Scalar("SELECT COUNT(*) FROM t"), 3);
}

TEST_F(PostgresConnection, AffectedRowsCountChanges) {
    ASSERT_TRUE(db().Exec("INSERT INTO t (k) VALUES ('a'), ('b'), ('c')").ok());
    auto update = db().Query("UPDATE t SET n = 1 WHERE k <> $1", {Arg::Text("a")});
    ASSERT_TRUE(update.ok());
    EXPECT_EQ(update->Affected(), 2);
}

TEST_F(PostgresConnection, UniqueAndForeignKeyViolationsMapLikeSqlite) {
    ASSERT_TRUE(db().Exec("INSERT INTO t (k) VALUES ('a')").ok());
    auto duplicate = db().Query("INSERT INTO t (k) VALUES ($1)", {Arg::Text("a")});
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::conflict);
    auto orphan = db().Query("INSERT INTO t (k, p) VALUES ($1, $2)", {Arg::Text("b"), Arg::Text("NOPE")});
    ASSERT_FALSE(orphan.ok());
    EXPECT_EQ(orphan.error().code, ErrorCode::failed_precondition);
    auto bad = db().Exec("SELEC 1");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::internal);
}

TEST_F(PostgresConnection, TheLastSqlStateIsKeptUntilCleared) {
    EXPECT_EQ(db().LastSqlState(), "");
    ASSERT_TRUE(db().Exec("INSERT INTO t (k) VALUES ('a')").ok());
    EXPECT_FALSE(db().Query("INSERT INTO t (k) VALUES ($1)", {Arg::Text("a")}).ok());
    EXPECT_EQ(db().LastSqlState(), "23505");
    ASSERT_TRUE(db().Query("SELECT 1").ok());
    EXPECT_EQ(db().LastSqlState(), "23505");
    db().ClearLastSqlState();
    EXPECT_EQ(db().LastSqlState(), "");
}

TEST_F(PostgresConnection, TextWithANulCharacterIsRefusedNotCutShort) {
    const std::string with_nul("a\0b", 3);
    auto query = db().Query("INSERT INTO t (k) VALUES ($1)", {Arg::Text(with_nul)});
    ASSERT_FALSE(query.ok());
    EXPECT_EQ(query.error().code, ErrorCode::invalid_argument);
    EXPECT_FALSE(db().QueryOnce("SELECT $1", {Arg::Text(with_nul)}).ok());
    EXPECT_FALSE(db().Pipeline("INSERT INTO t (k) VALUES ($1)", std::vector<Params>{{Arg::Text(with_nul)}}).ok());
    auto copy = db().BeginCopy("COPY t (k) FROM STDIN");
    ASSERT_TRUE(copy.ok());
    EXPECT_EQ(copy->PutRow(Params{Arg::Text(with_nul)}).error().code, ErrorCode::invalid_argument);
    ASSERT_TRUE(copy->End().ok());
    EXPECT_EQ(Scalar("SELECT COUNT(*) FROM t"), 0);
}

// Two transactions taking two rows in opposite orders: the server breaks the deadlock by failing one of them with
// 40P01, which is reported as retryable.
TEST_F(PostgresConnection, ADeadlockIsReportedAsRetryable) {
    ASSERT_TRUE(db().Exec("INSERT INTO t (k, n) VALUES ('a', 0), ('b', 0)").ok());
    auto other_opened = Connection::Open(database_->Url());
    ASSERT_TRUE(other_opened.ok());
    Connection other = std::move(*other_opened);
    auto tx1 = Transaction::Begin(db());
    auto tx2 = Transaction::Begin(other);
    ASSERT_TRUE(db().Exec("UPDATE t SET n = 1 WHERE k = 'a'").ok());
    ASSERT_TRUE(other.Exec("UPDATE t SET n = 2 WHERE k = 'b'").ok());
    Result<void> second = Result<void>();
    std::thread crossing([&] { second = other.Exec("UPDATE t SET n = 2 WHERE k = 'a'"); });
    Result<void> first = db().Exec("UPDATE t SET n = 1 WHERE k = 'b'");
    if (first.ok()) {
        EXPECT_TRUE(tx1->Commit().ok());
    } else {
        Transaction victim = std::move(*tx1);  // rolled back here: its locks go, the other side finishes
    }
    crossing.join();
    ASSERT_NE(first.ok(), second.ok());  // exactly one side was cancelled
    const Connection& victim = first.ok() ? other : db();
    const Error& error = first.ok() ? second.error() : first.error();
    EXPECT_EQ(victim.LastSqlState(), "40P01");
    EXPECT_TRUE(IsRetryableSqlState(victim.LastSqlState()));
    EXPECT_NE(error.message.find("coba lagi"), std::string::npos);
}

TEST_F(PostgresConnection, TransactionRollsBackUnlessCommitted) {
    {
        auto tx = Transaction::Begin(db());
        ASSERT_TRUE(tx.ok());
        ASSERT_TRUE(db().Exec("INSERT INTO t (k) VALUES ('gone')").ok());
        EXPECT_TRUE(db().InTransaction());
    }
    EXPECT_FALSE(db().InTransaction());
    {
        auto tx = Transaction::Begin(db());
        ASSERT_TRUE(db().Exec("INSERT INTO t (k) VALUES ('kept')").ok());
        ASSERT_TRUE(tx->Commit().ok());
    }
    EXPECT_EQ(Scalar("SELECT COUNT(*) FROM t"), 1);
}

TEST_F(PostgresConnection, CommitOfAFailedTransactionIsAnError) {
    {
        auto tx = Transaction::Begin(db());
        ASSERT_TRUE(db().Exec("INSERT INTO t (k) VALUES ('a')").ok());
        EXPECT_FALSE(db().Exec("INSERT INTO t (k) VALUES ('a')").ok());
        auto commit = tx->Commit();
        ASSERT_FALSE(commit.ok());
        EXPECT_NE(commit.error().message.find("dibatalkan"), std::string::npos);
    }  // the failed transaction is rolled back here
    EXPECT_FALSE(db().InTransaction());
    EXPECT_EQ(Scalar("SELECT COUNT(*) FROM t"), 0);
}

TEST_F(PostgresConnection, CopyLoadsAwkwardTextExactly) {
    auto copy = db().BeginCopy("COPY t (k, n, x, p) FROM STDIN");
    ASSERT_TRUE(copy.ok()) << copy.error().message;
    const std::vector<Params> rows = {
        {Arg::Text("tab\there"), Arg::Int(1), Arg::Real(0.5), Arg::Text("P")},
        {Arg::Text("nl\nand\\back\r"), Arg::Null(), Arg::Null(), Arg::Null()},
        {Arg::Text("\\N"), Arg::Int(3), Arg::Real(1e300), Arg::Null()},
    };
    for (const Params& row : rows) ASSERT_TRUE(copy->PutRow(row).ok());
    auto copied = copy->End();
    ASSERT_TRUE(copied.ok()) << copied.error().message;
    EXPECT_EQ(*copied, 3);
    auto r = db().QueryOnce("SELECT k, n, p FROM t ORDER BY n NULLS FIRST");
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(r->Text(0, 0), "nl\nand\\back\r");
    EXPECT_TRUE(r->IsNull(0, 1));
    EXPECT_EQ(r->Text(1, 0), "tab\there");
    EXPECT_EQ(r->Text(2, 0), "\\N");
    EXPECT_FALSE(r->IsNull(2, 0));
}

TEST_F(PostgresConnection, CopyOfManyRowsCrossesTheBufferAndReportsViolationsAtEnd) {
    auto copy = db().BeginCopy("COPY t (k, p) FROM STDIN");
    ASSERT_TRUE(copy.ok());
    for (int i = 0; i < 20000; ++i) ASSERT_TRUE(copy->PutRow(Params{Arg::Int(i), Arg::Text("P")}).ok());
    ASSERT_TRUE(copy->PutRow(Params{Arg::Text("x"), Arg::Text("NOPE")}).ok());
    auto copied = copy->End();
    ASSERT_FALSE(copied.ok());
    EXPECT_EQ(copied.error().code, ErrorCode::failed_precondition);
    EXPECT_EQ(Scalar("SELECT COUNT(*) FROM t"), 0);  // COPY is one statement: all or nothing
}

TEST_F(PostgresConnection, AnAbandonedCopyLeavesTheConnectionUsable) {
    {
        auto copy = db().BeginCopy("COPY t (k) FROM STDIN");
        ASSERT_TRUE(copy.ok());
        ASSERT_TRUE(copy->PutRow(Params{Arg::Text("never")}).ok());
    }
    EXPECT_EQ(Scalar("SELECT COUNT(*) FROM t"), 0);
}

TEST_F(PostgresConnection, PipelineRunsManyExecutionsAndCountsEach) {
    std::vector<Params> rows;
    for (int i = 0; i < 2500; ++i) rows.push_back({Arg::Text("k" + std::to_string(i)), Arg::Int(i)});
    auto tx = Transaction::Begin(db());
    auto inserted = db().Pipeline("INSERT INTO t (k, n) VALUES ($1, $2)", rows);
    ASSERT_TRUE(inserted.ok()) << inserted.error().message;
    EXPECT_EQ(*inserted, 2500);
    auto each = db().PipelineEach("INSERT INTO t (k, n) VALUES ($1, $2) ON CONFLICT (k) DO NOTHING",
                                  std::vector<Params>{{Arg::Text("k1"), Arg::Int(0)}, {Arg::Text("new"), Arg::Int(0)}});
    ASSERT_TRUE(each.ok());
    EXPECT_EQ(*each, (std::vector<int64_t>{0, 1}));
    ASSERT_TRUE(tx->Commit().ok());
    EXPECT_EQ(Scalar("SELECT SUM(n) FROM t"), 2500 * 2499 / 2);
}

TEST_F(PostgresConnection, PipelineStopsAtTheFirstErrorAndTheTransactionKeepsNothing) {
    std::vector<Params> rows;
    for (int i = 0; i < 1500; ++i) rows.push_back({Arg::Text("k" + std::to_string(i % 1200))});
    {
        auto tx = Transaction::Begin(db());
        auto inserted = db().Pipeline("INSERT INTO t (k) VALUES ($1)", rows);
        ASSERT_FALSE(inserted.ok());
        EXPECT_EQ(inserted.error().code, ErrorCode::conflict);
    }
    EXPECT_EQ(Scalar("SELECT COUNT(*) FROM t"), 0);
    EXPECT_TRUE(db().Query("INSERT INTO t (k) VALUES ($1)", {Arg::Text("after")}).ok());  // usable again
}

TEST_F(PostgresConnection, AliveNoticesAServerSideDisconnectWithoutAQuery) {
    EXPECT_TRUE(db().Alive());
    auto pid = db().QueryOnce("SELECT pg_backend_pid()");
    ASSERT_TRUE(pid.ok());
    ASSERT_TRUE(database_->AdminExec("SELECT pg_terminate_backend(" + pid->Text(0, 0) + ", 5000)").ok());
    EXPECT_FALSE(db().Alive());
}

TEST_F(PostgresConnection, ALostConnectionIsReportedAndResetReconnects) {
    auto pid = db().QueryOnce("SELECT pg_backend_pid()");
    ASSERT_TRUE(pid.ok());
    ASSERT_TRUE(database_->AdminExec("SELECT pg_terminate_backend(" + pid->Text(0, 0) + ")").ok());
    auto lost = db().Query("SELECT 1");
    ASSERT_FALSE(lost.ok());
    EXPECT_EQ(lost.error().code, ErrorCode::failed_precondition);
    EXPECT_FALSE(db().IsOk());
    EXPECT_FALSE(db().Alive());
    ASSERT_TRUE(db().Reset().ok());
    EXPECT_EQ(Scalar("SELECT 7"), 7);
    EXPECT_TRUE(db().Query("SELECT 1").ok());  // the statement cache was emptied with the old session
}

}  // namespace
}  // namespace bangkom::storage::postgres
