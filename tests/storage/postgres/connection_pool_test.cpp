// The PostgreSQL pool: bounded, blocking, and it never lends a broken connection or an open transaction.

#include "storage/postgres/connection_pool.hpp"

#include <gtest/gtest.h>

#include <future>

#include "storage/postgres/pg_test_database.hpp"

namespace bangkom::storage::postgres {
namespace {

class PostgresPool : public ::testing::Test {
  protected:
    void SetUp() override {
        if (testing::AdminUrl().empty()) GTEST_SKIP() << "BANGKOM_TEST_POSTGRES is not set";
        database_ = std::make_unique<testing::TestDatabase>(testing::AdminUrl());
        auto first = Connection::Open(database_->Url());
        ASSERT_TRUE(first.ok());
        pool_ = std::make_unique<ConnectionPool>(database_->Url(), std::move(*first), 2);
    }
    std::unique_ptr<testing::TestDatabase> database_;
    std::unique_ptr<ConnectionPool> pool_;
};

TEST_F(PostgresPool, OpensUpToItsBoundAndThenWaitsForARelease) {
    auto a = pool_->Acquire();
    auto b = pool_->Acquire();
    ASSERT_TRUE(a.ok() && b.ok());
    EXPECT_EQ(pool_->OpenCount(), 2u);
    std::promise<void> started;
    auto third = std::async(std::launch::async, [&] {
        started.set_value();
        auto c = pool_->Acquire();  // blocks until `a` is released
        return c.ok() && (*c)->IsOk();
    });
    started.get_future().wait();
    { auto released = std::move(*a); }
    EXPECT_TRUE(third.get());
    EXPECT_EQ(pool_->OpenCount(), 2u);
}

TEST_F(PostgresPool, AConnectionClosedWhileIdleIsReconnectedBeforeItIsLent) {
    std::string pid;
    {
        auto lease = pool_->Acquire();
        ASSERT_TRUE(lease.ok());
        pid = (*lease)->QueryOnce("SELECT pg_backend_pid()")->Text(0, 0);
    }
    // The timeout makes pg_terminate_backend wait until the backend is gone (no race with the next query).
    ASSERT_TRUE(database_->AdminExec("SELECT pg_terminate_backend(" + pid + ", 5000)").ok());
    auto lease = pool_->Acquire();
    ASSERT_TRUE(lease.ok()) << lease.error().message;
    auto one = (*lease)->Query("SELECT 1");
    ASSERT_TRUE(one.ok()) << one.error().message;
}

TEST_F(PostgresPool, AConnectionReturnedInsideATransactionIsRolledBack) {
    {
        auto lease = pool_->Acquire();
        ASSERT_TRUE((*lease)->Exec("CREATE TABLE t (k TEXT)").ok());
        ASSERT_TRUE((*lease)->Exec("BEGIN; INSERT INTO t VALUES ('x')").ok());
    }
    auto lease = pool_->Acquire();
    EXPECT_FALSE((*lease)->InTransaction());
    EXPECT_EQ((*lease)->QueryOnce("SELECT COUNT(*) FROM t")->Int(0, 0), 0);
}

TEST_F(PostgresPool, AnUnreachableServerFailsAcquireAndFreesTheSlot) {
    auto first = Connection::Open(database_->Url());
    ASSERT_TRUE(first.ok());
    ConnectionPool broken("postgresql://postgres@127.0.0.1:1/none", std::move(*first), 2);
    auto held = broken.Acquire();  // the good first connection
    ASSERT_TRUE(held.ok());
    auto failed = broken.Acquire();
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::failed_precondition);
    EXPECT_EQ(broken.OpenCount(), 1u);
}

}  // namespace
}  // namespace bangkom::storage::postgres
