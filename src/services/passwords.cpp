#include "services/passwords.hpp"

#include <sodium.h>

#include <array>
#include <stdexcept>

namespace bangkom::services {
namespace {

void EnsureSodium() {
    static const int kInit = sodium_init();
    if (kInit < 0) throw std::runtime_error("libsodium failed to initialise");
}

std::string ToHex(const unsigned char* data, size_t n) {
    std::string out(n * 2 + 1, '\0');
    sodium_bin2hex(out.data(), out.size(), data, n);
    out.pop_back();
    return out;
}

}  // namespace

Result<std::string> HashPassword(std::string_view password) {
    EnsureSodium();
    std::array<char, crypto_pwhash_STRBYTES> out{};
    if (crypto_pwhash_str_alg(out.data(), password.data(), password.size(), crypto_pwhash_OPSLIMIT_INTERACTIVE,
                              crypto_pwhash_MEMLIMIT_INTERACTIVE, crypto_pwhash_ALG_ARGON2ID13) != 0) {
        return MakeError(ErrorCode::resource_exhausted, "password hashing ran out of memory");
    }
    return std::string(out.data());
}

bool VerifyPassword(std::string_view password, const std::string& hash) {
    EnsureSodium();
    return crypto_pwhash_str_verify(hash.c_str(), password.data(), password.size()) == 0;
}

Result<void> CheckPasswordStrength(std::string_view password, domain::Lang lang) {
    if (password.size() < 8) {
        return MakeError(ErrorCode::invalid_argument, lang == domain::Lang::en
                                                          ? "The password must be at least 8 characters long."
                                                          : "Kata sandi minimal 8 karakter.");
    }
    return {};
}

std::string RandomHex(size_t bytes) {
    EnsureSodium();
    std::string buf(bytes, '\0');
    randombytes_buf(buf.data(), buf.size());
    return ToHex(reinterpret_cast<const unsigned char*>(buf.data()), buf.size());
}

std::string GeneratePassword() {
    EnsureSodium();
    // No 0/O, 1/l/I: the password is read off a terminal and typed by hand.
    static constexpr std::string_view kAlphabet = "abcdefghijkmnpqrstuvwxyz23456789";
    std::string out;
    for (int group = 0; group < 4; ++group) {
        if (group) out += '-';
        for (int i = 0; i < 4; ++i) out += kAlphabet[randombytes_uniform(kAlphabet.size())];
    }
    return out;
}

std::string KeyedHash(std::string_view key, std::string_view text) {
    EnsureSodium();
    std::array<unsigned char, 32> out{};
    std::array<unsigned char, crypto_generichash_KEYBYTES> k{};
    crypto_generichash(k.data(), k.size(), reinterpret_cast<const unsigned char*>(key.data()), key.size(), nullptr, 0);
    crypto_generichash(out.data(), out.size(), reinterpret_cast<const unsigned char*>(text.data()), text.size(),
                       k.data(), k.size());
    return ToHex(out.data(), out.size());
}

Result<std::string> LoadOrCreateSecret(storage::Store& store, const std::string& name) {
    auto existing = store.GetSetting(name);
    if (!existing) return existing.error();
    if (existing->has_value()) return **existing;
    std::string secret = RandomHex(32);
    if (auto put = store.PutSetting(name, secret); !put) return put.error();
    return secret;
}

}  // namespace bangkom::services
