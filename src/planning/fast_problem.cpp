#include "planning/fast_problem.hpp"

#include <algorithm>
#include <limits>

namespace bangkom::planning::fast {

Problem BuildProblem(const Model& model) {
    Problem problem;
    problem.model = &model;
    problem.lambda = model.settings.shortfall_penalty;
    problem.target = model.settings.target_jp;
    for (const Agency& agency : model.agencies) {
        problem.budgets.push_back(agency.budget);
    }
    for (const Offering& offering : model.offerings) {
        problem.seats.push_back(std::max(0, offering.capacity));
    }
    problem.employees.reserve(model.employees.size());
    for (const Employee& employee : model.employees) {
        EmployeeData data;
        data.agency = employee.agency;
        data.j0 = employee.j0;
        data.jp_room =
            model.settings.jp_cap > 0 ? model.settings.jp_cap - employee.j0 : std::numeric_limits<int>::max();
        data.need_begin = static_cast<uint32_t>(problem.needs.size());
        for (const Need& need : employee.needs) {
            problem.needs.push_back({need.g1, need.g2, need.w1, need.w2});
        }
        data.need_end = static_cast<uint32_t>(problem.needs.size());
        data.item_begin = static_cast<uint32_t>(problem.items.size());
        for (uint32_t o : employee.candidates) {
            const Offering& offering = model.offerings[o];
            if (offering.cost > model.agencies[employee.agency].budget || offering.jp > data.jp_room) {
                continue;  // can never be taken: leaving it out changes no feasible plan
            }
            Item item{o,
                      offering.program,
                      offering.jp,
                      offering.cost,
                      offering.first_day,
                      offering.last_day,
                      offering.attendance,
                      static_cast<uint32_t>(problem.raises.size()),
                      0};
            for (size_t n = 0; n < employee.needs.size(); ++n) {
                const Need& need = employee.needs[n];
                const double v = std::min(EffectiveRaise(model, need, o), need.g1 + need.g2);
                if (v > 0) {
                    problem.raises.push_back({data.need_begin + static_cast<uint32_t>(n), v});
                }
            }
            item.raise_end = static_cast<uint32_t>(problem.raises.size());
            problem.items.push_back(item);
        }
        data.item_end = static_cast<uint32_t>(problem.items.size());
        problem.employees.push_back(data);
    }
    int64_t paid = 0;
    double total = 0;
    for (const Item& item : problem.items) {
        paid += item.cost > 0 ? 1 : 0;
        total += static_cast<double>(item.cost);
    }
    problem.cost_unit = paid > 0 ? total / static_cast<double>(paid) : 1.0;
    return problem;
}

double NeedValue(const NeedData& need, double raised) {
    if (need.w1 >= need.w2) {
        const double z1 = std::min(need.g1, raised);
        return need.w1 * z1 + need.w2 * std::max(0.0, std::min(need.g2, raised - z1));
    }
    const double z2 = std::min(need.g2, raised);
    return need.w2 * z2 + need.w1 * std::max(0.0, std::min(need.g1, raised - z2));
}

double JpTerm(const Problem& problem, const EmployeeData& employee, int jp) {
    return -problem.lambda * std::max(0, problem.target - employee.j0 - jp);
}

bool Compatible(const Item& a, const Item& b) {
    if (a.program == b.program) {
        return false;
    }
    if (a.attendance && b.attendance) {
        return a.last_day < b.first_day || b.last_day < a.first_day;
    }
    return true;
}

double Gain(const Problem& problem, const EmployeeData& employee, const Item& item, std::span<const double> raised,
            int jp) {
    double gain = JpTerm(problem, employee, jp + item.jp) - JpTerm(problem, employee, jp);
    for (uint32_t r = item.raise_begin; r < item.raise_end; ++r) {
        const Raise& raise = problem.raises[r];
        const NeedData& need = problem.needs[raise.need];
        const double before = raised[raise.need - employee.need_begin];
        gain += NeedValue(need, before + raise.levels) - NeedValue(need, before);
    }
    return gain;
}

double Loss(const Problem& problem, const EmployeeData& employee, const Item& item, std::span<const double> raised,
            int jp) {
    double loss = JpTerm(problem, employee, jp) - JpTerm(problem, employee, jp - item.jp);
    for (uint32_t r = item.raise_begin; r < item.raise_end; ++r) {
        const Raise& raise = problem.raises[r];
        const NeedData& need = problem.needs[raise.need];
        const double now = raised[raise.need - employee.need_begin];
        loss += NeedValue(need, now) - NeedValue(need, std::max(0.0, now - raise.levels));
    }
    return loss;
}

}  // namespace bangkom::planning::fast
