// ParticipationService: the steps of a proposal's life (create, edit, submit, withdraw, delete, decide, reassign,
// +1), each one change with its history entry and notifications.

#include "domain/kinds.hpp"
#include "services/participation_parts.hpp"
#include "services/participation_service.hpp"

namespace bangkom::services {

using domain::Lang;
using domain::ProposalStatus;
using domain::Role;
using storage::Notification;
using storage::ProposalView;
using storage::User;

namespace {

constexpr size_t kMaxReason = 2000;

std::string Subject(const ProposalView& p) {
    return p.proposal.competency_code + (p.competency_name.empty() ? "" : " " + p.competency_name);
}

bool Editable(ProposalStatus s) {
    return s == ProposalStatus::draft || s == ProposalStatus::returned;
}

}  // namespace

Result<void> ParticipationService::ValidateInput(const ProposalInput& in, Lang lang) {
    if (in.competency.empty()) {
        return FieldError(lang, "competency", "Kompetensi wajib dipilih.", "Choose a competency.");
    }
    if (!store_.Get(domain::Kind::kompetensi, in.competency)) {
        return FieldError(lang, "competency", "Kompetensi tidak ada di kamus: " + in.competency,
                          "Competency not in the dictionary: " + in.competency);
    }
    if (in.reason.empty() || in.reason.size() > kMaxReason) {
        return FieldError(lang, "reason", "Alasan wajib diisi (paling banyak 2000 karakter).",
                          "A reason is required (at most 2000 characters).");
    }
    if (in.priority < 1 || in.priority > 3) {
        return FieldError(lang, "priority", "Prioritas harus 1, 2 atau 3.", "Priority must be 1, 2 or 3.");
    }
    if (in.year < 2000 || in.year > 2100) return FieldError(lang, "year", "Tahun tidak valid.", "Invalid year.");
    return {};
}

Result<std::vector<Notification>> ParticipationService::NotificationsFor(const ProposalView& p,
                                                                         const std::string& action) {
    std::vector<Notification> out;
    const std::string subject = Subject(p);
    Notification n;
    n.proposal_id = p.proposal.id;
    n.created_at = Now();
    std::vector<User> recipients;
    if (action == "submit" || action == "reassign") {
        auto reviewers = ReviewerAccounts(p);
        if (!reviewers) return reviewers.error();
        recipients = std::move(*reviewers);
        n.type = "proposal_review";
        n.title_id = "Usulan untuk ditinjau dari " + p.name + ": " + subject;
        n.title_en = "A proposal to review from " + p.name + ": " + subject;
    } else {
        auto users = store_.ListUsers();
        if (!users) return users.error();
        for (const User& u : *users) {
            if (u.active && u.nip == p.proposal.nip.str()) recipients.push_back(u);
        }
        n.type = "proposal_decision";
        const bool approved = action == "approve";
        const bool returned = action == "return";
        n.title_id = std::string("Usulan Anda ") +
                     (approved   ? "disetujui"
                      : returned ? "dikembalikan"
                                 : "ditolak") +
                     ": " + subject;
        n.title_en = std::string("Your proposal was ") +
                     (approved   ? "approved"
                      : returned ? "returned"
                                 : "rejected") +
                     ": " + subject;
    }
    for (const User& u : recipients) {
        n.user_id = u.id;
        out.push_back(n);
    }
    return out;
}

Result<void> ParticipationService::Change(const User& user, const ProposalView& before, domain::Proposal after,
                                          const std::string& action, const std::string& comment, Lang lang) {
    storage::ProposalChange c;
    c.expected_status = before.proposal.status;
    c.at = Now();
    c.history = storage::ProposalHistoryEntry{
        0, 0, c.at, user.id, user.username, action, before.proposal.status, after.status, comment};
    if (after.status == ProposalStatus::returned || after.status == ProposalStatus::rejected) c.last_comment = comment;
    c.proposal = std::move(after);
    const bool notify = action == "submit" || action == "approve" || action == "return" || action == "reject";
    if (notify) {
        ProposalView next = before;
        next.proposal = c.proposal;
        auto notes = NotificationsFor(next, action);
        if (!notes) return notes.error();
        c.notifications = std::move(*notes);
    }
    auto done = store_.Participation().ChangeProposal(c);
    if (!done && done.error().code == ErrorCode::conflict) {
        return MakeError(ErrorCode::conflict, lang == Lang::en
                                                  ? "You already have a proposal for this competency and year."
                                                  : "Anda sudah punya usulan untuk kompetensi dan tahun ini.");
    }
    return done;
}

Result<int64_t> ParticipationService::Create(const User& user, const ProposalInput& input, bool submit, Lang lang) {
    if ((user.role != Role::asn && user.role != Role::atasan) || user.nip.empty()) return parts::Forbidden(lang);
    auto employee = store_.Get(domain::Kind::pegawai, user.nip);
    if (!employee) {
        return MakeError(ErrorCode::not_found, lang == Lang::en ? "This account is not linked to an employee."
                                                                : "Akun ini tidak terhubung ke pegawai.");
    }
    const auto& e = std::get<std::vector<domain::Employee>>(*employee).front();
    ProposalInput in = input;
    if (in.year == 0) in.year = DefaultYear();
    if (auto valid = ValidateInput(in, lang); !valid) return valid.error();
    if (auto open = RequireOpen(in.year, e.agency_code, lang); !open) return open.error();
    domain::Proposal p;
    p.nip = e.nip;
    p.competency_code = in.competency;
    p.year = in.year;
    p.reason = in.reason;
    p.form = in.form;
    p.priority = in.priority;
    p.status = submit ? ProposalStatus::submitted : ProposalStatus::draft;
    const int64_t now = Now();
    storage::ProposalHistoryEntry h{0, 0, now, user.id, user.username, "create", std::nullopt, p.status, ""};
    std::vector<Notification> notes;
    if (submit) {
        ProposalView view;
        view.proposal = p;
        view.name = e.name;
        view.agency_code = e.agency_code;
        auto supervisor = e.supervisor_nip ? store_.Get(domain::Kind::pegawai, e.supervisor_nip->str())
                                           : Result<domain::Records>(MakeError(ErrorCode::not_found, ""));
        if (supervisor) view.reviewer_nip = e.supervisor_nip->str();
        auto n = NotificationsFor(view, "submit");
        if (!n) return n.error();
        notes = std::move(*n);
    }
    auto id = store_.Participation().CreateProposal(p, h, notes, now);
    if (!id && id.error().code == ErrorCode::conflict) {
        return MakeError(ErrorCode::conflict, lang == Lang::en
                                                  ? "You already have a proposal for this competency and year."
                                                  : "Anda sudah punya usulan untuk kompetensi dan tahun ini.");
    }
    return id;
}

Result<ProposalView> ParticipationService::AuthorsOwn(const User& user, int64_t id, Lang lang) {
    auto p = Get(user, id, lang);
    if (!p) return p.error();
    if (user.nip.empty() || user.nip != p->proposal.nip.str() || user.role == Role::auditor) {
        return parts::Forbidden(lang);
    }
    return p;
}

Result<void> ParticipationService::Edit(const User& user, int64_t id, const ProposalInput& input, Lang lang) {
    auto p = AuthorsOwn(user, id, lang);
    if (!p) return p.error();
    if (!Editable(p->proposal.status)) {
        return parts::WrongStatus(lang, "Hanya usulan draf atau dikembalikan yang dapat diubah.",
                                  "Only draft or returned proposals can be edited.");
    }
    ProposalInput in = input;
    in.year = p->proposal.year;
    if (in.competency.empty()) in.competency = p->proposal.competency_code;
    if (auto valid = ValidateInput(in, lang); !valid) return valid;
    if (auto open = RequireOpen(in.year, p->agency_code, lang); !open) return open;
    domain::Proposal after = p->proposal;
    after.competency_code = in.competency;
    after.reason = in.reason;
    after.form = in.form;
    after.priority = in.priority;
    return Change(user, *p, after, "edit", "", lang);
}

Result<void> ParticipationService::Submit(const User& user, int64_t id, Lang lang) {
    auto p = AuthorsOwn(user, id, lang);
    if (!p) return p.error();
    if (!Editable(p->proposal.status)) {
        return parts::WrongStatus(lang, "Hanya usulan draf atau dikembalikan yang dapat diajukan.",
                                  "Only draft or returned proposals can be submitted.");
    }
    if (auto open = RequireOpen(p->proposal.year, p->agency_code, lang); !open) return open;
    domain::Proposal after = p->proposal;
    after.status = ProposalStatus::submitted;
    return Change(user, *p, after, "submit", "", lang);
}

Result<void> ParticipationService::Withdraw(const User& user, int64_t id, Lang lang) {
    auto p = AuthorsOwn(user, id, lang);
    if (!p) return p.error();
    if (p->proposal.status != ProposalStatus::submitted) {
        return parts::WrongStatus(lang, "Hanya usulan yang diajukan yang dapat ditarik.",
                                  "Only submitted proposals can be withdrawn.");
    }
    if (auto open = RequireOpen(p->proposal.year, p->agency_code, lang); !open) return open;
    domain::Proposal after = p->proposal;
    after.status = ProposalStatus::draft;
    return Change(user, *p, after, "withdraw", "", lang);
}

Result<void> ParticipationService::Delete(const User& user, int64_t id, Lang lang) {
    auto p = AuthorsOwn(user, id, lang);
    if (!p) return p.error();
    if (p->proposal.status != ProposalStatus::draft) {
        return parts::WrongStatus(lang, "Hanya usulan draf yang dapat dihapus.",
                                  "Only draft proposals can be deleted.");
    }
    if (auto open = RequireOpen(p->proposal.year, p->agency_code, lang); !open) return open;
    return store_.Participation().DeleteProposal(id, ProposalStatus::draft);
}

Result<void> ParticipationService::Decide(const User& user, int64_t id, Decision decision, const std::string& comment,
                                          Lang lang) {
    auto p = Get(user, id, lang);
    if (!p) return p.error();
    if (!IsReviewer(user, *p)) return parts::Forbidden(lang);
    if (decision != Decision::approve && comment.empty()) {
        return decision == Decision::return_
                   ? FieldError(lang, "comment", "Komentar wajib diisi saat mengembalikan usulan.",
                                "A comment is required to return a proposal.")
                   : FieldError(lang, "comment", "Alasan penolakan wajib diisi.", "A reason is required to reject.");
    }
    if (p->proposal.status != ProposalStatus::submitted) {
        return parts::WrongStatus(lang, "Hanya usulan yang diajukan yang dapat ditinjau.",
                                  "Only submitted proposals can be reviewed.");
    }
    domain::Proposal after = p->proposal;
    after.status = decision == Decision::approve   ? ProposalStatus::approved
                   : decision == Decision::return_ ? ProposalStatus::returned
                                                   : ProposalStatus::rejected;
    const char* action = decision == Decision::approve   ? "approve"
                         : decision == Decision::return_ ? "return"
                                                         : "reject";
    return Change(user, *p, after, action, comment, lang);
}

Result<void> ParticipationService::Reassign(const User& user, int64_t id, const std::string& nip, Lang lang) {
    auto p = Get(user, id, lang);
    if (!p) return p.error();
    if (user.role != Role::admin_bkd && !(user.role == Role::pengelola_opd && user.agency_code == p->agency_code)) {
        return parts::Forbidden(lang);
    }
    const ProposalStatus s = p->proposal.status;
    if (s == ProposalStatus::approved || s == ProposalStatus::rejected) {
        return parts::WrongStatus(lang, "Usulan yang sudah diputuskan tidak dapat dialihkan.",
                                  "A decided proposal cannot be reassigned.");
    }
    ProposalView next = *p;
    if (!nip.empty()) {
        auto employee = store_.Get(domain::Kind::pegawai, nip);
        const bool same_agency =
            employee && std::get<std::vector<domain::Employee>>(*employee).front().agency_code == p->agency_code;
        if (!same_agency || nip == p->proposal.nip.str()) {
            return FieldError(lang, "nip", "Peninjau harus pegawai lain di OPD yang sama.",
                              "The reviewer must be another employee of the same agency.");
        }
        next.reviewer_nip = nip;
    } else {
        next.reviewer_nip.clear();
    }
    storage::ProposalChange c;
    c.proposal = p->proposal;
    c.expected_status = s;
    c.assigned_reviewer = nip;
    c.last_comment = p->last_comment;
    c.at = Now();
    c.history = storage::ProposalHistoryEntry{
        0, 0, c.at, user.id, user.username, "reassign", s, s, nip.empty() ? "atasan langsung" : nip};
    if (s == ProposalStatus::submitted && !nip.empty()) {
        auto notes = NotificationsFor(next, "reassign");
        if (!notes) return notes.error();
        c.notifications = std::move(*notes);
    }
    return store_.Participation().ChangeProposal(c);
}

Result<int64_t> ParticipationService::Vote(const User& user, int64_t id, bool add, Lang lang) {
    if (user.nip.empty() || user.role == Role::auditor || user.role == Role::admin_bkd) return parts::Forbidden(lang);
    auto p = Get(user, id, lang);
    if (!p) return p.error();
    if (!add) {
        auto removed = store_.Participation().RemoveVote(id, user.nip);
        if (!removed && removed.error().code == ErrorCode::not_found) {
            return MakeError(ErrorCode::not_found, lang == Lang::en ? "You have not given a +1 to this proposal."
                                                                    : "Anda belum mendukung usulan ini.");
        }
        return removed;
    }
    if (p->proposal.nip.str() == user.nip) {
        return MakeError(ErrorCode::forbidden, lang == Lang::en ? "You cannot +1 your own proposal."
                                                                : "Anda tidak dapat mendukung usulan sendiri.");
    }
    if (p->agency_code != user.agency_code) return parts::Forbidden(lang);
    if (p->proposal.status != ProposalStatus::submitted && p->proposal.status != ProposalStatus::approved) {
        return parts::WrongStatus(lang, "Hanya usulan yang diajukan atau disetujui yang dapat didukung.",
                                  "Only submitted or approved proposals can be supported.");
    }
    auto votes = store_.Participation().AddVote(id, user.nip, Now());
    if (!votes && votes.error().code == ErrorCode::conflict) {
        return MakeError(ErrorCode::conflict, lang == Lang::en ? "You already gave a +1 to this proposal."
                                                               : "Anda sudah mendukung usulan ini.");
    }
    return votes;
}

}  // namespace bangkom::services
