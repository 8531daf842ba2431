#pragma once
// A bounded pool of connections to one PostgreSQL database: each caller borrows a connection for one operation.
// Acquire blocks while all `max_size` connections are lent. A connection that comes back broken (the server
// restarted, the network dropped) is discarded, and a lent one that is found broken is reconnected first; one
// returned inside a transaction (an error path) is rolled back before it is lent again.

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <utility>
#include <vector>

#include "domain/result.hpp"
#include "storage/postgres/connection.hpp"

namespace bangkom::storage::postgres {

class ConnectionPool {
  public:
    /// A borrowed connection, returned to the pool when the lease ends.
    class Lease {
      public:
        Lease(ConnectionPool* pool, std::unique_ptr<Connection> connection)
            : pool_(pool), connection_(std::move(connection)) {}
        Lease(Lease&& other) noexcept = default;
        Lease& operator=(Lease&&) = delete;
        Lease(const Lease&) = delete;
        ~Lease();
        Connection& operator*() const { return *connection_; }
        Connection* operator->() const { return connection_.get(); }

      private:
        ConnectionPool* pool_;
        std::unique_ptr<Connection> connection_;
    };

    /// `first` is an open connection made with `conninfo` (the one that ran the migrations); more are opened
    /// on demand, up to `max_size`.
    ConnectionPool(std::string conninfo, Connection first, size_t max_size);

    /// A healthy connection: an idle one (reconnected when broken) or a new one; waits when all are lent.
    Result<Lease> Acquire();

    /// Connections currently open (lent or idle); for tests.
    size_t OpenCount();

  private:
    void Release(std::unique_ptr<Connection> connection);
    void Forget();

    const std::string conninfo_;
    const size_t max_size_;
    std::mutex mutex_;
    std::condition_variable released_;
    std::vector<std::unique_ptr<Connection>> idle_;
    size_t open_ = 0;
};

/// Runs `work` on a pool connection and runs it again (up to `attempts` times in all) when it failed on a
/// serialization failure or deadlock (IsRetryableSqlState) — every repository's calls go through this.
template <class Work>
auto RunRetrying(ConnectionPool& pool, Work&& work, int attempts = 3) -> decltype(work(std::declval<Connection&>())) {
    for (int attempt = 1;; ++attempt) {
        auto lease = pool.Acquire();
        if (!lease) return lease.error();
        (*lease)->ClearLastSqlState();
        auto result = work(**lease);
        if (result.ok() || attempt >= attempts || !IsRetryableSqlState((*lease)->LastSqlState())) return result;
    }
}

}  // namespace bangkom::storage::postgres
