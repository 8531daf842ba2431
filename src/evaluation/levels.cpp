#include "evaluation/levels.hpp"

#include <algorithm>

namespace bangkom::evaluation {
namespace {

void Split(std::span<const Pair> pairs, std::vector<double>& before, std::vector<double>& after) {
    before.reserve(pairs.size());
    after.reserve(pairs.size());
    for (const auto& p : pairs) {
        before.push_back(p.before);
        after.push_back(p.after);
    }
}

void AddIndices(const std::vector<SkmAnswers>& responses, std::vector<double>& out) {
    for (const auto& r : responses) {
        if (auto index = RespondentIndex(r)) out.push_back(*index);
    }
}

GroupIndices Indices(std::span<const UnitSurveys> units) {
    GroupIndices g;
    for (const auto& u : units) {
        AddIndices(u.before, g.before);
        AddIndices(u.after, g.after);
        g.names.push_back(u.name.empty() ? u.code : u.name);
    }
    return g;
}

}  // namespace

ReactionResult EvaluateReaction(std::span<const ReactionItems> answers, const Settings& settings) {
    ReactionResult out;
    std::array<double, 6> sums{};
    std::array<int, 6> high{};
    int all = 0, all_high = 0;
    double all_sum = 0;
    for (const auto& answer : answers) {
        bool any = false;
        for (size_t i = 0; i < answer.size(); ++i) {
            if (!answer[i]) continue;
            const int v = *answer[i];
            any = true;
            ++out.items[i].answered;
            sums[i] += v;
            high[i] += v >= 4 ? 1 : 0;
            ++all;
            all_sum += v;
            all_high += v >= 4 ? 1 : 0;
        }
        out.respondents += any ? 1 : 0;
    }
    for (size_t i = 0; i < out.items.size(); ++i) {
        auto& item = out.items[i];
        if (item.answered == 0) continue;
        item.mean = sums[i] / item.answered;
        item.share_high = static_cast<double>(high[i]) / item.answered;
        item.flagged = item.mean < settings.reaction_flag_below;
    }
    out.computed = all > 0;
    if (out.computed) {
        out.mean = all_sum / all;
        out.share_high = static_cast<double>(all_high) / all;
    }
    return out;
}

LearningResult EvaluateLearning(std::span<const Pair> pairs, const Settings& settings) {
    LearningResult out;
    std::vector<double> pre, post;
    Split(pairs, pre, post);
    out.n = static_cast<int>(pairs.size());
    out.enough = out.n >= settings.min_pairs;
    if (out.n == 0) return out;
    out.mean_pre = Mean(pre);
    out.mean_post = Mean(post);
    out.t = PairedTTest(pre, post, settings.alpha);
    out.wilcoxon = WilcoxonSignedRank(pre, post);
    if (out.mean_pre < 100) out.gain = (out.mean_post - out.mean_pre) / (100 - out.mean_pre);
    return out;
}

BehaviourResult EvaluateBehaviour(std::span<const Pair> feedback, std::span<const Pair> skp, const Settings& settings) {
    BehaviourResult out;
    std::vector<double> before, after;
    Split(feedback, before, after);
    out.n = static_cast<int>(feedback.size());
    out.feedback_enough = out.n >= settings.min_pairs;
    if (out.n > 0) {
        out.mean_before = Mean(before);
        out.mean_after = Mean(after);
        out.t = PairedTTest(before, after, settings.alpha);
    }
    std::vector<double> skp_before, skp_after;
    Split(skp, skp_before, skp_after);
    out.skp_n = static_cast<int>(skp.size());
    out.skp_enough = out.skp_n >= settings.min_pairs;
    if (out.skp_n > 0) {
        out.skp_before = Mean(skp_before);
        out.skp_after = Mean(skp_after);
        out.skp = WilcoxonSignedRank(skp_before, skp_after);
    }
    return out;
}

ResultsResult EvaluateResults(std::span<const UnitSurveys> treated, std::span<const UnitSurveys> control,
                              const Settings& settings) {
    ResultsResult out;
    std::vector<SkmAnswers> all_before, all_after;
    for (const auto& u : treated) {
        out.units.push_back(UnitIkm{u.code, u.name, ComputeIkm(u.before), ComputeIkm(u.after)});
        all_before.insert(all_before.end(), u.before.begin(), u.before.end());
        all_after.insert(all_after.end(), u.after.begin(), u.after.end());
    }
    for (const auto& u : control) out.control.push_back(u.code);
    out.ikm_before = ComputeIkm(all_before);
    out.ikm_after = ComputeIkm(all_after);
    out.treated = Indices(treated);
    out.untreated = Indices(control);
    const auto n = [](const std::vector<double>& v) { return static_cast<int>(v.size()); };
    const int min = settings.min_responses;
    out.enough = n(out.treated.before) >= min && n(out.treated.after) >= min;
    out.did_enough = out.enough && n(out.untreated.before) >= min && n(out.untreated.after) >= min;
    if (!out.treated.before.empty()) out.before = Mean(out.treated.before);
    if (!out.treated.after.empty()) out.after = Mean(out.treated.after);
    out.welch = WelchTTest(out.treated.after, out.treated.before, settings.alpha);
    if (out.did_enough) {
        out.did =
            DifferenceInDifferences(out.treated.before, out.treated.after, out.untreated.before, out.untreated.after);
    }
    return out;
}

}  // namespace bangkom::evaluation
