// bangkom user add: creates a user account (password from BANGKOM_PASSWORD or a prompt without echo).

#include <termios.h>
#include <unistd.h>

#include <boost/json/serialize.hpp>
#include <chrono>
#include <cstdlib>
#include <iostream>

#include "app/commands.hpp"
#include "domain/nip.hpp"
#include "http/record_json.hpp"
#include "http/user_rules.hpp"
#include "services/passwords.hpp"
#include "storage/store.hpp"

namespace bangkom::app {
namespace {

struct UserAddOptions {
    std::string db;
    std::string username;
    std::string role;
    std::string agency;
    std::string nip;
    std::string institution;
    std::string name;
};

std::string PromptPassword(const char* prompt) {
    std::cerr << prompt << std::flush;
    termios old_tio{};
    const bool tty = isatty(STDIN_FILENO) && tcgetattr(STDIN_FILENO, &old_tio) == 0;
    if (tty) {
        termios no_echo = old_tio;
        no_echo.c_lflag &= ~static_cast<tcflag_t>(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &no_echo);
    }
    std::string password;
    std::getline(std::cin, password);
    if (tty) tcsetattr(STDIN_FILENO, TCSANOW, &old_tio);
    std::cerr << "\n";
    return password;
}

std::string ReadPassword(domain::Lang lang) {
    if (const char* env = std::getenv("BANGKOM_PASSWORD"); env != nullptr && *env != '\0') return env;
    const bool en = lang == domain::Lang::en;
    const std::string first = PromptPassword(en ? "Password: " : "Kata sandi: ");
    const std::string again = PromptPassword(en ? "Repeat the password: " : "Ulangi kata sandi: ");
    return first == again ? first : std::string();
}

int64_t Now() {
    return std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch())
        .count();
}

int RunUserAdd(const UserAddOptions& o, domain::Lang lang) {
    storage::User user;
    user.username = o.username;
    user.role = *domain::FromCode<domain::Role>(o.role);  // CLI::IsMember checked it
    user.agency_code = o.agency;
    user.nip = o.nip;
    if (auto nip = domain::Nip::ParseReference(o.nip)) user.nip = nip->str();
    user.institution = o.institution;
    user.display_name = o.name.empty() ? o.username : o.name;
    const std::string password = ReadPassword(lang);
    if (auto ok = http::CheckNewUser(user, password, lang); !ok) {
        std::cerr << "bangkom user add: " << ok.error().message << "\n";
        for (const auto& d : ok.error().details) std::cerr << "  " << d.column << ": " << d.message << "\n";
        return 1;
    }
    auto store = storage::OpenStore(o.db);
    auto hash = services::HashPassword(password);
    if (!store || !hash) {
        std::cerr << "bangkom user add: " << (!store ? store.error().message : hash.error().message) << "\n";
        return 1;
    }
    user.password_hash = *hash;
    auto id = (*store)->CreateUser(user);
    if (!id) {
        std::cerr << "bangkom user add: " << id.error().message << "\n";
        return 1;
    }
    user.id = *id;
    storage::AuditEntry entry{
        0, Now(), 0, "cli", "user.create", "user", user.username, "", boost::json::serialize(http::UserToJson(user))};
    (void)(*store)->AppendAudit(entry);
    std::cout << (lang == domain::Lang::en ? "User created: " : "Pengguna dibuat: ") << user.username << " (" << o.role
              << ")\n";
    return 0;
}

}  // namespace

void RegisterUser(CLI::App& app, const GlobalOptions& global, int& exit_code) {
    auto* cmd = app.add_subcommand("user", "Mengelola pengguna / Manage users");
    cmd->require_subcommand(1);
    auto* add = cmd->add_subcommand("add", "Tambah pengguna (kata sandi dari BANGKOM_PASSWORD atau ditanyakan)");
    auto o = std::make_shared<UserAddOptions>();
    std::vector<std::string> roles;
    for (auto code : domain::AllCodes<domain::Role>()) roles.emplace_back(code);
    add->add_option("--db", o->db, "Berkas basis data SQLite")->required()->envname("BANGKOM_DB");
    add->add_option("--username", o->username, "Nama pengguna")->required();
    add->add_option("--role", o->role, "Peran")->required()->check(CLI::IsMember(roles));
    add->add_option("--agency", o->agency, "Kode OPD (pengelola_opd, atasan, asn)");
    add->add_option("--nip", o->nip, "NIP (atasan, asn)");
    add->add_option("--institution", o->institution, "Nama lembaga (lembaga_mitra)");
    add->add_option("--name", o->name, "Nama tampilan");
    add->callback([o, &global, &exit_code] { exit_code = RunUserAdd(*o, global.Lang()); });
}

}  // namespace bangkom::app
