#pragma once
// The verdict of one offering (EVALUATION.md "Verdict per program"): the primary outcome is L4 where it has
// enough data, else L3, else L2; efektif when it rose significantly, menurun when it fell significantly,
// tidak_signifikan otherwise, data_kurang when no level has enough data — with the list of exactly what is
// missing and the reason in one sentence of Indonesian (and English).
//
// Which test decides a level: L4 the Welch t-test of the treated units' respondent indices after vs before (the
// difference-in-differences is reported beside it, not used for the verdict, since control units are often
// too few); L3 the 360 paired t-test, else (fewer than min_pairs 360 pairs) the SKP Wilcoxon test; L2 the paired
// t-test. When a t-test cannot be computed (every difference identical) the Wilcoxon test of the same pairs
// decides; when neither can (every difference zero) there is no change (p = 1).

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/date.hpp"
#include "evaluation/levels.hpp"
#include "evaluation/settings.hpp"

namespace bangkom::evaluation {

enum class Level { none, L1, L2, L3, L4 };
enum class Verdict { efektif, tidak_signifikan, menurun, data_kurang };

/// "L1" … "L4"; "" for none.
std::string_view Code(Level level);
/// "efektif", "tidak_signifikan", "menurun", "data_kurang".
std::string_view Code(Verdict verdict);

/// What one offering's evaluation reads, gathered by services/ (plain values).
struct OfferingInputs {
    std::string offering;
    std::string program;
    std::string program_name;
    domain::Date start;
    domain::Date end;
    int participants = 0;
    std::vector<ReactionItems> reactions;
    std::vector<Pair> tests;     // pre/post per participant
    std::vector<Pair> feedback;  // 360 mean on the program's competencies, before/after windows
    std::vector<Pair> skp;       // SKP predikat score, year before / year after
    std::vector<UnitSurveys> treated;
    std::vector<UnitSurveys> control;
    std::optional<domain::Date> today;  // to say that a window has not ended yet
};

/// One thing missing for a level, as a sentence in both languages.
struct Missing {
    Level level = Level::none;
    std::string id;
    std::string en;
};

/// The primary outcome's numbers behind the verdict.
struct PrimaryOutcome {
    Level level = Level::none;
    std::string test;  // "welch", "paired_t", "wilcoxon"
    double before = 0, after = 0;
    double p = 1;
};

struct OfferingEvaluation {
    std::string offering, program, program_name;
    domain::Date start, end;
    int participants = 0;
    ReactionResult l1;
    LearningResult l2;
    BehaviourResult l3;
    ResultsResult l4;
    PrimaryOutcome primary;
    Verdict verdict = Verdict::data_kurang;
    std::string reason, reason_en;
    std::vector<Missing> missing;  // every shortfall of L2–L4 (and of the control group)
};

/// The windows of EVALUATION.md for an offering (inclusive days).
struct Windows {
    domain::Date skm_before_from, skm_before_to;
    domain::Date skm_after_from, skm_after_to;
    domain::Date feedback_before_from, feedback_before_to;
    domain::Date feedback_after_from, feedback_after_to;
    int skp_year_before = 0, skp_year_after = 0;
};
Windows WindowsOf(domain::Date start, domain::Date end, const Settings& settings);

/// Every level, the primary outcome, the verdict, its reason and what is missing.
OfferingEvaluation EvaluateOffering(const OfferingInputs& inputs, const Settings& settings);

/// The primary outcome of already computed levels (level none when no level has enough data).
PrimaryOutcome ChoosePrimary(const LearningResult& l2, const BehaviourResult& l3, const ResultsResult& l4);
/// The verdict of a primary outcome at `alpha`.
Verdict Decide(const PrimaryOutcome& primary, double alpha);

/// The shortfalls of the levels (texts in verdict_text.cpp).
std::vector<Missing> MissingOf(const OfferingInputs& inputs, const OfferingEvaluation& e, const Settings& settings);
/// The one-sentence reason (Indonesian, English) of the verdict.
std::pair<std::string, std::string> ReasonOf(const OfferingEvaluation& e);

}  // namespace bangkom::evaluation
