#include "planning/exact_model.hpp"

#include <algorithm>
#include <map>

namespace bangkom::planning::exact {
namespace {

std::string Name(char prefix, uint64_t a) {
    std::string name(1, prefix);
    name += std::to_string(a);
    return name;
}

std::string Name(const char* prefix, uint64_t a, uint64_t b) {
    std::string name(prefix);
    name += std::to_string(a);
    name += '_';
    name += std::to_string(b);
    return name;
}

uint32_t AddColumn(LinearModel& lm, std::string name, double upper, double objective) {
    lm.columns.push_back({std::move(name), upper, objective, false});
    return static_cast<uint32_t>(lm.columns.size() - 1);
}

/// Closure rows: z1 + z2 − Σ min(v, g1 + g2)·x ≤ 0, for the needs some candidate raises.
void AddClosures(const Model& model, uint32_t e, uint32_t x0, LinearModel& lm) {
    const Employee& employee = model.employees[e];
    for (const Need& need : employee.needs) {
        Row row{Name("k", e, need.competency), {}, false, 0};
        std::vector<std::pair<uint32_t, double>> raises;
        for (size_t k = 0; k < employee.candidates.size(); ++k) {
            const double v = EffectiveRaise(model, need, employee.candidates[k]);
            if (v > 0) raises.emplace_back(x0 + static_cast<uint32_t>(k), -std::min(v, need.g1 + need.g2));
        }
        if (raises.empty()) continue;  // nothing can raise it: z would be 0
        if (need.g1 > 0 && need.w1 > 0) {
            row.terms.emplace_back(AddColumn(lm, Name("z1_", e, need.competency), need.g1, need.w1), 1.0);
        }
        if (need.g2 > 0 && need.w2 > 0) {
            row.terms.emplace_back(AddColumn(lm, Name("z2_", e, need.competency), need.g2, need.w2), 1.0);
        }
        if (row.terms.empty()) continue;
        row.terms.insert(row.terms.end(), raises.begin(), raises.end());
        lm.rows.push_back(std::move(row));
    }
}

/// 20 JP (s + Σ j·x ≥ T − j0 when j0 < T) and the yearly cap (Σ j·x ≤ max(0, J − j0) when it can bind).
void AddJpRows(const Model& model, uint32_t e, uint32_t x0, LinearModel& lm) {
    const Employee& employee = model.employees[e];
    const ModelSettings& settings = model.settings;
    std::vector<std::pair<uint32_t, double>> jp;
    int total = 0;
    for (size_t k = 0; k < employee.candidates.size(); ++k) {
        const int j = model.offerings[employee.candidates[k]].jp;
        total += j;
        jp.emplace_back(x0 + static_cast<uint32_t>(k), j);
    }
    if (employee.j0 < settings.target_jp) {
        Row row{Name('j', e), {}, true, static_cast<double>(settings.target_jp - employee.j0)};
        row.terms.emplace_back(
            AddColumn(lm, Name('s', e), std::numeric_limits<double>::infinity(), -settings.shortfall_penalty), 1.0);
        row.terms.insert(row.terms.end(), jp.begin(), jp.end());
        lm.rows.push_back(std::move(row));
    }
    if (settings.jp_cap > 0 && total > settings.jp_cap - employee.j0) {
        lm.rows.push_back({Name('m', e), jp, false, static_cast<double>(std::max(0, settings.jp_cap - employee.j0))});
    }
}

/// One run per program and no two attendance offerings on one day.
void AddPresenceRows(const Model& model, uint32_t e, uint32_t x0, LinearModel& lm) {
    const std::vector<uint32_t>& candidates = model.employees[e].candidates;
    auto column = [&](uint32_t o) {
        return x0 +
               static_cast<uint32_t>(std::lower_bound(candidates.begin(), candidates.end(), o) - candidates.begin());
    };
    std::map<uint32_t, std::vector<uint32_t>> runs;
    for (uint32_t o : candidates) runs[model.offerings[o].program].push_back(o);
    for (const auto& [program, list] : runs) {
        if (list.size() < 2) continue;
        Row row{Name("r", e, program), {}, false, 1};
        for (uint32_t o : list) row.terms.emplace_back(column(o), 1.0);
        lm.rows.push_back(std::move(row));
    }
    const auto cliques = DayCliques(model, candidates);
    for (size_t k = 0; k < cliques.size(); ++k) {
        Row row{Name("d", e, k), {}, false, 1};
        for (uint32_t o : cliques[k]) row.terms.emplace_back(column(o), 1.0);
        lm.rows.push_back(std::move(row));
    }
}

void AddBudgetAndSeatRows(const Model& model, LinearModel& lm) {
    std::vector<Row> budgets(model.agencies.size());
    std::vector<Row> seats(model.offerings.size());
    for (size_t i = 0; i < lm.x.size(); ++i) {
        const Assignment& a = lm.x[i];
        const Offering& offering = model.offerings[a.offering];
        const auto column = static_cast<uint32_t>(i);
        if (offering.cost > 0) budgets[model.employees[a.employee].agency].terms.emplace_back(column, offering.cost);
        seats[a.offering].terms.emplace_back(column, 1.0);
    }
    for (size_t a = 0; a < budgets.size(); ++a) {
        if (budgets[a].terms.empty()) continue;
        budgets[a].name = Name('b', a);
        budgets[a].rhs = static_cast<double>(std::max<int64_t>(0, model.agencies[a].budget));
        lm.rows.push_back(std::move(budgets[a]));
    }
    for (size_t o = 0; o < seats.size(); ++o) {
        const int capacity = model.offerings[o].capacity;
        if (capacity <= 0 || seats[o].terms.size() <= static_cast<size_t>(capacity)) continue;
        seats[o].name = Name('c', o);
        seats[o].rhs = capacity;
        lm.rows.push_back(std::move(seats[o]));
    }
}

}  // namespace

std::vector<std::vector<uint32_t>> DayCliques(const Model& model, const std::vector<uint32_t>& offerings) {
    std::vector<uint32_t> present;
    for (uint32_t o : offerings) {
        if (model.offerings[o].attendance) present.push_back(o);
    }
    std::sort(present.begin(), present.end());
    std::vector<int32_t> starts;
    starts.reserve(present.size());
    for (uint32_t o : present) starts.push_back(model.offerings[o].first_day);
    std::sort(starts.begin(), starts.end());
    starts.erase(std::unique(starts.begin(), starts.end()), starts.end());
    // Every maximal set of intervals sharing a day is the set covering some interval's first day.
    std::vector<std::vector<uint32_t>> sets;
    for (int32_t day : starts) {
        std::vector<uint32_t> active;
        for (uint32_t o : present) {
            if (model.offerings[o].first_day <= day && day <= model.offerings[o].last_day) active.push_back(o);
        }
        if (active.size() >= 2) sets.push_back(std::move(active));
    }
    std::vector<std::vector<uint32_t>> maximal;
    for (size_t i = 0; i < sets.size(); ++i) {
        bool dominated = false;
        for (size_t j = 0; j < sets.size() && !dominated; ++j) {
            if (i == j || sets[j].size() < sets[i].size()) continue;
            const bool contains = std::includes(sets[j].begin(), sets[j].end(), sets[i].begin(), sets[i].end());
            dominated = contains && (sets[j].size() > sets[i].size() || j < i);
        }
        if (!dominated) maximal.push_back(sets[i]);
    }
    return maximal;
}

LinearModel BuildLinearModel(const Model& model) {
    LinearModel lm;
    std::vector<uint32_t> first_x;
    for (uint32_t e = 0; e < model.employees.size(); ++e) {
        first_x.push_back(static_cast<uint32_t>(lm.columns.size()));
        for (uint32_t o : model.employees[e].candidates) {
            lm.columns.push_back({Name("x", e, o), 1, 0, true});
            lm.x.push_back({e, o});
        }
    }
    for (uint32_t e = 0; e < model.employees.size(); ++e) {
        AddClosures(model, e, first_x[e], lm);
        AddJpRows(model, e, first_x[e], lm);
        AddPresenceRows(model, e, first_x[e], lm);
    }
    AddBudgetAndSeatRows(model, lm);
    return lm;
}

}  // namespace bangkom::planning::exact
