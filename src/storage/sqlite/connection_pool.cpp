#include "storage/sqlite/connection_pool.hpp"

#include <utility>

namespace bangkom::storage::sqlite {

ConnectionPool::Lease::~Lease() {
    if (connection_) pool_->Release(std::move(connection_));
}

ConnectionPool::ConnectionPool(std::string path, Connection first, size_t max_size)
    : path_(std::move(path)), max_size_(max_size == 0 ? 1 : max_size), open_(1) {
    idle_.push_back(std::make_unique<Connection>(std::move(first)));
}

Result<ConnectionPool::Lease> ConnectionPool::Acquire() {
    std::unique_lock lock(mutex_);
    released_.wait(lock, [this] { return !idle_.empty() || open_ < max_size_; });
    if (!idle_.empty()) {
        auto connection = std::move(idle_.back());
        idle_.pop_back();
        return Lease(this, std::move(connection));
    }
    ++open_;  // reserve the slot, then open outside the lock
    lock.unlock();
    auto opened = Connection::Open(path_, false);
    if (!opened) {
        lock.lock();
        --open_;
        released_.notify_one();
        return opened.error();
    }
    return Lease(this, std::make_unique<Connection>(std::move(*opened)));
}

void ConnectionPool::Release(std::unique_ptr<Connection> connection) {
    {
        std::lock_guard lock(mutex_);
        idle_.push_back(std::move(connection));
    }
    released_.notify_one();
}

}  // namespace bangkom::storage::sqlite
