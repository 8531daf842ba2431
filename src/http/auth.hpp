#pragma once
// Sign-in and sessions: password checks with rate limits, the session cookie's token (only its keyed hash is
// stored), the per-session CSRF token, idle expiry. Password hashing is CPU-heavy: call these off the io threads.

#include <cstdint>
#include <map>
#include <mutex>
#include <optional>
#include <semaphore>
#include <string>
#include <string_view>

#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::http {

struct AuthOptions {
    int64_t idle_seconds = int64_t{8} * 3600;  // a session ends after this long without a request
    int64_t max_user_failures = 10;            // per username and window
    int64_t max_ip_failures = 30;              // per client address and window
    int64_t window_seconds = int64_t{15} * 60;
};

struct SignedIn {
    storage::User user;
    storage::Session session;
};

struct NewSession {
    std::string token;  // the cookie value (64 hex characters); never stored
    storage::Session session;
};

class Auth {
  public:
    Auth(storage::Store& store, std::string session_key, AuthOptions options);

    /// The user when the password matches. Unknown user and wrong password give the same unauthenticated
    /// message; too many failures for the username or the address give resource_exhausted.
    Result<storage::User> CheckPassword(const std::string& username, std::string_view password,
                                        const std::string& client_ip, domain::Lang lang, int64_t now);
    Result<NewSession> OpenSession(const storage::User& user, int64_t now);
    /// The signed-in user of a cookie token; nullopt when unknown, expired or the user is inactive.
    /// Extends the idle expiry (at most every few minutes, to spare writes).
    Result<std::optional<SignedIn>> Resume(const std::string& token, int64_t now);
    Result<void> CloseSession(const std::string& token_hash);
    /// Argon2id hash of a new password, with at most a few hashes at a time.
    Result<std::string> HashNewPassword(std::string_view password);
    std::string TokenHash(const std::string& token) const;
    const AuthOptions& options() const { return options_; }

  private:
    /// Whether `key` has reached `limit` failures in the current window (read from the store, so every
    /// process sees the same counters; blocks already seen are cached here until their window ends).
    Result<bool> Blocked(const std::string& key, int64_t limit, int64_t now);
    void RecordFailure(const std::string& username, const std::string& client_ip, int64_t now);
    bool Verify(std::string_view password, const std::string& hash);

    storage::Store& store_;
    std::string session_key_;
    AuthOptions options_;
    std::counting_semaphore<64> hashing_{4};
    std::mutex mutex_;
    std::map<std::string, int64_t> blocked_until_;  // cache: keys known to be over their limit, until window end
    std::string dummy_hash_;                        // verified against for unknown users (same timing)
};

}  // namespace bangkom::http
