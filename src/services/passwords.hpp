#pragma once
// Password hashing (Argon2id, libsodium interactive limits: ~50 ms and 64 MiB per hash) and secrets.

#include <string>
#include <string_view>

#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

/// Argon2id hash in libsodium's string form ("$argon2id$v=19$..."). CPU-heavy: never on an io thread.
Result<std::string> HashPassword(std::string_view password);
/// True when `password` matches `hash`. CPU-heavy like HashPassword.
bool VerifyPassword(std::string_view password, const std::string& hash);
/// Rules for a new password: at least 8 characters. Message in `lang`.
Result<void> CheckPasswordStrength(std::string_view password, domain::Lang lang);
/// `bytes` random bytes as lowercase hex (tokens, generated passwords).
std::string RandomHex(size_t bytes);
/// A readable random password for demo users: 4 groups of 4 letters/digits joined by '-'.
std::string GeneratePassword();
/// SHA-256-sized keyed hash (BLAKE2b) of `text` under `key`, as hex: session token hashes, 360 raters.
std::string KeyedHash(std::string_view key, std::string_view text);
/// The instance secret stored in settings under `name`, created (32 random bytes, hex) on first use.
Result<std::string> LoadOrCreateSecret(storage::Store& store, const std::string& name);

}  // namespace bangkom::services
