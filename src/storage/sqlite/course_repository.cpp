// E-learning courses on SQLite (course_repository.hpp): the SQL of course_parts.hpp.

#include "storage/sqlite/course_repository.hpp"

#include <algorithm>

#include "storage/course_parts.hpp"

namespace bangkom::storage::sqlite {

namespace {

using course_parts::NotFound;

CourseModule ReadModule(const Statement& s) {
    CourseModule m;
    m.id = s.ColumnInt(0);
    m.program = s.ColumnText(1);
    m.position = static_cast<int>(s.ColumnInt(2));
    m.kind = s.ColumnText(3);
    m.title = s.ColumnText(4);
    m.body = s.ColumnText(5);
    m.required = s.ColumnInt(6) != 0;
    m.file_name = s.ColumnText(7);
    m.content_type = s.ColumnText(8);
    m.file_size = s.ColumnInt(9);
    m.sha256 = s.ColumnText(10);
    m.path = s.ColumnText(11);
    m.package_json = s.ColumnText(12);
    m.created_at = s.ColumnInt(13);
    m.updated_at = s.ColumnInt(14);
    return m;
}

std::optional<double> OptionalDouble(const Statement& s, int col) {
    if (s.ColumnIsNull(col)) return std::nullopt;
    return s.ColumnDouble(col);
}

ModuleProgressRow ReadProgress(const Statement& s) {
    ModuleProgressRow r;
    r.offering = s.ColumnText(0);
    r.nip = s.ColumnText(1);
    r.module_id = s.ColumnInt(2);
    r.status = s.ColumnText(3);
    r.score = OptionalDouble(s, 4);
    r.location = s.ColumnText(5);
    r.suspend_data = s.ColumnText(6);
    r.completion = s.ColumnText(7);
    r.success = s.ColumnText(8);
    r.exit = s.ColumnText(9);
    r.total_seconds = s.ColumnDouble(10);
    r.session_base = s.ColumnDouble(11);
    r.sessions = s.ColumnInt(12);
    r.cmi = s.ColumnText(13);
    r.completed_at = s.ColumnInt(14);
    r.updated_at = s.ColumnInt(15);
    return r;
}

void BindOptionalDouble(Statement& s, int index, const std::optional<double>& v) {
    if (v) {
        s.BindDouble(index, *v);
    } else {
        s.BindNull(index);
    }
}

template <class Row, class Read>
Result<std::vector<Row>> Collect(Statement& s, Read read) {
    std::vector<Row> out;
    for (;;) {
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back(read(s));
    }
}

/// Renumbers the program's modules 1…n in the order `ids`.
Result<void> Renumber(Connection& c, const std::vector<int64_t>& ids) {
    auto set = c.Cached(course_parts::kSetOrdinal);
    if (!set) return set.error();
    for (size_t i = 0; i < ids.size(); ++i) {
        (*set)->BindInt(1, ids[i]);
        (*set)->BindInt(2, static_cast<int64_t>(i + 1));
        if (auto ok = (*set)->Run(); !ok) return ok;
        (*set)->Reset();
    }
    return {};
}

Result<std::vector<int64_t>> Siblings(Connection& c, const std::string& program) {
    auto select = c.Cached(course_parts::kSiblings);
    if (!select) return select.error();
    (*select)->BindText(1, program);
    return Collect<int64_t>(**select, [](const Statement& s) { return s.ColumnInt(0); });
}

Result<CourseModule> FindModule(Connection& c, int64_t id) {
    auto select = c.Cached(course_parts::kGetModule);
    if (!select) return select.error();
    (*select)->BindInt(1, id);
    auto row = (*select)->Step();
    if (!row) return row.error();
    if (!*row) return NotFound("modul " + std::to_string(id));
    return ReadModule(**select);
}

}  // namespace

Result<void> UpsertProgress(Connection& c, const ModuleProgressRow& r) {
    auto upsert = c.Cached(course_parts::kUpsertProgress);
    if (!upsert) return upsert.error();
    Statement& s = **upsert;
    s.BindText(1, r.offering);
    s.BindText(2, r.nip);
    s.BindInt(3, r.module_id);
    s.BindText(4, r.status);
    BindOptionalDouble(s, 5, r.score);
    s.BindText(6, r.location);
    s.BindText(7, r.suspend_data);
    s.BindText(8, r.completion);
    s.BindText(9, r.success);
    s.BindText(10, r.exit);
    s.BindDouble(11, r.total_seconds);
    s.BindDouble(12, r.session_base);
    s.BindInt(13, r.sessions);
    s.BindText(14, r.cmi);
    s.BindInt(15, r.completed_at);
    s.BindInt(16, r.updated_at);
    return s.Run();
}

Result<std::vector<CourseModule>> SqliteCourses::ListModules(const std::string& program) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(course_parts::kListModules);
    if (!select) return select.error();
    (*select)->BindText(1, program);
    return Collect<CourseModule>(**select, ReadModule);
}

Result<CourseModule> SqliteCourses::GetModule(int64_t id) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    return FindModule(**lease, id);
}

Result<int64_t> SqliteCourses::AddModule(const CourseModule& m) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    int64_t ordinal = 1;
    {
        auto next = c.Cached(course_parts::kNextOrdinal);
        if (!next) return next.error();
        (*next)->BindText(1, m.program);
        auto row = (*next)->Step();
        if (!row) return row.error();
        ordinal = (*next)->ColumnInt(0);
    }
    auto insert = c.Cached(course_parts::kInsertModule);
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.BindText(1, m.program);
    s.BindInt(2, ordinal);
    s.BindText(3, m.kind);
    s.BindText(4, m.title);
    s.BindText(5, m.body);
    s.BindInt(6, m.required ? 1 : 0);
    s.BindText(7, m.file_name);
    s.BindText(8, m.content_type);
    s.BindInt(9, m.file_size);
    s.BindText(10, m.sha256);
    s.BindText(11, m.path);
    s.BindText(12, m.package_json);
    s.BindInt(13, m.created_at);
    s.BindInt(14, m.updated_at);
    auto row = s.Step();
    if (!row) return row.error();
    const int64_t id = s.ColumnInt(0);
    s.Reset();
    if (auto ok = tx->Commit(); !ok) return ok.error();
    return id;
}

Result<void> SqliteCourses::UpdateModule(const CourseModule& m) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto update = (*lease)->Cached(course_parts::kUpdateModule);
    if (!update) return update.error();
    Statement& s = **update;
    s.BindInt(1, m.id);
    s.BindText(2, m.title);
    s.BindText(3, m.body);
    s.BindInt(4, m.required ? 1 : 0);
    s.BindText(5, m.file_name);
    s.BindText(6, m.content_type);
    s.BindInt(7, m.file_size);
    s.BindText(8, m.sha256);
    s.BindText(9, m.path);
    s.BindText(10, m.package_json);
    s.BindInt(11, m.updated_at);
    if (auto ok = s.Run(); !ok) return ok;
    if ((*lease)->Changes() == 0) return NotFound("modul " + std::to_string(m.id));
    return {};
}

Result<void> SqliteCourses::MoveModule(int64_t id, int position, int64_t at) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    auto module = FindModule(c, id);
    if (!module) return module.error();
    auto ids = Siblings(c, module->program);
    if (!ids) return ids.error();
    std::erase(*ids, id);
    const auto at_index = static_cast<size_t>(std::clamp(position, 1, static_cast<int>(ids->size()) + 1) - 1);
    ids->insert(ids->begin() + static_cast<std::ptrdiff_t>(at_index), id);
    if (auto ok = Renumber(c, *ids); !ok) return ok;
    auto touch = c.Cached(course_parts::kTouch);
    if (!touch) return touch.error();
    (*touch)->BindInt(1, id);
    (*touch)->BindInt(2, at);
    if (auto ok = (*touch)->Run(); !ok) return ok;
    return tx->Commit();
}

Result<void> SqliteCourses::DeleteModule(int64_t id) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    auto module = FindModule(c, id);
    if (!module) return module.error();
    {
        auto count = c.Cached(course_parts::kHasProgress);
        if (!count) return count.error();
        (*count)->BindInt(1, id);
        auto row = (*count)->Step();
        if (!row) return row.error();
        if ((*count)->ColumnInt(0) > 0) return course_parts::HasProgress();
    }
    auto remove = c.Cached(course_parts::kDeleteModule);
    if (!remove) return remove.error();
    (*remove)->BindInt(1, id);
    if (auto ok = (*remove)->Run(); !ok) return ok;
    auto ids = Siblings(c, module->program);
    if (!ids) return ids.error();
    if (auto ok = Renumber(c, *ids); !ok) return ok;
    return tx->Commit();
}

Result<std::vector<std::pair<std::string, int64_t>>> SqliteCourses::ModuleCounts() {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(course_parts::kModuleCounts);
    if (!select) return select.error();
    return Collect<std::pair<std::string, int64_t>>(**select, [](const Statement& s) {
        return std::pair{s.ColumnText(0), s.ColumnInt(1)};
    });
}

Result<bool> SqliteCourses::PathInUse(const std::string& path, int64_t except) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(course_parts::kPathInUse);
    if (!select) return select.error();
    (*select)->BindText(1, path);
    (*select)->BindInt(2, except);
    auto row = (*select)->Step();
    if (!row) return row.error();
    return (*select)->ColumnInt(0) > 0;
}

Result<std::vector<ModuleProgressRow>> SqliteCourses::ListProgress(const std::string& offering,
                                                                   const std::string& nip) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(course_parts::kListProgress);
    if (!select) return select.error();
    (*select)->BindText(1, offering);
    (*select)->BindText(2, nip);
    return Collect<ModuleProgressRow>(**select, ReadProgress);
}

Result<std::vector<ModuleProgressRow>> SqliteCourses::ProgressOf(const std::string& nip) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(course_parts::kProgressOf);
    if (!select) return select.error();
    (*select)->BindText(1, nip);
    return Collect<ModuleProgressRow>(**select, ReadProgress);
}

Result<void> SqliteCourses::SaveProgress(const ModuleProgressRow& r, const std::optional<ScormCommitRow>& commit) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    if (auto ok = UpsertProgress(c, r); !ok) return ok;
    if (commit) {
        auto insert = c.Cached(course_parts::kInsertCommit);
        if (!insert) return insert.error();
        Statement& s = **insert;
        s.BindText(1, commit->offering);
        s.BindText(2, commit->nip);
        s.BindInt(3, commit->module_id);
        s.BindInt(4, commit->committed_at);
        s.BindText(5, commit->status);
        BindOptionalDouble(s, 6, commit->score);
        BindOptionalDouble(s, 7, commit->session_seconds);
        s.BindText(8, commit->cmi);
        if (auto ok = s.Run(); !ok) return ok;
    }
    return tx->Commit();
}

Result<std::vector<ScormCommitRow>> SqliteCourses::ListCommits(const std::string& offering, const std::string& nip,
                                                               int64_t module_id) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(course_parts::kListCommits);
    if (!select) return select.error();
    (*select)->BindText(1, offering);
    (*select)->BindText(2, nip);
    (*select)->BindInt(3, module_id);
    return Collect<ScormCommitRow>(**select, [](const Statement& s) {
        return ScormCommitRow{s.ColumnText(0), s.ColumnText(1),      s.ColumnInt(2),       s.ColumnInt(3),
                              s.ColumnText(4), OptionalDouble(s, 5), OptionalDouble(s, 6), s.ColumnText(7)};
    });
}

}  // namespace bangkom::storage::sqlite
