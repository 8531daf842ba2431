#include "evaluation/feedback360.hpp"

#include <algorithm>
#include <map>
#include <set>

#include "evaluation/verdict.hpp"

namespace bangkom::evaluation {

using domain::Lang;
using domain::Relationship;

std::string_view Code(FeedbackPhase phase) {
    return phase == FeedbackPhase::sesudah ? "sesudah" : "sebelum";
}

std::optional<FeedbackPhase> FeedbackPhaseOf(std::string_view code) {
    if (code == "sebelum") return FeedbackPhase::sebelum;
    if (code == "sesudah") return FeedbackPhase::sesudah;
    return std::nullopt;
}

DayRange FeedbackWindow(FeedbackPhase phase, domain::Date start, domain::Date end, const Settings& settings) {
    const Windows w = WindowsOf(start, end, settings);
    if (phase == FeedbackPhase::sebelum) return {w.feedback_before_from, w.feedback_before_to};
    return {w.feedback_after_from, w.feedback_after_to};
}

std::string_view Code(CampaignState state) {
    switch (state) {
        case CampaignState::open: return "terbuka";
        case CampaignState::closed: return "ditutup";
        case CampaignState::not_open: break;
    }
    return "belum_dibuka";
}

CampaignState CampaignStateOf(domain::Date opens, domain::Date closes, domain::Date today) {
    if (today < opens) return CampaignState::not_open;
    if (today > closes) return CampaignState::closed;
    return CampaignState::open;
}

namespace {

/// Up to `limit` of `nips` (not `self`) in ascending keyed order.
std::vector<std::string> FirstByKey(std::vector<std::string> nips, const std::string& self, size_t limit,
                                    const std::function<std::string(const std::string&)>& order_key) {
    std::erase(nips, self);
    std::vector<std::pair<std::string, std::string>> keyed;
    keyed.reserve(nips.size());
    for (auto& nip : nips) keyed.emplace_back(order_key(nip), std::move(nip));
    std::sort(keyed.begin(), keyed.end());
    std::vector<std::string> out;
    for (size_t i = 0; i < keyed.size() && i < limit; ++i) out.push_back(std::move(keyed[i].second));
    return out;
}

}  // namespace

std::vector<RaterChoice> ChooseRaters(std::span<const std::string> participants, std::span<const Colleague> everyone,
                                      const std::function<std::string(const std::string&)>& order_key) {
    std::map<std::string, std::string> supervisor_of;
    std::map<std::string, std::vector<std::string>> team_of;  // supervisor → staff
    for (const auto& c : everyone) {
        supervisor_of[c.nip] = c.supervisor;
        if (!c.supervisor.empty() && c.supervisor != c.nip) team_of[c.supervisor].push_back(c.nip);
    }
    std::vector<RaterChoice> out;
    std::set<std::string> done;
    for (const auto& rated : participants) {
        if (!done.insert(rated).second) continue;
        out.push_back({rated, rated, Relationship::mandiri});
        const auto s = supervisor_of.find(rated);
        const std::string supervisor = s == supervisor_of.end() ? "" : s->second;
        if (!supervisor.empty() && supervisor != rated && supervisor_of.count(supervisor)) {
            out.push_back({supervisor, rated, Relationship::atasan});
        }
        if (!supervisor.empty()) {
            const auto team = team_of.find(supervisor);
            if (team != team_of.end()) {
                for (auto& peer : FirstByKey(team->second, rated, kFeedbackMaxPeers, order_key)) {
                    out.push_back({std::move(peer), rated, Relationship::rekan});
                }
            }
        }
        const auto staff = team_of.find(rated);
        if (staff != team_of.end()) {
            for (auto& sub : FirstByKey(staff->second, rated, kFeedbackMaxSubordinates, order_key)) {
                out.push_back({std::move(sub), rated, Relationship::bawahan});
            }
        }
    }
    std::sort(out.begin(), out.end(), [](const RaterChoice& a, const RaterChoice& b) {
        return std::tie(a.rated, a.relationship, a.rater) < std::tie(b.rated, b.relationship, b.rater);
    });
    return out;
}

const std::array<SkmText, 5>& FeedbackScale() {
    static const std::array<SkmText, 5> scale{{{"Sangat kurang", "Very poor"},
                                               {"Kurang", "Poor"},
                                               {"Cukup", "Adequate"},
                                               {"Baik", "Good"},
                                               {"Sangat baik", "Very good"}}};
    return scale;
}

std::string FeedbackQuestion(Relationship relationship, std::string_view rated_name, Lang lang) {
    if (relationship == Relationship::mandiri) {
        return lang == Lang::en
                   ? "How well do you show each of these competencies in your daily work?"
                   : "Seberapa baik Anda menunjukkan setiap kompetensi berikut dalam pekerjaan sehari-hari?";
    }
    std::string out = lang == Lang::en ? "How well does " : "Seberapa baik ";
    out.append(rated_name);
    out.append(lang == Lang::en ? " show each of these competencies in their daily work?"
                                : " menunjukkan setiap kompetensi berikut dalam pekerjaan sehari-hari?");
    return out;
}

namespace {

bool Guarded(Relationship r) {
    return r == Relationship::rekan || r == Relationship::bawahan;
}

void FillOthers(CompetencyFeedback& c) {
    double sum = 0;
    int n = 0;
    for (const auto r : {Relationship::atasan, Relationship::rekan, Relationship::bawahan}) {
        const auto& g = c.groups[static_cast<size_t>(r)];
        sum += g.sum;
        n += g.scores;
    }
    if (n > 0) c.others = sum / n;
}

}  // namespace

std::vector<CompetencyFeedback> SummarizeFeedback(std::span<const FeedbackScore> rows,
                                                  std::span<const std::string> competencies) {
    std::vector<CompetencyFeedback> out;
    out.reserve(competencies.size());
    for (const auto& code : competencies) {
        CompetencyFeedback c;
        c.competency = code;
        std::array<std::set<std::string>, 4> raters;
        for (const auto& row : rows) {
            if (row.competency != code) continue;
            const auto g = static_cast<size_t>(row.relationship);
            raters[g].insert(row.rater_hash);
            c.groups[g].sum += row.score;
            ++c.groups[g].scores;
        }
        for (size_t g = 0; g < c.groups.size(); ++g) {
            auto& group = c.groups[g];
            group.raters = static_cast<int>(raters[g].size());
            if (group.raters > 0 && Guarded(static_cast<Relationship>(g)) && group.raters < kFeedbackMinGroupRaters) {
                group.hidden = true;
                group.sum = 0;
                group.scores = 0;
            }
            if (group.scores > 0) group.mean = group.sum / group.scores;
        }
        FillOthers(c);
        out.push_back(std::move(c));
    }
    return out;
}

std::vector<CompetencyFeedback> PoolFeedback(std::span<const std::vector<CompetencyFeedback>> people,
                                             std::span<const std::string> competencies) {
    std::vector<CompetencyFeedback> out;
    out.reserve(competencies.size());
    for (size_t i = 0; i < competencies.size(); ++i) {
        CompetencyFeedback c;
        c.competency = competencies[i];
        for (const auto& person : people) {
            if (i >= person.size()) continue;
            for (size_t g = 0; g < c.groups.size(); ++g) {
                const auto& from = person[i].groups[g];
                if (from.hidden) continue;
                c.groups[g].raters += from.raters;
                c.groups[g].sum += from.sum;
                c.groups[g].scores += from.scores;
            }
        }
        for (auto& group : c.groups) {
            if (group.scores > 0) group.mean = group.sum / group.scores;
        }
        FillOthers(c);
        out.push_back(std::move(c));
    }
    return out;
}

}  // namespace bangkom::evaluation
