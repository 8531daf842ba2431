// bangkom template KIND --output FILE: the XLSX import template (example row and a guide sheet).

#include <fstream>
#include <iostream>
#include <memory>

#include "app/commands.hpp"
#include "formats/kind_spec.hpp"

namespace bangkom::app {
namespace {

struct TemplateOptions {
    std::string kind;
    std::string output;
};

std::string KindList() {
    std::string out;
    for (auto kind : domain::AllKinds()) out += (out.empty() ? "" : ", ") + std::string(domain::KindCode(kind));
    return out;
}

int RunTemplate(const TemplateOptions& o, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    auto kind = domain::KindFromCode(o.kind);
    if (!kind) {
        std::cerr << "bangkom template: " << (en ? "unknown kind '" : "jenis data '") << o.kind
                  << (en ? "'; choose one of: " : "' tidak dikenal; pilihan: ") << KindList() << "\n";
        return 2;
    }
    auto bytes = formats::TemplateXlsx(*kind, lang);
    if (!bytes) {
        std::cerr << "bangkom template: " << bytes.error().message << "\n";
        return 1;
    }
    std::ofstream out(o.output, std::ios::binary);
    out << bytes.value();
    out.close();
    if (!out) {
        std::cerr << "bangkom template: " << (en ? "cannot write " : "tidak dapat menulis ") << o.output << "\n";
        return 1;
    }
    std::cout << (en ? "Template written: " : "Templat ditulis: ") << o.output << "\n";
    return 0;
}

}  // namespace

void RegisterTemplate(CLI::App& app, const GlobalOptions& global, int& exit_code) {
    auto* cmd = app.add_subcommand("template", "Templat impor XLSX satu jenis data / The XLSX import template");
    auto o = std::make_shared<TemplateOptions>();
    cmd->add_option("kind", o->kind, "Jenis data: " + KindList())->required();
    cmd->add_option("--output,-o", o->output, "Berkas XLSX keluaran")->required();
    cmd->callback([o, &global, &exit_code] { exit_code = RunTemplate(*o, global.Lang()); });
}

}  // namespace bangkom::app
