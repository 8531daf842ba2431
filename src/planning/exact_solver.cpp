// SolveExact: the coefficient-tightened model (exact_model) solved by COIN-OR CBC through its library, with the
// same driver as the `cbc` command (CbcMain1: preprocessing, cuts, heuristics), silenced, deterministic.

#include <chrono>
#include <cmath>
#include <coin/CbcModel.hpp>
#include <coin/CbcSolver.hpp>
#include <coin/CoinPackedMatrix.hpp>
#include <coin/CoinPackedVector.hpp>
#include <coin/OsiClpSolverInterface.hpp>
#include <mutex>
#include <string>
#include <thread>
#include <vector>

#include "planning/check.hpp"
#include "planning/exact_model.hpp"
#include "planning/solvers.hpp"

namespace bangkom::planning {
namespace {

constexpr double kDefaultTimeLimit = 60;

/// The model as CBC minimizes it: the objective negated.
void Load(const exact::LinearModel& lm, OsiClpSolverInterface& solver) {
    const auto columns = static_cast<int>(lm.columns.size());
    CoinPackedMatrix matrix(false, 0, 0);
    matrix.setDimensions(0, columns);
    std::vector<double> row_lower, row_upper;
    for (const exact::Row& row : lm.rows) {
        CoinPackedVector vector;
        for (const auto& [column, coefficient] : row.terms) vector.insert(static_cast<int>(column), coefficient);
        matrix.appendRow(vector);
        row_lower.push_back(row.at_least ? row.rhs : -COIN_DBL_MAX);
        row_upper.push_back(row.at_least ? COIN_DBL_MAX : row.rhs);
    }
    std::vector<double> lower(lm.columns.size(), 0), upper, objective;
    for (const exact::Column& column : lm.columns) {
        upper.push_back(std::isinf(column.upper) ? COIN_DBL_MAX : column.upper);
        objective.push_back(-column.objective);
    }
    solver.loadProblem(matrix, lower.data(), upper.data(), objective.data(), row_lower.data(), row_upper.data());
    for (int i = 0; i < columns; ++i) {
        if (lm.columns[i].binary) solver.setInteger(i);
    }
    solver.messageHandler()->setLogLevel(0);
}

int NoCallback(CbcModel* /*model*/, int /*where_from*/) {
    return 0;
}

/// A bound that needs no solver: every closable gap closed, no shortfall.
double TrivialBound(const exact::LinearModel& lm) {
    double bound = 0;
    for (const exact::Column& column : lm.columns) {
        if (column.objective > 0) bound += column.objective * column.upper;
    }
    return bound;
}

struct CbcOutcome {
    std::vector<Assignment> assignments;
    double bound = 0;
    bool optimal = false;
    bool ran = false;
};

CbcOutcome RunCbc(const exact::LinearModel& lm, double seconds, int threads) {
    OsiClpSolverInterface solver;
    Load(lm, solver);
    CbcModel cbc(solver);
    CbcSolverUsefulData data;
    data.noPrinting_ = true;
    data.useSignalHandler_ = false;  // never take over SIGINT in the server
    const std::string limit = std::to_string(seconds);
    // 100 + n threads: CBC's repeatable parallel search.
    const std::string thread_arg = std::to_string(threads > 1 ? 100 + threads : 0);
    std::vector<const char*> argv = {"bangkom",          "-log",    "0",        "-slog",       "0",
                                     "-timeMode",        "elapsed", "-seconds", limit.c_str(), "-threads",
                                     thread_arg.c_str(), "-solve",  "-quit"};
    CbcOutcome outcome;
    {
        static std::mutex cbc_mutex;  // CbcMain0/1 keep some static state: one solve at a time
        const std::lock_guard<std::mutex> lock(cbc_mutex);
        CbcMain0(cbc, data);
        cbc.setLogLevel(0);
        outcome.ran = CbcMain1(static_cast<int>(argv.size()), argv.data(), cbc, NoCallback, data) == 0;
    }
    if (const double* best = cbc.bestSolution(); best != nullptr && cbc.getNumCols() == solver.getNumCols()) {
        for (size_t i = 0; i < lm.x.size(); ++i) {
            if (best[i] > 0.5) outcome.assignments.push_back(lm.x[i]);
        }
    }
    const double bound = -cbc.getBestPossibleObjValue();
    outcome.bound = std::isfinite(bound) && std::abs(bound) < 1e40 ? bound : TrivialBound(lm);
    outcome.optimal = cbc.isProvenOptimal() && !cbc.isSecondsLimitReached();
    return outcome;
}

}  // namespace

Result<Solution> SolveExact(const Model& model, const SolveOptions& options) {
    const auto start = std::chrono::steady_clock::now();
    if (options.progress) options.progress(0, "CBC");
    const exact::LinearModel lm = exact::BuildLinearModel(model);
    CbcOutcome outcome;
    if (lm.columns.empty()) {
        outcome.optimal = outcome.ran = true;  // nothing to decide: the empty plan is the plan
    } else {
        const double seconds = options.time_limit_seconds > 0 ? options.time_limit_seconds : kDefaultTimeLimit;
        const int threads =
            options.threads > 0 ? options.threads : static_cast<int>(std::max(1U, std::thread::hardware_concurrency()));
        outcome = RunCbc(lm, seconds, threads);
    }
    if (!outcome.ran) return MakeError(ErrorCode::internal, "CBC refused the model / CBC menolak model");
    // A plan CBC kept is feasible by construction; the checker guards against a tolerance slip.
    if (!CheckPlan(model, outcome.assignments).empty()) outcome.assignments.clear();
    Solution solution = Evaluate(model, std::move(outcome.assignments));
    solution.solver = "exact";
    solution.optimal = outcome.optimal;
    solution.bound = outcome.optimal ? solution.value : std::max(outcome.bound, solution.value);
    solution.gap = RelativeGap(solution.value, solution.bound);
    solution.seconds = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
    if (options.progress) options.progress(100, "CBC");
    return solution;
}

}  // namespace bangkom::planning
