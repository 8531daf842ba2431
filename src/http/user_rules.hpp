#pragma once
// The rules for a new user account, shared by POST /users and `bangkom user add`.

#include <string_view>

#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::http {

/// Username 3-64 of [a-z0-9._-]; password strength; pengelola_opd, atasan and asn need an agency code;
/// atasan and asn need an 18-digit NIP; lembaga_mitra needs an institution. Details name the field.
Result<void> CheckNewUser(const storage::User& user, std::string_view password, domain::Lang lang);

}  // namespace bangkom::http
