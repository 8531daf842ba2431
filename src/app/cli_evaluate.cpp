// bangkom ikm --db PATH --unit KODE [--from DATE] [--to DATE] [--format json|text]: the public satisfaction
// index of one service unit. bangkom evaluate --db PATH (--offering KODE | --year Y) [--format json|text]: the
// evaluation of an offering on L1–L4 with its verdict, or of every offering starting in a year with q-values
// (docs/evaluation.md).

#include <iostream>
#include <memory>
#include <optional>

#include "app/commands.hpp"
#include "formats/values.hpp"
#include "services/evaluation_json.hpp"
#include "services/evaluation_service.hpp"
#include "storage/store.hpp"

namespace bangkom::app {
namespace {

constexpr int kBadInput = 2;  // an unknown unit or offering, a bad date or option: nothing to compute

struct IkmOptions {
    std::string db, unit, from, to;
    std::string format = "json";
};

struct EvaluateOptions {
    std::string db, offering;
    int year = 0;
    std::string format = "json";
};

int Fail(const char* command, const std::string& message, int code) {
    std::cerr << "bangkom " << command << ": " << message << "\n";
    return code;
}

int ExitOf(const Error& e) {
    return e.code == ErrorCode::not_found || e.code == ErrorCode::invalid_argument ? kBadInput : 1;
}

/// "" → nullopt; a date in an import form (2027-03-15 or 15/03/2027) → the date; else an error naming `option`.
Result<std::optional<domain::Date>> DateOption(const std::string& text, const char* option, bool en) {
    if (text.empty()) return std::optional<domain::Date>{};
    auto d = formats::ParseDate(formats::Cell{formats::CellType::text, text, 0});
    if (!d) {
        return MakeError(ErrorCode::invalid_argument,
                         std::string(option) + (en ? ": not a date: " : ": bukan tanggal: ") + text);
    }
    return std::optional<domain::Date>(*d);
}

int RunIkm(const IkmOptions& o, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    auto from = DateOption(o.from, "--from", en);
    if (!from) return Fail("ikm", from.error().message, kBadInput);
    auto to = DateOption(o.to, "--to", en);
    if (!to) return Fail("ikm", to.error().message, kBadInput);
    if (*from && *to && **to < **from) {
        return Fail("ikm", en ? "--to is before --from" : "--to sebelum --from", kBadInput);
    }
    auto store = storage::OpenStore(o.db);
    if (!store) return Fail("ikm", store.error().message, 1);
    services::EvaluationService service(**store);
    auto report = service.UnitIkm(o.unit, *from, *to, lang);
    if (!report) return Fail("ikm", report.error().message, ExitOf(report.error()));
    std::cout << (o.format == "text" ? services::UnitIkmText(*report, lang)
                                     : services::JsonText(services::UnitIkmJson(*report)));
    return 0;
}

int RunEvaluate(const EvaluateOptions& o, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    if (o.offering.empty() == (o.year == 0)) {
        return Fail("evaluate",
                    en ? "give exactly one of --offering and --year" : "isi tepat satu: --offering atau --year",
                    kBadInput);
    }
    auto store = storage::OpenStore(o.db);
    if (!store) return Fail("evaluate", store.error().message, 1);
    auto settings = services::LoadEvaluationSettings(**store, lang);
    if (!settings) return Fail("evaluate", settings.error().message, 1);
    services::EvaluationService service(**store);
    if (!o.offering.empty()) {
        auto e = service.EvaluateOffering(o.offering, *settings, std::nullopt, lang);
        if (!e) return Fail("evaluate", e.error().message, ExitOf(e.error()));
        std::cout << (o.format == "text" ? services::OfferingText(*e, lang)
                                         : services::JsonText(services::OfferingJson(*e, *settings)));
        return 0;
    }
    auto y = service.EvaluateYear(o.year, *settings);
    if (!y) return Fail("evaluate", y.error().message, ExitOf(y.error()));
    std::cout << (o.format == "text" ? services::YearText(*y, lang)
                                     : services::JsonText(services::YearJson(*y, *settings)));
    return 0;
}

}  // namespace

void RegisterIkm(CLI::App& app, const GlobalOptions& global, int& exit_code) {
    auto* cmd = app.add_subcommand("ikm", "Indeks kepuasan masyarakat satu unit layanan / Public satisfaction index");
    auto o = std::make_shared<IkmOptions>();
    cmd->add_option("--db", o->db, "Basis data (berkas SQLite atau URL PostgreSQL)")->required()->envname("BANGKOM_DB");
    cmd->add_option("--unit", o->unit, "Kode unit layanan (kode_unit)")->required();
    cmd->add_option("--from", o->from, "Tanggal awal (termasuk), mis. 2026-01-01");
    cmd->add_option("--to", o->to, "Tanggal akhir (termasuk)");
    cmd->add_option("--format", o->format, "json (bawaan) atau text")->check(CLI::IsMember({"json", "text"}));
    cmd->callback([o, &global, &exit_code] { exit_code = RunIkm(*o, global.Lang()); });
}

void RegisterEvaluate(CLI::App& app, const GlobalOptions& global, int& exit_code) {
    auto* cmd =
        app.add_subcommand("evaluate", "Evaluasi program L1–L4 dan putusannya / Program evaluation and verdict");
    auto o = std::make_shared<EvaluateOptions>();
    cmd->add_option("--db", o->db, "Basis data (berkas SQLite atau URL PostgreSQL)")->required()->envname("BANGKOM_DB");
    cmd->add_option("--offering", o->offering, "Kode angkatan (kode_angkatan)");
    cmd->add_option("--year", o->year, "Semua angkatan yang mulai pada tahun ini, dengan nilai q")
        ->check(CLI::Range(1900, 2200));
    cmd->add_option("--format", o->format, "json (bawaan) atau text")->check(CLI::IsMember({"json", "text"}));
    cmd->callback([o, &global, &exit_code] { exit_code = RunEvaluate(*o, global.Lang()); });
}

}  // namespace bangkom::app
