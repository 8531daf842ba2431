#include "http/user_rules.hpp"

#include <gtest/gtest.h>

#include <algorithm>

namespace bangkom::http {
namespace {
using domain::Role;

storage::User UserOf(Role role) {
    storage::User u;
    u.username = "budi.s";
    u.role = role;
    return u;
}

bool HasDetail(const Result<void>& r, const std::string& column) {
    if (r.ok()) return false;
    const auto& d = r.error().details;
    return std::any_of(d.begin(), d.end(), [&](const ErrorDetail& e) { return e.column == column; });
}

TEST(CheckNewUser, AdminNeedsOnlyNameAndPassword) {
    EXPECT_TRUE(CheckNewUser(UserOf(Role::admin_bkd), "panjang-sekali", domain::Lang::id).ok());
    EXPECT_TRUE(CheckNewUser(UserOf(Role::auditor), "panjang-sekali", domain::Lang::id).ok());
}

TEST(CheckNewUser, UsernameRules) {
    auto u = UserOf(Role::admin_bkd);
    for (const char* bad : {"ab", "Budi", "budi santoso", "budi@x"}) {
        u.username = bad;
        EXPECT_TRUE(HasDetail(CheckNewUser(u, "panjang-sekali", domain::Lang::id), "username")) << bad;
    }
}

TEST(CheckNewUser, WeakPassword) {
    const auto r = CheckNewUser(UserOf(Role::admin_bkd), "short", domain::Lang::en);
    EXPECT_TRUE(HasDetail(r, "password"));
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
}

TEST(CheckNewUser, RoleSpecificFields) {
    EXPECT_TRUE(
        HasDetail(CheckNewUser(UserOf(Role::pengelola_opd), "panjang-sekali", domain::Lang::id), "agency_code"));
    auto asn = UserOf(Role::asn);
    asn.agency_code = "DINKES";
    EXPECT_TRUE(HasDetail(CheckNewUser(asn, "panjang-sekali", domain::Lang::id), "nip"));
    asn.nip = "12345";
    EXPECT_TRUE(HasDetail(CheckNewUser(asn, "panjang-sekali", domain::Lang::id), "nip"));
    asn.nip = "199001012019032002";
    EXPECT_TRUE(CheckNewUser(asn, "panjang-sekali", domain::Lang::id).ok());
    EXPECT_TRUE(
        HasDetail(CheckNewUser(UserOf(Role::lembaga_mitra), "panjang-sekali", domain::Lang::id), "institution"));
}

}  // namespace
}  // namespace bangkom::http
