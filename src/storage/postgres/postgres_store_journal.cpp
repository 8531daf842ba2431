// Audit log, jobs and settings of PostgresStore: the SQL of sqlite_store_journal.cpp in PostgreSQL's $n form.

#include <array>

#include "storage/postgres/postgres_store.hpp"

namespace bangkom::storage::postgres {

namespace {

constexpr std::string_view kInsertAudit =
    "INSERT INTO audit_log (at, user_id, username, action, entity, entity_key, before_json, after_json) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8)";
// LIMIT NULL is no limit (the contract's limit 0).
constexpr std::string_view kSelectAudit =
    "SELECT id, at, user_id, username, action, entity, entity_key, before_json, after_json FROM audit_log "
    "ORDER BY id DESC LIMIT $1 OFFSET $2";

constexpr std::string_view kInsertJob =
    "INSERT INTO jobs (id, kind, user_id, state, percent, message, result_json, created_at, updated_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
constexpr std::string_view kUpdateJob =
    "UPDATE jobs SET state = $2, percent = $3, message = $4, result_json = $5, updated_at = $6 WHERE id = $1";
constexpr std::string_view kSelectJob =
    "SELECT id, kind, user_id, state, percent, message, result_json, created_at, updated_at FROM jobs "
    "WHERE id = $1";

constexpr std::string_view kSelectSetting = "SELECT value FROM settings WHERE setting_key = $1";
constexpr std::string_view kPutSetting =
    "INSERT INTO settings (setting_key, value) VALUES ($1, $2) "
    "ON CONFLICT (setting_key) DO UPDATE SET value = excluded.value";

constexpr std::array<std::string_view, 4> kJobStates = {"queued", "running", "succeeded", "failed"};

std::string_view JobStateCode(JobState state) {
    return kJobStates[static_cast<size_t>(state)];
}

Result<JobState> JobStateFromCode(const std::string& code) {
    for (size_t i = 0; i < kJobStates.size(); ++i) {
        if (kJobStates[i] == code) return static_cast<JobState>(i);
    }
    return MakeError(ErrorCode::internal, "Status pekerjaan tersimpan tidak dikenal (unknown job state): " + code);
}

Error JobNotFound(const std::string& id) {
    return MakeError(ErrorCode::not_found, "Pekerjaan '" + id + "' tidak ditemukan (job not found)");
}

Result<void> Done(const Result<QueryResult>& result) {
    if (!result) return result.error();
    return {};
}

}  // namespace

Result<void> PostgresStore::AppendAudit(const AuditEntry& entry) {
    return Run([&](Connection& c) {
        return Done(
            c.Query(kInsertAudit, {Arg::Int(entry.at), Arg::Int(entry.user_id), Arg::Text(entry.username),
                                   Arg::Text(entry.action), Arg::Text(entry.entity), Arg::Text(entry.entity_key),
                                   Arg::Text(entry.before_json), Arg::Text(entry.after_json)}));
    });
}

Result<std::vector<AuditEntry>> PostgresStore::ListAudit(int64_t offset, int64_t limit) {
    if (offset < 0 || limit < 0) {
        return MakeError(ErrorCode::invalid_argument, "offset dan limit tidak boleh negatif (must not be negative)");
    }
    return Run([&](Connection& c) -> Result<std::vector<AuditEntry>> {
        auto select = c.Query(kSelectAudit, {limit == 0 ? Arg::Null() : Arg::Int(limit), Arg::Int(offset)});
        if (!select) return select.error();
        const QueryResult& r = *select;
        std::vector<AuditEntry> entries;
        entries.reserve(static_cast<size_t>(r.Rows()));
        for (int i = 0; i < r.Rows(); ++i) {
            entries.push_back(AuditEntry{r.Int(i, 0), r.Int(i, 1), r.Int(i, 2), r.Text(i, 3), r.Text(i, 4),
                                         r.Text(i, 5), r.Text(i, 6), r.Text(i, 7), r.Text(i, 8)});
        }
        return entries;
    });
}

Result<void> PostgresStore::CreateJob(const Job& job) {
    return Run([&](Connection& c) {
        return Done(
            c.Query(kInsertJob, {Arg::Text(job.id), Arg::Text(job.kind), Arg::Int(job.user_id),
                                 Arg::Text(JobStateCode(job.state)), Arg::Int(job.percent), Arg::Text(job.message),
                                 Arg::Text(job.result_json), Arg::Int(job.created_at), Arg::Int(job.updated_at)}));
    });
}

Result<void> PostgresStore::UpdateJob(const std::string& id, JobState state, int percent, const std::string& message,
                                      const std::string& result_json, int64_t now) {
    return Run([&](Connection& c) -> Result<void> {
        auto update = c.Query(kUpdateJob, {Arg::Text(id), Arg::Text(JobStateCode(state)), Arg::Int(percent),
                                           Arg::Text(message), Arg::Text(result_json), Arg::Int(now)});
        if (!update) return update.error();
        if (update->Affected() == 0) return JobNotFound(id);
        return {};
    });
}

Result<Job> PostgresStore::FindJob(const std::string& id) {
    return Run([&](Connection& c) -> Result<Job> {
        auto select = c.Query(kSelectJob, {Arg::Text(id)});
        if (!select) return select.error();
        const QueryResult& r = *select;
        if (r.Rows() == 0) return JobNotFound(id);
        auto state = JobStateFromCode(r.Text(0, 3));
        if (!state) return state.error();
        return Job{r.Text(0, 0), r.Text(0, 1), r.Int(0, 2), *state,     static_cast<int>(r.Int(0, 4)),
                   r.Text(0, 5), r.Text(0, 6), r.Int(0, 7), r.Int(0, 8)};
    });
}

Result<std::optional<std::string>> PostgresStore::GetSetting(const std::string& key) {
    return Run([&](Connection& c) -> Result<std::optional<std::string>> {
        auto select = c.Query(kSelectSetting, {Arg::Text(key)});
        if (!select) return select.error();
        if (select->Rows() == 0) return std::optional<std::string>();
        return std::optional<std::string>(select->Text(0, 0));
    });
}

Result<void> PostgresStore::PutSetting(const std::string& key, const std::string& value) {
    return Run([&](Connection& c) { return Done(c.Query(kPutSetting, {Arg::Text(key), Arg::Text(value)})); });
}

}  // namespace bangkom::storage::postgres
