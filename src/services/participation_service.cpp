// ParticipationService: scopes, permissions and the status machine of proposals (draft → submitted → approved /
// returned / rejected; returned → submitted again; submitted → draft by withdrawing).

#include "services/participation_service.hpp"

#include <chrono>

#include "services/participation_parts.hpp"

namespace bangkom::services {

using domain::Lang;
using domain::ProposalStatus;
using domain::Role;
using storage::ProposalView;
using storage::User;

namespace {

bool HasNip(const User& user) {
    return (user.role == Role::asn || user.role == Role::atasan || user.role == Role::pengelola_opd) &&
           !user.nip.empty();
}

bool IsPublicStatus(ProposalStatus s) {
    return s == ProposalStatus::submitted || s == ProposalStatus::approved;
}

}  // namespace

domain::Date TodayUtc() {
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return domain::Date::FromDaysSinceEpoch(std::chrono::duration_cast<std::chrono::seconds>(now).count() / 86400);
}

Error FieldError(Lang lang, const char* column, const std::string& id, const std::string& en) {
    Error e = MakeError(ErrorCode::invalid_argument, lang == Lang::en ? en : id);
    e.details.push_back(ErrorDetail{0, column, e.message});
    return e;
}

ParticipationService::ParticipationService(storage::Store& store, Clock clock)
    : store_(store), clock_(std::move(clock)) {}

int64_t ParticipationService::Now() const {
    if (clock_) return clock_();
    const auto now = std::chrono::system_clock::now().time_since_epoch();
    return std::chrono::duration_cast<std::chrono::seconds>(now).count();
}

domain::Date ParticipationService::Today() const {
    return domain::Date::FromDaysSinceEpoch(Now() / 86400);
}

bool ParticipationService::CanSee(const User& user, const ProposalView& p) const {
    switch (user.role) {
        case Role::admin_bkd:
        case Role::auditor: return true;
        case Role::pengelola_opd:
            return (!user.agency_code.empty() && p.agency_code == user.agency_code) ||
                   (!user.nip.empty() && p.proposal.nip.str() == user.nip);
        case Role::atasan:
        case Role::asn: {
            if (user.nip.empty()) return false;
            const std::string& me = user.nip;
            if (p.proposal.nip.str() == me || p.supervisor_nip == me || p.assigned_reviewer == me ||
                p.reviewer_nip == me) {
                return true;
            }
            return !user.agency_code.empty() && p.agency_code == user.agency_code && IsPublicStatus(p.proposal.status);
        }
        default: return false;
    }
}

bool ParticipationService::IsReviewer(const User& user, const ProposalView& p) const {
    if (!user.nip.empty() && p.proposal.nip.str() == user.nip) return false;  // never one's own
    if (user.role == Role::admin_bkd) return true;
    if (!p.reviewer_nip.empty()) {
        return (user.role == Role::atasan || user.role == Role::asn) && user.nip == p.reviewer_nip;
    }
    return user.role == Role::pengelola_opd && !user.agency_code.empty() && user.agency_code == p.agency_code;
}

ProposalPermissions ParticipationService::Permissions(const User& user, const ProposalView& p, bool window_open) const {
    ProposalPermissions can;
    const ProposalStatus s = p.proposal.status;
    const bool author = !user.nip.empty() && user.nip == p.proposal.nip.str() && user.role != Role::auditor;
    can.edit = author && window_open && (s == ProposalStatus::draft || s == ProposalStatus::returned);
    can.submit = can.edit;
    can.withdraw = author && window_open && s == ProposalStatus::submitted;
    can.review = s == ProposalStatus::submitted && IsReviewer(user, p);
    const bool agency_admin =
        user.role == Role::admin_bkd || (user.role == Role::pengelola_opd && user.agency_code == p.agency_code);
    can.reassign =
        agency_admin && (s == ProposalStatus::draft || s == ProposalStatus::submitted || s == ProposalStatus::returned);
    can.vote = HasNip(user) && !author && user.agency_code == p.agency_code && IsPublicStatus(s) && !p.voted;
    return can;
}

Result<std::vector<ProposalView>> ParticipationService::List(const User& user, ProposalListView view,
                                                             storage::ProposalFilter f, Lang lang) {
    const std::string wanted_agency = f.agency_code;
    f.voter_nip = user.nip;
    const bool staff = user.role == Role::admin_bkd || user.role == Role::auditor;
    switch (view) {
        case ProposalListView::all:
            if (user.role == Role::pengelola_opd) f.agency_code = user.agency_code;
            if (user.role == Role::atasan) f.team_of = user.nip;
            if (user.role == Role::asn) f.nip = user.nip;
            break;
        case ProposalListView::mine: f.nip = user.nip; break;
        case ProposalListView::review:
            f.statuses = {ProposalStatus::submitted};
            if (user.role == Role::pengelola_opd) {
                f.agency_code = user.agency_code;
                f.without_reviewer = true;
            } else if (user.role != Role::admin_bkd) {
                f.reviewer_nip = user.nip;
            }
            break;
        case ProposalListView::visible:
            if (f.statuses.empty()) f.statuses = {ProposalStatus::submitted, ProposalStatus::approved};
            for (const auto s : f.statuses) {
                if (!IsPublicStatus(s)) return std::vector<ProposalView>{};
            }
            if (!staff) f.agency_code = user.agency_code;
            f.exclude_nip = user.nip;
            break;
    }
    const bool unbound =
        !staff && f.agency_code.empty() && f.nip.empty() && f.team_of.empty() && f.reviewer_nip.empty();
    const bool needs_nip =
        (view == ProposalListView::mine || user.role == Role::asn || user.role == Role::atasan) && user.nip.empty();
    if (unbound || needs_nip) return std::vector<ProposalView>{};
    if (!wanted_agency.empty() && f.agency_code != wanted_agency) {
        if (!f.agency_code.empty()) return std::vector<ProposalView>{};
        f.agency_code = wanted_agency;
    }
    (void)lang;
    return store_.Participation().ListProposals(f);
}

Result<ProposalView> ParticipationService::Get(const User& user, int64_t id, Lang lang) {
    auto p = store_.Participation().GetProposal(id, user.nip);
    if (!p || !CanSee(user, *p)) return parts::ProposalNotFound(lang);
    return p;
}

Result<std::vector<storage::ProposalHistoryEntry>> ParticipationService::History(const User& user, int64_t id,
                                                                                 Lang lang) {
    auto p = Get(user, id, lang);
    if (!p) return p.error();
    return store_.Participation().History(id);
}

Result<WindowState> ParticipationService::Window(int year, const std::string& agency_code) {
    auto found = store_.Participation().FindWindow(year, agency_code);
    if (!found) return found.error();
    WindowState state{year, agency_code, std::nullopt, std::nullopt, false};
    if (found->has_value()) {
        state.opens = (*found)->opens;
        state.closes = (*found)->closes;
        const domain::Date today = Today();
        state.open = *state.opens <= today && today <= *state.closes;
    }
    return state;
}

Result<void> ParticipationService::RequireOpen(int year, const std::string& agency_code, Lang lang) {
    auto w = Window(year, agency_code);
    if (!w) return w.error();
    if (w->open) return {};
    const std::string y = std::to_string(year);
    const std::string dates = w->opens ? " (" + w->opens->ToIso() + " s.d. " + w->closes->ToIso() + ")" : "";
    const std::string dates_en = w->opens ? " (" + w->opens->ToIso() + " to " + w->closes->ToIso() + ")" : "";
    return MakeError(ErrorCode::failed_precondition,
                     lang == Lang::en
                         ? "The proposal window of " + y + " for " + agency_code + " is not open" + dates_en + "."
                         : "Jendela usulan tahun " + y + " untuk OPD " + agency_code + " tidak terbuka" + dates + ".");
}

Result<WindowState> ParticipationService::PutWindow(const User& user, int year, const std::string& agency_code,
                                                    const std::string& opens, const std::string& closes, Lang lang) {
    if (user.role != Role::admin_bkd && !(user.role == Role::pengelola_opd && user.agency_code == agency_code)) {
        return parts::Forbidden(lang);
    }
    if (year < 2000 || year > 2100) {
        return FieldError(lang, "year", "Tahun tidak valid.", "Invalid year.");
    }
    auto agency = store_.Get(domain::Kind::opd, agency_code);
    if (!agency) {
        return MakeError(ErrorCode::not_found,
                         (lang == Lang::en ? "Unknown agency: " : "OPD tidak ditemukan: ") + agency_code);
    }
    auto from = domain::Date::ParseIso(opens);
    if (!from) return FieldError(lang, "opens", "opens harus tanggal YYYY-MM-DD.", "opens must be a YYYY-MM-DD date.");
    auto to = domain::Date::ParseIso(closes);
    if (!to) return FieldError(lang, "closes", "closes harus tanggal YYYY-MM-DD.", "closes must be a YYYY-MM-DD date.");
    if (*to < *from) {
        return FieldError(lang, "closes", "closes tidak boleh sebelum opens.", "closes must not be before opens.");
    }
    auto put =
        store_.Participation().PutWindow(storage::ProposalWindow{year, agency_code, *from, *to, Now(), user.username});
    if (!put) return put.error();
    return Window(year, agency_code);
}

Result<std::vector<User>> ParticipationService::ReviewerAccounts(const ProposalView& p) {
    auto users = store_.ListUsers();
    if (!users) return users.error();
    std::vector<User> out;
    for (const User& u : *users) {
        if (!u.active) continue;
        const bool by_nip =
            !p.reviewer_nip.empty() && u.nip == p.reviewer_nip && (u.role == Role::atasan || u.role == Role::asn);
        const bool by_agency =
            p.reviewer_nip.empty() && u.role == Role::pengelola_opd && u.agency_code == p.agency_code;
        if (by_nip || by_agency) out.push_back(u);
    }
    return out;
}

}  // namespace bangkom::services
