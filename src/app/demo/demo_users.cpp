#include "app/demo/demo_users.hpp"

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <cerrno>
#include <cstring>

#include "services/passwords.hpp"

namespace bangkom::app::demo {
namespace {

using domain::Lang;
using domain::Role;

std::string Say(Lang lang, const std::string& id, const std::string& en) {
    return lang == Lang::en ? en : id;
}

std::vector<storage::User> DemoUsers(const DemoPeople& people) {
    std::vector<storage::User> users(6);
    users[0] = {0, "admin", "", Role::admin_bkd, "", "", "", "Admin BKD Provinsi Jambi", true};
    users[1] = {0, "opd", "", Role::pengelola_opd, "DINKES", "", "", "Pengelola Kepegawaian Dinas Kesehatan", true};
    users[2] = {0, "atasan", "", Role::atasan, "DINKES", people.atasan_nip, "", people.atasan_name, true};
    users[3] = {0, "asn", "", Role::asn, "DINKES", people.asn_nip, "", people.asn_name, true};
    users[4] = {0, "mitra", "", Role::lembaga_mitra, "", "", "BPSDM Provinsi Jambi", "BPSDM Provinsi Jambi", true};
    users[5] = {0, "auditor", "", Role::auditor, "", "", "", "Auditor Inspektorat Provinsi Jambi", true};
    return users;
}

std::string Who(const storage::User& user, Lang lang) {
    switch (user.role) {
        case Role::admin_bkd: return Say(lang, "admin BKD/BPSDM, semua OPD", "BKD/BPSDM administrator, all agencies");
        case Role::pengelola_opd: return Say(lang, "pengelola OPD Dinas Kesehatan", "agency HR of Dinas Kesehatan");
        case Role::atasan: return Say(lang, "atasan: ", "supervisor: ") + user.display_name + " (" + user.nip + ")";
        case Role::asn:
            return Say(lang, "ASN di tim atasan: ", "employee in the supervisor's team: ") + user.display_name + " (" +
                   user.nip + ")";
        case Role::lembaga_mitra: return Say(lang, "lembaga mitra: ", "partner institution: ") + user.institution;
        case Role::auditor: return Say(lang, "auditor, hanya membaca", "auditor, read-only");
    }
    return {};
}

}  // namespace

Result<std::vector<DemoLogin>> CreateDemoUsers(storage::Store& store, const DemoPeople& people,
                                               const std::string& password, Lang lang) {
    std::vector<DemoLogin> logins;
    for (auto& user : DemoUsers(people)) {
        auto hash = services::HashPassword(password);
        if (!hash.ok()) return hash.error();
        user.password_hash = std::move(*hash);
        auto created = store.CreateUser(user);
        if (!created.ok()) {
            if (created.error().code != ErrorCode::conflict) return created.error();
            auto existing = store.FindUserByUsername(user.username);
            if (!existing.ok()) return existing.error();
            user.id = existing->id;
            if (auto updated = store.UpdateUser(user); !updated.ok()) return updated.error();
        }
        logins.push_back({user.username, user.role, Who(user, lang)});
    }
    return logins;
}

std::string LoginTable(const std::vector<DemoLogin>& logins, const std::string& password, Lang lang) {
    size_t user_width = 8;
    size_t role_width = 6;
    for (const auto& l : logins) {
        user_width = std::max(user_width, l.username.size());
        role_width = std::max(role_width, domain::Code(l.role).size());
    }
    const auto pad = [](std::string s, size_t width) { return s.append(width + 2 - std::min(width, s.size()), ' '); };
    std::string out = pad(Say(lang, "pengguna", "username"), user_width) + pad(Say(lang, "peran", "role"), role_width) +
                      Say(lang, "siapa", "who") + "\n";
    for (const auto& l : logins) {
        out += pad(l.username, user_width) + pad(std::string(domain::Code(l.role)), role_width) + l.who + "\n";
    }
    out += Say(lang, "kata sandi (semua pengguna): ", "password (every user): ") + password + "\n";
    return out;
}

Result<void> WritePrivateFile(const std::string& path, const std::string& content) {
    const int fd = ::open(path.c_str(), O_WRONLY | O_CREAT | O_TRUNC | O_CLOEXEC, 0600);
    if (fd < 0) return MakeError(ErrorCode::internal, path + ": " + std::strerror(errno));
    // open() keeps the mode of an existing file: tighten it before writing the secret.
    bool ok = ::fchmod(fd, 0600) == 0;
    size_t written = 0;
    while (ok && written < content.size()) {
        const ssize_t n = ::write(fd, content.data() + written, content.size() - written);
        if (n < 0 && errno == EINTR) continue;
        ok = n > 0;
        if (ok) written += static_cast<size_t>(n);
    }
    const int saved = errno;
    ::close(fd);
    if (!ok) return MakeError(ErrorCode::internal, path + ": " + std::strerror(saved));
    return {};
}

}  // namespace bangkom::app::demo
