// bangkom package inspect FILE.zip [--format json|text]: checks an e-learning package (SCORM 1.2, SCORM 2004,
// cmi5) as an upload would be checked, and lists its launchable items. A refused package (AICC, a broken
// manifest, a hostile zip) exits 2 with the reason.

#include <boost/json.hpp>
#include <iostream>

#include "app/commands.hpp"
#include "formats/package.hpp"

namespace bangkom::app {
namespace {

constexpr int kRefused = 2;

boost::json::object PackageJson(const formats::PackageInfo& info) {
    boost::json::array items;
    for (const auto& item : info.items) {
        items.push_back({{"identifier", item.identifier}, {"title", item.title}, {"launch", item.launch}});
    }
    return {{"standard", formats::Code(info.standard)},
            {"version", info.version},
            {"title", info.title},
            {"items", std::move(items)},
            {"files", info.files},
            {"unpacked_bytes", info.unpacked_bytes}};
}

void PrintText(const formats::PackageInfo& info, bool en) {
    std::cout << info.title << "\n"
              << (en ? "Standard: " : "Standar: ") << formats::Code(info.standard) << " (" << info.version << ")\n"
              << (en ? "Files: " : "Berkas: ") << info.files << ", " << info.unpacked_bytes << " bytes\n";
    for (const auto& item : info.items) {
        std::cout << "  " << item.identifier << "  " << item.title << "  → " << item.launch << "\n";
    }
}

}  // namespace

void RegisterPackage(CLI::App& app, const GlobalOptions& global, int& exit_code) {
    auto* package = app.add_subcommand("package", "Paket e-learning (SCORM 1.2, SCORM 2004, cmi5)");
    package->require_subcommand(1);
    auto* inspect = package->add_subcommand("inspect", "Periksa paket zip dan tampilkan item yang dapat diluncurkan");
    auto file = std::make_shared<std::string>();
    auto format = std::make_shared<std::string>("json");
    inspect->add_option("FILE", *file, "Berkas .zip")->required();
    inspect->add_option("--format", *format, "json (bawaan) atau text")->check(CLI::IsMember({"json", "text"}));
    inspect->callback([&global, &exit_code, file, format] {
        const auto info = formats::InspectPackage(*file, {}, global.Lang());
        if (!info) {
            std::cerr << "bangkom package inspect: " << info.error().message << "\n";
            exit_code = kRefused;
            return;
        }
        if (*format == "text") {
            PrintText(*info, global.Lang() == domain::Lang::en);
        } else {
            std::cout << boost::json::serialize(PackageJson(*info)) << "\n";
        }
    });
}

}  // namespace bangkom::app
