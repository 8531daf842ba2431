#include "planning/lagrangian.hpp"

#include <algorithm>
#include <cmath>
#include <limits>
#include <thread>

namespace bangkom::planning::fast {

namespace {

constexpr double kEps = 1e-9;

/// Branch and bound over one employee's items with positive reduced value, best single gain first.
class Search {
  public:
    Search(const Problem& problem, uint32_t e, std::span<const double> price, int64_t node_limit)
        : problem_(problem),
          employee_(problem.employees[e]),
          price_(price),
          raised_(employee_.need_end - employee_.need_begin, 0.0),
          node_limit_(node_limit) {
        std::vector<std::pair<double, uint32_t>> ranked;
        for (uint32_t item = employee_.item_begin; item < employee_.item_end; ++item) {
            const double gain = Gain(problem_, employee_, problem_.items[item], raised_, 0) - price_[item];
            if (gain > kEps) {
                ranked.emplace_back(-gain, item);
            }
        }
        std::sort(ranked.begin(), ranked.end());
        std::vector<uint32_t> programs;
        for (const auto& [gain, item] : ranked) {
            order_.push_back(item);
            programs.push_back(problem_.items[item].program);
        }
        std::vector<uint32_t> distinct = programs;
        std::sort(distinct.begin(), distinct.end());
        distinct.erase(std::unique(distinct.begin(), distinct.end()), distinct.end());
        for (uint32_t program : programs) {
            local_program_.push_back(
                static_cast<uint32_t>(std::lower_bound(distinct.begin(), distinct.end(), program) - distinct.begin()));
        }
        program_best_.assign(distinct.size(), 0.0);
        program_best_need_.assign(distinct.size(), 0.0);
        program_seen_.assign(distinct.size(), 0);
    }

    SubproblemResult Run() {
        Dfs(0, 0.0);
        SubproblemResult result;
        result.value = best_;
        result.upper = std::max(best_, cut_upper_);
        result.nodes = nodes_;
        result.items = best_items_;
        std::sort(result.items.begin(), result.items.end());
        return result;
    }

  private:
    bool Fits(uint32_t item) const {
        const Item& candidate = problem_.items[item];
        if (jp_ + candidate.jp > employee_.jp_room) {
            return false;
        }
        return std::all_of(chosen_.begin(), chosen_.end(),
                           [&](uint32_t other) { return Compatible(problem_.items[other], candidate); });
    }

    void Move(uint32_t item, double sign) {
        const Item& moved = problem_.items[item];
        jp_ += static_cast<int>(sign) * moved.jp;
        for (uint32_t r = moved.raise_begin; r < moved.raise_end; ++r) {
            double& raised = raised_[problem_.raises[r].need - employee_.need_begin];
            raised = std::max(0.0, raised + sign * problem_.raises[r].levels);
        }
    }

    /// One item's gain on one need (or on the JP term: need = UINT32_MAX) with its price per unit of gain.
    struct Share {
        uint32_t need = 0;
        double price_ratio = 0;
        double gain = 0;
        bool operator<(const Share& o) const { return need != o.need ? need < o.need : price_ratio < o.price_ratio; }
    };

    void AddShares(const Item& item, double gross, double price, double jp_gain) {
        const double ratio = price / gross;
        for (uint32_t r = item.raise_begin; r < item.raise_end; ++r) {
            const Raise& raise = problem_.raises[r];
            const uint32_t n = raise.need - employee_.need_begin;
            const NeedData& need = problem_.needs[raise.need];
            const double gain = NeedValue(need, raised_[n] + raise.levels) - NeedValue(need, raised_[n]);
            if (gain > 0) {
                shares_.push_back({n, ratio, gain});
            }
        }
        if (jp_gain > 0) {
            shares_.push_back({UINT32_MAX, ratio, jp_gain});
        }
    }

    /// Each item's price spread over its needs in proportion to its gains; per need (and the JP term) the
    /// best fractional fill of what is left to close: a valid bound that counts substitutes once.
    double ShareBound(double jp_left) {
        std::sort(shares_.begin(), shares_.end());
        double bound = 0;
        size_t i = 0;
        while (i < shares_.size()) {
            const uint32_t n = shares_[i].need;
            double room = jp_left;
            if (n != UINT32_MAX) {
                const NeedData& need = problem_.needs[employee_.need_begin + n];
                room = NeedValue(need, need.g1 + need.g2) - NeedValue(need, raised_[n]);
            }
            for (; i < shares_.size() && shares_[i].need == n; ++i) {
                const double amount = std::min(room, shares_[i].gain);
                if (amount > 0) {
                    bound += amount * (1 - shares_[i].price_ratio);
                    room -= amount;
                }
            }
        }
        return bound;
    }

    void Dfs(size_t k, double current) {
        ++nodes_;
        if (current > best_ + kEps) {
            best_ = current;
            best_items_ = chosen_;
        }
        size_t first = order_.size();
        double first_gain = 0;
        double jp_gains = 0;
        touched_.clear();
        shares_.clear();
        for (size_t j = k; j < order_.size(); ++j) {
            const uint32_t item = order_[j];
            if (!Fits(item)) {
                continue;
            }
            const Item& candidate = problem_.items[item];
            const double jp_gain = JpTerm(problem_, employee_, jp_ + candidate.jp) - JpTerm(problem_, employee_, jp_);
            const double gain = Gain(problem_, employee_, candidate, raised_, jp_) - price_[item];
            if (gain <= kEps) {
                continue;
            }
            if (first == order_.size()) {
                first = j;
                first_gain = gain;
            }
            const uint32_t program = local_program_[j];
            if (!program_seen_[program]) {
                program_seen_[program] = 1;
                touched_.push_back(program);
            }
            program_best_[program] = std::max(program_best_[program], gain);
            AddShares(candidate, gain + price_[item], price_[item], jp_gain);
            program_best_need_[program] = std::max(program_best_need_[program], gain - jp_gain);
            jp_gains += jp_gain;
        }
        // Three bounds on what any completion adds; all valid, the smallest is used: (1) the best single gain
        // per program (submodularity, one run per program); (2) the same for the needs' part alone plus at
        // most the JP shortfall left; (3) everything still closable, prices ignored (prices are ≥ 0).
        double by_item = 0;
        double by_need_part = 0;
        for (uint32_t program : touched_) {
            by_item += program_best_[program];
            by_need_part += program_best_need_[program];
            program_best_[program] = 0;
            program_best_need_[program] = 0;
            program_seen_[program] = 0;
        }
        const double jp_left = -JpTerm(problem_, employee_, jp_);
        double closable = jp_left;
        for (uint32_t n = employee_.need_begin; n < employee_.need_end; ++n) {
            const NeedData& need = problem_.needs[n];
            closable += NeedValue(need, need.g1 + need.g2) - NeedValue(need, raised_[n - employee_.need_begin]);
        }
        double optimistic = std::min({by_item, by_need_part + std::min(jp_left, jp_gains), closable});
        if (first != order_.size() && current + optimistic > best_ + kEps) {
            optimistic = std::min(optimistic, ShareBound(jp_left));  // the dearest bound, only when needed
        }
        if (first == order_.size() || current + optimistic <= best_ + kEps) {
            return;
        }
        if (nodes_ >= node_limit_) {
            cut_upper_ = std::max(cut_upper_, current + optimistic);
            return;
        }
        const uint32_t item = order_[first];
        chosen_.push_back(item);
        Move(item, 1.0);
        Dfs(first + 1, current + first_gain);
        Move(item, -1.0);
        chosen_.pop_back();
        Dfs(first + 1, current);
    }

    const Problem& problem_;
    const EmployeeData& employee_;
    std::span<const double> price_;
    std::vector<uint32_t> order_;
    std::vector<uint32_t> local_program_;
    std::vector<double> program_best_;
    std::vector<double> program_best_need_;
    std::vector<char> program_seen_;
    std::vector<Share> shares_;
    std::vector<uint32_t> touched_;
    std::vector<double> raised_;
    int jp_ = 0;
    std::vector<uint32_t> chosen_;
    double best_ = 0;
    std::vector<uint32_t> best_items_;
    double cut_upper_ = 0;
    int64_t nodes_ = 0;
    int64_t node_limit_;
};

/// Runs fn(begin, end) over [0, n) split into `threads` contiguous ranges.
void ParallelFor(size_t n, int threads, const std::function<void(size_t, size_t)>& fn) {
    const size_t parts = std::max<size_t>(1, std::min<size_t>(static_cast<size_t>(std::max(1, threads)), n / 64 + 1));
    if (parts == 1) {
        fn(0, n);
        return;
    }
    std::vector<std::thread> workers;
    const size_t chunk = (n + parts - 1) / parts;
    for (size_t p = 1; p < parts; ++p) {
        workers.emplace_back([&fn, p, chunk, n] { fn(std::min(n, p * chunk), std::min(n, (p + 1) * chunk)); });
    }
    fn(0, std::min(n, chunk));
    for (std::thread& worker : workers) {
        worker.join();
    }
}

}  // namespace

Multipliers ZeroMultipliers(const Problem& problem) {
    return {std::vector<double>(problem.budgets.size(), 0.0), std::vector<double>(problem.seats.size(), 0.0)};
}

std::vector<double> ItemPrices(const Problem& problem, const Multipliers& multipliers) {
    std::vector<double> price(problem.items.size(), 0.0);
    for (const EmployeeData& employee : problem.employees) {
        const double per_rupiah = multipliers.budget[employee.agency] / problem.cost_unit;
        for (uint32_t i = employee.item_begin; i < employee.item_end; ++i) {
            const Item& item = problem.items[i];
            const int seats = problem.seats[item.offering];
            price[i] =
                per_rupiah * static_cast<double>(item.cost) + (seats > 0 ? multipliers.seat[item.offering] : 0.0);
        }
    }
    return price;
}

SubproblemResult SolveSubproblem(const Problem& problem, uint32_t e, std::span<const double> price,
                                 int64_t node_limit) {
    Search search(problem, e, price, node_limit);
    return search.Run();
}

namespace {

/// One evaluation of the dual function: L and the normalized row activities (used / rhs) per constraint.
struct DualPoint {
    double value = 0;
    std::vector<double> budget_use;  // (Σ k·x − B(a)) / cost unit: the row's excess
    std::vector<double> seat_use;    // Σ x − cap(o)
};

DualPoint EvaluateDual(const Problem& problem, const Multipliers& multipliers, std::span<const double> price,
                       int threads) {
    std::vector<SubproblemResult> results(problem.employees.size());
    ParallelFor(problem.employees.size(), threads, [&](size_t begin, size_t end) {
        for (size_t e = begin; e < end; ++e) {
            results[e] = SolveSubproblem(problem, static_cast<uint32_t>(e), price);
        }
    });
    DualPoint point;
    point.budget_use.assign(problem.budgets.size(), 0.0);
    point.seat_use.assign(problem.seats.size(), 0.0);
    for (size_t a = 0; a < problem.budgets.size(); ++a) {
        point.budget_use[a] = -static_cast<double>(problem.budgets[a]) / problem.cost_unit;
        point.value += multipliers.budget[a] * static_cast<double>(problem.budgets[a]) / problem.cost_unit;
    }
    for (size_t o = 0; o < problem.seats.size(); ++o) {
        point.seat_use[o] = -problem.seats[o];
        point.value += multipliers.seat[o] * problem.seats[o];
    }
    for (size_t e = 0; e < results.size(); ++e) {
        point.value += results[e].upper + JpTerm(problem, problem.employees[e], 0);  // the empty plan's value
        const uint32_t agency = problem.employees[e].agency;
        for (uint32_t item : results[e].items) {
            const Item& taken = problem.items[item];
            point.budget_use[agency] += static_cast<double>(taken.cost) / problem.cost_unit;
            if (problem.seats[taken.offering] > 0) {
                point.seat_use[taken.offering] += 1.0;
            }
        }
    }
    return point;
}

/// Projected subgradient step; returns false when the direction vanishes.
bool Step(const Problem& problem, const DualPoint& point, double step_scale, Multipliers& multipliers) {
    double norm2 = 0;
    std::vector<double> budget_g(problem.budgets.size(), 0.0);
    std::vector<double> seat_g(problem.seats.size(), 0.0);
    for (size_t a = 0; a < budget_g.size(); ++a) {
        const double g = -point.budget_use[a];
        budget_g[a] = (multipliers.budget[a] <= 0 && g > 0) ? 0.0 : g;
        norm2 += budget_g[a] * budget_g[a];
    }
    for (size_t o = 0; o < seat_g.size(); ++o) {
        const double g = problem.seats[o] > 0 ? -point.seat_use[o] : 0.0;
        seat_g[o] = (multipliers.seat[o] <= 0 && g > 0) ? 0.0 : g;
        norm2 += seat_g[o] * seat_g[o];
    }
    if (norm2 <= 1e-12) {
        return false;
    }
    const double t = step_scale / norm2;
    for (size_t a = 0; a < budget_g.size(); ++a) {
        multipliers.budget[a] = std::max(0.0, multipliers.budget[a] - t * budget_g[a]);
    }
    for (size_t o = 0; o < seat_g.size(); ++o) {
        multipliers.seat[o] = std::max(0.0, multipliers.seat[o] - t * seat_g[o]);
    }
    return true;
}

}  // namespace

LagrangianResult SolveLagrangian(const Problem& problem, const LagrangianOptions& options) {
    LagrangianResult result;
    result.bound = std::numeric_limits<double>::infinity();
    Multipliers multipliers = ZeroMultipliers(problem);
    result.best = multipliers;
    double lower = options.lower;
    double theta = 1.0;
    int stalled = 0;
    for (int it = 0; it < std::max(1, options.iterations); ++it) {
        if (it > 0 && options.stop && options.stop()) {
            break;
        }
        result.iterations = it + 1;
        const std::vector<double> price = ItemPrices(problem, multipliers);
        const DualPoint point = EvaluateDual(problem, multipliers, price, options.threads);
        if (point.value < result.bound - 1e-9) {
            result.bound = point.value;
            result.best = multipliers;
            stalled = 0;
        } else if (++stalled >= 3) {
            theta /= 2;
            stalled = 0;
        }
        if (options.on_prices && it % std::max(1, options.prices_every) == 0) {
            lower = std::max(lower, options.on_prices(price));
        }
        const double distance = std::max(point.value - lower, 1e-6 * std::max(1.0, std::abs(point.value)));
        if (result.bound - lower <= 1e-9 * std::max(1.0, std::abs(result.bound)) ||
            !Step(problem, point, theta * distance, multipliers)) {
            break;
        }
    }
    return result;
}

}  // namespace bangkom::planning::fast
