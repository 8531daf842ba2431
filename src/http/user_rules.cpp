#include "http/user_rules.hpp"

#include <algorithm>

#include "domain/nip.hpp"
#include "http/errors.hpp"
#include "services/passwords.hpp"

namespace bangkom::http {
namespace {

bool ValidUsername(const std::string& name) {
    if (name.size() < 3 || name.size() > 64) return false;
    return std::all_of(name.begin(), name.end(), [](char c) {
        return (c >= 'a' && c <= 'z') || (c >= '0' && c <= '9') || c == '.' || c == '_' || c == '-';
    });
}

void Add(Error& error, const char* field, std::string message) {
    error.details.push_back(ErrorDetail{0, field, std::move(message)});
}

}  // namespace

Result<void> CheckNewUser(const storage::User& user, std::string_view password, domain::Lang lang) {
    using domain::Role;
    Error error = MakeError(ErrorCode::invalid_argument, Msg(lang, "Data pengguna tidak lengkap atau tidak sah.",
                                                             "The user's data is incomplete or invalid."));
    if (!ValidUsername(user.username)) {
        Add(error, "username",
            Msg(lang, "Nama pengguna 3–64 karakter: huruf kecil, angka, titik, _ atau -.",
                "Username: 3–64 characters of lowercase letters, digits, '.', '_' or '-'."));
    }
    if (auto strong = services::CheckPasswordStrength(password, lang); !strong) {
        Add(error, "password", strong.error().message);
    }
    const bool agency_bound = user.role == Role::pengelola_opd || user.role == Role::atasan || user.role == Role::asn;
    if (agency_bound && user.agency_code.empty()) {
        Add(error, "agency_code", Msg(lang, "Peran ini memerlukan kode OPD.", "This role needs an agency code."));
    }
    if (user.role == Role::atasan || user.role == Role::asn) {
        if (user.nip.empty() || !domain::Nip::ParseReference(user.nip)) {
            Add(error, "nip", Msg(lang, "Peran ini memerlukan NIP 18 digit.", "This role needs an 18-digit NIP."));
        }
    }
    if (user.role == Role::lembaga_mitra && user.institution.empty()) {
        Add(error, "institution", Msg(lang, "Peran ini memerlukan nama lembaga.", "This role needs an institution."));
    }
    if (!error.details.empty()) return error;
    return {};
}

}  // namespace bangkom::http
