#pragma once
// A small pool of connections to one SQLite database: each caller borrows a connection for one operation, so
// readers on several threads run in parallel (WAL). Writers are serialised by the store, not here.

#include <condition_variable>
#include <cstddef>
#include <memory>
#include <mutex>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "storage/sqlite/connection.hpp"

namespace bangkom::storage::sqlite {

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

    /// `first` is an open connection to `path` (the one that ran the migrations); more are opened on demand,
    /// up to `max_size`, after which Acquire waits for a free one.
    ConnectionPool(std::string path, Connection first, size_t max_size);

    Result<Lease> Acquire();

  private:
    void Release(std::unique_ptr<Connection> connection);

    const std::string path_;
    const size_t max_size_;
    std::mutex mutex_;
    std::condition_variable released_;
    std::vector<std::unique_ptr<Connection>> idle_;
    size_t open_ = 0;
};

}  // namespace bangkom::storage::sqlite
