#include "http/server.hpp"

#include <spdlog/spdlog.h>

#include <atomic>
#include <boost/asio.hpp>
#include <boost/asio/experimental/as_tuple.hpp>
#include <boost/beast/core.hpp>
#include <boost/beast/http.hpp>
#include <chrono>
#include <csignal>
#include <limits>
#include <thread>
#include <vector>

#include "http/errors.hpp"
#include "http/security.hpp"

namespace bangkom::http {
namespace asio = boost::asio;
namespace beast = boost::beast;
namespace bhttp = boost::beast::http;
using tcp = asio::ip::tcp;
using Clock = std::chrono::steady_clock;
constexpr auto kUseTuple = asio::experimental::as_tuple(asio::use_awaitable);

struct WorkerPool::Impl {
    explicit Impl(int threads) : pool(static_cast<size_t>(threads < 1 ? 1 : threads)) {}
    asio::thread_pool pool;
};

WorkerPool::WorkerPool(int threads) : impl_(std::make_unique<Impl>(threads)) {}
WorkerPool::~WorkerPool() {
    Shutdown();
}
void WorkerPool::Post(std::function<void()> work) {
    asio::post(impl_->pool, std::move(work));
}
void WorkerPool::Shutdown() {
    impl_->pool.stop();
    impl_->pool.join();
}

namespace {

struct ServerState {
    Api& api;
    WorkerPool& workers;
    const ServerOptions& options;
    std::atomic<int> in_flight{0};
    std::atomic<bool> stopping{false};
};

std::string_view PathPart(std::string_view target) {
    return target.substr(0, target.find('?'));
}

/// The Beast request as the API's plain Request; false when the target's path is malformed.
bool ToRequest(const bhttp::request<bhttp::string_body>& in, const std::string& client_ip, Request& out) {
    const std::string_view target = in.target();
    out.method = std::string(in.method_string());
    out.raw_path = std::string(PathPart(target));
    if (out.raw_path.empty() || out.raw_path.front() != '/' || !PercentDecode(out.raw_path, out.path)) return false;
    if (target.size() > out.raw_path.size()) out.query = ParseQuery(target.substr(out.raw_path.size() + 1));
    for (const auto& field : in) {
        std::string name(field.name_string());
        for (auto& c : name) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        auto [it, inserted] = out.headers.emplace(name, std::string(field.value()));
        if (!inserted) it->second += (name == "cookie" ? "; " : ", ") + std::string(field.value());
    }
    out.body = in.body();
    out.client_ip = client_ip;
    return true;
}

bhttp::response<bhttp::string_body> ToBeast(Response& in, unsigned version, bool keep_alive, bool head) {
    bhttp::response<bhttp::string_body> out{static_cast<bhttp::status>(in.status), version};
    out.set(bhttp::field::content_type, in.content_type);
    for (const auto& [name, value] : in.headers) out.insert(name, value);
    out.keep_alive(keep_alive);
    const size_t size = in.body.size();
    out.body() = std::move(in.body);
    out.prepare_payload();
    if (head) {
        out.body().clear();
        out.content_length(size);
    }
    return out;
}

// A body over the limit is still read (and dropped) before the 413 goes out: clients such as undici fail the
// whole request when the answer arrives while they are still sending. Bigger than this: just close.
constexpr uint64_t kMaxDiscard = uint64_t{1} << 30;

asio::awaitable<void> DiscardBody(beast::tcp_stream& stream, beast::flat_buffer& buffer, uint64_t length,
                                  int timeout_seconds) {
    const uint64_t buffered = std::min<uint64_t>(buffer.size(), length);
    buffer.consume(buffered);
    uint64_t left = length - buffered;
    std::vector<char> sink(size_t{64} * 1024);
    stream.expires_after(std::chrono::seconds(timeout_seconds));
    while (left > 0) {
        const size_t want = static_cast<size_t>(std::min<uint64_t>(left, sink.size()));
        auto [ec, n] = co_await stream.async_read_some(asio::buffer(sink.data(), want), kUseTuple);
        if (ec) co_return;
        left -= n;
    }
}

Handled TooLarge(size_t limit) {
    const std::string mib = std::to_string(limit / (1 << 20));
    Handled h{ErrorResponse(413, "payload_too_large",
                            "Berkas/isi permintaan terlalu besar (maksimal " + mib +
                                " MiB). / Request body too large (at most " + mib + " MiB).")};
    AddSecurityHeaders(h.response, true);
    return h;
}

Handled BadRequest() {
    Handled h{ErrorResponse(400, "invalid_argument", "Permintaan tidak sah. / Malformed request.")};
    AddSecurityHeaders(h.response, true);
    return h;
}

void LogRequest(std::string_view path, const std::string& method, const Handled& handled, size_t bytes,
                Clock::time_point started) {
    const auto ms = std::chrono::duration<double, std::milli>(Clock::now() - started).count();
    spdlog::info("{} {} {} {}B {:.1f}ms user={}", method, path, handled.response.status, bytes, ms, handled.user_id);
}

/// One request on the connection: the answer, and whether the connection must close after it.
asio::awaitable<std::pair<Handled, bool>> Answer(beast::tcp_stream& stream, beast::flat_buffer& buffer,
                                                 bhttp::request_parser<bhttp::string_body>& parser, ServerState& st,
                                                 Request& request) {
    const size_t limit =
        st.api.BodyLimitFor(std::string(parser.get().method_string()), std::string(PathPart(parser.get().target())));
    const auto declared = parser.content_length();
    if (declared && *declared > limit) {
        if (*declared <= kMaxDiscard) co_await DiscardBody(stream, buffer, *declared, st.options.body_timeout_seconds);
        co_return std::pair{TooLarge(limit), true};
    }
    parser.body_limit(limit);
    stream.expires_after(std::chrono::seconds(st.options.body_timeout_seconds));
    auto [ec, n] = co_await bhttp::async_read(stream, buffer, parser, kUseTuple);
    if (ec == bhttp::error::body_limit) co_return std::pair{TooLarge(limit), true};
    if (ec) throw beast::system_error(ec);
    boost::system::error_code endpoint_ec;
    const auto remote = stream.socket().remote_endpoint(endpoint_ec);
    const std::string peer = endpoint_ec ? "" : remote.address().to_string();
    const auto forwarded = parser.get()["X-Forwarded-For"];
    const std::string ip =
        ClientAddress(peer, std::string_view(forwarded.data(), forwarded.size()), st.options.trusted_proxies);
    if (!ToRequest(parser.get(), ip, request)) co_return std::pair{BadRequest(), true};
    Handled handled = co_await asio::co_spawn(
        st.workers.impl().pool, [&]() -> asio::awaitable<Handled> { co_return st.api.Handle(request); },
        asio::use_awaitable);
    co_return std::pair{std::move(handled), false};
}

asio::awaitable<void> Connection(beast::tcp_stream stream, ServerState& st) {
    beast::flat_buffer buffer;
    for (;;) {
        bhttp::request_parser<bhttp::string_body> parser;
        parser.header_limit(32 * 1024);
        // Beast checks Content-Length against the body limit while parsing the header; the real limit depends
        // on the path and is set once the header is read (and a too-large body then gets a 413, not a reset).
        parser.body_limit(std::numeric_limits<std::uint64_t>::max());
        stream.expires_after(std::chrono::seconds(st.options.idle_timeout_seconds));
        auto [ec, n] = co_await bhttp::async_read_header(stream, buffer, parser, kUseTuple);
        if (ec) break;  // closed, timed out or malformed: Beast's error closes the connection
        const auto started = Clock::now();
        ++st.in_flight;
        Request request;
        std::pair<Handled, bool> answer;
        try {
            answer = co_await Answer(stream, buffer, parser, st, request);
        } catch (const std::exception& e) {
            --st.in_flight;
            spdlog::debug("request body not read: {}", e.what());
            break;  // the body could not be read: nothing to answer
        }
        auto& [handled, must_close] = answer;
        const bool keep_alive = parser.get().keep_alive() && !must_close && !st.stopping;
        const std::string method(parser.get().method_string());
        auto response = ToBeast(handled.response, parser.get().version(), keep_alive, method == "HEAD");
        const size_t bytes = response.body().size();
        stream.expires_after(std::chrono::seconds(60));
        auto [wec, wn] = co_await bhttp::async_write(stream, response, kUseTuple);
        --st.in_flight;
        LogRequest(PathPart(parser.get().target()), method, handled, bytes, started);
        if (wec) break;
        if (!keep_alive) break;
    }
    boost::system::error_code ec;
    stream.socket().shutdown(tcp::socket::shutdown_send, ec);
}

asio::awaitable<void> Listen(tcp::acceptor& acceptor, ServerState& st) {
    for (;;) {
        auto [ec, socket] = co_await acceptor.async_accept(asio::make_strand(acceptor.get_executor()), kUseTuple);
        if (ec) {
            if (st.stopping || ec == asio::error::operation_aborted) co_return;
            spdlog::warn("accept failed: {}", ec.message());
            continue;
        }
        auto ex = socket.get_executor();
        asio::co_spawn(ex, Connection(beast::tcp_stream(std::move(socket)), st), [](const std::exception_ptr& e) {
            if (!e) return;
            try {
                std::rethrow_exception(e);
            } catch (const std::exception& err) {
                spdlog::error("connection ended with an exception: {}", err.what());
            }
        });
    }
}

/// After a stop signal: polls until no request is in flight or the grace period ends, then stops the loop.
asio::awaitable<void> DrainAndStop(asio::io_context& ioc, ServerState& st) {
    const auto deadline = Clock::now() + std::chrono::seconds(st.options.shutdown_grace_seconds);
    asio::steady_timer timer(ioc);
    while (st.in_flight > 0 && Clock::now() < deadline) {
        timer.expires_after(std::chrono::milliseconds(20));
        co_await timer.async_wait(kUseTuple);
    }
    ioc.stop();
}

Result<void> Bind(tcp::acceptor& acceptor, const ServerOptions& options) {
    boost::system::error_code ec;
    const auto address = asio::ip::make_address(options.host, ec);
    if (ec) return MakeError(ErrorCode::invalid_argument, "alamat host tidak sah / invalid host: " + options.host);
    const tcp::endpoint endpoint(address, options.port);
    if (!acceptor.open(endpoint.protocol(), ec) && !acceptor.set_option(asio::socket_base::reuse_address(true), ec) &&
        !acceptor.bind(endpoint, ec) && !acceptor.listen(asio::socket_base::max_listen_connections, ec)) {
        return {};
    }
    return MakeError(ErrorCode::failed_precondition, "tidak dapat mendengarkan di / cannot listen on " + options.host +
                                                         ":" + std::to_string(options.port) + ": " + ec.message());
}

}  // namespace

Result<void> Serve(Api& api, WorkerPool& workers, const ServerOptions& options) {
    ServerState st{api, workers, options};
    asio::io_context ioc(options.io_threads);
    tcp::acceptor acceptor(ioc);
    if (auto bound = Bind(acceptor, options); !bound) return bound;
    if (options.on_listening) options.on_listening(options.host, acceptor.local_endpoint().port());

    asio::co_spawn(ioc, Listen(acceptor, st), [](const std::exception_ptr& e) {
        if (!e) return;
        try {
            std::rethrow_exception(e);
        } catch (const std::exception& err) {
            spdlog::critical("the listener failed: {}", err.what());
        }
        std::_Exit(1);  // a server that listens on nothing must not keep running
    });
    asio::signal_set signals(ioc, SIGINT, SIGTERM);
    signals.async_wait([&](const boost::system::error_code& ec, int signal) {
        if (ec) return;
        spdlog::info("signal {}: stopping", signal);
        st.stopping = true;
        boost::system::error_code ignored;
        acceptor.close(ignored);
        asio::co_spawn(ioc, DrainAndStop(ioc, st), asio::detached);
    });
    std::vector<std::thread> threads;
    for (int i = 1; i < options.io_threads; ++i) threads.emplace_back([&ioc] { ioc.run(); });
    ioc.run();
    for (auto& t : threads) t.join();
    workers.Shutdown();  // running jobs finish; their completions land in the stopped loop, never run
    return {};
}

}  // namespace bangkom::http
