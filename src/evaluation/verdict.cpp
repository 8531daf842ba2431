#include "evaluation/verdict.hpp"

namespace bangkom::evaluation {
namespace {

/// p of a paired comparison: the t-test, else its Wilcoxon companion, else no change.
double PairedP(const PairedT& t, const RankTest& wilcoxon) {
    if (t.valid) return t.p;
    if (wilcoxon.valid) return wilcoxon.p;
    return 1;
}

}  // namespace

std::string_view Code(Level level) {
    switch (level) {
        case Level::L1: return "L1";
        case Level::L2: return "L2";
        case Level::L3: return "L3";
        case Level::L4: return "L4";
        case Level::none: break;
    }
    return "";
}

std::string_view Code(Verdict verdict) {
    switch (verdict) {
        case Verdict::efektif: return "efektif";
        case Verdict::tidak_signifikan: return "tidak_signifikan";
        case Verdict::menurun: return "menurun";
        case Verdict::data_kurang: break;
    }
    return "data_kurang";
}

Windows WindowsOf(domain::Date start, domain::Date end, const Settings& s) {
    Windows w;
    w.skm_before_from = start.AddMonths(-s.skm_before_months);
    w.skm_before_to = start.AddDays(-1);
    w.skm_after_from = end.AddMonths(s.skm_after_from_months);
    w.skm_after_to = end.AddMonths(s.skm_after_to_months);
    w.feedback_before_from = start.AddDays(-s.feedback_before_days);
    w.feedback_before_to = start.AddDays(-1);
    w.feedback_after_from = end.AddMonths(s.feedback_after_from_months);
    w.feedback_after_to = end.AddMonths(s.feedback_after_to_months);
    w.skp_year_before = start.year() - 1;
    w.skp_year_after = end.year() + 1;
    return w;
}

PrimaryOutcome ChoosePrimary(const LearningResult& l2, const BehaviourResult& l3, const ResultsResult& l4) {
    PrimaryOutcome p;
    if (l4.enough) {
        p.level = Level::L4;
        p.test = "welch";
        p.before = l4.before;
        p.after = l4.after;
        p.p = l4.welch.valid ? l4.welch.p : 1;
        return p;
    }
    if (l3.feedback_enough) {
        p.level = Level::L3;
        p.test = "paired_t";
        p.before = l3.mean_before;
        p.after = l3.mean_after;
        p.p = PairedP(l3.t, RankTest{});
        return p;
    }
    if (l3.skp_enough) {
        p.level = Level::L3;
        p.test = "wilcoxon";
        p.before = l3.skp_before;
        p.after = l3.skp_after;
        p.p = l3.skp.valid ? l3.skp.p : 1;
        return p;
    }
    if (l2.enough) {
        p.level = Level::L2;
        p.test = l2.t.valid || !l2.wilcoxon.valid ? "paired_t" : "wilcoxon";
        p.before = l2.mean_pre;
        p.after = l2.mean_post;
        p.p = PairedP(l2.t, l2.wilcoxon);
    }
    return p;
}

Verdict Decide(const PrimaryOutcome& primary, double alpha) {
    if (primary.level == Level::none) return Verdict::data_kurang;
    if (primary.p >= alpha || primary.after == primary.before) return Verdict::tidak_signifikan;
    return primary.after > primary.before ? Verdict::efektif : Verdict::menurun;
}

OfferingEvaluation EvaluateOffering(const OfferingInputs& in, const Settings& settings) {
    OfferingEvaluation e;
    e.offering = in.offering;
    e.program = in.program;
    e.program_name = in.program_name;
    e.start = in.start;
    e.end = in.end;
    e.participants = in.participants;
    e.l1 = EvaluateReaction(in.reactions, settings);
    e.l2 = EvaluateLearning(in.tests, settings);
    e.l3 = EvaluateBehaviour(in.feedback, in.skp, settings);
    e.l4 = EvaluateResults(in.treated, in.control, settings);
    e.primary = ChoosePrimary(e.l2, e.l3, e.l4);
    e.verdict = Decide(e.primary, settings.alpha);
    e.missing = MissingOf(in, e, settings);
    auto [id, en] = ReasonOf(e);
    e.reason = std::move(id);
    e.reason_en = std::move(en);
    return e;
}

}  // namespace bangkom::evaluation
