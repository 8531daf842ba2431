#include <chrono>
#include <cstdlib>
#include <ctime>
#include <iostream>
#include <memory>

#include "app/commands.hpp"
#include "app/demo/demo_command.hpp"

namespace bangkom::app {
namespace {

int CurrentYear() {
    const std::time_t now = std::chrono::system_clock::to_time_t(std::chrono::system_clock::now());
    std::tm utc{};
    gmtime_r(&now, &utc);
    return utc.tm_year + 1900;
}

}  // namespace

void RegisterDemo(CLI::App& app, const GlobalOptions& global, int& exit_code) {
    auto* cmd =
        app.add_subcommand("demo", "Membuat data demo Pemerintah Provinsi Jambi yang realistis dan deterministik");
    auto options = std::make_shared<demo::DemoCommandOptions>();
    auto plan_year = std::make_shared<int>(0);
    cmd->add_option("--db", options->db, "Berkas basis data SQLite")->required();
    cmd->add_option("--employees", options->demo.employees, "Jumlah pegawai (bawaan 12000)");
    cmd->add_option("--seed", options->demo.seed, "Benih acak: benih yang sama, data yang sama (bawaan 1)");
    cmd->add_option("--year", *plan_year, "Tahun rencana (bawaan: tahun ini + 1)");
    cmd->add_flag("--force", options->force, "Tetap menulis walaupun basis data sudah berisi pegawai");
    cmd->callback([options, plan_year, &global, &exit_code] {
        options->demo.plan_year = *plan_year != 0 ? *plan_year : CurrentYear() + 1;
        options->lang = global.Lang();
        if (const char* password = std::getenv("BANGKOM_DEMO_PASSWORD"); password != nullptr) {
            options->password = password;
        }
        exit_code = demo::RunDemoCommand(*options, std::cout, std::cerr);
    });
}

}  // namespace bangkom::app
