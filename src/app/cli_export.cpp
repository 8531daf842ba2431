#include <iostream>

#include "app/commands.hpp"

namespace bangkom::app {

void RegisterExport(CLI::App& app, const GlobalOptions& /*global*/, int& exit_code) {
    auto* cmd = app.add_subcommand("export", "(belum tersedia)");
    cmd->allow_extras();
    cmd->callback([&exit_code] {
        std::cerr << "bangkom export: belum tersedia\n";
        exit_code = 1;
    });
}

}  // namespace bangkom::app
