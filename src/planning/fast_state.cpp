#include "planning/fast_state.hpp"

#include <algorithm>
#include <limits>
#include <queue>

namespace bangkom::planning::fast {

namespace {

constexpr int kUnlimited = std::numeric_limits<int>::max() / 2;
constexpr double kEps = 1e-9;

}  // namespace

State::State(const Problem& problem)
    : problem_(&problem),
      chosen_(problem.employees.size()),
      raised_(problem.needs.size(), 0.0),
      jp_(problem.employees.size(), 0),
      budget_left_(problem.budgets) {
    seats_left_.reserve(problem.seats.size());
    for (int seats : problem.seats) {
        seats_left_.push_back(seats > 0 ? seats : kUnlimited);
    }
}

std::span<const double> State::Raised(uint32_t e) const {
    const EmployeeData& employee = problem_->employees[e];
    return {raised_.data() + employee.need_begin, employee.need_end - employee.need_begin};
}

bool State::FitsEmployee(uint32_t e, uint32_t item) const {
    const Item& candidate = problem_->items[item];
    if (jp_[e] + candidate.jp > problem_->employees[e].jp_room) {
        return false;
    }
    return std::all_of(chosen_[e].begin(), chosen_[e].end(),
                       [&](uint32_t other) { return Compatible(problem_->items[other], candidate); });
}

bool State::CanAdd(uint32_t e, uint32_t item) const {
    const Item& candidate = problem_->items[item];
    return seats_left_[candidate.offering] > 0 && candidate.cost <= budget_left_[problem_->employees[e].agency] &&
           FitsEmployee(e, item);
}

double State::GainOf(uint32_t e, uint32_t item) const {
    return Gain(*problem_, problem_->employees[e], problem_->items[item], Raised(e), jp_[e]);
}

double State::LossOf(uint32_t e, uint32_t item) const {
    return Loss(*problem_, problem_->employees[e], problem_->items[item], Raised(e), jp_[e]);
}

void State::Add(uint32_t e, uint32_t item) {
    const Item& added = problem_->items[item];
    chosen_[e].push_back(item);
    jp_[e] += added.jp;
    budget_left_[problem_->employees[e].agency] -= added.cost;
    seats_left_[added.offering] -= 1;
    for (uint32_t r = added.raise_begin; r < added.raise_end; ++r) {
        raised_[problem_->raises[r].need] += problem_->raises[r].levels;
    }
}

void State::Remove(uint32_t e, uint32_t item) {
    auto& chosen = chosen_[e];
    chosen.erase(std::find(chosen.begin(), chosen.end(), item));
    const Item& removed = problem_->items[item];
    jp_[e] -= removed.jp;
    budget_left_[problem_->employees[e].agency] += removed.cost;
    seats_left_[removed.offering] += 1;
    for (uint32_t r = removed.raise_begin; r < removed.raise_end; ++r) {
        double& raised = raised_[problem_->raises[r].need];
        raised = std::max(0.0, raised - problem_->raises[r].levels);
    }
}

double State::Value() const {
    double value = 0;
    for (uint32_t e = 0; e < problem_->employees.size(); ++e) {
        const EmployeeData& employee = problem_->employees[e];
        for (uint32_t n = employee.need_begin; n < employee.need_end; ++n) {
            value += NeedValue(problem_->needs[n], raised_[n]);
        }
        value += JpTerm(*problem_, employee, jp_[e]);
    }
    return value;
}

std::vector<Assignment> State::Assignments() const {
    std::vector<Assignment> assignments;
    for (uint32_t e = 0; e < chosen_.size(); ++e) {
        for (uint32_t item : chosen_[e]) {
            assignments.push_back({e, problem_->items[item].offering});
        }
    }
    std::sort(assignments.begin(), assignments.end());
    return assignments;
}

namespace {

struct Entry {
    int tier = 0;  // 0 before 1
    double key = 0;
    uint32_t e = 0;
    uint32_t item = 0;
    uint32_t version = 0;
};

struct Later {
    bool operator()(const Entry& a, const Entry& b) const {
        if (a.tier != b.tier) {
            return a.tier > b.tier;
        }
        if (a.key != b.key) {
            return a.key < b.key;
        }
        if (a.e != b.e) {
            return a.e > b.e;
        }
        return a.item > b.item;
    }
};

/// The entry for (e, item) with marginal value `gain`, or tier −1 when it is not worth taking.
Entry MakeEntry(const Problem& problem, GreedyOrder order, std::span<const double> price, uint32_t e, uint32_t item,
                double gain, uint32_t version) {
    const Item& candidate = problem.items[item];
    Entry entry{0, gain, e, item, version};
    if (order == GreedyOrder::priced) {
        entry.key = gain - price[item];
        entry.tier = entry.key > kEps && gain > kEps ? 0 : -1;
        return entry;
    }
    if (gain <= kEps) {
        entry.tier = -1;
    } else if (candidate.cost > 0) {
        entry.tier = 1;
        entry.key = gain / static_cast<double>(candidate.cost);
    }
    return entry;
}

}  // namespace

void Greedy(State& state, GreedyOrder order, std::span<const double> price) {
    const Problem& problem = state.problem();
    std::vector<uint32_t> version(problem.employees.size(), 0);
    std::vector<Entry> entries;
    for (uint32_t e = 0; e < problem.employees.size(); ++e) {
        const EmployeeData& employee = problem.employees[e];
        for (uint32_t item = employee.item_begin; item < employee.item_end; ++item) {
            if (!state.CanAdd(e, item)) {
                continue;
            }
            const Entry entry = MakeEntry(problem, order, price, e, item, state.GainOf(e, item), 0);
            if (entry.tier >= 0) {
                entries.push_back(entry);
            }
        }
    }
    std::priority_queue<Entry, std::vector<Entry>, Later> heap(Later{}, std::move(entries));
    while (!heap.empty()) {
        const Entry top = heap.top();
        heap.pop();
        if (!state.CanAdd(top.e, top.item)) {
            continue;  // budgets, seats and the employee's own room only tighten: dropped for good
        }
        if (top.version != version[top.e]) {
            const Entry entry =
                MakeEntry(problem, order, price, top.e, top.item, state.GainOf(top.e, top.item), version[top.e]);
            if (entry.tier >= 0) {
                heap.push(entry);
            }
            continue;
        }
        state.Add(top.e, top.item);
        version[top.e] += 1;
    }
}

}  // namespace bangkom::planning::fast
