// bangkom init: creates (or migrates) the database and prints its path.

#include <iostream>
#include <memory>

#include "app/commands.hpp"
#include "storage/store.hpp"

namespace bangkom::app {

void RegisterInit(CLI::App& app, const GlobalOptions& global, int& exit_code) {
    auto* cmd = app.add_subcommand("init", "Membuat atau memperbarui basis data / Create or migrate the database");
    auto db = std::make_shared<std::string>();
    cmd->add_option("--db", *db, "Berkas basis data SQLite")->required()->envname("BANGKOM_DB");
    cmd->callback([db, &global, &exit_code] {
        const bool en = global.Lang() == domain::Lang::en;
        auto store = storage::OpenStore(*db);
        if (!store) {
            std::cerr << "bangkom init: " << store.error().message << "\n";
            exit_code = 1;
            return;
        }
        std::cout << (en ? "Database ready: " : "Basis data siap: ") << *db << "\n";
        exit_code = 0;
    });
}

}  // namespace bangkom::app
