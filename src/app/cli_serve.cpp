#include <iostream>

#include "app/commands.hpp"

namespace bangkom::app {

void RegisterServe(CLI::App& app, const GlobalOptions& /*global*/, int& exit_code) {
    auto* cmd = app.add_subcommand("serve", "(belum tersedia)");
    cmd->allow_extras();
    cmd->callback([&exit_code] {
        std::cerr << "bangkom serve: belum tersedia\n";
        exit_code = 1;
    });
}

}  // namespace bangkom::app
