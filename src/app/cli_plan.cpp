// bangkom plan --db PATH --year Y [--agency KODE] [--solver fast|exact] [--time-limit S] [--export-lp FILE]
// [--format json|text] [--save]: the yearly plan of PLANNING.md from the stored data (issue 6). Progress and
// timings go to standard error; the plan (JSON of the issue, or a short text) to standard output. --save keeps
// it as a new draft version (audit entry "plan.save").

#include <charconv>
#include <chrono>
#include <cstdio>
#include <fstream>
#include <iostream>
#include <memory>

#include "app/commands.hpp"
#include "planning/lp_export.hpp"
#include "services/plan_json.hpp"
#include "services/plan_service.hpp"
#include "storage/store.hpp"

namespace bangkom::app {
namespace {

constexpr int kBadInput = 2;  // a bad year, agency, solver or settings: nothing to plan

struct PlanOptions {
    std::string db;
    std::string year;
    std::string agency;
    std::string solver = "fast";
    double time_limit = 0;
    std::string export_lp;
    std::string format = "json";
    bool save = false;
};

int Fail(const std::string& message, int code) {
    std::cerr << "bangkom plan: " << message << "\n";
    return code;
}

int ExitCodeOf(const Error& error) {
    switch (error.code) {
        case ErrorCode::invalid_argument:
        case ErrorCode::not_found:
        case ErrorCode::failed_precondition: return kBadInput;
        default: return 1;
    }
}

std::optional<int> ParseYear(const std::string& text) {
    int year = 0;
    const auto [end, ec] = std::from_chars(text.data(), text.data() + text.size(), year);
    if (ec != std::errc() || end != text.data() + text.size()) return std::nullopt;
    return year;
}

int64_t UnixNow() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

int ExportLp(const services::PlanOutcome& outcome, const std::string& path, bool en) {
    std::ofstream out(path, std::ios::binary);
    out << planning::ExportLp(outcome.built.model);
    out.close();
    if (!out) return Fail((en ? "cannot write " : "tidak dapat menulis ") + path, 1);
    std::cerr << (en ? "LP model written: " : "Model LP ditulis: ") << path << "\n";
    return 0;
}

void PrintTimings(const services::PlanOutcome& o, bool en) {
    std::fprintf(stderr, "Model: %zu %s, %zu %s; %s %.3f s, %s %.3f s, %s %.3f s\n", o.built.model.employees.size(),
                 en ? "employees" : "pegawai", o.built.model.offerings.size(), en ? "offerings" : "angkatan",
                 en ? "load" : "muat", o.timings.load, en ? "build" : "bangun", o.timings.build,
                 en ? "solve" : "pecahkan", o.timings.solve);
    std::fprintf(stderr, "%s %.6f, %s %.6f, gap %.4f %%\n", en ? "Value" : "Nilai", o.solution.value,
                 en ? "bound" : "batas atas", o.solution.bound, o.solution.gap * 100);
}

int RunPlan(const PlanOptions& o, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    const auto year = ParseYear(o.year);
    if (!year)
        return Fail((en ? "the year must be a number, not '" : "tahun harus berupa angka, bukan '") + o.year + "'",
                    kBadInput);
    auto store = storage::OpenStore(o.db);
    if (!store) return Fail(store.error().message, 1);
    services::GapService gaps(**store);
    services::PlanService service(**store, gaps);
    services::PlanRequest request;
    request.scope = services::PlanScope{*year, o.agency};
    request.solver = o.solver;
    request.time_limit_seconds = o.time_limit;
    request.progress = [](int percent, const std::string& message) {
        std::cerr << "[" << percent << "%] " << message << "\n";
    };
    auto outcome = service.Run(request, lang);
    if (!outcome) return Fail(outcome.error().message, ExitCodeOf(outcome.error()));
    PrintTimings(*outcome, en);
    if (!o.export_lp.empty()) {
        if (int code = ExportLp(*outcome, o.export_lp, en); code != 0) return code;
    }
    if (o.save) {
        auto saved = service.Save(*outcome, services::PlanAuthor{0, "cli"}, UnixNow());
        if (!saved) return Fail(saved.error().message, 1);
        std::cerr << (en ? "Saved as plan " : "Disimpan sebagai rencana ") << saved->id
                  << (en ? ", version " : ", versi ") << saved->version << " (draft)\n";
    }
    std::cout << (o.format == "text" ? services::PlanText(outcome->built, outcome->solution, outcome->rows, lang)
                                     : services::PlanJsonText(outcome->built, outcome->solution, outcome->rows));
    return 0;
}

}  // namespace

void RegisterPlan(CLI::App& app, const GlobalOptions& global, int& exit_code) {
    auto* cmd = app.add_subcommand("plan", "Rencana pengembangan kompetensi tahunan (optimasi) / Yearly plan");
    auto o = std::make_shared<PlanOptions>();
    cmd->add_option("--db", o->db, "Basis data (berkas SQLite atau postgresql://)")->required()->envname("BANGKOM_DB");
    cmd->add_option("--year", o->year, "Tahun rencana")->required();
    cmd->add_option("--agency", o->agency, "Hanya OPD ini (kode_opd); bawaan: semua OPD");
    cmd->add_option("--solver", o->solver, "fast (bawaan) atau exact (CBC)")->check(CLI::IsMember({"fast", "exact"}));
    cmd->add_option("--time-limit", o->time_limit, "Batas waktu pemecah dalam detik (0 = bawaan)")
        ->check(CLI::NonNegativeNumber);
    cmd->add_option("--export-lp", o->export_lp, "Tulis model dalam format CPLEX LP ke berkas ini");
    cmd->add_option("--format", o->format, "json (bawaan) atau text")->check(CLI::IsMember({"json", "text"}));
    cmd->add_flag("--save", o->save, "Simpan sebagai versi draf baru");
    cmd->callback([o, &global, &exit_code] { exit_code = RunPlan(*o, global.Lang()); });
}

}  // namespace bangkom::app
