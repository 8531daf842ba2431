#include "services/evaluation_service_data.hpp"

#include <algorithm>

#include "domain/kinds.hpp"

namespace bangkom::services {
namespace {

using domain::Kind;

constexpr Kind kEvaluationKinds[] = {Kind::unit_layanan, Kind::pegawai,        Kind::kinerja, Kind::program,
                                     Kind::angkatan,     Kind::riwayat_jp,     Kind::skm,     Kind::tes,
                                     Kind::reaksi,       Kind::umpan_balik_360};

bool Within(domain::Date d, domain::Date from, domain::Date to) {
    return !(d < from) && !(to < d);
}

int Responses(const std::vector<evaluation::UnitSurveys>& units, bool after) {
    size_t n = 0;
    for (const auto& u : units) n += after ? u.after.size() : u.before.size();
    return static_cast<int>(n);
}

}  // namespace

Result<EvaluationData> EvaluationData::Load(storage::Store& store) {
    EvaluationData data;
    for (const Kind kind : kEvaluationKinds) {
        storage::ListQuery query;
        query.limit = 0;
        auto page = store.List(kind, query);
        if (!page) return page.error();
        data.Add(std::move(page->items));
    }
    std::sort(data.offerings_.begin(), data.offerings_.end(),
              [](const auto& a, const auto& b) { return a.code < b.code; });
    // The classes' participants (enrolled by hand or from the plan), whatever their decision.
    auto counts = store.Delivery().Counts();
    if (!counts) return counts.error();
    for (const auto& c : *counts) {
        auto participants = store.Delivery().ListParticipants(c.offering);
        if (!participants) return participants.error();
        auto& nips = data.enrolled_[c.offering];
        for (const auto& p : *participants) nips.insert(p.nip);
    }
    return data;
}

void EvaluationData::Add(domain::Records&& records) {
    switch (domain::KindOf(records)) {
        case Kind::unit_layanan:
            for (auto& u : std::get<std::vector<domain::ServiceUnit>>(records)) units_[u.code] = u;
            break;
        case Kind::pegawai:
            for (auto& e : std::get<std::vector<domain::Employee>>(records)) {
                employees_[e.nip.str()] = {e.unit_code, e.agency_code};
            }
            break;
        case Kind::kinerja:
            for (auto& r : std::get<std::vector<domain::PerformanceRating>>(records)) {
                skp_[r.nip.str()][r.year] = domain::PredikatScore(r.predikat);
            }
            break;
        case Kind::program:
            for (auto& p : std::get<std::vector<domain::Program>>(records)) programs_[p.code] = p;
            break;
        case Kind::angkatan: offerings_ = std::move(std::get<std::vector<domain::Offering>>(records)); break;
        case Kind::riwayat_jp:
            for (auto& j : std::get<std::vector<domain::JpHistoryEntry>>(records)) {
                jp_[{j.activity, j.start}].insert(j.nip.str());
            }
            break;
        case Kind::skm:
            for (auto& r : std::get<std::vector<domain::SurveyResponse>>(records)) {
                skm_[r.unit_code].push_back(Dated{r.date, r.answers});
            }
            break;
        case Kind::tes:
            for (auto& t : std::get<std::vector<domain::TestScore>>(records)) {
                auto& s = tests_[t.offering_code][t.nip.str()];
                (t.kind == domain::TestKind::pre ? s.pre : s.post) = t.score;
            }
            break;
        case Kind::reaksi:
            for (auto& r : std::get<std::vector<domain::ReactionAnswer>>(records)) {
                reactions_[r.offering_code].push_back(std::move(r));
            }
            break;
        case Kind::umpan_balik_360:
            for (auto& f : std::get<std::vector<domain::Feedback360>>(records)) {
                feedback_[f.rated_nip.str()].push_back(std::move(f));
            }
            break;
        default: break;
    }
}

const domain::Offering* EvaluationData::FindOffering(const std::string& code) const {
    const auto it = std::lower_bound(offerings_.begin(), offerings_.end(), code,
                                     [](const auto& o, const std::string& c) { return o.code < c; });
    return it != offerings_.end() && it->code == code ? &*it : nullptr;
}

std::set<std::string> EvaluationData::Participants(const domain::Offering& offering) const {
    std::set<std::string> nips;
    if (const auto e = enrolled_.find(offering.code); e != enrolled_.end()) nips = e->second;
    if (const auto t = tests_.find(offering.code); t != tests_.end()) {
        for (const auto& [nip, scores] : t->second) nips.insert(nip);
    }
    if (const auto r = reactions_.find(offering.code); r != reactions_.end()) {
        for (const auto& answer : r->second) {
            if (answer.nip) nips.insert(answer.nip->str());
        }
    }
    if (const auto p = programs_.find(offering.program_code); p != programs_.end()) {
        if (const auto j = jp_.find({p->second.name, offering.start}); j != jp_.end()) {
            nips.insert(j->second.begin(), j->second.end());
        }
    }
    return nips;
}

std::set<std::string> EvaluationData::UnitsOf(const std::set<std::string>& nips) const {
    std::set<std::string> units;
    for (const auto& nip : nips) {
        const auto e = employees_.find(nip);
        if (e != employees_.end() && !e->second.first.empty()) units.insert(e->second.first);
    }
    return units;
}

std::set<std::string> EvaluationData::TrainedUnits(const std::string& program) const {
    std::set<std::string> units;
    for (const auto& o : offerings_) {
        if (o.program_code != program) continue;
        const auto u = UnitsOf(Participants(o));
        units.insert(u.begin(), u.end());
    }
    return units;
}

evaluation::UnitSurveys EvaluationData::Surveys(const std::string& unit, const evaluation::Windows& w) const {
    evaluation::UnitSurveys out;
    out.code = unit;
    if (const auto u = units_.find(unit); u != units_.end()) out.name = u->second.name;
    const auto s = skm_.find(unit);
    if (s == skm_.end()) return out;
    for (const auto& r : s->second) {
        if (Within(r.date, w.skm_before_from, w.skm_before_to)) out.before.push_back(r.answers);
        if (Within(r.date, w.skm_after_from, w.skm_after_to)) out.after.push_back(r.answers);
    }
    return out;
}

std::vector<evaluation::UnitSurveys> EvaluationData::Control(const std::set<std::string>& treated,
                                                             const std::string& program, const evaluation::Windows& w,
                                                             int min) const {
    const std::set<std::string> trained = TrainedUnits(program);
    std::set<std::string> agencies;
    for (const auto& code : treated) {
        if (const auto u = units_.find(code); u != units_.end()) agencies.insert(u->second.agency_code);
    }
    std::vector<evaluation::UnitSurveys> same, all;
    for (const auto& [code, unit] : units_) {
        if (trained.count(code) || treated.count(code)) continue;
        auto surveys = Surveys(code, w);
        if (agencies.count(unit.agency_code)) same.push_back(surveys);
        all.push_back(std::move(surveys));
    }
    if (Responses(same, false) >= min && Responses(same, true) >= min) return same;
    return all;
}

std::vector<evaluation::Pair> EvaluationData::Feedback(const std::set<std::string>& nips,
                                                       const domain::Program* program,
                                                       const evaluation::Windows& w) const {
    std::vector<evaluation::Pair> out;
    if (program == nullptr) return out;
    std::set<std::string> competencies;
    for (const auto& r : program->raises) competencies.insert(r.competency_code);
    for (const auto& nip : nips) {
        const auto f = feedback_.find(nip);
        if (f == feedback_.end()) continue;
        double before = 0, after = 0;
        int nb = 0, na = 0;
        for (const auto& row : f->second) {
            if (!competencies.count(row.competency_code)) continue;
            if (Within(row.date, w.feedback_before_from, w.feedback_before_to)) {
                before += row.score;
                ++nb;
            }
            if (Within(row.date, w.feedback_after_from, w.feedback_after_to)) {
                after += row.score;
                ++na;
            }
        }
        if (nb > 0 && na > 0) out.push_back({before / nb, after / na});
    }
    return out;
}

std::vector<evaluation::Pair> EvaluationData::Skp(const std::set<std::string>& nips,
                                                  const evaluation::Windows& w) const {
    std::vector<evaluation::Pair> out;
    for (const auto& nip : nips) {
        const auto s = skp_.find(nip);
        if (s == skp_.end()) continue;
        const auto before = s->second.find(w.skp_year_before);
        const auto after = s->second.find(w.skp_year_after);
        if (before != s->second.end() && after != s->second.end()) out.push_back({before->second, after->second});
    }
    return out;
}

evaluation::OfferingInputs EvaluationData::Inputs(const domain::Offering& offering,
                                                  const evaluation::Settings& settings,
                                                  std::optional<domain::Date> today) const {
    evaluation::OfferingInputs in;
    in.offering = offering.code;
    in.program = offering.program_code;
    const auto p = programs_.find(offering.program_code);
    const domain::Program* program = p == programs_.end() ? nullptr : &p->second;
    if (program != nullptr) in.program_name = program->name;
    in.start = offering.start;
    in.end = offering.end;
    in.today = today;
    const auto w = evaluation::WindowsOf(offering.start, offering.end, settings);
    const std::set<std::string> nips = Participants(offering);
    in.participants = static_cast<int>(nips.size());
    if (const auto r = reactions_.find(offering.code); r != reactions_.end()) {
        for (const auto& answer : r->second) in.reactions.push_back(answer.items);
    }
    if (const auto t = tests_.find(offering.code); t != tests_.end()) {
        for (const auto& [nip, s] : t->second) {
            if (s.pre && s.post) in.tests.push_back({*s.pre, *s.post});
        }
    }
    in.feedback = Feedback(nips, program, w);
    in.skp = Skp(nips, w);
    const std::set<std::string> treated = UnitsOf(nips);
    for (const auto& unit : treated) in.treated.push_back(Surveys(unit, w));
    if (!treated.empty()) in.control = Control(treated, offering.program_code, w, settings.min_responses);
    return in;
}

}  // namespace bangkom::services
