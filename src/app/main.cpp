// bangkom: serves the web application and runs the same work from the command line.

#include <CLI/CLI.hpp>
#include <exception>
#include <iostream>

#include "app/commands.hpp"

int main(int argc, char** argv) {
    using namespace bangkom::app;  // NOLINT(google-build-using-namespace): main only
    CLI::App app{"Bangkom — perencanaan, pelaksanaan dan evaluasi pengembangan kompetensi ASN", "bangkom"};
    app.require_subcommand(1);
    app.fallthrough();
    GlobalOptions global;
    app.add_option("--lang", global.lang, "Bahasa pesan: id (bawaan) atau en")
        ->check(CLI::IsMember({"id", "en"}))
        ->envname("BANGKOM_LANG");
    int exit_code = 0;
    RegisterInit(app, global, exit_code);
    RegisterImport(app, global, exit_code);
    RegisterExport(app, global, exit_code);
    RegisterTemplate(app, global, exit_code);
    RegisterDemo(app, global, exit_code);
    RegisterUser(app, global, exit_code);
    RegisterServe(app, global, exit_code);
    RegisterBackup(app, global, exit_code);
    RegisterGaps(app, global, exit_code);
    RegisterPlan(app, global, exit_code);
    RegisterIkm(app, global, exit_code);
    RegisterEvaluate(app, global, exit_code);
    RegisterPackage(app, global, exit_code);
    try {
        app.parse(argc, argv);
    } catch (const CLI::ParseError& e) {
        return app.exit(e);
    } catch (const std::exception& e) {
        std::cerr << "bangkom: " << e.what() << "\n";
        return 1;
    }
    return exit_code;
}
