#pragma once
// The repository interface every backend implements (sqlite/, postgres/). One contract test suite
// (tests/storage/) runs unchanged on each backend. Methods are safe to call from several threads: an
// implementation serialises or pools connections itself.

#include <cstdint>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "domain/kinds.hpp"
#include "domain/result.hpp"
#include "storage/course_repository.hpp"
#include "storage/delivery_repository.hpp"
#include "storage/feedback_repository.hpp"
#include "storage/participation_repository.hpp"
#include "storage/plan_repository.hpp"
#include "storage/quiz_repository.hpp"
#include "storage/review_repository.hpp"
#include "storage/xapi_repository.hpp"

namespace bangkom::storage {

/// Paging, search and sorting of a list of one kind.
struct ListQuery {
    std::string search;   // case-insensitive substring over the kind's text columns (codes, names, NIP)
    std::string sort_by;  // a FORMATS.md column name of the kind ("nama_opd"); empty = by key
    bool descending = false;
    int64_t offset = 0;
    int64_t limit = 50;       // 0 = all rows
    std::string agency_code;  // scope filter for kinds tied to an agency; empty = every agency
    std::string nip;          // scope filter for kinds tied to an employee; empty = every employee
    std::string team_of;      // scope filter: records of this NIP and of employees whose nip_atasan is it
};

struct RecordPage {
    domain::Records items;
    int64_t total = 0;  // rows matching the filters, before paging
};

struct UpsertCounts {
    int64_t inserted = 0;
    int64_t updated = 0;
};

struct User {
    int64_t id = 0;
    std::string username;
    std::string password_hash;  // libsodium crypto_pwhash_str (Argon2id)
    domain::Role role = domain::Role::asn;
    std::string agency_code;  // pengelola_opd, atasan, asn: their agency; empty for all-agency roles
    std::string nip;          // asn / atasan: the employee they are; empty otherwise
    std::string institution;  // lembaga_mitra: the institution name (Program::institution); empty otherwise
    std::string display_name;
    bool active = true;
};

struct Session {
    std::string token_hash;  // hash of the cookie value; the raw token is never stored
    int64_t user_id = 0;
    std::string csrf_token;
    int64_t created_at = 0;  // unix seconds
    int64_t expires_at = 0;
};

/// One audited change: who, when, what, before/after (JSON text).
struct AuditEntry {
    int64_t id = 0;
    int64_t at = 0;       // unix seconds
    int64_t user_id = 0;  // 0 = system / command line
    std::string username;
    std::string action;  // "import", "user.create", "login", ...
    std::string entity;  // kind or table
    std::string entity_key;
    std::string before_json;
    std::string after_json;
};

enum class JobState { queued, running, succeeded, failed };

/// A long piece of work (import, plan, evaluation, export) with progress, visible from any process.
struct Job {
    std::string id;
    std::string kind;  // "import", ...
    int64_t user_id = 0;
    JobState state = JobState::queued;
    int percent = 0;
    std::string message;
    std::string result_json;  // on success: a summary; on failure: {"error": {...}}
    int64_t created_at = 0;
    int64_t updated_at = 0;
};

class Store {
  public:
    virtual ~Store() = default;

    // --- records of the FORMATS.md kinds ---
    /// Upserts every record by its key in one transaction: all or nothing. Appended kinds (skm, reaksi,
    /// umpan_balik_360) always insert. Proposals: key (nip, competency_code, year).
    virtual Result<UpsertCounts> Upsert(const domain::Records& records) = 0;
    virtual Result<RecordPage> List(domain::Kind kind, const ListQuery& query) = 0;
    /// The keys of every stored record of a keyed master kind (opd, unit_layanan, kompetensi, jabatan,
    /// pegawai → NIP, program, angkatan): what an import checks references against.
    virtual Result<std::vector<std::string>> Keys(domain::Kind kind) = 0;
    /// One record by its key (keyed master kinds); not_found when absent. Result holds a batch of one.
    virtual Result<domain::Records> Get(domain::Kind kind, const std::string& key) = 0;
    virtual Result<int64_t> Count(domain::Kind kind) = 0;

    // --- users and sessions ---
    virtual Result<int64_t> CreateUser(const User& user) = 0;  // conflict when the username exists
    virtual Result<User> FindUserByUsername(const std::string& username) = 0;
    virtual Result<User> FindUserById(int64_t id) = 0;
    virtual Result<std::vector<User>> ListUsers() = 0;
    virtual Result<void> UpdateUser(const User& user) = 0;

    virtual Result<void> CreateSession(const Session& session) = 0;
    virtual Result<Session> FindSession(const std::string& token_hash, int64_t now) = 0;  // not_found if expired
    virtual Result<void> DeleteSession(const std::string& token_hash) = 0;
    /// Moves a live session's expiry to `expires_at` (sliding idle timeout); not_found when there is none.
    virtual Result<void> TouchSession(const std::string& token_hash, int64_t expires_at) = 0;
    virtual Result<void> DeleteExpiredSessions(int64_t now) = 0;

    /// Rate-limit counter: adds one hit for `key` in the window starting at `window_start` and returns
    /// the hits in that window (shared by every process).
    virtual Result<int64_t> CountHit(const std::string& key, int64_t window_start) = 0;
    /// The hits of `key` in the window starting at `window_start`, without adding one (0 when none).
    virtual Result<int64_t> Hits(const std::string& key, int64_t window_start) = 0;
    /// Drops the windows that started before `before` of every key beginning with `key_prefix`: the counters
    /// of sources that never come back (one per address and unit for the public survey) expire this way.
    virtual Result<void> DropHitsBefore(const std::string& key_prefix, int64_t before) = 0;

    // --- audit log ---
    virtual Result<void> AppendAudit(const AuditEntry& entry) = 0;
    virtual Result<std::vector<AuditEntry>> ListAudit(int64_t offset, int64_t limit) = 0;

    // --- jobs ---
    virtual Result<void> CreateJob(const Job& job) = 0;
    virtual Result<void> UpdateJob(const std::string& id, JobState state, int percent, const std::string& message,
                                   const std::string& result_json, int64_t now) = 0;
    virtual Result<Job> FindJob(const std::string& id) = 0;

    // --- settings (key → JSON text) ---
    virtual Result<std::optional<std::string>> GetSetting(const std::string& key) = 0;
    virtual Result<void> PutSetting(const std::string& key, const std::string& value) = 0;

    // --- areas with their own repository (same database, same transactions rules) ---
    virtual ParticipationRepository& Participation() = 0;  // issue 5: usulan, forum, inbox
    virtual PlanRepository& Plans() = 0;                   // issue 6: saved plans and their versions
    virtual DeliveryRepository& Delivery() = 0;            // issue 7: participants, attendance, certificates
    virtual CourseRepository& Courses() = 0;               // issue 7: e-learning modules and progress
    virtual QuizRepository& Quizzes() = 0;                 // issue 7: question bank and quiz attempts
    virtual XapiRepository& Xapi() = 0;                    // issue 7: the learning record store
    virtual FeedbackRepository& Feedback() = 0;            // issue 8: 360 campaigns and their invitations
    virtual ReviewRepository& Review() = 0;                // issue 8: program revisions, SKM survey periods
};

/// Opens the store named by `location`: a file path (SQLite; created and migrated when missing).
/// postgresql://, postgres:// or a libpq key=value string: PostgreSQL (migrated under an advisory lock).
Result<std::unique_ptr<Store>> OpenStore(const std::string& location);

}  // namespace bangkom::storage
