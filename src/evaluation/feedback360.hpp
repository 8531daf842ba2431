#pragma once
// 360 feedback run in the app (L3 of EVALUATION.md, docs/feedback-api.md): the window a campaign may take, who is
// asked to rate each participant (from the supervisor chain), the wording of the question and its 1–5 scale, and
// the results with the anonymity rule — a group of peers or subordinates is shown only from three raters, and the
// mean of "others" is taken over the shown groups only, so a hidden group cannot be worked out from it.

#include <array>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "domain/enums.hpp"
#include "evaluation/settings.hpp"
#include "evaluation/skm_questionnaire.hpp"

namespace bangkom::evaluation {

inline constexpr int kFeedbackMinGroupRaters = 3;  // peers, subordinates: shown from this many raters
inline constexpr size_t kFeedbackMaxPeers = 5;
inline constexpr size_t kFeedbackMaxSubordinates = 5;

enum class FeedbackPhase { sebelum, sesudah };
/// "sebelum", "sesudah".
std::string_view Code(FeedbackPhase phase);
std::optional<FeedbackPhase> FeedbackPhaseOf(std::string_view code);

/// The days a campaign of `phase` may take for an offering from `start` to `end`: the L3 window of the settings.
struct DayRange {
    domain::Date from, to;
};
DayRange FeedbackWindow(FeedbackPhase phase, domain::Date start, domain::Date end, const Settings& settings);

enum class CampaignState { not_open, open, closed };
/// "belum_dibuka", "terbuka", "ditutup".
std::string_view Code(CampaignState state);
CampaignState CampaignStateOf(domain::Date opens, domain::Date closes, domain::Date today);

/// An employee as the choice of raters sees them.
struct Colleague {
    std::string nip;
    std::string supervisor;  // "" when none is recorded
};
struct RaterChoice {
    std::string rater;
    std::string rated;
    domain::Relationship relationship = domain::Relationship::rekan;
    friend bool operator==(const RaterChoice&, const RaterChoice&) = default;
};
/// For each participant (in order; duplicates once): themself, their supervisor when among `everyone`, up to five
/// peers (same supervisor) and up to five subordinates, the peers and subordinates taken in ascending `order_key`
/// of their NIP (a keyed order, fixed for an offering). Sorted by (rated, relationship, rater).
std::vector<RaterChoice> ChooseRaters(std::span<const std::string> participants, std::span<const Colleague> everyone,
                                      const std::function<std::string(const std::string&)>& order_key);

/// The five answers 1–5 (Sangat kurang … Sangat baik).
const std::array<SkmText, 5>& FeedbackScale();
/// The question the rater answers for each competency, naming the person rated (or "you" for a self-rating).
std::string FeedbackQuestion(domain::Relationship relationship, std::string_view rated_name, domain::Lang lang);

/// One stored score.
struct FeedbackScore {
    std::string rated;
    std::string rater_hash;  // "" for imported rows without a rater: all of them count as one rater
    domain::Relationship relationship = domain::Relationship::rekan;
    std::string competency;
    double score = 0;
};

struct FeedbackGroup {
    int raters = 0;              // different raters in the group
    std::optional<double> mean;  // nullopt when hidden or nobody answered
    bool hidden = false;         // a peer or subordinate group with 1–2 raters
    double sum = 0;              // of the scores behind `mean` (for pooling); 0 when hidden
    int scores = 0;
};
/// Results of one competency: groups in Relationship order (atasan, rekan, bawahan, mandiri).
struct CompetencyFeedback {
    std::string competency;
    std::array<FeedbackGroup, 4> groups;
    std::optional<double> others;  // mean of the shown scores of atasan, rekan and bawahan
};

/// The results of one person for each of `competencies` (in that order) from their rows.
std::vector<CompetencyFeedback> SummarizeFeedback(std::span<const FeedbackScore> rows,
                                                  std::span<const std::string> competencies);
/// The pooled results of several people: each group pools only the groups shown for each person, so nothing hidden
/// for one person enters the total.
std::vector<CompetencyFeedback> PoolFeedback(std::span<const std::vector<CompetencyFeedback>> people,
                                             std::span<const std::string> competencies);

}  // namespace bangkom::evaluation
