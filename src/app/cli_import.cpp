// bangkom import KIND FILE --db PATH: all or nothing; exit 0 with a summary, 2 with every row error.

#include <fstream>
#include <iostream>
#include <memory>
#include <sstream>

#include "app/commands.hpp"
#include "formats/kind_spec.hpp"
#include "services/import_service.hpp"
#include "services/passwords.hpp"

namespace bangkom::app {
namespace {

constexpr int kBadData = 2;  // docs/import.md: 2 = the data is wrong, nothing written

struct ImportOptions {
    std::string kind;
    std::string file;
    std::string db;
};

std::string KindList() {
    std::string out;
    for (auto kind : domain::AllKinds()) out += (out.empty() ? "" : ", ") + std::string(domain::KindCode(kind));
    return out;
}

std::optional<std::string> ReadFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    std::ostringstream bytes;
    bytes << in.rdbuf();
    if (in.bad()) return std::nullopt;
    return std::move(bytes).str();
}

int RunImport(const ImportOptions& o, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    auto kind = domain::KindFromCode(o.kind);
    if (!kind) {
        std::cerr << "bangkom import: " << (en ? "unknown kind '" : "jenis data '") << o.kind
                  << (en ? "'; choose one of: " : "' tidak dikenal; pilihan: ") << KindList() << "\n";
        return kBadData;
    }
    auto bytes = ReadFile(o.file);
    if (!bytes) {
        std::cerr << "bangkom import: " << (en ? "cannot read the file " : "berkas tidak dapat dibaca: ") << o.file
                  << "\n";
        return kBadData;
    }
    auto store = storage::OpenStore(o.db);
    if (!store) {
        std::cerr << "bangkom import: " << store.error().message << "\n";
        return 1;
    }
    auto key = services::LoadOrCreateSecret(**store, "rater_key");
    if (!key) {
        std::cerr << "bangkom import: " << key.error().message << "\n";
        return 1;
    }
    services::ImportService service(**store, key.value());
    auto summary = service.Import(*kind, bytes.value(), lang, services::Actor{});
    if (!summary) {
        const auto& error = summary.error();
        std::cerr << "bangkom import " << o.kind << ": " << error.message << "\n";
        for (const auto& detail : error.details) std::cerr << formats::FormatDetail(detail, lang) << "\n";
        return error.code == ErrorCode::invalid_argument ? kBadData : 1;
    }
    std::cout << o.kind << ": " << summary->rows << (en ? " rows, " : " baris, ") << summary->inserted
              << (en ? " new, " : " baru, ") << summary->updated << (en ? " updated" : " diperbarui") << "\n";
    return 0;
}

}  // namespace

void RegisterImport(CLI::App& app, const GlobalOptions& global, int& exit_code) {
    auto* cmd = app.add_subcommand("import", "Impor berkas CSV/XLSX satu jenis data / Import a CSV/XLSX file");
    auto o = std::make_shared<ImportOptions>();
    cmd->add_option("kind", o->kind, "Jenis data: " + KindList())->required();
    cmd->add_option("file", o->file, "Berkas CSV atau XLSX")->required();
    cmd->add_option("--db", o->db, "Berkas basis data SQLite")->required()->envname("BANGKOM_DB");
    cmd->callback([o, &global, &exit_code] { exit_code = RunImport(*o, global.Lang()); });
}

}  // namespace bangkom::app
