#include "storage/postgres/connection_pool.hpp"

#include <utility>

namespace bangkom::storage::postgres {

ConnectionPool::Lease::~Lease() {
    if (connection_) pool_->Release(std::move(connection_));
}

ConnectionPool::ConnectionPool(std::string conninfo, Connection first, size_t max_size)
    : conninfo_(std::move(conninfo)), max_size_(max_size == 0 ? 1 : max_size), open_(1) {
    idle_.push_back(std::make_unique<Connection>(std::move(first)));
}

Result<ConnectionPool::Lease> ConnectionPool::Acquire() {
    std::unique_lock lock(mutex_);
    released_.wait(lock, [this] { return !idle_.empty() || open_ < max_size_; });
    if (!idle_.empty()) {
        auto connection = std::move(idle_.back());
        idle_.pop_back();
        lock.unlock();
        if (!connection->Alive()) {
            if (auto ok = connection->Reset(); !ok) {
                Forget();
                return ok.error();
            }
        }
        return Lease(this, std::move(connection));
    }
    ++open_;  // reserve the slot, then connect outside the lock
    lock.unlock();
    auto opened = Connection::Open(conninfo_);
    if (!opened) {
        Forget();
        return opened.error();
    }
    return Lease(this, std::make_unique<Connection>(std::move(*opened)));
}

size_t ConnectionPool::OpenCount() {
    std::lock_guard lock(mutex_);
    return open_;
}

void ConnectionPool::Forget() {
    {
        std::lock_guard lock(mutex_);
        --open_;
    }
    released_.notify_one();
}

void ConnectionPool::Release(std::unique_ptr<Connection> connection) {
    if (connection->IsOk() && connection->InTransaction()) (void)connection->Exec("ROLLBACK");
    if (!connection->IsOk()) {
        connection.reset();
        Forget();
        return;
    }
    {
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(connection));
    }
    released_.notify_one();
}

}  // namespace bangkom::storage::postgres
