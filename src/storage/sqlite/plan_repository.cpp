// Saved plans on SQLite: one write transaction per save or status change, reads on a pool connection.

#include "storage/sqlite/plan_repository.hpp"

#include <set>
#include <utility>

namespace bangkom::storage::sqlite {

namespace {

constexpr std::string_view kNextVersion =
    "SELECT COALESCE(MAX(version), 0) + 1 FROM plans WHERE year = ?1 AND kode_opd = ?2";
constexpr std::string_view kInsertPlan =
    "INSERT INTO plans (year, kode_opd, version, status, solver, value, bound, gap, cost, settings_json, "
    "summary_json, created_by, created_at, updated_at, comment, assignment_count) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?13, ?14, ?15)";
constexpr std::string_view kInsertRow =
    "INSERT INTO plan_assignments (plan_id, nip, kode_angkatan, kode_program, kode_opd, jp, cost, reasons, closes) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
constexpr std::string_view kSelectPlan =
    "SELECT id, year, kode_opd, version, status, solver, value, bound, gap, cost, settings_json, summary_json, "
    "created_by, created_at, updated_at, comment, assignment_count FROM plans WHERE id = ?1";
constexpr std::string_view kListPlans =
    "SELECT id, year, kode_opd, version, status, solver, value, bound, gap, cost, settings_json, summary_json, "
    "created_by, created_at, updated_at, comment, assignment_count FROM plans "
    "WHERE (?1 = 0 OR year = ?1) AND (?2 = 0 OR kode_opd = ?3) AND (?4 = '' OR status = ?4) "
    "ORDER BY year DESC, kode_opd, version DESC";
constexpr std::string_view kListRows =
    "SELECT nip, kode_angkatan, kode_program, kode_opd, jp, cost, reasons, closes FROM plan_assignments "
    "WHERE plan_id = ?1 AND (?2 = '' OR kode_opd = ?2) AND (?3 = '' OR nip = ?3) AND (?4 = '' OR kode_angkatan = ?4) "
    "AND (?5 = '' OR kode_program = ?5) ORDER BY kode_opd, nip, kode_angkatan";
constexpr std::string_view kUpdateStatus =
    "UPDATE plans SET status = ?2, comment = ?3, updated_at = ?4 WHERE id = ?1 AND status = ?5";

Error PlanNotFound(int64_t id) {
    return MakeError(ErrorCode::not_found,
                     "Rencana " + std::to_string(id) + " tidak ditemukan (plan " + std::to_string(id) + " not found)");
}

Result<PlanHeader> ReadHeader(const Statement& s) {
    PlanHeader h;
    h.id = s.ColumnInt(0);
    h.year = static_cast<int>(s.ColumnInt(1));
    h.agency = s.ColumnText(2);
    h.version = static_cast<int>(s.ColumnInt(3));
    const auto status = PlanStatusFromCode(s.ColumnText(4));
    if (!status) {
        return MakeError(ErrorCode::internal,
                         "Status rencana tersimpan tidak dikenal (unknown plan status): " + s.ColumnText(4));
    }
    h.status = *status;
    h.solver = s.ColumnText(5);
    h.value = s.ColumnDouble(6);
    h.bound = s.ColumnDouble(7);
    h.gap = s.ColumnDouble(8);
    h.cost = s.ColumnInt(9);
    h.settings_json = s.ColumnText(10);
    h.summary_json = s.ColumnText(11);
    h.created_by = s.ColumnInt(12);
    h.created_at = s.ColumnInt(13);
    h.updated_at = s.ColumnInt(14);
    h.comment = s.ColumnText(15);
    h.assignment_count = s.ColumnInt(16);
    return h;
}

Result<PlanHeader> SelectPlan(Connection& c, int64_t id) {
    auto select = c.Cached(kSelectPlan);
    if (!select) return select.error();
    (*select)->BindInt(1, id);
    auto row = (*select)->Step();
    if (!row) return row.error();
    if (!*row) return PlanNotFound(id);
    return ReadHeader(**select);
}

Result<void> CheckRows(const PlanHeader& header, const std::vector<PlanAssignmentRow>& rows) {
    if (header.year <= 0) {
        return MakeError(ErrorCode::invalid_argument, "Tahun rencana harus positif (plan year must be positive)");
    }
    std::set<std::pair<std::string_view, std::string_view>> seen;
    for (const auto& r : rows) {
        if (!seen.emplace(r.nip, r.offering).second) {
            return MakeError(ErrorCode::invalid_argument,
                             "Penugasan ganda (duplicate assignment): " + r.nip + " / " + r.offering);
        }
    }
    return {};
}

Result<int> NextVersion(Connection& c, const PlanHeader& header) {
    auto next = c.Cached(kNextVersion);
    if (!next) return next.error();
    (*next)->BindInt(1, header.year);
    (*next)->BindText(2, header.agency);
    auto row = (*next)->Step();
    if (!row) return row.error();
    return static_cast<int>((*next)->ColumnInt(0));
}

Result<void> InsertHeader(Connection& c, const PlanHeader& h) {
    auto insert = c.Cached(kInsertPlan);
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.BindInt(1, h.year);
    s.BindText(2, h.agency);
    s.BindInt(3, h.version);
    s.BindText(4, PlanStatusCode(h.status));
    s.BindText(5, h.solver);
    s.BindDouble(6, h.value);
    s.BindDouble(7, h.bound);
    s.BindDouble(8, h.gap);
    s.BindInt(9, h.cost);
    s.BindText(10, h.settings_json);
    s.BindText(11, h.summary_json);
    s.BindInt(12, h.created_by);
    s.BindInt(13, h.created_at);
    s.BindText(14, h.comment);
    s.BindInt(15, h.assignment_count);
    return s.Run();
}

Result<void> InsertRows(Connection& c, int64_t plan_id, const std::vector<PlanAssignmentRow>& rows) {
    auto insert = c.Cached(kInsertRow);
    if (!insert) return insert.error();
    Statement& s = **insert;
    for (const auto& r : rows) {
        s.Reset();
        s.BindInt(1, plan_id);
        s.BindText(2, r.nip);
        s.BindText(3, r.offering);
        s.BindText(4, r.program);
        s.BindText(5, r.agency);
        s.BindInt(6, r.jp);
        s.BindInt(7, r.cost);
        s.BindText(8, EncodePlanReasons(r.reasons));
        s.BindText(9, EncodePlanClosures(r.closes));
        if (auto ok = s.Run(); !ok) return ok;
    }
    return {};
}

}  // namespace

Result<PlanHeader> SqlitePlans::SavePlanVersion(const PlanHeader& header, const std::vector<PlanAssignmentRow>& rows) {
    if (auto ok = CheckRows(header, rows); !ok) return ok.error();
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    PlanHeader stored = header;
    auto version = NextVersion(c, header);
    if (!version) return version.error();
    stored.version = *version;
    stored.status = PlanStatus::draft;
    stored.updated_at = stored.created_at;
    stored.assignment_count = static_cast<int64_t>(rows.size());
    if (auto ok = InsertHeader(c, stored); !ok) return ok.error();
    stored.id = c.LastInsertId();
    if (auto ok = InsertRows(c, stored.id, rows); !ok) return ok.error();
    if (auto ok = tx->Commit(); !ok) return ok.error();
    return stored;
}

Result<std::vector<PlanHeader>> SqlitePlans::ListPlans(const PlanQuery& query) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(kListPlans);
    if (!select) return select.error();
    Statement& s = **select;
    s.BindInt(1, query.year);
    s.BindInt(2, query.agency ? 1 : 0);
    s.BindText(3, query.agency.value_or(""));
    s.BindText(4, query.status ? PlanStatusCode(*query.status) : "");
    std::vector<PlanHeader> plans;
    for (;;) {
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return plans;
        auto header = ReadHeader(s);
        if (!header) return header.error();
        plans.push_back(std::move(*header));
    }
}

Result<PlanHeader> SqlitePlans::GetPlan(int64_t id) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    return SelectPlan(**lease, id);
}

Result<std::vector<PlanAssignmentRow>> SqlitePlans::ListPlanRows(int64_t id, const PlanRowQuery& query) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::BeginRead(c);
    if (!tx) return tx.error();
    if (auto plan = SelectPlan(c, id); !plan) return plan.error();
    auto select = c.Cached(kListRows);
    if (!select) return select.error();
    Statement& s = **select;
    s.BindInt(1, id);
    s.BindText(2, query.agency);
    s.BindText(3, query.nip);
    s.BindText(4, query.offering);
    s.BindText(5, query.program);
    std::vector<PlanAssignmentRow> rows;
    for (;;) {
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) break;
        rows.push_back(PlanAssignmentRow{s.ColumnText(0), s.ColumnText(1), s.ColumnText(2), s.ColumnText(3),
                                         static_cast<int>(s.ColumnInt(4)), s.ColumnInt(5),
                                         DecodePlanReasons(s.ColumnText(6)), DecodePlanClosures(s.ColumnText(7))});
    }
    if (auto ok = tx->Commit(); !ok) return ok.error();
    return rows;
}

Result<PlanHeader> SqlitePlans::SetPlanStatus(int64_t id, PlanStatus to, const std::string& comment, int64_t at) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    auto current = SelectPlan(c, id);
    if (!current) return current.error();
    if (!PlanTransitionAllowed(current->status, to)) {
        return MakeError(ErrorCode::failed_precondition,
                         "Status rencana tidak dapat diubah dari " + std::string(PlanStatusCode(current->status)) +
                             " ke " + std::string(PlanStatusCode(to)) + " (plan status change not allowed)");
    }
    auto update = c.Cached(kUpdateStatus);
    if (!update) return update.error();
    Statement& s = **update;
    s.BindInt(1, id);
    s.BindText(2, PlanStatusCode(to));
    s.BindText(3, comment);
    s.BindInt(4, at);
    s.BindText(5, PlanStatusCode(current->status));
    if (auto ok = s.Run(); !ok) return ok.error();
    if (auto ok = tx->Commit(); !ok) return ok.error();
    current->status = to;
    current->comment = comment;
    current->updated_at = at;
    return *current;
}

}  // namespace bangkom::storage::sqlite
