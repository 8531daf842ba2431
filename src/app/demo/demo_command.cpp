#include "app/demo/demo_command.hpp"

#include <chrono>
#include <filesystem>

#include "app/demo/demo_users.hpp"
#include "app/demo/review.hpp"
#include "services/course_service.hpp"
#include "services/passwords.hpp"

namespace bangkom::app::demo {
namespace {

using domain::Lang;

std::string Say(Lang lang, const std::string& id, const std::string& en) {
    return lang == Lang::en ? en : id;
}

std::string JsonString(const std::string& text) {
    std::string out = "\"";
    for (char ch : text) {
        if (ch == '"' || ch == '\\') out += '\\';
        if (static_cast<unsigned char>(ch) < 0x20) continue;  // paths and messages here carry no control characters
        out += ch;
    }
    return out + "\"";
}

std::string SummaryJson(const DemoCommandOptions& options, const DemoSummary& summary) {
    std::string json = "{\"seed\":" + std::to_string(options.demo.seed) +
                       ",\"employees\":" + std::to_string(options.demo.employees) +
                       ",\"year\":" + std::to_string(options.demo.plan_year) + ",\"counts\":{";
    for (size_t i = 0; i < summary.counts.size(); ++i) {
        if (i) json += ",";
        json += JsonString(std::string(domain::KindCode(summary.counts[i].first))) + ":" +
                std::to_string(summary.counts[i].second);
    }
    return json + "}}";
}

int Fail(std::ostream& err, const Error& error, int code) {
    err << "bangkom demo: " << error.message << "\n";
    return code;
}

// Stores where the password can be found (the server's --print-logins shows it) and writes the login file
// when the password was generated.
Result<void> KeepPassword(storage::Store& store, const DemoCommandOptions& options, const std::string& table,
                          bool generated) {
    std::string hint = Say(options.lang, "dari variabel lingkungan BANGKOM_DEMO_PASSWORD",
                           "from the environment variable BANGKOM_DEMO_PASSWORD");
    if (generated) {
        const std::string path = LoginFilePath(options.db);
        if (auto w = WritePrivateFile(path, table); !w.ok()) return w;
        hint = Say(options.lang, "lihat ", "see ") + path;
    }
    return store.PutSetting("demo_password_hint", JsonString(hint));
}

}  // namespace

std::string LoginFilePath(const std::string& db) {
    std::error_code ec;
    auto dir = std::filesystem::absolute(std::filesystem::path(db), ec).parent_path();
    if (ec) dir = std::filesystem::path(db).parent_path();
    return (dir / "demo-login.txt").string();
}

int RunDemoCommand(const DemoCommandOptions& options, std::ostream& out, std::ostream& err) {
    const Lang lang = options.lang;
    if (auto ok = CheckOptions(options.demo, lang); !ok.ok()) return Fail(err, ok.error(), 2);
    if (!options.password.empty()) {
        if (auto ok = services::CheckPasswordStrength(options.password, lang); !ok.ok()) {
            return Fail(err, ok.error(), 2);
        }
    }
    auto store = storage::OpenStore(options.db);
    if (!store.ok()) return Fail(err, store.error(), 1);
    auto employees = (*store)->Count(domain::Kind::pegawai);
    if (!employees.ok()) return Fail(err, employees.error(), 1);
    if (*employees > 0 && !options.force) {
        err << "bangkom demo: "
            << Say(lang,
                   "basis data sudah berisi " + std::to_string(*employees) +
                       " pegawai; gunakan --force untuk tetap menulis data demo",
                   "the database already holds " + std::to_string(*employees) +
                       " employees; use --force to write the demo data anyway")
            << "\n";
        return 2;
    }
    const auto started = std::chrono::steady_clock::now();
    DemoOptions demo = options.demo;
    if (demo.content_root.empty()) demo.content_root = services::DefaultContentRoot(options.db);
    auto summary = BuildDemo(**store, demo, lang, [&err](const std::string& line) {
        err << "demo: " << line << "\n" << std::flush;
    });
    if (!summary.ok()) return Fail(err, summary.error(), 1);

    const bool generated = options.password.empty();
    const std::string password = generated ? services::GeneratePassword() : options.password;
    auto logins = CreateDemoUsers(**store, summary->people, password, lang);
    if (!logins.ok()) return Fail(err, logins.error(), 1);
    // The evaluation's follow-up is recorded by the BKD admin, so it waits for the users.
    auto admin = (*store)->FindUserByUsername("admin");
    if (!admin.ok()) return Fail(err, admin.error(), 1);
    auto review = BuildReview(**store, summary->as_of, options.demo.plan_year, admin->id);
    if (!review.ok()) return Fail(err, review.error(), 1);
    err << "demo: " << Say(lang, "periode survei SKM: ", "SKM survey periods: ") << review->period_units.size()
        << Say(lang, " unit; revisi program: ", " units; program revised: ")
        << (review->revised_program.empty() ? "-" : review->revised_program) << "\n";
    const std::string table = LoginTable(*logins, password, lang);
    if (auto kept = KeepPassword(**store, options, table, generated); !kept.ok()) return Fail(err, kept.error(), 1);

    storage::AuditEntry audit;
    audit.at =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    audit.username = "cli";
    audit.action = "demo";
    audit.entity = "demo";
    audit.entity_key = std::to_string(options.demo.seed);
    audit.after_json = SummaryJson(options, *summary);
    if (auto a = (*store)->AppendAudit(audit); !a.ok()) return Fail(err, a.error(), 1);

    const auto seconds =
        std::chrono::duration_cast<std::chrono::milliseconds>(std::chrono::steady_clock::now() - started).count() /
        1000.0;
    err << "demo: " << Say(lang, "selesai dalam ", "done in ") << seconds << " s\n";
    out << table;
    if (generated) {
        out << Say(lang, "Kata sandi ini juga disimpan di ", "This password is also kept in ")
            << LoginFilePath(options.db) << " (0600)\n";
    }
    return 0;
}

}  // namespace bangkom::app::demo
