// bangkom backup --db LOCATION --output FILE: a consistent copy of a live database (SQLite: online backup
// API; PostgreSQL: pg_dump --format=custom). Servers may keep running meanwhile.

#include <iostream>
#include <memory>

#include "app/commands.hpp"
#include "storage/backup.hpp"

namespace bangkom::app {
namespace {

struct BackupOptions {
    std::string db;
    std::string output;
};

int RunBackup(const BackupOptions& o, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    auto done = storage::BackupDatabase(o.db, o.output);
    if (!done) {
        std::cerr << "bangkom backup: " << done.error().message << "\n";
        return done.error().code == ErrorCode::invalid_argument ? 2 : 1;
    }
    std::cout << (en ? "Backup written: " : "Cadangan ditulis: ") << o.output << " (" << done->bytes
              << (en ? " bytes, " : " bita, ") << done->method << ")\n";
    return 0;
}

}  // namespace

void RegisterBackup(CLI::App& app, const GlobalOptions& global, int& exit_code) {
    auto* cmd = app.add_subcommand("backup", "Mencadangkan basis data yang sedang berjalan / Back up a live database");
    auto o = std::make_shared<BackupOptions>();
    cmd->add_option("--db", o->db, "Berkas SQLite atau URL PostgreSQL")->required()->envname("BANGKOM_DB");
    cmd->add_option("--output,-o", o->output, "Berkas cadangan (belum boleh ada)")->required();
    cmd->callback([o, &global, &exit_code] { exit_code = RunBackup(*o, global.Lang()); });
}

}  // namespace bangkom::app
