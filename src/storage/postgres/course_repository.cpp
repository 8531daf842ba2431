// E-learning courses on PostgreSQL (course_repository.hpp): the SQL of course_parts.hpp with $N placeholders.

#include "storage/postgres/course_repository.hpp"

#include <algorithm>
#include <cctype>

#include "storage/course_parts.hpp"

namespace bangkom::storage::postgres {

namespace {

using course_parts::NotFound;

/// "?3" → "$3".
std::string Dollar(std::string_view sql) {
    std::string out(sql);
    for (size_t i = 0; i + 1 < out.size(); ++i) {
        if (out[i] == '?' && std::isdigit(static_cast<unsigned char>(out[i + 1])) != 0) out[i] = '$';
    }
    return out;
}

const std::string kListModules = Dollar(course_parts::kListModules);
const std::string kGetModule = Dollar(course_parts::kGetModule);
const std::string kNextOrdinal = Dollar(course_parts::kNextOrdinal);
const std::string kInsertModule = Dollar(course_parts::kInsertModule);
const std::string kUpdateModule = Dollar(course_parts::kUpdateModule);
const std::string kSiblings = Dollar(course_parts::kSiblings);
const std::string kSetOrdinal = Dollar(course_parts::kSetOrdinal);
const std::string kTouch = Dollar(course_parts::kTouch);
const std::string kHasProgress = Dollar(course_parts::kHasProgress);
const std::string kDeleteModule = Dollar(course_parts::kDeleteModule);
const std::string kPathInUse = Dollar(course_parts::kPathInUse);
const std::string kListProgress = Dollar(course_parts::kListProgress);
const std::string kProgressOf = Dollar(course_parts::kProgressOf);
const std::string kUpsertProgress = Dollar(course_parts::kUpsertProgress);
const std::string kInsertCommit = Dollar(course_parts::kInsertCommit);
const std::string kListCommits = Dollar(course_parts::kListCommits);
constexpr std::string_view kLockProgram = "SELECT pg_advisory_xact_lock(hashtext('course_modules:' || $1::text))";

CourseModule ReadModule(const QueryResult& r, int i) {
    CourseModule m;
    m.id = r.Int(i, 0);
    m.program = r.Text(i, 1);
    m.position = static_cast<int>(r.Int(i, 2));
    m.kind = r.Text(i, 3);
    m.title = r.Text(i, 4);
    m.body = r.Text(i, 5);
    m.required = r.Int(i, 6) != 0;
    m.file_name = r.Text(i, 7);
    m.content_type = r.Text(i, 8);
    m.file_size = r.Int(i, 9);
    m.sha256 = r.Text(i, 10);
    m.path = r.Text(i, 11);
    m.package_json = r.Text(i, 12);
    m.created_at = r.Int(i, 13);
    m.updated_at = r.Int(i, 14);
    return m;
}

std::optional<double> OptionalReal(const QueryResult& r, int i, int col) {
    if (r.IsNull(i, col)) return std::nullopt;
    return r.Real(i, col);
}

ModuleProgressRow ReadProgress(const QueryResult& r, int i) {
    ModuleProgressRow p;
    p.offering = r.Text(i, 0);
    p.nip = r.Text(i, 1);
    p.module_id = r.Int(i, 2);
    p.status = r.Text(i, 3);
    p.score = OptionalReal(r, i, 4);
    p.location = r.Text(i, 5);
    p.suspend_data = r.Text(i, 6);
    p.completion = r.Text(i, 7);
    p.success = r.Text(i, 8);
    p.exit = r.Text(i, 9);
    p.total_seconds = r.Real(i, 10);
    p.session_base = r.Real(i, 11);
    p.sessions = r.Int(i, 12);
    p.cmi = r.Text(i, 13);
    p.completed_at = r.Int(i, 14);
    p.updated_at = r.Int(i, 15);
    return p;
}

Param OptionalArg(const std::optional<double>& v) {
    return v ? Arg::Real(*v) : Arg::Null();
}

template <class Row, class Read>
std::vector<Row> Rows(const QueryResult& r, Read read) {
    std::vector<Row> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) out.push_back(read(r, i));
    return out;
}

Result<CourseModule> FindModule(Connection& c, int64_t id) {
    auto select = c.Query(kGetModule, {Arg::Int(id)});
    if (!select) return select.error();
    if (select->Rows() == 0) return NotFound("modul " + std::to_string(id));
    return ReadModule(*select, 0);
}

Result<std::vector<int64_t>> Siblings(Connection& c, const std::string& program) {
    auto select = c.Query(kSiblings, {Arg::Text(program)});
    if (!select) return select.error();
    return Rows<int64_t>(*select, [](const QueryResult& r, int i) { return r.Int(i, 0); });
}

Result<void> Renumber(Connection& c, const std::vector<int64_t>& ids) {
    for (size_t i = 0; i < ids.size(); ++i) {
        auto set = c.Query(kSetOrdinal, {Arg::Int(ids[i]), Arg::Int(static_cast<int64_t>(i + 1))});
        if (!set) return set.error();
    }
    return {};
}

}  // namespace

Result<void> UpsertProgress(Connection& c, const ModuleProgressRow& r) {
    auto upsert =
        c.Query(kUpsertProgress,
                {Arg::Text(r.offering), Arg::Text(r.nip), Arg::Int(r.module_id), Arg::Text(r.status),
                 OptionalArg(r.score), Arg::Text(r.location), Arg::Text(r.suspend_data), Arg::Text(r.completion),
                 Arg::Text(r.success), Arg::Text(r.exit), Arg::Real(r.total_seconds), Arg::Real(r.session_base),
                 Arg::Int(r.sessions), Arg::Text(r.cmi), Arg::Int(r.completed_at), Arg::Int(r.updated_at)});
    if (!upsert) return upsert.error();
    return {};
}

Result<std::vector<CourseModule>> PostgresCourses::ListModules(const std::string& program) {
    return Run([&](Connection& c) -> Result<std::vector<CourseModule>> {
        auto select = c.Query(kListModules, {Arg::Text(program)});
        if (!select) return select.error();
        return Rows<CourseModule>(*select, ReadModule);
    });
}

Result<CourseModule> PostgresCourses::GetModule(int64_t id) {
    return Run([&](Connection& c) { return FindModule(c, id); });
}

Result<int64_t> PostgresCourses::AddModule(const CourseModule& m) {
    return Run([&](Connection& c) -> Result<int64_t> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        if (auto lock = c.Query(kLockProgram, {Arg::Text(m.program)}); !lock) return lock.error();
        auto next = c.Query(kNextOrdinal, {Arg::Text(m.program)});
        if (!next) return next.error();
        auto insert = c.Query(kInsertModule,
                              {Arg::Text(m.program), Arg::Int(next->Int(0, 0)), Arg::Text(m.kind), Arg::Text(m.title),
                               Arg::Text(m.body), Arg::Int(m.required ? 1 : 0), Arg::Text(m.file_name),
                               Arg::Text(m.content_type), Arg::Int(m.file_size), Arg::Text(m.sha256), Arg::Text(m.path),
                               Arg::Text(m.package_json), Arg::Int(m.created_at), Arg::Int(m.updated_at)});
        if (!insert) return insert.error();
        const int64_t id = insert->Int(0, 0);
        if (auto ok = tx->Commit(); !ok) return ok.error();
        return id;
    });
}

Result<void> PostgresCourses::UpdateModule(const CourseModule& m) {
    return Run([&](Connection& c) -> Result<void> {
        auto update = c.Query(
            kUpdateModule, {Arg::Int(m.id), Arg::Text(m.title), Arg::Text(m.body), Arg::Int(m.required ? 1 : 0),
                            Arg::Text(m.file_name), Arg::Text(m.content_type), Arg::Int(m.file_size),
                            Arg::Text(m.sha256), Arg::Text(m.path), Arg::Text(m.package_json), Arg::Int(m.updated_at)});
        if (!update) return update.error();
        if (update->Affected() == 0) return NotFound("modul " + std::to_string(m.id));
        return {};
    });
}

Result<void> PostgresCourses::MoveModule(int64_t id, int position, int64_t at) {
    return Run([&](Connection& c) -> Result<void> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        auto module = FindModule(c, id);
        if (!module) return module.error();
        if (auto lock = c.Query(kLockProgram, {Arg::Text(module->program)}); !lock) return lock.error();
        auto ids = Siblings(c, module->program);
        if (!ids) return ids.error();
        std::erase(*ids, id);
        const auto at_index = static_cast<size_t>(std::clamp(position, 1, static_cast<int>(ids->size()) + 1) - 1);
        ids->insert(ids->begin() + static_cast<std::ptrdiff_t>(at_index), id);
        if (auto ok = Renumber(c, *ids); !ok) return ok;
        if (auto touch = c.Query(kTouch, {Arg::Int(id), Arg::Int(at)}); !touch) return touch.error();
        return tx->Commit();
    });
}

Result<void> PostgresCourses::DeleteModule(int64_t id) {
    return Run([&](Connection& c) -> Result<void> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        auto module = FindModule(c, id);
        if (!module) return module.error();
        if (auto lock = c.Query(kLockProgram, {Arg::Text(module->program)}); !lock) return lock.error();
        auto count = c.Query(kHasProgress, {Arg::Int(id)});
        if (!count) return count.error();
        if (count->Int(0, 0) > 0) return course_parts::HasProgress();
        if (auto remove = c.Query(kDeleteModule, {Arg::Int(id)}); !remove) return remove.error();
        auto ids = Siblings(c, module->program);
        if (!ids) return ids.error();
        if (auto ok = Renumber(c, *ids); !ok) return ok;
        return tx->Commit();
    });
}

Result<std::vector<std::pair<std::string, int64_t>>> PostgresCourses::ModuleCounts() {
    return Run([&](Connection& c) -> Result<std::vector<std::pair<std::string, int64_t>>> {
        auto select = c.Query(course_parts::kModuleCounts);
        if (!select) return select.error();
        return Rows<std::pair<std::string, int64_t>>(*select, [](const QueryResult& r, int i) {
            return std::pair{r.Text(i, 0), r.Int(i, 1)};
        });
    });
}

Result<bool> PostgresCourses::PathInUse(const std::string& path, int64_t except) {
    return Run([&](Connection& c) -> Result<bool> {
        auto select = c.Query(kPathInUse, {Arg::Text(path), Arg::Int(except)});
        if (!select) return select.error();
        return select->Int(0, 0) > 0;
    });
}

Result<std::vector<ModuleProgressRow>> PostgresCourses::ListProgress(const std::string& offering,
                                                                     const std::string& nip) {
    return Run([&](Connection& c) -> Result<std::vector<ModuleProgressRow>> {
        auto select = c.Query(kListProgress, {Arg::Text(offering), Arg::Text(nip)});
        if (!select) return select.error();
        return Rows<ModuleProgressRow>(*select, ReadProgress);
    });
}

Result<std::vector<ModuleProgressRow>> PostgresCourses::ProgressOf(const std::string& nip) {
    return Run([&](Connection& c) -> Result<std::vector<ModuleProgressRow>> {
        auto select = c.Query(kProgressOf, {Arg::Text(nip)});
        if (!select) return select.error();
        return Rows<ModuleProgressRow>(*select, ReadProgress);
    });
}

Result<void> PostgresCourses::SaveProgress(const ModuleProgressRow& r, const std::optional<ScormCommitRow>& commit) {
    return Run([&](Connection& c) -> Result<void> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        if (auto ok = UpsertProgress(c, r); !ok) return ok;
        if (commit) {
            auto insert = c.Query(
                kInsertCommit, {Arg::Text(commit->offering), Arg::Text(commit->nip), Arg::Int(commit->module_id),
                                Arg::Int(commit->committed_at), Arg::Text(commit->status), OptionalArg(commit->score),
                                OptionalArg(commit->session_seconds), Arg::Text(commit->cmi)});
            if (!insert) return insert.error();
        }
        return tx->Commit();
    });
}

Result<std::vector<ScormCommitRow>> PostgresCourses::ListCommits(const std::string& offering, const std::string& nip,
                                                                 int64_t module_id) {
    return Run([&](Connection& c) -> Result<std::vector<ScormCommitRow>> {
        auto select = c.Query(kListCommits, {Arg::Text(offering), Arg::Text(nip), Arg::Int(module_id)});
        if (!select) return select.error();
        return Rows<ScormCommitRow>(*select, [](const QueryResult& r, int i) {
            return ScormCommitRow{r.Text(i, 0), r.Text(i, 1),          r.Int(i, 2),           r.Int(i, 3),
                                  r.Text(i, 4), OptionalReal(r, i, 5), OptionalReal(r, i, 6), r.Text(i, 7)};
        });
    });
}

}  // namespace bangkom::storage::postgres
