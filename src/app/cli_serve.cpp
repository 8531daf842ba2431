// bangkom serve: the web app and its API on one port, until SIGINT/SIGTERM.

#include <spdlog/spdlog.h>

#include <boost/json/parse.hpp>
#include <filesystem>
#include <iostream>

#include "app/commands.hpp"
#include "http/api.hpp"
#include "http/server.hpp"
#include "services/course_service.hpp"
#include "storage/location.hpp"
#include "storage/read_split_store.hpp"
#include "storage/store.hpp"

namespace bangkom::app {
namespace {

struct ServeOptions {
    std::string db;
    std::string db_read;  // optional: a second store (a streaming replica) for heavy reads
    std::string host = "127.0.0.1";
    int port = 8080;
    std::string web;
    int threads = 2;
    int workers = 4;
    bool cookie_secure = false;
    double session_hours = 8;
    int json_limit_mib = 1;
    int upload_limit_mib = 50;
    int content_limit_mib = 200;
    std::string content_dir;  // course content; default beside the database (services::DefaultContentRoot)
    bool print_logins = false;
    std::vector<std::string> trusted_proxies;  // nginx's addresses: their X-Forwarded-For names the client
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

/// The primary alone, or (with --db-read) the primary for writes and the read store for heavy reads. Logs which
/// databases it uses, passwords masked.
Result<std::unique_ptr<storage::Store>> OpenServeStore(const ServeOptions& o) {
    if (o.db_read.empty()) {
        spdlog::info("basis data / database: {}", storage::MaskedLocation(o.db));
        return storage::OpenStore(o.db);
    }
    spdlog::info("basis data utama / primary database: {}", storage::MaskedLocation(o.db));
    spdlog::info("basis data baca / read database (--db-read): {}", storage::MaskedLocation(o.db_read));
    auto split = storage::ReadSplitStore::Open(o.db, o.db_read);
    if (!split) return split.error();
    return std::unique_ptr<storage::Store>(std::move(*split));
}

int RunServe(const ServeOptions& o) {
    spdlog::set_pattern("[%Y-%m-%d %H:%M:%S.%e] [%l] %v");
    auto store = OpenServeStore(o);
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
    api_options.database = storage::BackendName(o.db);
    api_options.cookie_secure = o.cookie_secure;
    api_options.auth.idle_seconds = static_cast<int64_t>(o.session_hours * 3600);
    api_options.json_body_limit = static_cast<size_t>(o.json_limit_mib) << 20;
    api_options.upload_body_limit = static_cast<size_t>(o.upload_limit_mib) << 20;
    api_options.content_body_limit = static_cast<size_t>(o.content_limit_mib) << 20;
    api_options.content_root =
        o.content_dir.empty() ? services::DefaultContentRoot(o.db) : std::filesystem::path(o.content_dir);
    spdlog::info("konten kursus / course content: {}", api_options.content_root.string());
    http::WorkerPool workers(o.workers);
    // Background jobs (imports) read what they check against from the primary, never from a lagging replica.
    auto background = [&workers](std::function<void()> work) {
        workers.Post([work = std::move(work)] {
            const storage::ReadSplitStore::PrimaryReadScope primary_reads;
            work();
        });
    };
    auto api = http::Api::Create(**store, api_options, background);
    if (!api) {
        std::cerr << "bangkom serve: " << api.error().message << "\n";
        return 1;
    }
    http::ServerOptions server;
    server.host = o.host;
    server.port = static_cast<uint16_t>(o.port);
    server.io_threads = o.threads;
    server.trusted_proxies = o.trusted_proxies;
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
    cmd->add_option("--db", o->db, "Basis data: berkas SQLite atau URL PostgreSQL")->required()->envname("BANGKOM_DB");
    cmd->add_option("--db-read", o->db_read,
                    "Basis data untuk bacaan berat (replika), opsional / Optional replica for heavy reads")
        ->envname("BANGKOM_DB_READ");
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
    cmd->add_option("--content-limit-mib", o->content_limit_mib, "Batas berkas modul e-learning (MiB)")
        ->check(CLI::Range(1, 4096));
    cmd->add_option("--content-dir", o->content_dir,
                    "Folder konten e-learning (bawaan: <db>.konten di samping berkas SQLite) / course content folder");
    cmd->add_flag("--print-logins", o->print_logins, "Cetak akun demo");
    cmd->add_option("--trusted-proxy", o->trusted_proxies,
                    "Alamat nginx yang X-Forwarded-For-nya dipercaya (koma) / Proxies whose X-Forwarded-For is trusted")
        ->delimiter(',')
        ->envname("BANGKOM_TRUSTED_PROXIES");
    cmd->callback([o, &exit_code] { exit_code = RunServe(*o); });
}

}  // namespace bangkom::app
