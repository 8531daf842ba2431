#pragma once
// 360 campaigns run in the app (issue 8, docs/feedback-api.md): an administrator starts a campaign for an offering
// and phase inside the evaluation's L3 window; the participants, their supervisors, peers and subordinates are
// asked in the inbox; each rater scores the program's competencies once while it is open, stored as
// `umpan_balik_360` rows with only the rater's keyed hash; the results, once it has closed, follow the anonymity
// rule of evaluation/feedback360. The routes (http/routes_feedback.cpp) parse and answer; every rule lives here.

#include <array>
#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "evaluation/feedback360.hpp"
#include "services/delivery_service.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

struct NamedCompetency {
    std::string code;
    std::string name;
};

/// A campaign with its program and invitations.
struct CampaignView {
    storage::FeedbackCampaign campaign;
    std::string program_name;
    evaluation::CampaignState state = evaluation::CampaignState::not_open;
    std::vector<storage::FeedbackInvitation> invitations;
};

struct PersonFeedback {
    std::string nip;
    std::string name;
    int invited = 0;
    int answered = 0;
    std::vector<evaluation::CompetencyFeedback> results;  // empty while the campaign is not closed
};

struct CampaignDetail {
    CampaignView view;
    std::vector<NamedCompetency> competencies;
    std::vector<evaluation::CompetencyFeedback> overall;  // empty while not closed
    std::vector<PersonFeedback> participants;             // those the caller may see by name
};

/// One person the caller is asked to rate.
struct FeedbackTask {
    CampaignView view;  // without its invitations
    storage::FeedbackInvitation invitation;
    std::string rated_name;
    std::string rated_position;
};

struct FeedbackForm {
    FeedbackTask task;
    std::vector<NamedCompetency> competencies;
};

/// A campaign in which the caller is rated, with their results once it has closed.
struct OwnFeedback {
    CampaignView view;  // without its invitations
    std::vector<NamedCompetency> competencies;
    std::vector<evaluation::CompetencyFeedback> results;  // empty while not closed
};

class FeedbackService {
  public:
    explicit FeedbackService(storage::Store& store) : store_(store) {}

    /// The days a new campaign of each phase may take (index 0 sebelum, 1 sesudah).
    Result<std::array<evaluation::DayRange, 2>> Windows(const OfferingInfo& info, domain::Lang lang);
    /// Starts the campaign (admin_bkd only): opens/closes default to the window, opening today at the earliest.
    /// invalid_argument naming `phase`, `opens` or `closes`; conflict when the phase has one; failed_precondition
    /// when the window has passed, the program has no competencies or nobody is left to ask.
    Result<CampaignView> Start(const storage::User& user, const OfferingInfo& info, std::string_view phase,
                               std::optional<domain::Date> opens, std::optional<domain::Date> closes,
                               domain::Date today, int64_t now, domain::Lang lang);
    /// The offering's campaigns, sebelum first.
    Result<std::vector<CampaignView>> Campaigns(const OfferingInfo& info, domain::Date today);
    /// A campaign the caller may read (as the offering): counts, and results once closed.
    Result<CampaignDetail> Detail(const storage::User& user, int64_t id, domain::Date today, domain::Lang lang);

    /// What the caller is asked to answer: open ones first, then by closing day.
    Result<std::vector<FeedbackTask>> Tasks(const storage::User& user, domain::Date today);
    /// forbidden when the caller is not asked to rate `rated` in the campaign; not_found for an unknown campaign.
    Result<FeedbackForm> Form(const storage::User& user, int64_t id, const std::string& rated, domain::Date today,
                              domain::Lang lang);
    /// Stores the caller's scores (competency → 1–5, nullopt = cannot rate): failed_precondition when not open,
    /// conflict once answered, invalid_argument naming the bad competency (or `scores`).
    Result<void> Submit(const storage::User& user, int64_t id, const std::string& rated,
                        const std::map<std::string, std::optional<int>>& scores, domain::Date today, domain::Lang lang);
    /// Reminds in the inbox every rater with an unanswered invitation of the open campaign (admin_bkd); returns how
    /// many raters. failed_precondition when it is not open; conflict within a day of the last reminder.
    Result<int64_t> Remind(const storage::User& user, int64_t id, domain::Date today, int64_t now, domain::Lang lang);
    /// New days for a campaign that has not closed (admin_bkd): `opens` only while it has not opened and not before
    /// today; `closes` not before today nor before the first day; both inside the phase's window. invalid_argument
    /// naming the field; failed_precondition once closed; not_found for an unknown campaign.
    Result<CampaignView> Reschedule(const storage::User& user, int64_t id, std::optional<domain::Date> opens,
                                    std::optional<domain::Date> closes, domain::Date today, domain::Lang lang);
    /// Closes an open campaign from today (its last day becomes yesterday, its first too when it opened today), so
    /// its results show (admin_bkd). failed_precondition when it is not open.
    Result<CampaignView> Close(const storage::User& user, int64_t id, domain::Date today, domain::Lang lang);
    /// The campaigns in which the caller is rated, newest closing day first.
    Result<std::vector<OwnFeedback>> MyResults(const storage::User& user, domain::Date today, domain::Lang lang);

  private:
    Result<CampaignView> ViewOf(storage::FeedbackCampaign campaign, domain::Date today, bool with_invitations);
    Result<std::vector<NamedCompetency>> CompetenciesOf(const domain::Program& program);
    /// The person's rows in the campaign's days on `competencies`, summarised.
    Result<std::vector<evaluation::CompetencyFeedback>> ResultsOf(const std::string& nip,
                                                                  const storage::FeedbackCampaign& campaign,
                                                                  const std::vector<NamedCompetency>& competencies);
    Result<std::vector<evaluation::RaterChoice>> ChooseFor(const OfferingInfo& info, domain::Lang lang);

    storage::Store& store_;
};

}  // namespace bangkom::services
