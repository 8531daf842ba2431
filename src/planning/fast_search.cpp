#include "planning/fast_search.hpp"

#include <algorithm>
#include <vector>

namespace bangkom::planning::fast {

namespace {

constexpr double kEps = 1e-7;

/// The best item of employee e that can be added now (other than `except`), with its gain; item = npos if none.
struct Pick {
    uint32_t item = UINT32_MAX;
    double gain = 0;
};

Pick BestAddition(const State& state, uint32_t e, uint32_t except) {
    const EmployeeData& employee = state.problem().employees[e];
    Pick pick;
    for (uint32_t item = employee.item_begin; item < employee.item_end; ++item) {
        if (item == except || !state.CanAdd(e, item)) {
            continue;
        }
        const double gain = state.GainOf(e, item);
        if (gain > pick.gain + kEps) {
            pick = {item, gain};
        }
    }
    return pick;
}

/// Re-pick: for each chosen item, drop it and take the best addition if that is strictly better.
bool RepickAll(State& state) {
    bool improved = false;
    for (uint32_t e = 0; e < state.problem().employees.size(); ++e) {
        const std::vector<uint32_t> chosen = state.Chosen(e);
        for (uint32_t item : chosen) {
            const double loss = state.LossOf(e, item);
            state.Remove(e, item);
            const Pick pick = BestAddition(state, e, item);
            if (pick.item != UINT32_MAX && pick.gain > loss + kEps) {
                state.Add(e, pick.item);
                improved = true;
            } else {
                state.Add(e, item);
            }
        }
    }
    return improved;
}

struct Taker {
    uint32_t e = 0;
    uint32_t item = 0;
};

/// (employee, item) pairs per offering, for the seat exchange.
std::vector<std::vector<Taker>> ItemsByOffering(const Problem& problem) {
    std::vector<std::vector<Taker>> by_offering(problem.seats.size());
    for (uint32_t e = 0; e < problem.employees.size(); ++e) {
        const EmployeeData& employee = problem.employees[e];
        for (uint32_t item = employee.item_begin; item < employee.item_end; ++item) {
            by_offering[problem.items[item].offering].push_back({e, item});
        }
    }
    return by_offering;
}

bool Takes(const State& state, const Taker& taker) {
    const auto& chosen = state.Chosen(taker.e);
    return std::find(chosen.begin(), chosen.end(), taker.item) != chosen.end();
}

/// Net loss of taker leaving: its loss minus the best thing it can take instead (seat of o excluded).
double NetLoss(State& state, const Taker& taker, Pick& replacement) {
    const double loss = state.LossOf(taker.e, taker.item);
    state.Remove(taker.e, taker.item);
    replacement = BestAddition(state, taker.e, taker.item);
    if (replacement.item != UINT32_MAX &&
        state.problem().items[replacement.item].offering == state.problem().items[taker.item].offering) {
        replacement = {};
    }
    state.Add(taker.e, taker.item);
    return loss - replacement.gain;
}

/// One exchange in full offering o, if one helps; returns whether it changed the plan.
bool ExchangeOnce(State& state, const std::vector<Taker>& pairs) {
    const Problem& problem = state.problem();
    double min_loss = 0;
    Taker out{};
    Pick out_replacement;
    bool have_out = false;
    for (const Taker& taker : pairs) {
        if (!Takes(state, taker)) {
            continue;
        }
        Pick replacement;
        const double loss = NetLoss(state, taker, replacement);
        if (!have_out || loss < min_loss - kEps) {
            min_loss = loss;
            out = taker;
            out_replacement = replacement;
            have_out = true;
        }
    }
    if (!have_out) {
        return false;
    }
    const Item& seat = problem.items[out.item];
    const uint32_t out_agency = problem.employees[out.e].agency;
    Taker in{};
    double max_gain = min_loss + kEps;
    bool have_in = false;
    for (const Taker& entrant : pairs) {
        if (entrant.e == out.e || Takes(state, entrant) || !state.FitsEmployee(entrant.e, entrant.item)) {
            continue;
        }
        const uint32_t agency = problem.employees[entrant.e].agency;
        const int64_t room = state.BudgetLeft(agency) + (agency == out_agency ? seat.cost : 0);
        if (seat.cost > room) {
            continue;
        }
        const double gain = state.GainOf(entrant.e, entrant.item);
        if (gain > max_gain) {
            max_gain = gain;
            in = entrant;
            have_in = true;
        }
    }
    if (!have_in) {
        return false;
    }
    double delta = -state.LossOf(out.e, out.item);
    state.Remove(out.e, out.item);
    delta += state.GainOf(in.e, in.item);
    state.Add(in.e, in.item);
    const bool replaced = out_replacement.item != UINT32_MAX && state.CanAdd(out.e, out_replacement.item);
    if (replaced) {
        delta += state.GainOf(out.e, out_replacement.item);
        state.Add(out.e, out_replacement.item);
    }
    if (delta > kEps) {
        return true;
    }
    if (replaced) {
        state.Remove(out.e, out_replacement.item);
    }
    state.Remove(in.e, in.item);
    state.Add(out.e, out.item);
    return false;
}

bool ExchangeSeats(State& state, const std::vector<std::vector<Taker>>& by_offering) {
    bool improved = false;
    for (uint32_t o = 0; o < by_offering.size(); ++o) {
        if (state.problem().seats[o] == 0) {
            continue;
        }
        for (int tries = 0; tries < 64 && state.SeatsLeft(o) == 0 && ExchangeOnce(state, by_offering[o]); ++tries) {
            improved = true;
        }
    }
    return improved;
}

/// Budget exchange in one agency: drop the assignment that loses least among those whose cost frees enough
/// budget, for the blocked addition that gains most; returns whether it changed the plan.
bool ExchangeBudgetOnce(State& state, uint32_t agency, const std::vector<uint32_t>& members) {
    const Problem& problem = state.problem();
    Taker in{};
    double best_net = kEps;
    Taker out{};
    std::vector<std::pair<double, Taker>> removals;  // (loss, assignment), paid only
    for (uint32_t e : members) {
        for (uint32_t item : state.Chosen(e)) {
            if (problem.items[item].cost > 0) {
                removals.push_back({state.LossOf(e, item), {e, item}});
            }
        }
    }
    std::sort(removals.begin(), removals.end(), [](const auto& a, const auto& b) {
        return a.first != b.first
                   ? a.first < b.first
                   : std::make_pair(a.second.e, a.second.item) < std::make_pair(b.second.e, b.second.item);
    });
    const int64_t left = state.BudgetLeft(agency);
    for (uint32_t e : members) {
        const EmployeeData& employee = problem.employees[e];
        for (uint32_t item = employee.item_begin; item < employee.item_end; ++item) {
            const Item& candidate = problem.items[item];
            if (candidate.cost <= left || state.SeatsLeft(candidate.offering) <= 0 || !state.FitsEmployee(e, item)) {
                continue;
            }
            const double gain = state.GainOf(e, item);
            if (gain <= best_net) {
                continue;
            }
            for (const auto& [loss, removal] : removals) {
                if (gain - loss <= best_net) {
                    break;
                }
                if (removal.e != e && left + problem.items[removal.item].cost >= candidate.cost) {
                    best_net = gain - loss;
                    in = {e, item};
                    out = removal;
                    break;
                }
            }
        }
    }
    if (best_net <= kEps) {
        return false;
    }
    state.Remove(out.e, out.item);
    state.Add(in.e, in.item);
    return true;
}

bool ExchangeBudgets(State& state) {
    const Problem& problem = state.problem();
    std::vector<std::vector<uint32_t>> members(problem.budgets.size());
    for (uint32_t e = 0; e < problem.employees.size(); ++e) {
        members[problem.employees[e].agency].push_back(e);
    }
    bool improved = false;
    for (uint32_t a = 0; a < members.size(); ++a) {
        for (int tries = 0; tries < 200 && ExchangeBudgetOnce(state, a, members[a]); ++tries) {
            improved = true;
        }
    }
    return improved;
}

}  // namespace

void ImprovePlan(State& state, int rounds) {
    const std::vector<std::vector<Taker>> by_offering = ItemsByOffering(state.problem());
    for (int round = 0; round < rounds; ++round) {
        bool improved = RepickAll(state);
        improved = ExchangeSeats(state, by_offering) || improved;
        improved = ExchangeBudgets(state) || improved;
        Greedy(state, GreedyOrder::ratio);
        if (!improved) {
            break;
        }
    }
}

}  // namespace bangkom::planning::fast
