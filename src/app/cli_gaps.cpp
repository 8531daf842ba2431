// bangkom gaps --db PATH [--agency KODE] [--nip NIP] [--format json|csv] [--output F]: the needs analysis (AKPK)
// per employee with a summary, as JSON (docs/api.md's shapes) or one CSV row per employee and competency.

#include <fstream>
#include <iostream>
#include <memory>

#include "app/commands.hpp"
#include "services/gap_json.hpp"
#include "services/gap_service.hpp"
#include "storage/store.hpp"

namespace bangkom::app {
namespace {

constexpr int kBadInput = 2;  // an unknown agency or NIP: nothing to analyse

struct GapsOptions {
    std::string db;
    std::string agency;
    std::string nip;
    std::string format = "json";
    std::string output;  // empty: standard output
};

int Fail(const std::string& message, int code) {
    std::cerr << "bangkom gaps: " << message << "\n";
    return code;
}

int Write(const GapsOptions& o, const std::string& text, bool en) {
    if (o.output.empty()) {
        std::cout << text;
        return 0;
    }
    std::ofstream out(o.output, std::ios::binary);
    out << text;
    out.close();
    if (!out) return Fail((en ? "cannot write " : "tidak dapat menulis ") + o.output, 1);
    std::cerr << (en ? "Written: " : "Ditulis: ") << o.output << "\n";
    return 0;
}

int RunGaps(const GapsOptions& o, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    auto store = storage::OpenStore(o.db);
    if (!store) return Fail(store.error().message, 1);
    services::GapService service(**store);
    auto snapshot = service.Snapshot();
    if (!snapshot) return Fail(snapshot.error().message, 1);
    if (!o.agency.empty() && !(*snapshot)->FindAgency(o.agency)) {
        return Fail((en ? "unknown agency '" : "OPD '") + o.agency + (en ? "'" : "' tidak ditemukan"), kBadInput);
    }
    if (!o.nip.empty() && !(*snapshot)->FindEmployee(o.nip)) {
        return Fail((en ? "no employee with NIP '" : "pegawai dengan NIP '") + o.nip + (en ? "'" : "' tidak ditemukan"),
                    kBadInput);
    }
    auto settings = services::LoadAnalysisSettings(**store, std::nullopt, lang);
    if (!settings) return Fail(settings.error().message, 1);
    analysis::Scope scope;
    scope.agency = o.agency;
    if (!o.nip.empty()) scope.nips = {o.nip};
    auto report = analysis::Analyze(**snapshot, *settings, scope, analysis::Options{true}, lang);
    if (!report) return Fail(report.error().message, kBadInput);
    if (!o.nip.empty() && report->employees.empty()) {
        return Fail(
            (en ? "employee " : "pegawai ") + o.nip + (en ? " is not in agency " : " tidak berada di OPD ") + o.agency,
            kBadInput);
    }
    const std::string text = o.format == "csv"
                                 ? services::GapsCsvText(*report)
                                 : services::GapsJsonText(*report, **snapshot, o.agency, settings->jp_target);
    return Write(o, text, en);
}

}  // namespace

void RegisterGaps(CLI::App& app, const GlobalOptions& global, int& exit_code) {
    auto* cmd = app.add_subcommand("gaps", "Analisis kebutuhan (AKPK): kesenjangan per pegawai / Needs analysis");
    auto o = std::make_shared<GapsOptions>();
    cmd->add_option("--db", o->db, "Berkas basis data SQLite")->required()->envname("BANGKOM_DB");
    cmd->add_option("--agency", o->agency, "Hanya pegawai OPD ini (kode_opd)");
    cmd->add_option("--nip", o->nip, "Hanya pegawai dengan NIP ini");
    cmd->add_option("--format", o->format, "json (bawaan) atau csv")->check(CLI::IsMember({"json", "csv"}));
    cmd->add_option("--output,-o", o->output, "Berkas keluaran (bawaan: layar)");
    cmd->callback([o, &global, &exit_code] { exit_code = RunGaps(*o, global.Lang()); });
}

}  // namespace bangkom::app
