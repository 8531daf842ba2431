#include "random_model.hpp"

#include <algorithm>
#include <random>
#include <set>
#include <string>

namespace bangkom::planning::testing {
namespace {

constexpr int32_t kFirstDay = 20'850;  // 2027-02-01, a Monday

class Draw {
  public:
    explicit Draw(uint64_t seed) : engine_(seed * 0x9E3779B97F4A7C15ULL + 17) {}
    /// Uniform in [lo, hi] (the modulo bias is irrelevant for tests; determinism is what matters).
    int Int(int lo, int hi) { return lo + static_cast<int>(engine_() % static_cast<uint64_t>(hi - lo + 1)); }
    bool Chance(int percent) { return Int(1, 100) <= percent; }

  private:
    std::mt19937_64 engine_;
};

std::string Code(const char* prefix, size_t i) {
    std::string digits = std::to_string(i + 1);
    return std::string(prefix) + std::string(digits.size() < 2 ? 1 : 0, '0') + digits;
}

void AddPrograms(Draw& draw, Model& model) {
    const int competencies = static_cast<int>(model.competencies.size());
    const int free_programs = draw.Int(1, 2);
    const int programs = free_programs + draw.Int(3, 5);
    for (int p = 0; p < programs; ++p) {
        Program program{Code("PRG", p), {}, static_cast<double>(draw.Int(3, 5))};
        // The last competency is never raised: its needs have no candidate (z omitted from the LP).
        std::set<uint32_t> raised;
        for (int k = draw.Int(1, 3); k > 0; --k) raised.insert(static_cast<uint32_t>(draw.Int(0, competencies - 2)));
        for (uint32_t c : raised) {
            const double levels = draw.Chance(10) ? 0.5 : static_cast<double>(draw.Int(1, 2));
            program.raises.emplace_back(c, levels);
        }
        model.programs.push_back(program);
        const bool free = p < free_programs;
        const int jp = std::vector<int>{8, 12, 16, 20, 24, 32, 40}[draw.Int(0, 6)];
        const int64_t cost = free ? 0 : 250'000LL * draw.Int(2, 12);
        for (int run = free ? 1 : draw.Int(1, 2); run > 0; --run) {
            Offering o{Code("OFR", model.offerings.size()), static_cast<uint32_t>(p), jp, cost, 0, 0, 0, !free};
            if (free) {
                o.first_day = kFirstDay - 28;
                o.last_day = kFirstDay + 300;
            } else {
                o.capacity = draw.Chance(20) ? 0 : draw.Int(1, 4);
                o.first_day = kFirstDay + draw.Int(0, 12);
                o.last_day = o.first_day + draw.Int(0, 4);
            }
            model.offerings.push_back(o);
        }
    }
}

Need RandomNeed(Draw& draw, uint32_t competency) {
    Need need;
    need.competency = competency;
    need.held = draw.Int(1, 4);
    need.g1 = draw.Int(0, 2);
    need.g2 = need.g1 > 0 && draw.Chance(50) ? 0 : draw.Int(1, 2);
    const double m = 1.0 + 0.5 * draw.Int(0, 2);
    need.w1 = need.g1 > 0 ? draw.Int(1, 3) * m : 0;
    need.w2 = need.g2 > 0 ? 0.5 * draw.Int(1, 3) * m : 0;
    return need;
}

void AddCandidates(Model& model, Employee& employee) {
    for (uint32_t o = 0; o < model.offerings.size(); ++o) {
        bool useful = model.offerings[o].cost == 0;
        for (const Need& need : employee.needs) useful = useful || EffectiveRaise(model, need, o) > 0;
        if (useful) employee.candidates.push_back(o);
    }
}

void AddEmployees(Draw& draw, Model& model, const RandomModelOptions& options) {
    const int competencies = static_cast<int>(model.competencies.size());
    const int employees = draw.Int(options.min_employees, options.max_employees);
    for (int e = 0; e < employees; ++e) {
        Employee employee;
        employee.nip = "19850101201001" + std::to_string(1000 + e);
        employee.agency = static_cast<uint32_t>(draw.Int(0, static_cast<int>(model.agencies.size()) - 1));
        employee.j0 = draw.Chance(60) ? 0 : (draw.Chance(90) ? draw.Int(2, 30) : draw.Int(150, 170));
        std::set<uint32_t> chosen;
        for (int k = draw.Int(0, 4); k > 0; --k) chosen.insert(static_cast<uint32_t>(draw.Int(0, competencies - 1)));
        for (uint32_t c : chosen) employee.needs.push_back(RandomNeed(draw, c));
        AddCandidates(model, employee);
        model.employees.push_back(employee);
    }
}

/// Each agency gets 30-70 % of the cost of one paid candidate per need: budgets bind.
void SetBudgets(Draw& draw, Model& model) {
    std::vector<int64_t> desirable(model.agencies.size(), 0);
    for (const Employee& employee : model.employees) {
        for (const Need& need : employee.needs) {
            int64_t cheapest = 0;
            for (uint32_t o : employee.candidates) {
                const int64_t cost = model.offerings[o].cost;
                if (cost > 0 && EffectiveRaise(model, need, o) > 0 && (cheapest == 0 || cost < cheapest)) {
                    cheapest = cost;
                }
            }
            desirable[employee.agency] += cheapest;
        }
    }
    for (size_t a = 0; a < model.agencies.size(); ++a) {
        model.agencies[a].budget = desirable[a] * draw.Int(30, 70) / 100 / 100'000 * 100'000;
    }
}

}  // namespace

Model RandomModel(uint64_t seed, const RandomModelOptions& options) {
    Draw draw(seed);
    Model model;
    model.year = 2027;
    model.settings.jp_cap = std::vector<int>{160, 160, 40, 0}[draw.Int(0, 3)];
    for (int c = draw.Int(4, 6); c > 0; --c) model.competencies.push_back(Code("K", model.competencies.size()));
    for (int a = draw.Int(1, options.agencies); a > 0; --a)
        model.agencies.push_back({Code("AG", model.agencies.size()), 0});
    AddPrograms(draw, model);
    AddEmployees(draw, model, options);
    SetBudgets(draw, model);
    return model;
}

}  // namespace bangkom::planning::testing
