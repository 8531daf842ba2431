// ReadSplitStore: record reads to the read store, the rest to the primary.

#include "storage/read_split_store.hpp"

#include <cassert>

namespace bangkom::storage {

namespace {

thread_local int primary_read_depth = 0;

}  // namespace

ReadSplitStore::PrimaryReadScope::PrimaryReadScope() {
    ++primary_read_depth;
}

ReadSplitStore::PrimaryReadScope::~PrimaryReadScope() {
    --primary_read_depth;
}

ReadSplitStore::ReadSplitStore(std::unique_ptr<Store> primary, std::unique_ptr<Store> read)
    : primary_(std::move(primary)), read_(std::move(read)) {
    assert(primary_ != nullptr && read_ != nullptr);
}

Result<std::unique_ptr<ReadSplitStore>> ReadSplitStore::Open(const std::string& primary, const std::string& read) {
    auto primary_store = OpenStore(primary);
    if (!primary_store) {
        return MakeError(primary_store.error().code,
                         "Basis data utama / primary database: " + primary_store.error().message);
    }
    auto read_store = OpenStore(read);
    if (!read_store) {
        return MakeError(read_store.error().code, "Basis data baca / read database: " + read_store.error().message);
    }
    return std::make_unique<ReadSplitStore>(std::move(*primary_store), std::move(*read_store));
}

Store& ReadSplitStore::Reader() {
    return primary_read_depth > 0 ? *primary_ : *read_;
}

// --- records: reads to the read store, writes to the primary ---

Result<UpsertCounts> ReadSplitStore::Upsert(const domain::Records& records) {
    return primary_->Upsert(records);
}
Result<RecordPage> ReadSplitStore::List(domain::Kind kind, const ListQuery& query) {
    return Reader().List(kind, query);
}
Result<std::vector<std::string>> ReadSplitStore::Keys(domain::Kind kind) {
    return Reader().Keys(kind);
}
Result<domain::Records> ReadSplitStore::Get(domain::Kind kind, const std::string& key) {
    return Reader().Get(kind, key);
}
Result<int64_t> ReadSplitStore::Count(domain::Kind kind) {
    return Reader().Count(kind);
}

// --- accounts, sessions, limits, audit, jobs, settings: the primary, always (small, and read right after
// being written by another process: a replica's lag would log users out or lose job progress) ---

Result<int64_t> ReadSplitStore::CreateUser(const User& user) {
    return primary_->CreateUser(user);
}
Result<User> ReadSplitStore::FindUserByUsername(const std::string& username) {
    return primary_->FindUserByUsername(username);
}
Result<User> ReadSplitStore::FindUserById(int64_t id) {
    return primary_->FindUserById(id);
}
Result<std::vector<User>> ReadSplitStore::ListUsers() {
    return primary_->ListUsers();
}
Result<void> ReadSplitStore::UpdateUser(const User& user) {
    return primary_->UpdateUser(user);
}
Result<void> ReadSplitStore::CreateSession(const Session& session) {
    return primary_->CreateSession(session);
}
Result<Session> ReadSplitStore::FindSession(const std::string& token_hash, int64_t now) {
    return primary_->FindSession(token_hash, now);
}
Result<void> ReadSplitStore::DeleteSession(const std::string& token_hash) {
    return primary_->DeleteSession(token_hash);
}
Result<void> ReadSplitStore::TouchSession(const std::string& token_hash, int64_t expires_at) {
    return primary_->TouchSession(token_hash, expires_at);
}
Result<void> ReadSplitStore::DeleteExpiredSessions(int64_t now) {
    return primary_->DeleteExpiredSessions(now);
}
Result<int64_t> ReadSplitStore::CountHit(const std::string& key, int64_t window_start) {
    return primary_->CountHit(key, window_start);
}
Result<int64_t> ReadSplitStore::Hits(const std::string& key, int64_t window_start) {
    return primary_->Hits(key, window_start);
}
Result<void> ReadSplitStore::DropHitsBefore(const std::string& key_prefix, int64_t before) {
    return primary_->DropHitsBefore(key_prefix, before);
}
Result<void> ReadSplitStore::AppendAudit(const AuditEntry& entry) {
    return primary_->AppendAudit(entry);
}
Result<std::vector<AuditEntry>> ReadSplitStore::ListAudit(int64_t offset, int64_t limit) {
    return primary_->ListAudit(offset, limit);
}
Result<void> ReadSplitStore::CreateJob(const Job& job) {
    return primary_->CreateJob(job);
}
Result<void> ReadSplitStore::UpdateJob(const std::string& id, JobState state, int percent, const std::string& message,
                                       const std::string& result_json, int64_t now) {
    return primary_->UpdateJob(id, state, percent, message, result_json, now);
}
Result<Job> ReadSplitStore::FindJob(const std::string& id) {
    return primary_->FindJob(id);
}
Result<std::optional<std::string>> ReadSplitStore::GetSetting(const std::string& key) {
    return primary_->GetSetting(key);
}
Result<void> ReadSplitStore::PutSetting(const std::string& key, const std::string& value) {
    return primary_->PutSetting(key, value);
}

}  // namespace bangkom::storage
