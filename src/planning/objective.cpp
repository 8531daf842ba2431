#include "planning/objective.hpp"

#include <algorithm>
#include <cmath>

#include "planning/solution.hpp"

namespace bangkom::planning {

double EffectiveRaise(const Model& model, const Need& need, uint32_t offering) {
    const Program& program = model.programs[model.offerings[offering].program];
    for (const auto& [competency, levels] : program.raises) {
        if (competency == need.competency) {
            return std::min(levels, std::max(0.0, program.max_level - need.held));
        }
    }
    return 0;
}

std::vector<Closure> CloseNeeds(const Model& model, uint32_t e, std::span<const uint32_t> offerings) {
    const Employee& employee = model.employees[e];
    std::vector<Closure> closures(employee.needs.size());
    for (size_t i = 0; i < employee.needs.size(); ++i) {
        const Need& need = employee.needs[i];
        double raised = 0;
        for (uint32_t o : offerings) {
            raised += EffectiveRaise(model, need, o);
        }
        Closure& c = closures[i];
        if (need.w1 >= need.w2) {
            c.z1 = std::min(need.g1, raised);
            c.z2 = std::min(need.g2, raised - c.z1);
        } else {
            c.z2 = std::min(need.g2, raised);
            c.z1 = std::min(need.g1, raised - c.z2);
        }
    }
    return closures;
}

EmployeeScore ScoreEmployee(const Model& model, uint32_t e, std::span<const uint32_t> offerings) {
    const Employee& employee = model.employees[e];
    EmployeeScore score;
    const std::vector<Closure> closures = CloseNeeds(model, e, offerings);
    for (size_t i = 0; i < closures.size(); ++i) {
        score.closure += employee.needs[i].w1 * closures[i].z1 + employee.needs[i].w2 * closures[i].z2;
    }
    for (uint32_t o : offerings) {
        score.jp += model.offerings[o].jp;
        score.cost += model.offerings[o].cost;
    }
    score.shortfall = std::max(0, model.settings.target_jp - employee.j0 - score.jp);
    score.value = score.closure - model.settings.shortfall_penalty * score.shortfall;
    return score;
}

double RelativeGap(double value, double bound) {
    return (bound - value) / std::max(1.0, std::abs(bound));
}

}  // namespace bangkom::planning
