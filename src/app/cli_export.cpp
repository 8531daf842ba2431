// bangkom export KIND --db PATH --format csv|xlsx --output FILE: every record of a kind, import columns.

#include <fstream>
#include <iostream>
#include <memory>

#include "app/commands.hpp"
#include "services/import_service.hpp"

namespace bangkom::app {
namespace {

struct ExportOptions {
    std::string kind;
    std::string db;
    std::string format;  // empty: from the output's extension
    std::string output;
};

std::string KindList() {
    std::string out;
    for (auto kind : domain::AllKinds()) out += (out.empty() ? "" : ", ") + std::string(domain::KindCode(kind));
    return out;
}

services::ExportFormat FormatOf(const ExportOptions& o) {
    if (!o.format.empty()) return o.format == "csv" ? services::ExportFormat::csv : services::ExportFormat::xlsx;
    const bool csv = o.output.size() >= 4 && o.output.compare(o.output.size() - 4, 4, ".csv") == 0;
    return csv ? services::ExportFormat::csv : services::ExportFormat::xlsx;
}

int RunExport(const ExportOptions& o, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    auto kind = domain::KindFromCode(o.kind);
    if (!kind) {
        std::cerr << "bangkom export: " << (en ? "unknown kind '" : "jenis data '") << o.kind
                  << (en ? "'; choose one of: " : "' tidak dikenal; pilihan: ") << KindList() << "\n";
        return 2;
    }
    auto store = storage::OpenStore(o.db);
    if (!store) {
        std::cerr << "bangkom export: " << store.error().message << "\n";
        return 1;
    }
    auto bytes = services::ExportKind(**store, *kind, FormatOf(o), storage::ListQuery{});
    if (!bytes) {
        std::cerr << "bangkom export: " << bytes.error().message << "\n";
        return 1;
    }
    std::ofstream out(o.output, std::ios::binary);
    out << bytes.value();
    out.close();
    if (!out) {
        std::cerr << "bangkom export: " << (en ? "cannot write " : "tidak dapat menulis ") << o.output << "\n";
        return 1;
    }
    std::cout << (en ? "Written: " : "Ditulis: ") << o.output << "\n";
    return 0;
}

}  // namespace

void RegisterExport(CLI::App& app, const GlobalOptions& global, int& exit_code) {
    auto* cmd = app.add_subcommand("export", "Ekspor semua data satu jenis / Export every record of a kind");
    auto o = std::make_shared<ExportOptions>();
    cmd->add_option("kind", o->kind, "Jenis data: " + KindList())->required();
    cmd->add_option("--db", o->db, "Berkas basis data SQLite")->required()->envname("BANGKOM_DB");
    cmd->add_option("--format", o->format, "csv atau xlsx (bawaan: dari nama berkas, lalu xlsx)")
        ->check(CLI::IsMember({"csv", "xlsx"}));
    cmd->add_option("--output,-o", o->output, "Berkas keluaran")->required();
    cmd->callback([o, &global, &exit_code] { exit_code = RunExport(*o, global.Lang()); });
}

}  // namespace bangkom::app
