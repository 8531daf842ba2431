#pragma once
// 360 campaigns run in the app (issue 8, docs/feedback-api.md): a campaign per offering and phase, the people asked
// to rate each participant, and the answers stored as `umpan_balik_360` rows in the same transaction as the mark
// that the rater answered. The rules (who is asked, when a campaign is open) live in services/feedback_service.

#include <cstdint>
#include <string>
#include <vector>

#include "domain/enums.hpp"
#include "domain/records.hpp"
#include "domain/result.hpp"

namespace bangkom::storage {

/// Kampanye 360: one per (offering, phase). Dates YYYY-MM-DD, both days included.
struct FeedbackCampaign {
    int64_t id = 0;
    std::string offering;
    std::string phase;  // "sebelum" | "sesudah"
    std::string opens;
    std::string closes;
    int64_t created_by = 0;  // user id
    int64_t created_at = 0;  // unix seconds
    friend bool operator==(const FeedbackCampaign&, const FeedbackCampaign&) = default;
};

/// Undangan 360: `rater` is asked to rate `rated` in a campaign (no time, no link to the answer's rows).
struct FeedbackInvitation {
    int64_t campaign = 0;
    std::string rater;
    std::string rated;
    domain::Relationship relationship = domain::Relationship::rekan;
    bool answered = false;
    friend bool operator==(const FeedbackInvitation&, const FeedbackInvitation&) = default;
};

class FeedbackRepository {
  public:
    virtual ~FeedbackRepository() = default;

    /// Stores the campaign (its id is given by the store and returned) and its invitations in one transaction:
    /// conflict (nothing stored) when the offering already has a campaign of that phase.
    virtual Result<int64_t> CreateCampaign(const FeedbackCampaign& campaign,
                                           const std::vector<FeedbackInvitation>& invitations) = 0;
    /// The campaigns of `offering` (empty = every offering), sorted by (offering, phase).
    virtual Result<std::vector<FeedbackCampaign>> Campaigns(const std::string& offering) = 0;
    /// not_found when no campaign has this id.
    virtual Result<FeedbackCampaign> FindCampaign(int64_t id) = 0;
    /// New first and last days (YYYY-MM-DD) of campaign `id`; not_found when there is none. The rules (which days a
    /// campaign may take) are the service's.
    virtual Result<void> SetCampaignDays(int64_t id, const std::string& opens, const std::string& closes) = 0;
    /// The invitations of `campaign` (0 = every campaign) to `rater` and of `rated` (empty = anyone), sorted by
    /// (campaign, rated, rater).
    virtual Result<std::vector<FeedbackInvitation>> Invitations(int64_t campaign, const std::string& rater,
                                                                const std::string& rated) = 0;
    /// Marks the invitation (campaign, rater, rated) answered and appends `rows` to umpan_balik_360, in one
    /// transaction: not_found when there is no such invitation, conflict (nothing stored) when it was answered.
    virtual Result<void> SubmitFeedback(const FeedbackInvitation& invitation,
                                        const std::vector<domain::Feedback360>& rows) = 0;
};

}  // namespace bangkom::storage
