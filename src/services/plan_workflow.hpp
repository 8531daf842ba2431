#pragma once
// Who may do what with saved plans (issue 6, docs/plan-api.md), as pure rules over a user and a plan header; the
// routes ask here first, then call the repository (whose SetPlanStatus re-checks the transition atomically).
//
// - Read: admin_bkd and auditor every plan; pengelola_opd its own agency's plans and the all-agency ones (of
//   which it sees only its agency's rows); everyone else nothing.
// - Generate: admin_bkd for any scope; pengelola_opd for its own agency only.
// - Submit (draft → submitted, by the PyB): pengelola_opd of the plan's agency, or admin_bkd.
// - Approve / return with a comment (submitted → approved | returned, by the PPK): admin_bkd, the PPK's delegate
//   (ARCHITECTURE.md "Users and roles").

#include <optional>
#include <string>
#include <string_view>

#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "storage/plan_repository.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

enum class PlanAction { submit, approve, send_back };

/// "submit", "approve", "return".
std::string_view PlanActionCode(PlanAction action);
/// The audit action of a status change: "plan.submit", "plan.approve", "plan.return".
std::string PlanAuditAction(PlanAction action);
/// The status label for people: "draf", "diajukan", "disetujui", "dikembalikan" (or English).
std::string_view PlanStatusLabel(storage::PlanStatus status, domain::Lang lang);

/// Whether the role may read plans at all (admin_bkd, auditor, pengelola_opd bound to an agency).
bool CanReadPlans(const storage::User& user);
/// Whether the user may read this plan.
bool CanReadPlan(const storage::User& user, const storage::PlanHeader& plan);
/// The agency a user's view of a plan's rows is limited to: "" = every row.
std::string PlanRowAgency(const storage::User& user, const storage::PlanHeader& plan);

/// The repository query of a list request (?year, ?agency, ?status) for `user`: forbidden for roles that read
/// no plan and for a pengelola_opd asking for another agency. `agency` "" = no filter. The answer must still be
/// filtered with CanReadPlan (a pengelola_opd sees its agency's plans and the all-agency ones).
Result<storage::PlanQuery> PlanListQuery(const storage::User& user, int year, const std::string& agency,
                                         std::optional<storage::PlanStatus> status, domain::Lang lang);

/// The agency scope a generate request gets: `agency` as asked; for a pengelola_opd its own agency when none is
/// asked, forbidden when another one (or every agency) is. Other roles: forbidden.
Result<std::string> PlanGenerateAgency(const storage::User& user, const std::string& agency, domain::Lang lang);

/// The status `action` moves `plan` to, when `user` may do it: forbidden for the wrong role or agency,
/// invalid_argument (details column "comment") when returning without a comment, failed_precondition (in
/// `lang`) when the plan's status does not allow it.
Result<storage::PlanStatus> PlanTransition(const storage::User& user, const storage::PlanHeader& plan,
                                           PlanAction action, const std::string& comment, domain::Lang lang);

}  // namespace bangkom::services
