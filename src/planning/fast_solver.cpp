// SolveFast: greedy by marginal value per Rupiah, then a Lagrangian relaxation of budgets and seats whose
// prices both prove the bound and steer further greedy plans, then local search on the best plan.

#include <algorithm>
#include <chrono>
#include <cmath>
#include <optional>
#include <string>
#include <thread>

#include "planning/fast_problem.hpp"
#include "planning/fast_search.hpp"
#include "planning/fast_state.hpp"
#include "planning/lagrangian.hpp"
#include "planning/objective.hpp"
#include "planning/solvers.hpp"

namespace bangkom::planning {

namespace {

Error Invalid(const std::string& message) {
    return MakeError(ErrorCode::invalid_argument, "Model perencanaan tidak valid / invalid planning model: " + message);
}

/// Index checks, so that a malformed model is an error rather than a crash.
std::optional<Error> ValidateModel(const Model& model) {
    for (const Program& program : model.programs) {
        for (const auto& [competency, levels] : program.raises) {
            if (competency >= model.competencies.size() && !model.competencies.empty()) {
                return Invalid("program " + program.code + " raises an unknown competency");
            }
        }
    }
    for (const Offering& offering : model.offerings) {
        if (offering.program >= model.programs.size()) {
            return Invalid("offering " + offering.code + " has an unknown program");
        }
        if (offering.cost < 0 || offering.jp < 0 || offering.last_day < offering.first_day) {
            return Invalid("offering " + offering.code + " has a negative cost or JP or ends before it starts");
        }
    }
    for (const Employee& employee : model.employees) {
        if (employee.agency >= model.agencies.size()) {
            return Invalid("employee " + employee.nip + " has an unknown agency");
        }
        for (uint32_t o : employee.candidates) {
            if (o >= model.offerings.size()) {
                return Invalid("employee " + employee.nip + " has an unknown candidate offering");
            }
        }
    }
    return std::nullopt;
}

double ModelValue(const Model& model, const std::vector<Assignment>& assignments) {
    double value = 0;
    size_t i = 0;
    std::vector<uint32_t> offerings;
    for (uint32_t e = 0; e < model.employees.size(); ++e) {
        offerings.clear();
        for (; i < assignments.size() && assignments[i].employee == e; ++i) {
            offerings.push_back(assignments[i].offering);
        }
        value += ScoreEmployee(model, e, offerings).value;
    }
    return value;
}

}  // namespace

Result<Solution> SolveFast(const Model& model, const SolveOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    if (auto error = ValidateModel(model)) {
        return *error;
    }
    const auto report = [&](int percent, const std::string& message) {
        if (options.progress) {
            options.progress(percent, message);
        }
    };
    const int threads =
        options.threads > 0 ? options.threads : std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
    const fast::Problem problem = fast::BuildProblem(model);
    report(5, "greedy");
    fast::State best(problem);
    fast::Greedy(best, fast::GreedyOrder::ratio);
    double best_value = best.Value();

    fast::LagrangianOptions lagrangian;
    lagrangian.threads = threads;
    lagrangian.lower = best_value;
    lagrangian.iterations = 40;
    lagrangian.on_prices = [&](std::span<const double> price) {
        fast::State candidate(problem);
        fast::Greedy(candidate, fast::GreedyOrder::priced, price);
        fast::Greedy(candidate, fast::GreedyOrder::ratio);
        const double value = candidate.Value();
        if (value > best_value + 1e-9) {
            best_value = value;
            best = std::move(candidate);
        }
        return best_value;
    };
    if (options.time_limit_seconds > 0) {
        lagrangian.stop = [&] {
            const std::chrono::duration<double> spent = std::chrono::steady_clock::now() - start;
            return spent.count() > 0.7 * options.time_limit_seconds;
        };
    }
    report(15, "bound");
    const fast::LagrangianResult relaxation = fast::SolveLagrangian(problem, lagrangian);
    report(85, "local search");
    fast::ImprovePlan(best);

    Solution solution;
    solution.solver = "fast";
    solution.assignments = best.Assignments();
    solution.value = ModelValue(model, solution.assignments);
    for (const Assignment& assignment : solution.assignments) {
        solution.cost += model.offerings[assignment.offering].cost;
    }
    solution.bound = relaxation.bound;
    if (solution.bound < solution.value && solution.value - solution.bound < 1e-6 * std::max(1.0, solution.value)) {
        solution.bound = solution.value;  // rounding only
    }
    solution.gap = RelativeGap(solution.value, solution.bound);
    solution.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    report(100, "done");
    return solution;
}

}  // namespace bangkom::planning
