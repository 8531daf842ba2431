#include <iostream>

#include "app/commands.hpp"

namespace bangkom::app {

void RegisterTemplate(CLI::App& app, const GlobalOptions& /*global*/, int& exit_code) {
    auto* cmd = app.add_subcommand("template", "(belum tersedia)");
    cmd->allow_extras();
    cmd->callback([&exit_code] {
        std::cerr << "bangkom template: belum tersedia\n";
        exit_code = 1;
    });
}

}  // namespace bangkom::app
