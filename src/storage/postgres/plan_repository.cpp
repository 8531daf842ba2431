// Saved plans on PostgreSQL: the SQL of sqlite/plan_repository.cpp in the $n form. A save locks the plans table
// against other saves (SHARE ROW EXCLUSIVE) so that two processes never number the same version.

#include "storage/postgres/plan_repository.hpp"

#include <set>
#include <utility>

namespace bangkom::storage::postgres {

namespace {

constexpr std::string_view kLockPlans = "LOCK TABLE plans IN SHARE ROW EXCLUSIVE MODE";
constexpr std::string_view kNextVersion =
    "SELECT COALESCE(MAX(version), 0) + 1 FROM plans WHERE year = $1 AND kode_opd = $2";
constexpr std::string_view kInsertPlan =
    "INSERT INTO plans (year, kode_opd, version, status, solver, value, bound, gap, cost, settings_json, "
    "summary_json, created_by, created_at, updated_at, comment, assignment_count) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $13, $14, $15) RETURNING id";
constexpr std::string_view kInsertRow =
    "INSERT INTO plan_assignments (plan_id, nip, kode_angkatan, kode_program, kode_opd, jp, cost, reasons, closes) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9)";
constexpr std::string_view kSelectPlan =
    "SELECT id, year, kode_opd, version, status, solver, value, bound, gap, cost, settings_json, summary_json, "
    "created_by, created_at, updated_at, comment, assignment_count FROM plans WHERE id = $1";
constexpr std::string_view kSelectPlanForUpdate =
    "SELECT id, year, kode_opd, version, status, solver, value, bound, gap, cost, settings_json, summary_json, "
    "created_by, created_at, updated_at, comment, assignment_count FROM plans WHERE id = $1 FOR UPDATE";
constexpr std::string_view kListPlans =
    "SELECT id, year, kode_opd, version, status, solver, value, bound, gap, cost, settings_json, summary_json, "
    "created_by, created_at, updated_at, comment, assignment_count FROM plans "
    "WHERE ($1::bigint = 0 OR year = $1::bigint) AND ($2::bigint = 0 OR kode_opd = $3::text) "
    "AND ($4::text = '' OR status = $4::text) ORDER BY year DESC, kode_opd, version DESC";
constexpr std::string_view kListRows =
    "SELECT nip, kode_angkatan, kode_program, kode_opd, jp, cost, reasons, closes FROM plan_assignments "
    "WHERE plan_id = $1 AND ($2::text = '' OR kode_opd = $2::text) AND ($3::text = '' OR nip = $3::text) "
    "AND ($4::text = '' OR kode_angkatan = $4::text) AND ($5::text = '' OR kode_program = $5::text) "
    "ORDER BY kode_opd, nip, kode_angkatan";
constexpr std::string_view kUpdateStatus = "UPDATE plans SET status = $2, comment = $3, updated_at = $4 WHERE id = $1";

Error PlanNotFound(int64_t id) {
    return MakeError(ErrorCode::not_found,
                     "Rencana " + std::to_string(id) + " tidak ditemukan (plan " + std::to_string(id) + " not found)");
}

Result<PlanHeader> ReadHeader(const QueryResult& r, int i) {
    PlanHeader h;
    h.id = r.Int(i, 0);
    h.year = static_cast<int>(r.Int(i, 1));
    h.agency = r.Text(i, 2);
    h.version = static_cast<int>(r.Int(i, 3));
    const auto status = PlanStatusFromCode(r.TextView(i, 4));
    if (!status) {
        return MakeError(ErrorCode::internal,
                         "Status rencana tersimpan tidak dikenal (unknown plan status): " + r.Text(i, 4));
    }
    h.status = *status;
    h.solver = r.Text(i, 5);
    h.value = r.Real(i, 6);
    h.bound = r.Real(i, 7);
    h.gap = r.Real(i, 8);
    h.cost = r.Int(i, 9);
    h.settings_json = r.Text(i, 10);
    h.summary_json = r.Text(i, 11);
    h.created_by = r.Int(i, 12);
    h.created_at = r.Int(i, 13);
    h.updated_at = r.Int(i, 14);
    h.comment = r.Text(i, 15);
    h.assignment_count = r.Int(i, 16);
    return h;
}

Result<PlanHeader> SelectPlan(Connection& c, int64_t id, std::string_view sql) {
    auto select = c.Query(sql, {Arg::Int(id)});
    if (!select) return select.error();
    if (select->Rows() == 0) return PlanNotFound(id);
    return ReadHeader(*select, 0);
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

Params HeaderParams(const PlanHeader& h) {
    return {Arg::Int(h.year),
            Arg::Text(h.agency),
            Arg::Int(h.version),
            Arg::Text(PlanStatusCode(h.status)),
            Arg::Text(h.solver),
            Arg::Real(h.value),
            Arg::Real(h.bound),
            Arg::Real(h.gap),
            Arg::Int(h.cost),
            Arg::Text(h.settings_json),
            Arg::Text(h.summary_json),
            Arg::Int(h.created_by),
            Arg::Int(h.created_at),
            Arg::Text(h.comment),
            Arg::Int(h.assignment_count)};
}

std::vector<Params> RowParams(int64_t plan_id, const std::vector<PlanAssignmentRow>& rows) {
    std::vector<Params> out;
    out.reserve(rows.size());
    for (const auto& r : rows) {
        out.push_back({Arg::Int(plan_id), Arg::Text(r.nip), Arg::Text(r.offering), Arg::Text(r.program),
                       Arg::Text(r.agency), Arg::Int(r.jp), Arg::Int(r.cost), Arg::Text(EncodePlanReasons(r.reasons)),
                       Arg::Text(EncodePlanClosures(r.closes))});
    }
    return out;
}

Result<PlanHeader> Save(Connection& c, const PlanHeader& header, const std::vector<PlanAssignmentRow>& rows) {
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    if (auto lock = c.Query(kLockPlans); !lock) return lock.error();
    auto next = c.Query(kNextVersion, {Arg::Int(header.year), Arg::Text(header.agency)});
    if (!next) return next.error();
    PlanHeader stored = header;
    stored.version = static_cast<int>(next->Int(0, 0));
    stored.status = PlanStatus::draft;
    stored.updated_at = stored.created_at;
    stored.assignment_count = static_cast<int64_t>(rows.size());
    const Params params = HeaderParams(stored);
    auto inserted = c.Query(kInsertPlan, params);
    if (!inserted) return inserted.error();
    stored.id = inserted->Int(0, 0);
    if (!rows.empty()) {
        const std::vector<Params> row_params = RowParams(stored.id, rows);
        if (auto ok = c.Pipeline(kInsertRow, row_params); !ok) return ok.error();
    }
    if (auto ok = tx->Commit(); !ok) return ok.error();
    return stored;
}

}  // namespace

Result<PlanHeader> PostgresPlans::SavePlanVersion(const PlanHeader& header,
                                                  const std::vector<PlanAssignmentRow>& rows) {
    if (auto ok = CheckRows(header, rows); !ok) return ok.error();
    return Run([&](Connection& c) { return Save(c, header, rows); });
}

Result<std::vector<PlanHeader>> PostgresPlans::ListPlans(const PlanQuery& query) {
    return Run([&](Connection& c) -> Result<std::vector<PlanHeader>> {
        auto select = c.Query(
            kListPlans, {Arg::Int(query.year), Arg::Int(query.agency ? 1 : 0), Arg::Text(query.agency.value_or("")),
                         Arg::Text(query.status ? PlanStatusCode(*query.status) : "")});
        if (!select) return select.error();
        std::vector<PlanHeader> plans;
        plans.reserve(static_cast<size_t>(select->Rows()));
        for (int i = 0; i < select->Rows(); ++i) {
            auto header = ReadHeader(*select, i);
            if (!header) return header.error();
            plans.push_back(std::move(*header));
        }
        return plans;
    });
}

Result<PlanHeader> PostgresPlans::GetPlan(int64_t id) {
    return Run([&](Connection& c) { return SelectPlan(c, id, kSelectPlan); });
}

Result<std::vector<PlanAssignmentRow>> PostgresPlans::ListPlanRows(int64_t id, const PlanRowQuery& query) {
    return Run([&](Connection& c) -> Result<std::vector<PlanAssignmentRow>> {
        auto tx = Transaction::BeginRead(c);
        if (!tx) return tx.error();
        if (auto plan = SelectPlan(c, id, kSelectPlan); !plan) return plan.error();
        auto select = c.Query(kListRows, {Arg::Int(id), Arg::Text(query.agency), Arg::Text(query.nip),
                                          Arg::Text(query.offering), Arg::Text(query.program)});
        if (!select) return select.error();
        const QueryResult& r = *select;
        std::vector<PlanAssignmentRow> rows;
        rows.reserve(static_cast<size_t>(r.Rows()));
        for (int i = 0; i < r.Rows(); ++i) {
            rows.push_back(PlanAssignmentRow{
                r.Text(i, 0), r.Text(i, 1), r.Text(i, 2), r.Text(i, 3), static_cast<int>(r.Int(i, 4)), r.Int(i, 5),
                DecodePlanReasons(r.TextView(i, 6)), DecodePlanClosures(r.TextView(i, 7))});
        }
        if (auto ok = tx->Commit(); !ok) return ok.error();
        return rows;
    });
}

Result<PlanHeader> PostgresPlans::SetPlanStatus(int64_t id, PlanStatus to, const std::string& comment, int64_t at) {
    return Run([&](Connection& c) -> Result<PlanHeader> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        auto current = SelectPlan(c, id, kSelectPlanForUpdate);
        if (!current) return current.error();
        if (!PlanTransitionAllowed(current->status, to)) {
            return MakeError(ErrorCode::failed_precondition,
                             "Status rencana tidak dapat diubah dari " + std::string(PlanStatusCode(current->status)) +
                                 " ke " + std::string(PlanStatusCode(to)) + " (plan status change not allowed)");
        }
        auto update =
            c.Query(kUpdateStatus, {Arg::Int(id), Arg::Text(PlanStatusCode(to)), Arg::Text(comment), Arg::Int(at)});
        if (!update) return update.error();
        if (auto ok = tx->Commit(); !ok) return ok.error();
        current->status = to;
        current->comment = comment;
        current->updated_at = at;
        return *current;
    });
}

}  // namespace bangkom::storage::postgres
