#include "storage/backup.hpp"

#include <spawn.h>
#include <sys/wait.h>
#include <unistd.h>

#include <array>
#include <cctype>
#include <cerrno>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <vector>

#include "storage/sqlite/backup.hpp"

extern char** environ;  // NOLINT(readability-redundant-declaration): posix_spawn passes it on

namespace bangkom::storage {
namespace {

namespace fs = std::filesystem;

constexpr size_t kMaxStderr = 2000;  // the end of pg_dump's messages is the useful part

struct Spawned {
    int exit_code = -1;
    std::string stderr_text;
};

/// Runs `argv` (argv[0] looked up in PATH when it has no slash) and collects its standard error.
Result<Spawned> Run(const std::vector<std::string>& args) {
    std::array<int, 2> pipe_fds{};
    if (pipe(pipe_fds.data()) != 0) return MakeError(ErrorCode::internal, std::string("pipe: ") + strerror(errno));
    posix_spawn_file_actions_t actions;
    posix_spawn_file_actions_init(&actions);
    posix_spawn_file_actions_adddup2(&actions, pipe_fds[1], STDERR_FILENO);
    posix_spawn_file_actions_addclose(&actions, pipe_fds[0]);
    std::vector<char*> argv;
    argv.reserve(args.size() + 1);
    for (const auto& a : args) argv.push_back(const_cast<char*>(a.c_str()));  // NOLINT: posix_spawn's signature
    argv.push_back(nullptr);
    pid_t pid = 0;
    const int rc = posix_spawnp(&pid, argv[0], &actions, nullptr, argv.data(), environ);
    posix_spawn_file_actions_destroy(&actions);
    close(pipe_fds[1]);
    if (rc != 0) {
        close(pipe_fds[0]);
        return MakeError(ErrorCode::failed_precondition,
                         "Program tidak dapat dijalankan (cannot run) " + args[0] + ": " + strerror(rc));
    }
    Spawned out;
    std::array<char, 4096> chunk{};
    ssize_t n = 0;
    while ((n = read(pipe_fds[0], chunk.data(), chunk.size())) > 0 || (n < 0 && errno == EINTR)) {
        if (n > 0) out.stderr_text.append(chunk.data(), static_cast<size_t>(n));
    }
    close(pipe_fds[0]);
    int status = 0;
    while (waitpid(pid, &status, 0) < 0 && errno == EINTR) {
    }
    out.exit_code = WIFEXITED(status) ? WEXITSTATUS(status) : 128 + WTERMSIG(status);
    if (out.stderr_text.size() > kMaxStderr)
        out.stderr_text = "…" + out.stderr_text.substr(out.stderr_text.size() - kMaxStderr);
    return out;
}

Result<BackupResult> PgDump(const std::string& location, const std::string& output) {
    std::error_code ec;
    const std::string part = output + ".part";
    fs::remove(part, ec);
    const std::string program = PostgresProgram("pg_dump");
    auto ran = Run({program, "--format=custom", "--no-owner", "--file=" + part, "--dbname=" + location});
    if (!ran) return ran.error();
    if (ran->exit_code != 0) {
        fs::remove(part, ec);
        const std::string why = ran->exit_code == 127 ? "program tidak ditemukan (not found)" : ran->stderr_text;
        return MakeError(ErrorCode::failed_precondition,
                         "pg_dump gagal (failed, exit " + std::to_string(ran->exit_code) + "): " + why);
    }
    fs::rename(part, output, ec);
    if (ec) {
        std::error_code ignored;
        fs::remove(part, ignored);
        return MakeError(ErrorCode::internal, "Tidak dapat menulis (cannot write) " + output + ": " + ec.message());
    }
    const auto size = fs::file_size(output, ec);
    return BackupResult{"pg_dump", ec ? int64_t{0} : static_cast<int64_t>(size)};
}

}  // namespace

bool IsPostgresLocation(const std::string& location) {
    if (location.starts_with("postgresql://") || location.starts_with("postgres://")) return true;
    size_t i = 0;
    while (i < location.size() && std::isspace(static_cast<unsigned char>(location[i]))) ++i;
    const size_t name_start = i;
    while (i < location.size() && (std::isalnum(static_cast<unsigned char>(location[i])) || location[i] == '_')) ++i;
    while (i < location.size() && location[i] == ' ') ++i;
    return i > name_start && i < location.size() && location[i] == '=';
}

std::string PostgresProgram(const std::string& name) {
    const char* bin = std::getenv("BANGKOM_PG_BIN");  // NOLINT(concurrency-mt-unsafe): read once per command
    std::error_code ec;
    if (bin != nullptr && *bin != '\0') return (fs::path(bin) / name).string();
    const fs::path debian = fs::path("/usr/lib/postgresql/15/bin") / name;
    if (fs::exists(debian, ec)) return debian.string();
    return name;
}

Result<BackupResult> BackupDatabase(const std::string& location, const std::string& output) {
    if (location.empty() || output.empty()) {
        return MakeError(ErrorCode::invalid_argument,
                         "Lokasi basis data dan berkas cadangan wajib diisi (database and output are required)");
    }
    std::error_code ec;
    if (fs::exists(output, ec)) {
        return MakeError(ErrorCode::failed_precondition,
                         "Berkas cadangan sudah ada; pilih nama lain (the backup file exists; choose another "
                         "name): " +
                             output);
    }
    if (IsPostgresLocation(location)) return PgDump(location, output);
    auto bytes = sqlite::BackupFile(location, output);
    if (!bytes) return bytes.error();
    return BackupResult{"sqlite-backup-api", *bytes};
}

}  // namespace bangkom::storage
