#include "http/auth.hpp"

#include "http/errors.hpp"
#include "services/passwords.hpp"

namespace bangkom::http {
namespace {

// Refresh the stored expiry only when it has moved this far, so reads don't all write.
constexpr int64_t kRefreshSlack = int64_t{5} * 60;

Error BadCredentials(domain::Lang lang) {
    return MakeError(ErrorCode::unauthenticated,
                     Msg(lang, "Nama pengguna atau kata sandi salah.", "Wrong username or password."));
}

}  // namespace

Auth::Auth(storage::Store& store, std::string session_key, AuthOptions options)
    : store_(store), session_key_(std::move(session_key)), options_(options) {}

std::string Auth::TokenHash(const std::string& token) const {
    return services::KeyedHash(session_key_, token);
}

bool Auth::Verify(std::string_view password, const std::string& hash) {
    hashing_.acquire();
    const bool ok = services::VerifyPassword(password, hash);
    hashing_.release();
    return ok;
}

Result<std::string> Auth::HashNewPassword(std::string_view password) {
    hashing_.acquire();
    auto hash = services::HashPassword(password);
    hashing_.release();
    return hash;
}

Result<bool> Auth::Blocked(const std::string& key, int64_t limit, int64_t now) {
    {
        std::lock_guard lock(mutex_);
        auto it = blocked_until_.find(key);
        if (it != blocked_until_.end()) {
            if (it->second > now) return true;
            blocked_until_.erase(it);
        }
    }
    // The counters live in the store: a block reached through another process holds here too.
    const int64_t window = now - now % options_.window_seconds;
    auto hits = store_.Hits(key, window);
    if (!hits) return hits.error();
    if (*hits < limit) return false;
    std::lock_guard lock(mutex_);
    blocked_until_[key] = window + options_.window_seconds;
    return true;
}

void Auth::RecordFailure(const std::string& username, const std::string& client_ip, int64_t now) {
    const int64_t window = now - now % options_.window_seconds;
    const int64_t window_end = window + options_.window_seconds;
    const std::pair<std::string, int64_t> counters[] = {{"login:user:" + username, options_.max_user_failures},
                                                        {"login:ip:" + client_ip, options_.max_ip_failures}};
    for (const auto& [key, limit] : counters) {
        auto hits = store_.CountHit(key, window);
        if (hits && *hits >= limit) {
            std::lock_guard lock(mutex_);
            blocked_until_[key] = window_end;
        }
    }
}

Result<storage::User> Auth::CheckPassword(const std::string& username, std::string_view password,
                                          const std::string& client_ip, domain::Lang lang, int64_t now) {
    for (const auto& [key, limit] : {std::pair{"login:user:" + username, options_.max_user_failures},
                                     std::pair{"login:ip:" + client_ip, options_.max_ip_failures}}) {
        auto blocked = Blocked(key, limit, now);
        if (!blocked) return blocked.error();
        if (*blocked) {
            return MakeError(ErrorCode::resource_exhausted,
                             Msg(lang, "Terlalu banyak percobaan masuk. Coba lagi dalam 15 menit.",
                                 "Too many sign-in attempts. Try again in 15 minutes."));
        }
    }
    auto user = store_.FindUserByUsername(username);
    if (!user && user.error().code != ErrorCode::not_found) return user.error();
    if (!user || !user->active) {
        {
            std::lock_guard lock(mutex_);
            if (dummy_hash_.empty()) {
                auto dummy = services::HashPassword(services::RandomHex(16));
                if (dummy) dummy_hash_ = *dummy;
            }
        }
        Verify(password, dummy_hash_);  // same work as a wrong password, so timing tells nothing
        RecordFailure(username, client_ip, now);
        return BadCredentials(lang);
    }
    if (!Verify(password, user->password_hash)) {
        RecordFailure(username, client_ip, now);
        return BadCredentials(lang);
    }
    return std::move(user).value();
}

Result<NewSession> Auth::OpenSession(const storage::User& user, int64_t now) {
    NewSession out;
    out.token = services::RandomHex(32);
    out.session.token_hash = TokenHash(out.token);
    out.session.user_id = user.id;
    out.session.csrf_token = services::RandomHex(32);
    out.session.created_at = now;
    out.session.expires_at = now + options_.idle_seconds;
    auto created = store_.CreateSession(out.session);
    if (!created) return created.error();
    return out;
}

Result<std::optional<SignedIn>> Auth::Resume(const std::string& token, int64_t now) {
    if (token.size() != 64) return std::optional<SignedIn>{};
    const std::string hash = TokenHash(token);
    auto session = store_.FindSession(hash, now);
    if (!session) {
        if (session.error().code == ErrorCode::not_found) return std::optional<SignedIn>{};
        return session.error();
    }
    auto user = store_.FindUserById(session->user_id);
    if (!user) {
        if (user.error().code == ErrorCode::not_found) return std::optional<SignedIn>{};
        return user.error();
    }
    if (!user->active) return std::optional<SignedIn>{};
    if (session->expires_at - now < options_.idle_seconds - kRefreshSlack) {
        // Slide the expiry in place: the row (and its CSRF token) stays valid for every process meanwhile.
        const int64_t expires_at = now + options_.idle_seconds;
        auto touched = store_.TouchSession(hash, expires_at);
        if (touched) {
            session->expires_at = expires_at;
        } else if (touched.error().code == ErrorCode::not_found) {
            return std::optional<SignedIn>{};  // signed out (or expired) meanwhile, e.g. through another process
        }
        // Any other failure (a busy database) only postpones the renewal: the session is still valid now.
    }
    return std::optional<SignedIn>{SignedIn{std::move(user).value(), std::move(session).value()}};
}

Result<void> Auth::CloseSession(const std::string& token_hash) {
    return store_.DeleteSession(token_hash);
}

}  // namespace bangkom::http
