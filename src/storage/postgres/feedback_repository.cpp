// 360 campaigns on PostgreSQL: the SQL of sqlite/feedback_repository.cpp in the $n form. The campaign's unique key
// settles two campaigns started at once; the invitation's row lock (UPDATE … WHERE dijawab = 0) two answers.

#include "storage/postgres/feedback_repository.hpp"

#include "storage/feedback_parts.hpp"

namespace bangkom::storage::postgres {

namespace {

constexpr std::string_view kInsertCampaign =
    "INSERT INTO kampanye_360 (kode_angkatan, tahap, dibuka, ditutup, dibuat_oleh, dibuat_pada) "
    "VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (kode_angkatan, tahap) DO NOTHING RETURNING id";
constexpr std::string_view kInsertInvitation =
    "INSERT INTO undangan_360 (id_kampanye, nip_penilai, nip_dinilai, hubungan) VALUES ($1, $2, $3, $4)";
constexpr std::string_view kSelectCampaigns =
    "SELECT id, kode_angkatan, tahap, dibuka, ditutup, dibuat_oleh, dibuat_pada FROM kampanye_360 "
    "WHERE ($1::bigint = 0 OR id = $1::bigint) AND ($2 = '' OR kode_angkatan = $2) ORDER BY kode_angkatan, tahap";
constexpr std::string_view kSelectInvitations =
    "SELECT id_kampanye, nip_penilai, nip_dinilai, hubungan, dijawab FROM undangan_360 "
    "WHERE ($1::bigint = 0 OR id_kampanye = $1::bigint) AND ($2 = '' OR nip_penilai = $2) "
    "AND ($3 = '' OR nip_dinilai = $3) ORDER BY id_kampanye, nip_dinilai, nip_penilai";
constexpr std::string_view kMarkAnswered =
    "UPDATE undangan_360 SET dijawab = 1 WHERE id_kampanye = $1 AND nip_penilai = $2 AND nip_dinilai = $3 "
    "AND dijawab = 0 RETURNING 1";
constexpr std::string_view kInvitationExists =
    "SELECT 1 FROM undangan_360 WHERE id_kampanye = $1 AND nip_penilai = $2 AND nip_dinilai = $3";
constexpr std::string_view kSetDays = "UPDATE kampanye_360 SET dibuka = $2, ditutup = $3 WHERE id = $1 RETURNING id";
constexpr std::string_view kInsertFeedback =
    "INSERT INTO umpan_balik_360 (nip_dinilai, hash_penilai, hubungan, kode_kompetensi, skor, tanggal) "
    "VALUES ($1, $2, $3, $4, $5, $6)";

}  // namespace

Result<int64_t> PostgresFeedback::CreateCampaign(const FeedbackCampaign& campaign,
                                                 const std::vector<FeedbackInvitation>& invitations) {
    return RunRetrying(
        pool_,
        [&](Connection& c) -> Result<int64_t> {
            auto tx = Transaction::Begin(c);
            if (!tx) return tx.error();
            auto insert = c.Query(kInsertCampaign, {Arg::Text(campaign.offering), Arg::Text(campaign.phase),
                                                    Arg::Text(campaign.opens), Arg::Text(campaign.closes),
                                                    Arg::Int(campaign.created_by), Arg::Int(campaign.created_at)});
            if (!insert) return insert.error();
            if (insert->Rows() == 0) return feedback_parts::CampaignExists(campaign.offering, campaign.phase);
            const int64_t id = insert->Int(0, 0);
            std::vector<Params> rows;
            rows.reserve(invitations.size());
            for (const auto& i : invitations) {
                rows.push_back(Params{Arg::Int(id), Arg::Text(i.rater), Arg::Text(i.rated),
                                      Arg::Text(domain::Code(i.relationship))});
            }
            if (!rows.empty()) {
                auto added = c.Pipeline(kInsertInvitation, rows);
                if (!added) return added.error();
            }
            if (auto ok = tx->Commit(); !ok) return ok.error();
            return id;
        },
        kMaxAttempts);
}

Result<std::vector<FeedbackCampaign>> PostgresFeedback::SelectCampaigns(int64_t id, const std::string& offering) {
    return RunRetrying(
        pool_,
        [&](Connection& c) -> Result<std::vector<FeedbackCampaign>> {
            auto select = c.Query(kSelectCampaigns, {Arg::Int(id), Arg::Text(offering)});
            if (!select) return select.error();
            std::vector<FeedbackCampaign> out;
            out.reserve(static_cast<size_t>(select->Rows()));
            for (int i = 0; i < select->Rows(); ++i) {
                out.push_back(FeedbackCampaign{select->Int(i, 0), select->Text(i, 1), select->Text(i, 2),
                                               select->Text(i, 3), select->Text(i, 4), select->Int(i, 5),
                                               select->Int(i, 6)});
            }
            return out;
        },
        kMaxAttempts);
}

Result<std::vector<FeedbackCampaign>> PostgresFeedback::Campaigns(const std::string& offering) {
    return SelectCampaigns(0, offering);
}

Result<FeedbackCampaign> PostgresFeedback::FindCampaign(int64_t id) {
    if (id <= 0) return feedback_parts::CampaignNotFound(id);
    auto found = SelectCampaigns(id, "");
    if (!found) return found.error();
    if (found->empty()) return feedback_parts::CampaignNotFound(id);
    return std::move(found->front());
}

Result<void> PostgresFeedback::SetCampaignDays(int64_t id, const std::string& opens, const std::string& closes) {
    return RunRetrying(
        pool_,
        [&](Connection& c) -> Result<void> {
            auto update = c.Query(kSetDays, {Arg::Int(id), Arg::Text(opens), Arg::Text(closes)});
            if (!update) return update.error();
            if (update->Rows() == 0) return feedback_parts::CampaignNotFound(id);
            return {};
        },
        kMaxAttempts);
}

Result<std::vector<FeedbackInvitation>> PostgresFeedback::Invitations(int64_t campaign, const std::string& rater,
                                                                      const std::string& rated) {
    return RunRetrying(
        pool_,
        [&](Connection& c) -> Result<std::vector<FeedbackInvitation>> {
            auto select = c.Query(kSelectInvitations, {Arg::Int(campaign), Arg::Text(rater), Arg::Text(rated)});
            if (!select) return select.error();
            std::vector<FeedbackInvitation> out;
            out.reserve(static_cast<size_t>(select->Rows()));
            for (int i = 0; i < select->Rows(); ++i) {
                out.push_back(FeedbackInvitation{select->Int(i, 0), select->Text(i, 1), select->Text(i, 2),
                                                 feedback_parts::RelationshipOf(select->TextView(i, 3)),
                                                 select->Int(i, 4) != 0});
            }
            return out;
        },
        kMaxAttempts);
}

Result<void> PostgresFeedback::SubmitFeedback(const FeedbackInvitation& invitation,
                                              const std::vector<domain::Feedback360>& rows) {
    return RunRetrying(
        pool_,
        [&](Connection& c) -> Result<void> {
            auto tx = Transaction::Begin(c);
            if (!tx) return tx.error();
            const Params key{Arg::Int(invitation.campaign), Arg::Text(invitation.rater), Arg::Text(invitation.rated)};
            auto mark = c.Query(kMarkAnswered, std::span<const Param>(key));
            if (!mark) return mark.error();
            if (mark->Rows() == 0) {
                auto exists = c.Query(kInvitationExists, std::span<const Param>(key));
                if (!exists) return exists.error();
                return exists->Rows() > 0 ? feedback_parts::AlreadyAnswered(invitation.campaign, invitation.rated)
                                          : feedback_parts::NotInvited(invitation.campaign, invitation.rated);
            }
            for (const auto& r : rows) {
                auto insert =
                    c.Query(kInsertFeedback, {Arg::Text(r.rated_nip.str()), Arg::Text(r.rater_hash),
                                              Arg::Text(domain::Code(r.relationship)), Arg::Text(r.competency_code),
                                              Arg::Real(r.score), Arg::Text(r.date.ToIso())});
                if (!insert) return insert.error();
            }
            return tx->Commit();
        },
        kMaxAttempts);
}

}  // namespace bangkom::storage::postgres
