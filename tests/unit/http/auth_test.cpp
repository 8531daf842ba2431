// Auth on a shared database: what one process writes (failed sign-ins, sliding expiry, sign-out) holds in
// every other. Two processes are two stores opened on one SQLite file, each with its own Auth.

#include "http/auth.hpp"

#include <gtest/gtest.h>

#include <filesystem>
#include <optional>

#include "services/passwords.hpp"

namespace bangkom::http {
namespace {

namespace fs = std::filesystem;
using storage::Store;

constexpr int64_t kNow = 1'800'000'000;  // a window start is kNow rounded down to window_seconds
constexpr const char* kPassword = "rahasia-benar-123";

/// Forwards everything to a real store; Hits and TouchSession can be made to fail.
class FaultyStore : public Store {
  public:
    explicit FaultyStore(Store& real) : real_(real) {}
    std::optional<ErrorCode> hits_error;
    std::optional<ErrorCode> touch_error;

    storage::ParticipationRepository& Participation() override { return real_.Participation(); }
    storage::PlanRepository& Plans() override { return real_.Plans(); }
    storage::DeliveryRepository& Delivery() override { return real_.Delivery(); }
    storage::FeedbackRepository& Feedback() override { return real_.Feedback(); }
    storage::ReviewRepository& Review() override { return real_.Review(); }
    storage::CourseRepository& Courses() override { return real_.Courses(); }
    storage::QuizRepository& Quizzes() override { return real_.Quizzes(); }
    storage::XapiRepository& Xapi() override { return real_.Xapi(); }
    Result<storage::UpsertCounts> Upsert(const domain::Records& r) override { return real_.Upsert(r); }
    Result<storage::RecordPage> List(domain::Kind k, const storage::ListQuery& q) override { return real_.List(k, q); }
    Result<std::vector<std::string>> Keys(domain::Kind k) override { return real_.Keys(k); }
    Result<domain::Records> Get(domain::Kind k, const std::string& key) override { return real_.Get(k, key); }
    Result<int64_t> Count(domain::Kind k) override { return real_.Count(k); }
    Result<int64_t> CreateUser(const storage::User& u) override { return real_.CreateUser(u); }
    Result<storage::User> FindUserByUsername(const std::string& n) override { return real_.FindUserByUsername(n); }
    Result<storage::User> FindUserById(int64_t id) override { return real_.FindUserById(id); }
    Result<std::vector<storage::User>> ListUsers() override { return real_.ListUsers(); }
    Result<void> UpdateUser(const storage::User& u) override { return real_.UpdateUser(u); }
    Result<void> CreateSession(const storage::Session& s) override { return real_.CreateSession(s); }
    Result<storage::Session> FindSession(const std::string& h, int64_t now) override {
        return real_.FindSession(h, now);
    }
    Result<void> DeleteSession(const std::string& h) override { return real_.DeleteSession(h); }
    Result<void> TouchSession(const std::string& h, int64_t expires_at) override {
        if (touch_error) return MakeError(*touch_error, "touch failed");
        return real_.TouchSession(h, expires_at);
    }
    Result<void> DeleteExpiredSessions(int64_t now) override { return real_.DeleteExpiredSessions(now); }
    Result<int64_t> CountHit(const std::string& k, int64_t w) override { return real_.CountHit(k, w); }
    Result<int64_t> Hits(const std::string& k, int64_t w) override {
        if (hits_error) return MakeError(*hits_error, "hits failed");
        return real_.Hits(k, w);
    }
    Result<void> DropHitsBefore(const std::string& p, int64_t b) override { return real_.DropHitsBefore(p, b); }
    Result<void> AppendAudit(const storage::AuditEntry& e) override { return real_.AppendAudit(e); }
    Result<std::vector<storage::AuditEntry>> ListAudit(int64_t o, int64_t l) override { return real_.ListAudit(o, l); }
    Result<void> CreateJob(const storage::Job& j) override { return real_.CreateJob(j); }
    Result<void> UpdateJob(const std::string& id, storage::JobState s, int p, const std::string& m,
                           const std::string& r, int64_t now) override {
        return real_.UpdateJob(id, s, p, m, r, now);
    }
    Result<storage::Job> FindJob(const std::string& id) override { return real_.FindJob(id); }
    Result<std::optional<std::string>> GetSetting(const std::string& k) override { return real_.GetSetting(k); }
    Result<void> PutSetting(const std::string& k, const std::string& v) override { return real_.PutSetting(k, v); }

  private:
    Store& real_;
};

class AuthTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        auto hash = services::HashPassword(kPassword);  // ~50 ms of Argon2id: once for the suite
        ASSERT_TRUE(hash);
        password_hash_ = new std::string(*hash);  // NOLINT(cppcoreguidelines-owning-memory): lives for the suite
    }
    static void TearDownTestSuite() {
        delete password_hash_;
        password_hash_ = nullptr;
    }
    void SetUp() override {
        dir_ = fs::temp_directory_path() / ("bangkom-auth-" + services::RandomHex(6));
        fs::create_directories(dir_);
        const std::string db = (dir_ / "bangkom.db").string();
        auto a = storage::OpenStore(db);
        ASSERT_TRUE(a) << a.error().message;
        store_a_ = std::move(*a);
        auto b = storage::OpenStore(db);  // a second connection set on the same file: "process B"
        ASSERT_TRUE(b) << b.error().message;
        store_b_ = std::move(*b);
        faulty_ = std::make_unique<FaultyStore>(*store_b_);
        storage::User user;
        user.username = "pengelola";
        user.password_hash = *password_hash_;
        user.role = domain::Role::pengelola_opd;
        auto id = store_a_->CreateUser(user);
        ASSERT_TRUE(id) << id.error().message;
        options_.max_user_failures = 3;
        options_.max_ip_failures = 100;
        process_a_ = std::make_unique<Auth>(*store_a_, "kunci-sesi", options_);
        process_b_ = std::make_unique<Auth>(*faulty_, "kunci-sesi", options_);
    }
    void TearDown() override {
        process_a_.reset();
        process_b_.reset();
        faulty_.reset();
        store_a_.reset();
        store_b_.reset();
        std::error_code ec;
        fs::remove_all(dir_, ec);
    }
    Result<storage::User> Login(Auth& auth, const std::string& password, int64_t now = kNow) {
        return auth.CheckPassword("pengelola", password, "10.0.0.1", domain::Lang::en, now);
    }

    static std::string* password_hash_;
    fs::path dir_;
    AuthOptions options_;
    std::unique_ptr<Store> store_a_;
    std::unique_ptr<Store> store_b_;
    std::unique_ptr<FaultyStore> faulty_;
    std::unique_ptr<Auth> process_a_;
    std::unique_ptr<Auth> process_b_;
};

std::string* AuthTest::password_hash_ = nullptr;

TEST_F(AuthTest, FailuresThroughOneProcessBlockSignInThroughAnother) {
    for (int i = 0; i < 3; ++i) {
        auto r = Login(*process_a_, "salah");
        ASSERT_FALSE(r);
        EXPECT_EQ(r.error().code, ErrorCode::unauthenticated);
    }
    auto blocked = Login(*process_b_, kPassword);  // B never saw a failure itself
    ASSERT_FALSE(blocked);
    EXPECT_EQ(blocked.error().code, ErrorCode::resource_exhausted);
    EXPECT_NE(blocked.error().message.find("Too many sign-in attempts"), std::string::npos);
}

TEST_F(AuthTest, BelowTheLimitTheRightPasswordStillWorksEverywhere) {
    for (int i = 0; i < 2; ++i) ASSERT_FALSE(Login(*process_a_, "salah"));
    EXPECT_TRUE(Login(*process_b_, kPassword));
    EXPECT_TRUE(Login(*process_a_, kPassword));
}

TEST_F(AuthTest, TheBlockEndsWithItsWindow) {
    for (int i = 0; i < 3; ++i) ASSERT_FALSE(Login(*process_a_, "salah"));
    ASSERT_FALSE(Login(*process_a_, kPassword));  // cached in A as well
    const int64_t next_window = kNow - kNow % options_.window_seconds + options_.window_seconds;
    EXPECT_TRUE(Login(*process_a_, kPassword, next_window));
    EXPECT_TRUE(Login(*process_b_, kPassword, next_window));
}

TEST_F(AuthTest, AStoreErrorWhileCheckingTheLimitIsReportedNotIgnored) {
    faulty_->hits_error = ErrorCode::internal;
    auto r = Login(*process_b_, kPassword);
    ASSERT_FALSE(r);
    EXPECT_EQ(r.error().code, ErrorCode::internal);
}

TEST_F(AuthTest, ASessionOpenedInOneProcessResumesInAnotherWithItsCsrfToken) {
    auto user = Login(*process_a_, kPassword);
    ASSERT_TRUE(user);
    auto opened = process_a_->OpenSession(*user, kNow);
    ASSERT_TRUE(opened);
    auto resumed = process_b_->Resume(opened->token, kNow + 1);
    ASSERT_TRUE(resumed);
    ASSERT_TRUE(resumed->has_value());
    EXPECT_EQ((*resumed)->user.username, "pengelola");
    EXPECT_EQ((*resumed)->session.csrf_token, opened->session.csrf_token);
}

TEST_F(AuthTest, ResumeSlidesTheExpiryInPlaceKeepingTokenAndCsrf) {
    auto user = Login(*process_a_, kPassword);
    ASSERT_TRUE(user);
    auto opened = process_a_->OpenSession(*user, kNow);
    ASSERT_TRUE(opened);
    const int64_t later = kNow + 3600;  // well past the refresh slack
    auto resumed = process_b_->Resume(opened->token, later);
    ASSERT_TRUE(resumed && resumed->has_value());
    EXPECT_EQ((*resumed)->session.expires_at, later + options_.idle_seconds);
    auto stored = store_a_->FindSession(opened->session.token_hash, later);
    ASSERT_TRUE(stored);
    EXPECT_EQ(stored->expires_at, later + options_.idle_seconds);
    EXPECT_EQ(stored->csrf_token, opened->session.csrf_token);
    EXPECT_EQ(stored->created_at, kNow);
    // still valid after the first expiry would have passed
    auto again = process_a_->Resume(opened->token, kNow + options_.idle_seconds + 60);
    ASSERT_TRUE(again);
    EXPECT_TRUE(again->has_value());
}

TEST_F(AuthTest, ResumeWithinTheSlackDoesNotWrite) {
    auto user = Login(*process_a_, kPassword);
    ASSERT_TRUE(user);
    auto opened = process_a_->OpenSession(*user, kNow);
    ASSERT_TRUE(opened);
    faulty_->touch_error = ErrorCode::internal;  // a write would be visible as a failure
    auto resumed = process_b_->Resume(opened->token, kNow + 10);
    ASSERT_TRUE(resumed && resumed->has_value());
    EXPECT_EQ((*resumed)->session.expires_at, kNow + options_.idle_seconds);
}

TEST_F(AuthTest, SignOutInOneProcessEndsTheSessionInAnother) {
    auto user = Login(*process_a_, kPassword);
    ASSERT_TRUE(user);
    auto opened = process_a_->OpenSession(*user, kNow);
    ASSERT_TRUE(opened);
    ASSERT_TRUE(process_a_->CloseSession(opened->session.token_hash));
    auto resumed = process_b_->Resume(opened->token, kNow + 3600);
    ASSERT_TRUE(resumed);
    EXPECT_FALSE(resumed->has_value());
}

TEST_F(AuthTest, ASessionGoneWhileRenewingIsSignedOut) {
    auto user = Login(*process_a_, kPassword);
    ASSERT_TRUE(user);
    auto opened = process_a_->OpenSession(*user, kNow);
    ASSERT_TRUE(opened);
    faulty_->touch_error = ErrorCode::not_found;  // deleted between the read and the touch
    auto resumed = process_b_->Resume(opened->token, kNow + 3600);
    ASSERT_TRUE(resumed);
    EXPECT_FALSE(resumed->has_value());
}

TEST_F(AuthTest, AFailedRenewalKeepsTheSessionForThisRequest) {
    auto user = Login(*process_a_, kPassword);
    ASSERT_TRUE(user);
    auto opened = process_a_->OpenSession(*user, kNow);
    ASSERT_TRUE(opened);
    faulty_->touch_error = ErrorCode::internal;
    auto resumed = process_b_->Resume(opened->token, kNow + 3600);
    ASSERT_TRUE(resumed);
    ASSERT_TRUE(resumed->has_value());
    EXPECT_EQ((*resumed)->session.expires_at, kNow + options_.idle_seconds);  // unchanged
}

TEST_F(AuthTest, AnExpiredSessionDoesNotResume) {
    auto user = Login(*process_a_, kPassword);
    ASSERT_TRUE(user);
    auto opened = process_a_->OpenSession(*user, kNow);
    ASSERT_TRUE(opened);
    auto resumed = process_b_->Resume(opened->token, kNow + options_.idle_seconds + 1);
    ASSERT_TRUE(resumed);
    EXPECT_FALSE(resumed->has_value());
}

}  // namespace
}  // namespace bangkom::http
