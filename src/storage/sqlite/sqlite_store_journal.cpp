// Audit log, jobs and settings of SqliteStore.

#include <array>
#include <limits>

#include "storage/sqlite/sqlite_store.hpp"

namespace bangkom::storage::sqlite {

namespace {

constexpr std::string_view kInsertAudit =
    "INSERT INTO audit_log (at, user_id, username, action, entity, entity_key, before_json, after_json) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr std::string_view kSelectAudit =
    "SELECT id, at, user_id, username, action, entity, entity_key, before_json, after_json FROM audit_log "
    "ORDER BY id DESC LIMIT ?1 OFFSET ?2";

constexpr std::string_view kInsertJob =
    "INSERT INTO jobs (id, kind, user_id, state, percent, message, result_json, created_at, updated_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
constexpr std::string_view kUpdateJob =
    "UPDATE jobs SET state = ?2, percent = ?3, message = ?4, result_json = ?5, updated_at = ?6 WHERE id = ?1";
constexpr std::string_view kSelectJob =
    "SELECT id, kind, user_id, state, percent, message, result_json, created_at, updated_at FROM jobs "
    "WHERE id = ?1";

constexpr std::string_view kSelectSetting = "SELECT value FROM settings WHERE setting_key = ?1";
constexpr std::string_view kPutSetting =
    "INSERT INTO settings (setting_key, value) VALUES (?1, ?2) "
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

}  // namespace

Result<void> SqliteStore::AppendAudit(const AuditEntry& entry) {
    return Write([&](Connection& c) -> Result<void> {
        auto insert = c.Cached(kInsertAudit);
        if (!insert) return insert.error();
        Statement& s = **insert;
        s.BindInt(1, entry.at);
        s.BindInt(2, entry.user_id);
        s.BindText(3, entry.username);
        s.BindText(4, entry.action);
        s.BindText(5, entry.entity);
        s.BindText(6, entry.entity_key);
        s.BindText(7, entry.before_json);
        s.BindText(8, entry.after_json);
        return s.Run();
    });
}

Result<std::vector<AuditEntry>> SqliteStore::ListAudit(int64_t offset, int64_t limit) {
    if (offset < 0 || limit < 0) {
        return MakeError(ErrorCode::invalid_argument, "offset dan limit tidak boleh negatif (must not be negative)");
    }
    return Read([&](Connection& c) -> Result<std::vector<AuditEntry>> {
        auto select = c.Cached(kSelectAudit);
        if (!select) return select.error();
        Statement& s = **select;
        s.BindInt(1, limit == 0 ? std::numeric_limits<int64_t>::max() : limit);
        s.BindInt(2, offset);
        std::vector<AuditEntry> entries;
        for (;;) {
            auto row = s.Step();
            if (!row) return row.error();
            if (!*row) return entries;
            entries.push_back(AuditEntry{s.ColumnInt(0), s.ColumnInt(1), s.ColumnInt(2), s.ColumnText(3),
                                         s.ColumnText(4), s.ColumnText(5), s.ColumnText(6), s.ColumnText(7),
                                         s.ColumnText(8)});
        }
    });
}

Result<void> SqliteStore::CreateJob(const Job& job) {
    return Write([&](Connection& c) -> Result<void> {
        auto insert = c.Cached(kInsertJob);
        if (!insert) return insert.error();
        Statement& s = **insert;
        s.BindText(1, job.id);
        s.BindText(2, job.kind);
        s.BindInt(3, job.user_id);
        s.BindText(4, JobStateCode(job.state));
        s.BindInt(5, job.percent);
        s.BindText(6, job.message);
        s.BindText(7, job.result_json);
        s.BindInt(8, job.created_at);
        s.BindInt(9, job.updated_at);
        return s.Run();
    });
}

Result<void> SqliteStore::UpdateJob(const std::string& id, JobState state, int percent, const std::string& message,
                                    const std::string& result_json, int64_t now) {
    return Write([&](Connection& c) -> Result<void> {
        auto update = c.Cached(kUpdateJob);
        if (!update) return update.error();
        Statement& s = **update;
        s.BindText(1, id);
        s.BindText(2, JobStateCode(state));
        s.BindInt(3, percent);
        s.BindText(4, message);
        s.BindText(5, result_json);
        s.BindInt(6, now);
        if (auto ok = s.Run(); !ok) return ok;
        if (c.Changes() == 0) return JobNotFound(id);
        return {};
    });
}

Result<Job> SqliteStore::FindJob(const std::string& id) {
    return Read([&](Connection& c) -> Result<Job> {
        auto select = c.Cached(kSelectJob);
        if (!select) return select.error();
        Statement& s = **select;
        s.BindText(1, id);
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return JobNotFound(id);
        auto state = JobStateFromCode(s.ColumnText(3));
        if (!state) return state.error();
        return Job{s.ColumnText(0), s.ColumnText(1), s.ColumnInt(2), *state,        static_cast<int>(s.ColumnInt(4)),
                   s.ColumnText(5), s.ColumnText(6), s.ColumnInt(7), s.ColumnInt(8)};
    });
}

Result<std::optional<std::string>> SqliteStore::GetSetting(const std::string& key) {
    return Read([&](Connection& c) -> Result<std::optional<std::string>> {
        auto select = c.Cached(kSelectSetting);
        if (!select) return select.error();
        (*select)->BindText(1, key);
        auto row = (*select)->Step();
        if (!row) return row.error();
        if (!*row) return std::optional<std::string>();
        return std::optional<std::string>((*select)->ColumnText(0));
    });
}

Result<void> SqliteStore::PutSetting(const std::string& key, const std::string& value) {
    return Write([&](Connection& c) -> Result<void> {
        auto put = c.Cached(kPutSetting);
        if (!put) return put.error();
        (*put)->BindText(1, key);
        (*put)->BindText(2, value);
        return (*put)->Run();
    });
}

}  // namespace bangkom::storage::sqlite
