#include "services/plan_model_builder.hpp"

#include <algorithm>
#include <boost/json/parse.hpp>
#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <map>

#include "analysis/analyze.hpp"
#include "planning/objective.hpp"

namespace bangkom::services {

namespace json = boost::json;

namespace {

bool En(domain::Lang lang) {
    return lang == domain::Lang::en;
}

Error BadPlanSettings(domain::Lang lang, const std::string& detail) {
    return MakeError(ErrorCode::invalid_argument,
                     (En(lang) ? "Invalid plan settings: " : "Pengaturan rencana tidak valid: ") + detail);
}

template <class T>
bool ReadNumber(const json::object& o, const char* key, T& out) {
    const auto* v = o.if_contains(key);
    if (v == nullptr) return true;
    if (!v->is_number()) return false;
    out = static_cast<T>(v->to_number<double>());
    return true;
}

/// Programs and offerings of the year into the model; returns the program index by code.
void AddCatalog(const analysis::Snapshot& snapshot, const PlanCatalog& catalog, int year, BuiltPlanModel& built) {
    planning::Model& model = built.model;
    std::map<std::string, const domain::Program*, std::less<>> programs;
    for (const auto& p : catalog.programs) programs.emplace(p.code, &p);
    std::map<std::string, const ProgramFlag*, std::less<>> flags;
    for (const auto& f : catalog.flags) flags.emplace(f.program, &f);
    std::map<std::string, uint32_t, std::less<>> program_index;
    std::vector<const domain::Offering*> offerings;
    for (const auto& o : catalog.offerings) {
        if (o.start.year() == year && programs.contains(o.program_code)) offerings.push_back(&o);
    }
    std::sort(offerings.begin(), offerings.end(), [](auto* a, auto* b) { return a->code < b->code; });
    for (const domain::Offering* o : offerings) {
        const domain::Program& p = *programs.at(o->program_code);
        auto [it, added] = program_index.emplace(p.code, static_cast<uint32_t>(model.programs.size()));
        if (added) {
            planning::Program program{p.code, {}, static_cast<double>(p.max_level)};
            const auto flag = flags.find(p.code);
            const double factor = flag == flags.end() ? 1.0 : flag->second->factor;
            if (flag != flags.end()) built.flagged.push_back(*flag->second);
            for (const auto& raise : p.raises) {
                if (auto c = snapshot.FindCompetency(raise.competency_code)) {
                    program.raises.emplace_back(*c, static_cast<double>(raise.levels) * factor);
                }
            }
            std::sort(program.raises.begin(), program.raises.end());
            model.programs.push_back(std::move(program));
        }
        model.offerings.push_back(planning::Offering{o->code, it->second, p.jp, p.cost_per_participant.rupiah,
                                                     o->capacity, static_cast<int32_t>(o->start.DaysSinceEpoch()),
                                                     static_cast<int32_t>(o->end.DaysSinceEpoch()),
                                                     domain::NeedsAttendance(p.form)});
    }
}

/// Agencies of the scope with their budgets; returns the model index by code.
std::map<std::string, uint32_t, std::less<>> AddAgencies(const analysis::Snapshot& snapshot, const PlanCatalog& catalog,
                                                         const PlanScope& scope, planning::Model& model) {
    std::map<std::string, int64_t, std::less<>> budgets;
    for (const auto& a : catalog.agencies) budgets.emplace(a.code, a.budget.rupiah);
    std::vector<std::string> codes;
    if (!scope.agency.empty()) {
        codes.push_back(scope.agency);
    } else {
        codes = snapshot.agency_codes;  // sorted
    }
    std::map<std::string, uint32_t, std::less<>> index;
    for (const auto& code : codes) {
        const auto budget = budgets.find(code);
        index.emplace(code, static_cast<uint32_t>(model.agencies.size()));
        model.agencies.push_back(planning::Agency{code, budget == budgets.end() ? 0 : budget->second});
    }
    return index;
}

/// The competencies (model ids) with a proposal approved for `year` of employee `nip`.
std::vector<uint32_t> ApprovedProposals(const analysis::Snapshot& snapshot, const std::string& nip, int year) {
    std::vector<uint32_t> out;
    const auto e = snapshot.FindEmployee(nip);
    if (!e) return out;
    for (uint32_t i = snapshot.proposal_offsets[*e]; i < snapshot.proposal_offsets[*e + 1]; ++i) {
        if (snapshot.proposals[i].year == year) out.push_back(snapshot.proposals[i].competency);
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

planning::Employee ToEmployee(const analysis::Snapshot& snapshot, const analysis::EmployeeGaps& g, uint32_t agency) {
    planning::Employee e{g.nip, agency, g.jp_earned, {}, {}};
    for (const auto& gap : g.gaps) {
        if (!gap.held || gap.gap + gap.target_gap <= 0) continue;
        const auto c = snapshot.FindCompetency(gap.competency);
        if (!c) continue;
        e.needs.push_back(planning::Need{*c, *gap.held, gap.gap, gap.target_gap, gap.weight, gap.target_weight});
    }
    std::sort(e.needs.begin(), e.needs.end(), [](const auto& a, const auto& b) { return a.competency < b.competency; });
    return e;
}

/// Candidates of every employee: offerings raising one of their needs (v > 0) plus the free ones.
void AddCandidates(planning::Model& model) {
    std::vector<std::vector<uint32_t>> by_competency(model.competencies.size());
    std::vector<uint32_t> free;
    for (uint32_t o = 0; o < model.offerings.size(); ++o) {
        for (const auto& [c, levels] : model.programs[model.offerings[o].program].raises) {
            if (levels > 0 && c < by_competency.size()) by_competency[c].push_back(o);
        }
        if (model.offerings[o].cost == 0) free.push_back(o);
    }
    for (auto& e : model.employees) {
        std::vector<uint32_t> candidates = free;
        for (const auto& need : e.needs) {
            for (uint32_t o : by_competency[need.competency]) {
                if (planning::EffectiveRaise(model, need, o) > 0) candidates.push_back(o);
            }
        }
        std::sort(candidates.begin(), candidates.end());
        candidates.erase(std::unique(candidates.begin(), candidates.end()), candidates.end());
        e.candidates = std::move(candidates);
    }
}

Result<void> CheckScope(const analysis::Snapshot& snapshot, const PlanCatalog& catalog, const PlanScope& scope,
                        domain::Lang lang) {
    if (scope.agency.empty() || snapshot.FindAgency(scope.agency)) return {};
    if (std::any_of(catalog.agencies.begin(), catalog.agencies.end(),
                    [&](const auto& a) { return a.code == scope.agency; })) {
        return {};
    }
    return MakeError(ErrorCode::not_found,
                     En(lang) ? "unknown agency '" + scope.agency + "'" : "OPD '" + scope.agency + "' tidak ditemukan");
}

}  // namespace

Result<void> ApplyPlanSettingsJson(const std::string& text, planning::ModelSettings& settings, domain::Lang lang) {
    boost::system::error_code ec;
    const json::value doc = json::parse(text, ec);
    if (ec || !doc.is_object()) return BadPlanSettings(lang, "JSON");
    const json::object& o = doc.as_object();
    if (!ReadNumber(o, "target_jp", settings.target_jp) || !ReadNumber(o, "jp_cap", settings.jp_cap) ||
        !ReadNumber(o, "shortfall_penalty", settings.shortfall_penalty)) {
        return BadPlanSettings(lang, En(lang) ? "wrong value type" : "nilai tidak sesuai jenisnya");
    }
    if (settings.target_jp < 0) return BadPlanSettings(lang, "target_jp < 0");
    if (settings.jp_cap < 0) return BadPlanSettings(lang, "jp_cap < 0");
    if (settings.shortfall_penalty < 0) return BadPlanSettings(lang, "shortfall_penalty < 0");
    return {};
}

Result<planning::ModelSettings> LoadPlanSettings(storage::Store& store, int jp_target, domain::Lang lang) {
    planning::ModelSettings settings;
    settings.target_jp = jp_target;
    auto stored = store.GetSetting(kPlanSettingsKey);
    if (!stored) return stored.error();
    if (*stored) {
        if (auto applied = ApplyPlanSettingsJson(**stored, settings, lang); !applied) return applied.error();
    }
    return settings;
}

std::string PlanSettingsJson(const planning::ModelSettings& settings) {
    return json::serialize(json::object{{"target_jp", settings.target_jp},
                                        {"jp_cap", settings.jp_cap},
                                        {"shortfall_penalty", settings.shortfall_penalty}});
}

Result<domain::Date> PlanAnalysisDate(int year, domain::Lang lang) {
    auto date = domain::Date::FromYmd(year, 1, 1);
    if (!date) {
        return MakeError(ErrorCode::invalid_argument,
                         En(lang) ? "the plan year must be within 1900-2200, not " + std::to_string(year)
                                  : "tahun rencana harus antara 1900 dan 2200, bukan " + std::to_string(year));
    }
    return *date;
}

Result<PlanCatalog> LoadPlanCatalog(storage::Store& store) {
    PlanCatalog catalog;
    storage::ListQuery all;
    all.limit = 0;
    auto agencies = store.List(domain::Kind::opd, all);
    if (!agencies) return agencies.error();
    catalog.agencies = std::get<std::vector<domain::Agency>>(std::move(agencies->items));
    auto programs = store.List(domain::Kind::program, all);
    if (!programs) return programs.error();
    catalog.programs = std::get<std::vector<domain::Program>>(std::move(programs->items));
    auto offerings = store.List(domain::Kind::angkatan, all);
    if (!offerings) return offerings.error();
    catalog.offerings = std::get<std::vector<domain::Offering>>(std::move(offerings->items));
    return catalog;
}

Result<BuiltPlanModel> BuildPlanModel(const analysis::Snapshot& snapshot, const analysis::Settings& analysis_settings,
                                      const PlanCatalog& catalog, const PlanScope& scope,
                                      const planning::ModelSettings& settings, domain::Lang lang) {
    if (auto ok = CheckScope(snapshot, catalog, scope, lang); !ok) return ok.error();
    BuiltPlanModel built;
    planning::Model& model = built.model;
    built.agency = scope.agency;
    model.year = scope.year;
    model.settings = settings;
    model.competencies = snapshot.competency_codes;
    AddCatalog(snapshot, catalog, scope.year, built);
    std::sort(built.flagged.begin(), built.flagged.end(),
              [](const ProgramFlag& a, const ProgramFlag& b) { return a.program < b.program; });
    if (model.offerings.empty()) {
        const std::string y = std::to_string(scope.year);
        return MakeError(ErrorCode::failed_precondition, En(lang) ? "no offering (angkatan) starts in " + y
                                                                  : "tidak ada angkatan yang dimulai pada tahun " + y);
    }
    const auto agencies = AddAgencies(snapshot, catalog, scope, model);
    const analysis::Scope analysis_scope =
        scope.agency.empty() ? analysis::Scope::All() : analysis::Scope::Agency(scope.agency);
    auto report = analysis::Analyze(snapshot, analysis_settings, analysis_scope, analysis::Options{true}, lang);
    if (!report) return report.error();
    built.analysis_date = report->analysis_date;
    for (const auto& g : report->employees) {
        const auto agency = agencies.find(g.agency);
        if (agency == agencies.end()) continue;
        planning::Employee e = ToEmployee(snapshot, g, agency->second);
        const bool subject = g.status == domain::EmploymentStatus::pns || analysis_settings.jp_applies_to_pppk;
        if (!subject) e.j0 = std::max(e.j0, settings.target_jp);
        built.earned_jp.push_back(g.jp_earned);
        built.jp_subject.push_back(subject);
        built.proposals.push_back(ApprovedProposals(snapshot, g.nip, scope.year));
        model.employees.push_back(std::move(e));
    }
    AddCandidates(model);
    return built;
}

}  // namespace bangkom::services
