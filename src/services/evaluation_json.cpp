// evaluation results → the JSON of issue 8 and docs/evaluation.md.

#include "services/evaluation_json.hpp"

#include <boost/json/array.hpp>
#include <cmath>

#include "services/gap_json.hpp"

namespace bangkom::services {
namespace json = boost::json;
using evaluation::Level;

namespace {

json::value Num(double x) {
    if (!std::isfinite(x)) return nullptr;
    if (x == std::floor(x) && std::fabs(x) < 9.0e15) return static_cast<int64_t>(x);
    return x;
}

json::value NumIf(bool ok, double x) {
    return ok ? Num(x) : json::value(nullptr);
}

json::value DateOrNull(const std::optional<domain::Date>& d) {
    return d ? json::value(d->ToIso()) : json::value(nullptr);
}

json::object ReactionJson(const evaluation::ReactionResult& r) {
    json::array items, flagged;
    for (size_t i = 0; i < r.items.size(); ++i) {
        const auto& item = r.items[i];
        const bool any = item.answered > 0;
        items.push_back(json::object{{"item", evaluation::kReactionItemCodes[i]},
                                     {"answered", item.answered},
                                     {"mean", NumIf(any, item.mean)},
                                     {"share_4_5", NumIf(any, item.share_high)},
                                     {"flagged", item.flagged}});
        if (item.flagged) flagged.push_back(json::string(evaluation::kReactionItemCodes[i]));
    }
    return {{"respondents", r.respondents},
            {"mean", NumIf(r.computed, r.mean)},
            {"share_4_5", NumIf(r.computed, r.share_high)},
            {"items", std::move(items)},
            {"flagged", std::move(flagged)}};
}

json::object LearningJson(const evaluation::LearningResult& l) {
    const bool any = l.n > 0, t = l.t.valid, w = l.wilcoxon.valid;
    return {{"n", l.n},
            {"enough", l.enough},
            {"mean_pre", NumIf(any, l.mean_pre)},
            {"mean_post", NumIf(any, l.mean_post)},
            {"mean_diff", NumIf(any, l.mean_post - l.mean_pre)},
            {"ci_low", NumIf(t, l.t.ci_low)},
            {"ci_high", NumIf(t, l.t.ci_high)},
            {"t", NumIf(t, l.t.t)},
            {"df", NumIf(t, l.t.df)},
            {"p", NumIf(t, l.t.p)},
            {"wilcoxon_v", NumIf(w, l.wilcoxon.statistic)},
            {"wilcoxon_p", NumIf(w, l.wilcoxon.p)},
            {"d_z", NumIf(t, l.t.d_z)},
            {"gain", l.gain ? Num(*l.gain) : json::value(nullptr)}};
}

json::object BehaviourJson(const evaluation::BehaviourResult& b) {
    const bool any = b.n > 0, t = b.t.valid, skp = b.skp_n > 0, w = b.skp.valid;
    return {{"n", b.n},
            {"enough", b.feedback_enough || b.skp_enough},
            {"feedback_enough", b.feedback_enough},
            {"mean_before", NumIf(any, b.mean_before)},
            {"mean_after", NumIf(any, b.mean_after)},
            {"mean_diff", NumIf(any, b.mean_after - b.mean_before)},
            {"ci_low", NumIf(t, b.t.ci_low)},
            {"ci_high", NumIf(t, b.t.ci_high)},
            {"t", NumIf(t, b.t.t)},
            {"df", NumIf(t, b.t.df)},
            {"p", NumIf(t, b.t.p)},
            {"skp_n", b.skp_n},
            {"skp_enough", b.skp_enough},
            {"skp_before", NumIf(skp, b.skp_before)},
            {"skp_after", NumIf(skp, b.skp_after)},
            {"skp_v", NumIf(w, b.skp.statistic)},
            {"skp_p", NumIf(w, b.skp.p)}};
}

json::object ResultsJson(const evaluation::ResultsResult& r) {
    const auto nb = r.treated.before.size(), na = r.treated.after.size();
    const auto cb = r.untreated.before.size(), ca = r.untreated.after.size();
    const bool w = r.welch.valid, d = r.did_enough && r.did.valid;
    json::array units, control;
    for (const auto& u : r.units) {
        units.push_back(json::object{
            {"unit", u.code}, {"name", u.name}, {"before", IkmBrief(u.before)}, {"after", IkmBrief(u.after)}});
    }
    for (const auto& c : r.control) control.push_back(json::string(c));
    return {{"enough", r.enough},
            {"before", NumIf(nb > 0, r.before)},
            {"after", NumIf(na > 0, r.after)},
            {"n_before", nb},
            {"n_after", na},
            {"ikm_before", IkmBrief(r.ikm_before)},
            {"ikm_after", IkmBrief(r.ikm_after)},
            {"t", NumIf(w, r.welch.t)},
            {"df", NumIf(w, r.welch.df)},
            {"p", NumIf(w, r.welch.p)},
            {"ci_low", NumIf(w, r.welch.ci_low)},
            {"ci_high", NumIf(w, r.welch.ci_high)},
            {"did_enough", r.did_enough},
            {"did", NumIf(d, r.did.estimate)},
            {"did_se", NumIf(d, r.did.se)},
            {"did_p", NumIf(d, r.did.p)},
            {"did_assumes", "parallel_trends"},
            {"control_before", NumIf(d, r.did.before_control)},
            {"control_after", NumIf(d, r.did.after_control)},
            {"control_n_before", cb},
            {"control_n_after", ca},
            {"units", std::move(units)},
            {"control_units", std::move(control)}};
}

json::array Span(domain::Date from, domain::Date to) {
    return json::array{json::string(from.ToIso()), json::string(to.ToIso())};
}

json::object WindowsJson(const evaluation::OfferingEvaluation& e, const evaluation::Settings& s) {
    const auto w = evaluation::WindowsOf(e.start, e.end, s);
    return {{"skm_before", Span(w.skm_before_from, w.skm_before_to)},
            {"skm_after", Span(w.skm_after_from, w.skm_after_to)},
            {"feedback_before", Span(w.feedback_before_from, w.feedback_before_to)},
            {"feedback_after", Span(w.feedback_after_from, w.feedback_after_to)},
            {"skp_years", json::array{w.skp_year_before, w.skp_year_after}}};
}

json::object OfferingBody(const evaluation::OfferingEvaluation& e, const evaluation::Settings& s) {
    json::array missing;
    for (const auto& m : e.missing) {
        const auto level = evaluation::Code(m.level);
        missing.push_back(
            json::object{{"level", level.empty() ? json::value(nullptr) : json::value(json::string(level))},
                         {"text", m.id},
                         {"text_en", m.en}});
    }
    const bool primary = e.primary.level != Level::none;
    return {{"offering", e.offering},
            {"program", e.program},
            {"program_name", e.program_name},
            {"start", e.start.ToIso()},
            {"end", e.end.ToIso()},
            {"participants", e.participants},
            {"levels", json::object{{"L1", ReactionJson(e.l1)},
                                    {"L2", LearningJson(e.l2)},
                                    {"L3", BehaviourJson(e.l3)},
                                    {"L4", ResultsJson(e.l4)}}},
            {"primary", primary ? json::value(json::string(evaluation::Code(e.primary.level))) : json::value(nullptr)},
            {"primary_test", primary ? json::value(json::string(e.primary.test)) : json::value(nullptr)},
            {"primary_p", NumIf(primary, e.primary.p)},
            {"verdict", evaluation::Code(e.verdict)},
            {"reason", e.reason},
            {"reason_en", e.reason_en},
            {"missing", std::move(missing)},
            {"windows", WindowsJson(e, s)}};
}

}  // namespace

json::object IkmBrief(const evaluation::Ikm& ikm) {
    return {{"respondents", ikm.respondents},
            {"ikm", NumIf(ikm.complete, ikm.ikm)},
            {"index", NumIf(ikm.complete, ikm.index)},
            {"grade", ikm.complete ? json::value(std::string(1, ikm.grade)) : json::value(nullptr)},
            {"label", ikm.complete ? json::value(ikm.label) : json::value(nullptr)}};
}

json::object UnitIkmJson(const UnitIkmReport& r) {
    json::array nrr, answered;
    for (size_t i = 0; i < r.ikm.nrr.size(); ++i) {
        nrr.push_back(NumIf(r.ikm.answered[i] > 0, r.ikm.nrr[i]));
        answered.push_back(r.ikm.answered[i]);
    }
    json::object out{{"unit", r.unit},         {"name", r.name},
                     {"agency", r.agency},     {"from", DateOrNull(r.from)},
                     {"to", DateOrNull(r.to)}, {"respondents", r.ikm.respondents},
                     {"nrr", std::move(nrr)},  {"answered", std::move(answered)}};
    for (auto& [key, value] : IkmBrief(r.ikm)) {
        if (key != "respondents") out[key] = value;
    }
    out["complete"] = r.ikm.complete;
    return out;
}

json::object UnitQuartersJson(const UnitIkmReport& report, const std::vector<QuarterIkm>& quarters) {
    json::object out = UnitIkmJson(report);
    json::array list;
    for (const auto& q : quarters) {
        json::object o{{"quarter", std::to_string(q.year) + "-Q" + std::to_string(q.quarter)},
                       {"year", q.year},
                       {"q", q.quarter},
                       {"from", q.from.ToIso()},
                       {"to", q.to.ToIso()}};
        for (auto& [key, value] : IkmBrief(q.ikm)) o[key] = value;
        o["complete"] = q.ikm.complete;
        list.push_back(std::move(o));
    }
    out["quarters"] = std::move(list);
    return out;
}

json::object UnitGroupsJson(const UnitIkmReport& report,
                            const std::vector<std::vector<evaluation::RespondentGroup>>& dimensions,
                            domain::Lang lang) {
    json::object out = UnitIkmJson(report);
    json::array list;
    for (size_t d = 0; d < dimensions.size() && d < evaluation::kRespondentDimensions.size(); ++d) {
        const auto dimension = evaluation::kRespondentDimensions[d];
        json::array groups;
        for (const auto& g : dimensions[d]) {
            const std::string_view name = g.name.id.empty() ? std::string_view(g.value) : g.name.In(lang);
            json::object o{{"value", g.value}, {"name", name}};
            for (auto& [key, value] : IkmBrief(g.ikm)) o[key] = value;
            o["complete"] = g.ikm.complete;
            groups.push_back(std::move(o));
        }
        list.push_back(json::object{{"dimension", evaluation::Code(dimension)},
                                    {"name", evaluation::NameOf(dimension).In(lang)},
                                    {"groups", std::move(groups)}});
    }
    out["dimensions"] = std::move(list);
    return out;
}

json::object IkmOverviewJson(const IkmOverview& overview) {
    json::array agencies, units;
    for (const auto& a : overview.agencies) {
        json::object o{{"agency", a.agency}, {"name", a.name}, {"units", a.units}};
        for (auto& [key, value] : IkmBrief(a.ikm)) o[key] = value;
        agencies.push_back(std::move(o));
    }
    for (const auto& u : overview.units) {
        json::object o{{"unit", u.unit}, {"name", u.name}, {"agency", u.agency}};
        for (auto& [key, value] : IkmBrief(u.ikm)) o[key] = value;
        o["complete"] = u.ikm.complete;
        units.push_back(std::move(o));
    }
    return {{"from", DateOrNull(overview.from)},
            {"to", DateOrNull(overview.to)},
            {"agencies", std::move(agencies)},
            {"units", std::move(units)}};
}

json::object SettingsJson(const evaluation::Settings& s) {
    return {{"alpha", Num(s.alpha)},
            {"min_pairs", s.min_pairs},
            {"min_responses", s.min_responses},
            {"reaction_flag_below", Num(s.reaction_flag_below)},
            {"feedback_before_days", s.feedback_before_days},
            {"feedback_after_from_months", s.feedback_after_from_months},
            {"feedback_after_to_months", s.feedback_after_to_months},
            {"skm_before_months", s.skm_before_months},
            {"skm_after_from_months", s.skm_after_from_months},
            {"skm_after_to_months", s.skm_after_to_months},
            {"flagged_raise_factor", Num(s.flagged_raise_factor)}};
}

json::object OfferingJson(const evaluation::OfferingEvaluation& e, const evaluation::Settings& settings) {
    json::object out = OfferingBody(e, settings);
    out["settings"] = SettingsJson(settings);
    return out;
}

json::object YearJson(const evaluation::YearEvaluation& y, const evaluation::Settings& settings) {
    json::array items;
    for (size_t i = 0; i < y.offerings.size(); ++i) {
        json::object o = OfferingBody(y.offerings[i], settings);
        o["q"] = y.q[i] ? Num(*y.q[i]) : json::value(nullptr);
        items.push_back(std::move(o));
    }
    json::object counts;
    for (size_t v = 0; v < y.counts.size(); ++v) {
        counts[evaluation::Code(static_cast<evaluation::Verdict>(v))] = y.counts[v];
    }
    return {{"year", y.year},
            {"counts", std::move(counts)},
            {"offerings", std::move(items)},
            {"settings", SettingsJson(settings)}};
}

std::string JsonText(const json::object& object) {
    std::string out;
    AppendPlain(out, object);
    out += "\n";
    return out;
}

}  // namespace bangkom::services
