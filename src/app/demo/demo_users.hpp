#pragma once
// The six demo logins, one per role, and the table of them printed once and kept in demo-login.txt.

#include <string>
#include <vector>

#include "app/demo/workforce.hpp"
#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::app::demo {

struct DemoLogin {
    std::string username;
    domain::Role role;
    std::string who;  // in the chosen language: "atasan: <name> (<NIP>), Dinas Kesehatan"
};

/// Creates the users admin, opd, atasan, asn, mitra and auditor with `password` (Argon2id); a user that
/// already exists (demo --force) gets its role, scope and password reset.
Result<std::vector<DemoLogin>> CreateDemoUsers(storage::Store& store, const DemoPeople& people,
                                               const std::string& password, domain::Lang lang);
/// A plain-text table: username, role, who, then the shared password.
std::string LoginTable(const std::vector<DemoLogin>& logins, const std::string& password, domain::Lang lang);
/// Writes `content` to `path` readable by the owner only (mode 0600, also when the file existed).
Result<void> WritePrivateFile(const std::string& path, const std::string& content);

}  // namespace bangkom::app::demo
