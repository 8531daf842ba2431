// bangkom serve: the web app and its API on one port, until SIGINT/SIGTERM.

#include <spdlog/spdlog.h>

#include <boost/json/parse.hpp>
#include <filesystem>
#include <iostream>

#include "app/commands.hpp"
#include "http/api.hpp"
#include "http/server.hpp"
#include "storage/store.hpp"

namespace bangkom::app {
namespace {

struct ServeOptions {
    std::string db;
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string web;
    int threads = 2;
    int workers = 4;
    bool cookie_secure = false;
    double session_hours = 8;
    int json_limit_mib = 1;
    int upload_limit_mib = 50;
    bool print_logins = false;
};

/// The demo accounts and where their password is written, for `--print-logins`.
void PrintLogins(storage::Store& store) {
    auto users = store.ListUsers();
    if (!users) return;
    std::cout << "Akun / accounts:\n";
    for (const auto& u : *users) std::cout << "  " << u.username << "  (" << domain::Code(u.role) << ")\n";
    auto hint = store.GetSetting("demo_password_hint");
    if (hint && hint->has_value()) {
        boost::system::error_code ec;
        const auto value = boost::json::parse(**hint, ec);
        const std::string text = !ec && value.is_string() ? std::string(value.get_string()) : **hint;
        std::cout << "Kata sandi / password: " << text << "\n";
    }
}

int RunServe(const ServeOptions& o) {
    spdlog::set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%l] %v");
    auto store = storage::OpenStore(o.db);
    if (!store) {
        std::cerr << "bangkom serve: " << store.error().message << "\n";
        return 1;
    }
    if (o.print_logins) PrintLogins(**store);
    http::ApiOptions api_options;
    std::error_code ec;
    api_options.web_dir = !o.web.empty() ? o.web : (std::filesystem::is_directory("web/dist", ec) ? "web/dist" : "");
    if (!o.web.empty() && !std::filesystem::is_directory(o.web, ec)) {
        std::cerr << "bangkom serve: --web " << o.web << " bukan direktori / is not a directory\n";
        return 1;
    }
    api_options.cookie_secure = o.cookie_secure;
    api_options.auth.idle_seconds = static_cast<int64_t>(o.session_hours * 3600);
    api_options.json_body_limit = static_cast<size_t>(o.json_limit_mib) << 20;
    api_options.upload_body_limit = static_cast<size_t>(o.upload_limit_mib) << 20;
    http::WorkerPool workers(o.workers);
    auto api = http::Api::Create(**store, api_options,
                                 [&workers](std::function<void()> work) { workers.Post(std::move(work)); });
    if (!api) {
        std::cerr << "bangkom serve: " << api.error().message << "\n";
        return 1;
    }
    http::ServerOptions server;
    server.host = o.host;
    server.port = static_cast<uint16_t>(o.port);
    server.io_threads = o.threads;
    server.on_listening = [](const std::string& host, uint16_t port) {
        std::cout << "Bangkom berjalan di http://" << host << ":" << port << std::endl;
    };
    auto served = http::Serve(**api, workers, server);
    if (!served) {
        std::cerr << "bangkom serve: " << served.error().message << "\n";
        return 1;
    }
    spdlog::info("berhenti / stopped");
    return 0;
}

}  // namespace

void RegisterServe(CLI::App& app, const GlobalOptions& /*global*/, int& exit_code) {
    auto* cmd = app.add_subcommand("serve", "Menjalankan aplikasi web dan API / Serve the web app and its API");
    auto o = std::make_shared<ServeOptions>();
    cmd->add_option("--db", o->db, "Berkas basis data SQLite")->required()->envname("BANGKOM_DB");
    cmd->add_option("--host", o->host, "Alamat yang didengarkan")->capture_default_str()->envname("BANGKOM_HOST");
    cmd->add_option("--port", o->port, "Port (0 = bebas)")
        ->check(CLI::Range(0, 65535))
        ->capture_default_str()
        ->envname("BANGKOM_PORT");
    cmd->add_option("--web", o->web, "Direktori aplikasi web (bawaan: web/dist bila ada)")->envname("BANGKOM_WEB");
    cmd->add_option("--threads", o->threads, "Jumlah thread I/O")->check(CLI::Range(1, 64))->capture_default_str();
    cmd->add_option("--workers", o->workers, "Jumlah thread kerja (basis data, kata sandi, impor)")
        ->check(CLI::Range(1, 256))
        ->capture_default_str();
    cmd->add_flag("--cookie-secure", o->cookie_secure, "Cookie sesi hanya lewat HTTPS")
        ->envname("BANGKOM_COOKIE_SECURE");
    cmd->add_option("--session-hours", o->session_hours, "Sesi berakhir setelah sekian jam tanpa aktivitas")
        ->check(CLI::Range(0.01, 720.0))
        ->capture_default_str();
    cmd->add_option("--json-limit-mib", o->json_limit_mib, "Batas isi JSON (MiB)")->check(CLI::Range(1, 64));
    cmd->add_option("--upload-limit-mib", o->upload_limit_mib, "Batas berkas impor (MiB)")->check(CLI::Range(1, 2048));
    cmd->add_flag("--print-logins", o->print_logins, "Cetak akun demo");
    cmd->callback([o, &exit_code] { exit_code = RunServe(*o); });
}

}  // namespace bangkom::app
