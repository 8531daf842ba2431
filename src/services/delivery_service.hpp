#pragma once
// Classes of the catalog's offerings (issue 7, docs/delivery-api.md): who may see and change what, enrolment by
// hand or from the approved plan (each participant told in the inbox), the roll of each day, the decisions with
// their reasons, the certificates they issue and the JP they credit. The routes (http/routes_delivery.cpp) parse
// and answer; every rule lives here.

#include <cstdint>
#include <map>
#include <optional>
#include <set>
#include <string>
#include <vector>

#include "domain/enums.hpp"
#include "domain/records.hpp"
#include "domain/result.hpp"
#include "evaluation/levels.hpp"
#include "learning/completion.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

inline constexpr const char* kDeliverySettingsKey = "delivery";

/// The setting `delivery` over the defaults (80% attendance, score 60); a malformed value is an error.
Result<learning::CompletionRule> LoadCompletionRule(storage::Store& store, domain::Lang lang);
/// The stored text (nullopt = nothing stored) over the defaults, checked as LoadCompletionRule does.
Result<learning::CompletionRule> ParseCompletionRule(const std::optional<std::string>& text, domain::Lang lang);

struct OfferingInfo {
    domain::Offering offering;
    domain::Program program;
    bool attendance_required = true;
};

struct OfferingSummary {
    OfferingInfo info;
    storage::OfferingCounts counts;
};

/// A participant as the pages show it.
struct ParticipantView {
    storage::Participant participant;
    std::string name;                  // "" when the employee is no longer in the master data
    std::vector<std::string> present;  // days present
    int days = 0;                      // days recorded in the offering
    std::optional<double> pre;         // the offering's pre-test and post-test scores (tes)
    std::optional<double> post;
};

struct DecisionEntry {
    std::string nip;
    std::optional<double> score;
};

struct DecisionOutcome {
    std::string nip;
    storage::ParticipantStatus status = storage::ParticipantStatus::passed;
    std::string reason;  // in the request's language
    std::string certificate;
};

struct FromPlanOutcome {
    int64_t added = 0;
    int64_t already = 0;
    std::vector<int64_t> plans;
};

/// What the caller may do on one offering.
struct OfferingRights {
    bool enroll = false;
    bool attend = false;
    bool decide = false;
    bool tests = false;
};

/// Where a participant stands with the offering's reaction survey.
enum class ReactionState { not_open, open, sent };
/// "belum_dibuka", "terbuka", "terkirim".
std::string_view ReactionStateCode(ReactionState state);
/// Open from the offering's last day, or as soon as the participant is decided (an e-learning course passed early);
/// sent once answered; it never closes.
ReactionState ReactionStateOf(const OfferingInfo& info, const storage::Participant& participant, bool answered,
                              const domain::Date& today);

/// The reaction survey of one offering as its participant sees it.
struct ReactionForm {
    OfferingInfo info;
    ReactionState state = ReactionState::not_open;
};

/// The reaction answers of one offering for the staff: every `reaksi` row (in the app or imported), none of them
/// tied to a person.
struct ReactionSummary {
    int64_t participants = 0;
    int64_t answered = 0;  // participants who answered in the app
    int64_t named = 0;     // rows with a NIP
    int64_t anonymous = 0;
    evaluation::ReactionResult result;
    std::vector<std::string> suggestions;  // non-empty, sorted
};

class DeliveryService {
  public:
    explicit DeliveryService(storage::Store& store) : store_(store) {}

    /// Offerings starting in `year` (0 = every year) whose code, program name or institution contains `q`
    /// (case-insensitive), sorted by start date and code; lembaga_mitra sees its own institution's only.
    Result<std::vector<OfferingSummary>> ListOfferings(const storage::User& user, int year, const std::string& q);
    /// The offering when the caller may read it: not_found, or forbidden for another institution's.
    Result<OfferingInfo> ReadableOffering(const storage::User& user, const std::string& code, domain::Lang lang);
    OfferingRights Rights(const storage::User& user, const OfferingInfo& info) const;
    /// The days whose roll was taken, sorted.
    Result<std::vector<std::string>> RecordedDays(const std::string& offering);

    /// The participants the caller may see (pengelola_opd: its agency's), sorted by agency and name.
    Result<std::vector<ParticipantView>> Participants(const storage::User& user, const OfferingInfo& info);
    Result<ParticipantView> Enroll(const storage::User& user, const OfferingInfo& info, const std::string& nip,
                                   int64_t now, domain::Lang lang);
    Result<FromPlanOutcome> EnrollFromPlan(const storage::User& user, const OfferingInfo& info, int64_t now,
                                           domain::Lang lang);
    Result<void> Withdraw(const storage::User& user, const OfferingInfo& info, const std::string& nip,
                          domain::Lang lang);
    /// The roll of `date`: every undecided participant, present when listed. Returns (present, absent).
    Result<std::pair<int, int>> RecordAttendance(const storage::User& user, const OfferingInfo& info,
                                                 const std::string& date, const std::vector<std::string>& present,
                                                 int64_t now, domain::Lang lang);
    /// Writes the pre-test or post-test scores of participants (any status) as the offering's tes rows, all or
    /// nothing; returns how many. Every entry needs a score in [0, 100].
    Result<int> SaveTests(const storage::User& user, const OfferingInfo& info, domain::TestKind kind,
                          const std::vector<DecisionEntry>& scores, domain::Lang lang);
    Result<std::vector<DecisionOutcome>> Decide(const storage::User& user, const OfferingInfo& info,
                                                const std::vector<DecisionEntry>& entries, int64_t now,
                                                domain::Lang lang);
    /// The certificate when the caller may read it (holder, admin_bkd, auditor, its agency's pengelola_opd, its
    /// institution's lembaga_mitra); a number of another form is not_found.
    Result<storage::CertificateRecord> ReadableCertificate(const storage::User& user, const std::string& number,
                                                           domain::Lang lang);
    /// The caller's own classes (users without a NIP have none), newest first.
    Result<std::vector<std::pair<OfferingInfo, ParticipantView>>> MyCourses(const storage::User& user);

    /// The caller's reaction form: not_found for an unknown offering, forbidden when the caller is not one of its
    /// participants.
    Result<ReactionForm> Reaction(const storage::User& user, const std::string& code, const domain::Date& today,
                                  domain::Lang lang);
    /// Stores the caller's answer (items and suggestion of `answer`; the NIP only when not `anonymous`):
    /// failed_precondition before it opens, conflict once answered, invalid_argument naming the bad column.
    Result<void> SubmitReaction(const storage::User& user, const std::string& code, domain::ReactionAnswer answer,
                                bool anonymous, const domain::Date& today, domain::Lang lang);
    Result<ReactionSummary> Reactions(const OfferingInfo& info, domain::Lang lang);
    /// The offerings whose reaction survey the employee answered.
    Result<std::set<std::string>> AnsweredReactions(const std::string& nip);
    /// Reminds in the inbox every participant whose reaction survey is open and unanswered (admin_bkd and the
    /// offering's partner); returns how many. conflict when a reminder went out less than a day before.
    Result<int64_t> RemindReactions(const storage::User& user, const OfferingInfo& info, int64_t now,
                                    domain::Lang lang);

  private:
    Result<OfferingInfo> LoadOffering(const std::string& code, domain::Lang lang);
    /// The offering's test scores: nip → (pre, post).
    Result<std::map<std::string, std::pair<std::optional<double>, std::optional<double>>>> TestsOf(
        const std::string& offering);
    Result<void> CheckNoClash(const OfferingInfo& info, const std::string& nip, domain::Lang lang);
    /// Adds each NIP's notification to the inbox of the active users with that NIP (user_id filled in here).
    void Notify(const std::map<std::string, storage::Notification>& by_nip);
    void NotifyEnrolled(const OfferingInfo& info, const std::set<std::string>& nips, int64_t now);

    storage::Store& store_;
};

/// "1986**** ****** * 001": the birth year and the last three digits — enough to tell a holder from a namesake,
/// not the birth date.
std::string MaskedNip(const std::string& nip);

}  // namespace bangkom::services
