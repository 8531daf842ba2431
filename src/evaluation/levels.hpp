#pragma once
// The four Kirkpatrick levels of EVALUATION.md, each from plain inputs of one offering: L1 reaction (means, share
// of answers ≥ 4, flagged items), L2 learning (paired t-test, Wilcoxon, d_z, normalized gain), L3 behaviour (360
// paired t-test, SKP Wilcoxon), L4 results (IKM of the participants' service units before/after, Welch t-test on
// respondent indices, difference-in-differences against control units). No storage here: services/ gathers.

#include <array>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "evaluation/ikm.hpp"
#include "evaluation/settings.hpp"
#include "evaluation/stats.hpp"

namespace bangkom::evaluation {

/// One reaction answer: relevansi, materi, pengajar, metode, sarana, manfaat (1–5); nullopt = not answered.
using ReactionItems = std::array<std::optional<int>, 6>;
/// The FORMATS.md column names of the reaction items, in ReactionItems order.
inline constexpr std::array<std::string_view, 6> kReactionItemCodes{"relevansi", "materi", "pengajar",
                                                                    "metode",    "sarana", "manfaat"};

struct ReactionItem {
    int answered = 0;
    double mean = 0;        // 0 when none answered
    double share_high = 0;  // share of answers ≥ 4
    bool flagged = false;   // answered and mean below Settings::reaction_flag_below
};

/// L1: no test; the numbers and the flagged items.
struct ReactionResult {
    int respondents = 0;  // answers with at least one item
    std::array<ReactionItem, 6> items{};
    double mean = 0;        // over every answered item
    double share_high = 0;  // every answered item ≥ 4
    bool computed = false;  // at least one answered item
};
ReactionResult EvaluateReaction(std::span<const ReactionItems> answers, const Settings& settings);

/// One participant's value before and after (test score, 360 mean, SKP predikat score, …).
struct Pair {
    double before = 0;
    double after = 0;
};

/// L2: pre/post test scores (0–100) of the participants with both.
struct LearningResult {
    int n = 0;
    bool enough = false;  // n ≥ min_pairs
    double mean_pre = 0, mean_post = 0;
    PairedT t;                   // valid when sd of the differences > 0
    RankTest wilcoxon;           // V and p
    std::optional<double> gain;  // (mean post − mean pre) / (100 − mean pre); none when mean pre is 100
};
LearningResult EvaluateLearning(std::span<const Pair> pairs, const Settings& settings);

/// L3: the mean 360 score on the program's competencies per participant (before window vs after window) and
/// the SKP predikat score (year before vs year after).
struct BehaviourResult {
    int n = 0;  // 360 pairs
    double mean_before = 0, mean_after = 0;
    PairedT t;
    bool feedback_enough = false;  // n ≥ min_pairs
    int skp_n = 0;
    double skp_before = 0, skp_after = 0;
    RankTest skp;
    bool skp_enough = false;  // skp_n ≥ min_pairs
};
BehaviourResult EvaluateBehaviour(std::span<const Pair> feedback, std::span<const Pair> skp, const Settings& settings);

/// SKM responses of one service unit in the windows before and after.
struct UnitSurveys {
    std::string code;
    std::string name;
    std::vector<SkmAnswers> before;
    std::vector<SkmAnswers> after;
};

struct UnitIkm {
    std::string code;
    std::string name;
    Ikm before;
    Ikm after;
};

/// One group's respondent indices (mean of answered elements × 25) before and after.
struct GroupIndices {
    std::vector<double> before;
    std::vector<double> after;
    std::vector<std::string> names;  // the units' names (code when unnamed)
};

/// L4: treated = the units where the participants work; control = untrained units (services/ chooses them).
struct ResultsResult {
    std::vector<UnitIkm> units;        // each treated unit
    std::vector<std::string> control;  // codes of the control units
    Ikm ikm_before, ikm_after;         // pooled over the treated units
    GroupIndices treated, untreated;   // respondent indices
    double before = 0, after = 0;      // mean respondent index of the treated units
    WelchT welch;                      // after vs before (t > 0: rose)
    DiffInDiff did;                    // valid only when did_enough
    bool enough = false;               // treated ≥ min_responses on each side
    bool did_enough = false;           // control ≥ min_responses on each side too
};
ResultsResult EvaluateResults(std::span<const UnitSurveys> treated, std::span<const UnitSurveys> control,
                              const Settings& settings);

}  // namespace bangkom::evaluation
