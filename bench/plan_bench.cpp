// Fast planner benchmark on the reference instances of shared/bench/plan (PLANNING.md's model at 500, 5,000
// and 20,000 employees): generates them with gen_plan.py (or takes instance.json paths), loads instance.json
// straight into planning::Model, runs SolveFast and prints value, bound, gap, wall and CPU seconds and peak
// RSS beside the figures measured for CBC and the Python greedy; re-scores the plan with greedy_plan.py
// --check-sol so that both programs' values can be compared; with --exact also runs SolveExact (CBC).
//
//   plan_bench [a] [b] [c] [PATH/instance.json …] [--threads T] [--dir DIR] [--exact] [--exact-limit S]
//              [--no-rescore]

#include <sys/resource.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <map>
#include <string>
#include <vector>

#include "planning/solvers.hpp"
#include "services/plan_instance.hpp"

namespace {

using namespace bangkom;  // NOLINT(google-build-using-namespace): a benchmark's main file
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

double CpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double PeakRssMiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / 1024.0;  // KiB on Linux
}

/// What bench/plan/README.md reports for each instance (CPU seconds on 2 cores, CBC 2.10.8, Python 3.11).
struct Reference {
    const char* cbc;
    double cbc_bound;
    double lp_tight;
    double greedy;
};
const std::map<std::string, Reference> kReference = {
    {"a", {"optimum 1,693.00 in < 1 s", 1693.00, 1703.49, 1678.75}},
    {"b", {"no plan in 300 s; bound 19,330.75", 19330.75, 19344.53, 19140.75}},
    {"c", {"no plan in 600 s (10 GiB); bound 74,436.50", 74436.50, 74551.38, 74011.00}},
};

fs::path PlanDir() {
    return fs::path(__FILE__).parent_path() / ".." / ".." / "shared" / "bench" / "plan";
}

bool Run(const std::string& command) {
    std::printf("$ %s\n", command.c_str());
    std::fflush(stdout);
    return std::system(command.c_str()) == 0;  // NOLINT(cert-env33-c): the bench runs the reference scripts
}

/// A CBC-style solution file (greedy_plan.py --check-sol reads "index name value" lines after a header).
void WriteSolution(const planning::Solution& solution, const fs::path& path) {
    std::ofstream out(path);
    out << "Fast - objective value " << solution.value << "\n";
    size_t index = 0;
    for (const planning::Assignment& a : solution.assignments) {
        out << "  " << index++ << " x" << a.employee << "_" << a.offering << " 1 0\n";
    }
}

void Report(const char* name, const Result<planning::Solution>& result, double wall, double cpu) {
    if (!result) {
        std::printf("%-6s error: %s\n", name, result.error().message.c_str());
        return;
    }
    const planning::Solution& s = *result;
    std::printf(
        "%-6s value %.2f  bound %.2f  gap %.3f %%  %zu assignments  cost Rp %lld  wall %.2f s  CPU %.2f s"
        "  peak RSS %.0f MiB\n",
        name, s.value, s.bound, 100 * s.gap, s.assignments.size(), static_cast<long long>(s.cost), wall, cpu,
        PeakRssMiB());
}

struct Args {
    std::vector<std::string> instances;
    fs::path dir = fs::temp_directory_path() / "bangkom-plan-bench";
    int threads = 2;
    bool exact = false;
    double exact_limit = 60;
    bool rescore = true;
};

void Bench(const std::string& instance, const Args& args) {
    fs::path json = instance;
    std::string key;
    if (kReference.count(instance) != 0) {
        key = instance;
        const fs::path out = args.dir / instance;
        json = out / "instance.json";
        if (!fs::exists(json) && !Run("python3 " + (PlanDir() / "gen_plan.py").string() + " " + instance + " " +
                                      out.string() + " >/dev/null")) {
            std::printf("%s: gen_plan.py failed\n", instance.c_str());
            return;
        }
    }
    std::printf("\n== %s (%s)\n", instance.c_str(), json.c_str());
    auto start = Clock::now();
    Result<planning::Model> model = services::LoadPlanInstance(json.string());
    if (!model) {
        std::printf("load error: %s\n", model.error().message.c_str());
        return;
    }
    std::printf("loaded %zu employees, %zu offerings, %zu agencies in %.2f s\n", model->employees.size(),
                model->offerings.size(), model->agencies.size(),
                std::chrono::duration<double>(Clock::now() - start).count());
    planning::SolveOptions options;
    options.threads = args.threads;
    double cpu = CpuSeconds();
    start = Clock::now();
    const Result<planning::Solution> fast = planning::SolveFast(*model, options);
    Report("fast", fast, std::chrono::duration<double>(Clock::now() - start).count(), CpuSeconds() - cpu);
    if (!key.empty()) {
        const Reference& ref = kReference.at(key);
        std::printf("ref    CBC: %s | tightened LP %.2f | Python greedy %.2f (%.2f %% below CBC's bound)\n", ref.cbc,
                    ref.lp_tight, ref.greedy, 100 * (ref.cbc_bound - ref.greedy) / ref.cbc_bound);
        if (fast) {
            std::printf("vs     fast is %.3f %% below CBC's bound / optimum, %.3f %% above the Python greedy\n",
                        100 * (ref.cbc_bound - fast->value) / ref.cbc_bound,
                        100 * (fast->value - ref.greedy) / ref.greedy);
        }
    }
    if (fast && args.rescore) {
        const fs::path solution = json.parent_path() / "fast_solution.txt";
        WriteSolution(*fast, solution);
        Run("python3 " + (PlanDir() / "greedy_plan.py").string() + " " + json.string() + " --check-sol " +
            solution.string());
    }
}

}  // namespace

int main(int argc, char** argv) {
    Args args;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (arg == "--threads" && i + 1 < argc) {
            args.threads = std::atoi(argv[++i]);
        } else if (arg == "--dir" && i + 1 < argc) {
            args.dir = argv[++i];
        } else if (arg == "--exact") {
            args.exact = true;
        } else if (arg == "--exact-limit" && i + 1 < argc) {
            args.exact_limit = std::atof(argv[++i]);
        } else if (arg == "--no-rescore") {
            args.rescore = false;
        } else {
            args.instances.push_back(arg);
        }
    }
    if (args.instances.empty()) {
        args.instances = {"a", "b", "c"};
    }
    for (const std::string& instance : args.instances) {
        Bench(instance, args);
    }
    return 0;
}
