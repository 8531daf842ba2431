#pragma once
// The HTTP/1.1 server (Boost.Beast on Asio C++20 coroutines). Beast stays inside server.cpp: this header
// is free of it, so the rest of the code compiles fast.

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "http/api.hpp"

namespace bangkom::http {

/// The threads that run blocking work (the API's handlers, import jobs), apart from the io threads.
class WorkerPool {
  public:
    explicit WorkerPool(int threads);
    ~WorkerPool();
    WorkerPool(const WorkerPool&) = delete;
    WorkerPool& operator=(const WorkerPool&) = delete;
    void Post(std::function<void()> work);
    /// Lets running work finish, drops queued work, joins the threads.
    void Shutdown();
    struct Impl;
    Impl& impl() { return *impl_; }

  private:
    std::unique_ptr<Impl> impl_;
};

struct ServerOptions {
    std::string host = "127.0.0.1";
    uint16_t port = 8080;  // 0: any free port
    int io_threads = 2;
    int idle_timeout_seconds = 30;   // keep-alive and header reads
    int body_timeout_seconds = 300;  // large uploads on slow links
    int shutdown_grace_seconds = 5;  // in-flight requests get this long after SIGTERM/SIGINT
    /// Peers (nginx) whose X-Forwarded-For names the client; empty: the TCP peer is the client.
    std::vector<std::string> trusted_proxies;
    /// Called once listening, with the bound address and port.
    std::function<void(const std::string& host, uint16_t port)> on_listening;
};

/// Listens and serves until SIGINT or SIGTERM, then stops accepting, lets in-flight requests finish (up to
/// the grace period) and shuts the worker pool down. failed_precondition when the address cannot be bound.
Result<void> Serve(Api& api, WorkerPool& workers, const ServerOptions& options);

}  // namespace bangkom::http
