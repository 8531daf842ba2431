// The connection pool: lends idle connections, opens more up to its size, reports a connection it cannot open.

#include "storage/sqlite/connection_pool.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <future>

#include "sqlite_test_dir.hpp"

namespace bangkom::storage::sqlite {
namespace {

ConnectionPool MakePool(const std::string& path, size_t size) {
    auto first = Connection::Open(path, true);
    EXPECT_TRUE(first.ok());
    return ConnectionPool(path, std::move(*first), size);
}

TEST(ConnectionPool, ReturnedConnectionIsLentAgain) {
    TempDir dir;
    auto pool = MakePool(dir.File("p.db"), 1);
    const Connection* first = nullptr;
    {
        auto lease = pool.Acquire();
        ASSERT_TRUE(lease.ok());
        first = &**lease;
    }
    auto again = pool.Acquire();
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(&**again, first);
}

TEST(ConnectionPool, OpensMoreConnectionsUpToItsSize) {
    TempDir dir;
    auto pool = MakePool(dir.File("p.db"), 2);
    auto a = pool.Acquire();
    auto b = pool.Acquire();
    ASSERT_TRUE(a.ok());
    ASSERT_TRUE(b.ok()) << b.error().message;
    EXPECT_NE(&**a, &**b);
    EXPECT_TRUE((*b)->Execute("CREATE TABLE t (x INTEGER)").ok());  // the same database
    auto seen = (*a)->Prepare("SELECT COUNT(*) FROM t");
    EXPECT_TRUE(seen.ok());
}

TEST(ConnectionPool, AFullPoolWaitsForAReturnInsteadOfOpeningMore) {
    TempDir dir;
    auto pool = MakePool(dir.File("p.db"), 1);
    std::optional<Result<ConnectionPool::Lease>> held(pool.Acquire());
    ASSERT_TRUE(held->ok());
    const Connection* only = &***held;
    auto waiting = std::async(std::launch::async, [&pool]() -> const Connection* {
        auto lease = pool.Acquire();
        return lease.ok() ? &**lease : nullptr;
    });
    held.reset();                    // returning the only connection lets the waiter through
    EXPECT_EQ(waiting.get(), only);  // it got the same one: no second connection was opened
}

TEST(ConnectionPool, ConnectionThatCannotOpenIsReportedAndItsSlotFreed) {
    TempDir dir;
    const std::string path = dir.File("p.db");
    auto pool = MakePool(path, 2);
    auto held = pool.Acquire();
    ASSERT_TRUE(held.ok());
    std::filesystem::remove(path);  // new connections (which never create the file) now fail
    auto failed = pool.Acquire();
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::failed_precondition);
    auto failed_again = pool.Acquire();  // the slot was given back: it tries again rather than waiting
    EXPECT_FALSE(failed_again.ok());
}

}  // namespace
}  // namespace bangkom::storage::sqlite
