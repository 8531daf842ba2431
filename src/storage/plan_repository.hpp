#pragma once
// Repository of saved plans: versions, status life cycle (draft, submitted, approved, returned) and their content
// (issue 6). Reached through Store::Plans(); each backend implements it in sqlite/plan_repository.* and
// postgres/plan_repository.*, and the contract suite runs on both.
//
// A plan is a header (year, agency scope, version, status, solver figures, the settings it used, a summary) and
// one row per assignment (employee × offering with its reasons and what it closes), so that pages can browse a
// plan by agency, employee, offering or program without reading the whole document. Every save is a new
// version of its (year, agency scope); versions are never changed except for their status and comment.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/result.hpp"

namespace bangkom::storage {

enum class PlanStatus { draft, submitted, approved, returned };

/// "draft", "submitted", "approved", "returned".
std::string_view PlanStatusCode(PlanStatus status);
/// nullopt for an unknown code.
std::optional<PlanStatus> PlanStatusFromCode(std::string_view code);
/// The life cycle: draft → submitted (agency, PyB) → approved or returned (PPK). Nothing else.
bool PlanTransitionAllowed(PlanStatus from, PlanStatus to);

/// What one assignment closes of one competency.
struct PlanClosure {
    std::string competency;
    double levels = 0;
    friend bool operator==(const PlanClosure&, const PlanClosure&) = default;
};

/// One employee in one offering.
struct PlanAssignmentRow {
    std::string nip;
    std::string offering;  // kode_angkatan
    std::string program;   // kode_program
    std::string agency;    // the employee's kode_opd
    int jp = 0;
    int64_t cost = 0;
    std::vector<std::string> reasons;  // "kesenjangan", "usulan_pegawai", "pemenuhan_20_jp"
    std::vector<PlanClosure> closes;   // by competency code
    friend bool operator==(const PlanAssignmentRow&, const PlanAssignmentRow&) = default;
};

struct PlanHeader {
    int64_t id = 0;  // set by SavePlanVersion
    int year = 0;
    std::string agency;  // "" = every agency
    int version = 0;     // 1, 2, ... per (year, agency); set by SavePlanVersion
    PlanStatus status = PlanStatus::draft;
    std::string solver;  // "fast" or "exact"
    double value = 0;
    double bound = 0;
    double gap = 0;
    int64_t cost = 0;
    std::string settings_json;  // the model settings the plan was made with
    std::string summary_json;   // budgets per agency, seats per offering, the 20 JP figures (JSON text)
    int64_t created_by = 0;     // user id; 0 = command line
    int64_t created_at = 0;     // unix seconds
    int64_t updated_at = 0;     // last status change (= created_at until then)
    std::string comment;        // the last status change's comment (e.g. why it was returned)
    int64_t assignment_count = 0;
};

/// Which plans to list. Empty filters do not restrict.
struct PlanQuery {
    int year = 0;                       // 0 = every year
    std::optional<std::string> agency;  // nullopt = every scope; "" = only all-agency plans
    std::optional<PlanStatus> status;
};

/// Which assignment rows of one plan to read. Empty filters do not restrict; filters combine (AND).
struct PlanRowQuery {
    std::string agency;
    std::string nip;
    std::string offering;
    std::string program;
};

/// The text form of the list columns, shared by the backends (plan_repository.cpp): reasons joined by ",",
/// closures as "KODE=levels;KODE=levels" (levels in the shortest form that reads back the same double).
std::string EncodePlanReasons(const std::vector<std::string>& reasons);
std::vector<std::string> DecodePlanReasons(std::string_view text);
std::string EncodePlanClosures(const std::vector<PlanClosure>& closes);
std::vector<PlanClosure> DecodePlanClosures(std::string_view text);

class PlanRepository {
  public:
    virtual ~PlanRepository() = default;

    /// Stores `header` and `rows` (all or nothing) as the next version of (header.year, header.agency), status
    /// draft, updated_at = created_at, assignment_count = rows.size(). Returns the stored header (id, version).
    /// invalid_argument when year <= 0 or two rows share (nip, offering).
    virtual Result<PlanHeader> SavePlanVersion(const PlanHeader& header,
                                               const std::vector<PlanAssignmentRow>& rows) = 0;
    /// Headers matching `query`, newest first: by year descending, agency, version descending.
    virtual Result<std::vector<PlanHeader>> ListPlans(const PlanQuery& query) = 0;
    /// not_found when there is no plan `id`.
    virtual Result<PlanHeader> GetPlan(int64_t id) = 0;
    /// The rows of plan `id` matching `query`, sorted by (agency, nip, offering). not_found for an unknown plan.
    virtual Result<std::vector<PlanAssignmentRow>> ListPlanRows(int64_t id, const PlanRowQuery& query) = 0;
    /// Moves plan `id` to `to` when PlanTransitionAllowed(current, to), atomically (a concurrent change makes
    /// this one fail): not_found for an unknown plan, failed_precondition for a transition the life cycle
    /// forbids. Sets comment and updated_at = `at`. Returns the updated header.
    virtual Result<PlanHeader> SetPlanStatus(int64_t id, PlanStatus to, const std::string& comment, int64_t at) = 0;
};

}  // namespace bangkom::storage
