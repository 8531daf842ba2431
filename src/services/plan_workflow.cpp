#include "services/plan_workflow.hpp"

#include <algorithm>
#include <cctype>

namespace bangkom::services {

using domain::Role;
using storage::PlanStatus;

namespace {

bool En(domain::Lang lang) {
    return lang == domain::Lang::en;
}

Error Forbidden(domain::Lang lang) {
    return MakeError(ErrorCode::forbidden,
                     En(lang) ? "You are not allowed to change this plan." : "Anda tidak berhak mengubah rencana ini.");
}

bool Blank(const std::string& text) {
    return std::all_of(text.begin(), text.end(), [](unsigned char c) { return std::isspace(c) != 0; });
}

bool IsAgencyPengelola(const storage::User& user) {
    return user.role == Role::pengelola_opd && !user.agency_code.empty();
}

}  // namespace

std::string_view PlanActionCode(PlanAction action) {
    switch (action) {
        case PlanAction::submit: return "submit";
        case PlanAction::approve: return "approve";
        case PlanAction::send_back: return "return";
    }
    return "";
}

std::string PlanAuditAction(PlanAction action) {
    return "plan." + std::string(PlanActionCode(action));
}

std::string_view PlanStatusLabel(PlanStatus status, domain::Lang lang) {
    const bool en = En(lang);
    switch (status) {
        case PlanStatus::draft: return en ? "draft" : "draf";
        case PlanStatus::submitted: return en ? "submitted" : "diajukan";
        case PlanStatus::approved: return en ? "approved" : "disetujui";
        case PlanStatus::returned: return en ? "returned" : "dikembalikan";
    }
    return "";
}

bool CanReadPlans(const storage::User& user) {
    return user.role == Role::admin_bkd || user.role == Role::auditor || IsAgencyPengelola(user);
}

bool CanReadPlan(const storage::User& user, const storage::PlanHeader& plan) {
    if (user.role == Role::admin_bkd || user.role == Role::auditor) return true;
    return IsAgencyPengelola(user) && (plan.agency.empty() || plan.agency == user.agency_code);
}

std::string PlanRowAgency(const storage::User& user, const storage::PlanHeader& plan) {
    if (user.role == Role::pengelola_opd && plan.agency.empty()) return user.agency_code;
    return "";
}

Result<storage::PlanQuery> PlanListQuery(const storage::User& user, int year, const std::string& agency,
                                         std::optional<PlanStatus> status, domain::Lang lang) {
    if (!CanReadPlans(user)) {
        return MakeError(ErrorCode::forbidden, En(lang) ? "You are not allowed to access this data."
                                                        : "Anda tidak berhak mengakses data ini.");
    }
    if (user.role == Role::pengelola_opd && !agency.empty() && agency != user.agency_code) {
        return MakeError(ErrorCode::forbidden, En(lang) ? "You are not allowed to access this data."
                                                        : "Anda tidak berhak mengakses data ini.");
    }
    storage::PlanQuery query;
    query.year = year;
    if (!agency.empty()) query.agency = agency;
    query.status = status;
    return query;
}

Result<std::string> PlanGenerateAgency(const storage::User& user, const std::string& agency, domain::Lang lang) {
    if (user.role == Role::admin_bkd) return agency;
    if (IsAgencyPengelola(user) && (agency.empty() || agency == user.agency_code)) return user.agency_code;
    return MakeError(ErrorCode::forbidden, En(lang) ? "You may only generate the plan of your own agency."
                                                    : "Anda hanya dapat menyusun rencana OPD Anda sendiri.");
}

Result<PlanStatus> PlanTransition(const storage::User& user, const storage::PlanHeader& plan, PlanAction action,
                                  const std::string& comment, domain::Lang lang) {
    const bool en = En(lang);
    PlanStatus to = PlanStatus::submitted;
    switch (action) {
        case PlanAction::submit: {
            const bool own = IsAgencyPengelola(user) && plan.agency == user.agency_code;
            if (user.role != Role::admin_bkd && !own) return Forbidden(lang);
            break;
        }
        case PlanAction::approve:
        case PlanAction::send_back:
            if (user.role != Role::admin_bkd) return Forbidden(lang);
            to = action == PlanAction::approve ? PlanStatus::approved : PlanStatus::returned;
            break;
    }
    if (action == PlanAction::send_back && Blank(comment)) {
        Error e = MakeError(ErrorCode::invalid_argument, en ? "A comment is required to return a plan."
                                                            : "Komentar wajib diisi untuk mengembalikan rencana.");
        e.details.push_back(ErrorDetail{0, "comment", e.message});
        return e;
    }
    if (!storage::PlanTransitionAllowed(plan.status, to)) {
        std::string verb;
        switch (action) {
            case PlanAction::submit: verb = en ? "submitted" : "diajukan"; break;
            case PlanAction::approve: verb = en ? "approved" : "disetujui"; break;
            case PlanAction::send_back: verb = en ? "returned" : "dikembalikan"; break;
        }
        const std::string label(PlanStatusLabel(plan.status, lang));
        return MakeError(ErrorCode::failed_precondition,
                         en ? "A plan that is " + label + " cannot be " + verb + "."
                            : "Rencana berstatus " + label + " tidak dapat " + verb + ".");
    }
    return to;
}

}  // namespace bangkom::services
