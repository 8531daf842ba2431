// 360 campaigns on SQLite (FeedbackRepository): a campaign and its invitations in one write transaction; an answer's
// rows and its mark in another, the mark first so that a second answer stores nothing.

#include "storage/sqlite/feedback_repository.hpp"

#include "storage/feedback_parts.hpp"

namespace bangkom::storage::sqlite {

namespace {

constexpr std::string_view kInsertCampaign =
    "INSERT INTO kampanye_360 (kode_angkatan, tahap, dibuka, ditutup, dibuat_oleh, dibuat_pada) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (kode_angkatan, tahap) DO NOTHING RETURNING id";
constexpr std::string_view kInsertInvitation =
    "INSERT INTO undangan_360 (id_kampanye, nip_penilai, nip_dinilai, hubungan) VALUES (?1, ?2, ?3, ?4)";
constexpr std::string_view kSelectCampaigns =
    "SELECT id, kode_angkatan, tahap, dibuka, ditutup, dibuat_oleh, dibuat_pada FROM kampanye_360 "
    "WHERE (?1 = 0 OR id = ?1) AND (?2 = '' OR kode_angkatan = ?2) ORDER BY kode_angkatan, tahap";
constexpr std::string_view kSelectInvitations =
    "SELECT id_kampanye, nip_penilai, nip_dinilai, hubungan, dijawab FROM undangan_360 "
    "WHERE (?1 = 0 OR id_kampanye = ?1) AND (?2 = '' OR nip_penilai = ?2) AND (?3 = '' OR nip_dinilai = ?3) "
    "ORDER BY id_kampanye, nip_dinilai, nip_penilai";
constexpr std::string_view kMarkAnswered =
    "UPDATE undangan_360 SET dijawab = 1 WHERE id_kampanye = ?1 AND nip_penilai = ?2 AND nip_dinilai = ?3 "
    "AND dijawab = 0";
constexpr std::string_view kInvitationExists =
    "SELECT 1 FROM undangan_360 WHERE id_kampanye = ?1 AND nip_penilai = ?2 AND nip_dinilai = ?3";
constexpr std::string_view kSetDays = "UPDATE kampanye_360 SET dibuka = ?2, ditutup = ?3 WHERE id = ?1";
constexpr std::string_view kInsertFeedback =
    "INSERT INTO umpan_balik_360 (nip_dinilai, hash_penilai, hubungan, kode_kompetensi, skor, tanggal) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6)";

}  // namespace

Result<int64_t> SqliteFeedback::CreateCampaign(const FeedbackCampaign& campaign,
                                               const std::vector<FeedbackInvitation>& invitations) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    int64_t id = 0;
    {
        auto insert = c.Cached(kInsertCampaign);
        if (!insert) return insert.error();
        Statement& s = **insert;
        s.BindText(1, campaign.offering);
        s.BindText(2, campaign.phase);
        s.BindText(3, campaign.opens);
        s.BindText(4, campaign.closes);
        s.BindInt(5, campaign.created_by);
        s.BindInt(6, campaign.created_at);
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return feedback_parts::CampaignExists(campaign.offering, campaign.phase);
        id = s.ColumnInt(0);
    }
    auto insert = c.Cached(kInsertInvitation);
    if (!insert) return insert.error();
    for (const auto& invitation : invitations) {
        Statement& s = **insert;
        s.Reset();
        s.BindInt(1, id);
        s.BindText(2, invitation.rater);
        s.BindText(3, invitation.rated);
        s.BindText(4, domain::Code(invitation.relationship));
        if (auto ok = s.Run(); !ok) return ok.error();
    }
    if (auto ok = tx->Commit(); !ok) return ok.error();
    return id;
}

Result<std::vector<FeedbackCampaign>> SqliteFeedback::SelectCampaigns(int64_t id, const std::string& offering) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(kSelectCampaigns);
    if (!select) return select.error();
    Statement& s = **select;
    s.BindInt(1, id);
    s.BindText(2, offering);
    std::vector<FeedbackCampaign> out;
    for (;;) {
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back(FeedbackCampaign{s.ColumnInt(0), s.ColumnText(1), s.ColumnText(2), s.ColumnText(3),
                                       s.ColumnText(4), s.ColumnInt(5), s.ColumnInt(6)});
    }
}

Result<std::vector<FeedbackCampaign>> SqliteFeedback::Campaigns(const std::string& offering) {
    return SelectCampaigns(0, offering);
}

Result<FeedbackCampaign> SqliteFeedback::FindCampaign(int64_t id) {
    if (id <= 0) return feedback_parts::CampaignNotFound(id);
    auto found = SelectCampaigns(id, "");
    if (!found) return found.error();
    if (found->empty()) return feedback_parts::CampaignNotFound(id);
    return std::move(found->front());
}

Result<void> SqliteFeedback::SetCampaignDays(int64_t id, const std::string& opens, const std::string& closes) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto update = c.Cached(kSetDays);
    if (!update) return update.error();
    (*update)->BindInt(1, id);
    (*update)->BindText(2, opens);
    (*update)->BindText(3, closes);
    if (auto ok = (*update)->Run(); !ok) return ok;
    if (c.Changes() == 0) return feedback_parts::CampaignNotFound(id);
    return {};
}

Result<std::vector<FeedbackInvitation>> SqliteFeedback::Invitations(int64_t campaign, const std::string& rater,
                                                                    const std::string& rated) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(kSelectInvitations);
    if (!select) return select.error();
    Statement& s = **select;
    s.BindInt(1, campaign);
    s.BindText(2, rater);
    s.BindText(3, rated);
    std::vector<FeedbackInvitation> out;
    for (;;) {
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back(FeedbackInvitation{s.ColumnInt(0), s.ColumnText(1), s.ColumnText(2),
                                         feedback_parts::RelationshipOf(s.ColumnText(3)), s.ColumnInt(4) != 0});
    }
}

Result<void> SqliteFeedback::SubmitFeedback(const FeedbackInvitation& invitation,
                                            const std::vector<domain::Feedback360>& rows) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    {
        auto mark = c.Cached(kMarkAnswered);
        if (!mark) return mark.error();
        (*mark)->BindInt(1, invitation.campaign);
        (*mark)->BindText(2, invitation.rater);
        (*mark)->BindText(3, invitation.rated);
        if (auto ok = (*mark)->Run(); !ok) return ok;
    }
    if (c.Changes() == 0) {
        auto exists = c.Cached(kInvitationExists);
        if (!exists) return exists.error();
        (*exists)->BindInt(1, invitation.campaign);
        (*exists)->BindText(2, invitation.rater);
        (*exists)->BindText(3, invitation.rated);
        auto row = (*exists)->Step();
        if (!row) return row.error();
        return *row ? feedback_parts::AlreadyAnswered(invitation.campaign, invitation.rated)
                    : feedback_parts::NotInvited(invitation.campaign, invitation.rated);
    }
    auto insert = c.Cached(kInsertFeedback);
    if (!insert) return insert.error();
    for (const auto& r : rows) {
        Statement& s = **insert;
        s.Reset();
        s.BindText(1, r.rated_nip.str());
        s.BindText(2, r.rater_hash);
        s.BindText(3, domain::Code(r.relationship));
        s.BindText(4, r.competency_code);
        s.BindDouble(5, r.score);
        s.BindText(6, r.date.ToIso());
        if (auto ok = s.Run(); !ok) return ok;
    }
    return tx->Commit();
}

}  // namespace bangkom::storage::sqlite
