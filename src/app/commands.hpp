#pragma once
// The command-line commands; each file cli_*.cpp registers one. Scripts rely on these: keep them stable.

#include <CLI/CLI.hpp>
#include <string>

#include "domain/enums.hpp"

namespace bangkom::app {

/// Options every command shares.
struct GlobalOptions {
    std::string lang = "id";  // --lang id|en
    domain::Lang Lang() const { return lang == "en" ? domain::Lang::en : domain::Lang::id; }
};

/// Each Register* adds a subcommand whose callback runs the command and sets `exit_code`.
void RegisterInit(CLI::App& app, const GlobalOptions& global, int& exit_code);
void RegisterImport(CLI::App& app, const GlobalOptions& global, int& exit_code);
void RegisterExport(CLI::App& app, const GlobalOptions& global, int& exit_code);
void RegisterTemplate(CLI::App& app, const GlobalOptions& global, int& exit_code);
void RegisterDemo(CLI::App& app, const GlobalOptions& global, int& exit_code);
void RegisterUser(CLI::App& app, const GlobalOptions& global, int& exit_code);
void RegisterServe(CLI::App& app, const GlobalOptions& global, int& exit_code);
void RegisterBackup(CLI::App& app, const GlobalOptions& global, int& exit_code);
void RegisterGaps(CLI::App& app, const GlobalOptions& global, int& exit_code);
void RegisterPlan(CLI::App& app, const GlobalOptions& global, int& exit_code);      // cli_plan.cpp
void RegisterIkm(CLI::App& app, const GlobalOptions& global, int& exit_code);       // cli_evaluate.cpp
void RegisterEvaluate(CLI::App& app, const GlobalOptions& global, int& exit_code);  // cli_evaluate.cpp
void RegisterPackage(CLI::App& app, const GlobalOptions& global, int& exit_code);   // cli_package.cpp

}  // namespace bangkom::app
