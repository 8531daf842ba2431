// Evaluation benchmark: the IKM of a million generated SKM responses (all at once, then per unit × quarter),
// and a year's worth of per-offering tests at national scale (paired t + Wilcoxon signed-rank for L2, Welch t +
// difference-in-differences on respondent indices for L4, Benjamini–Hochberg over all p-values). Fixed seed.
//
//   ikm_bench [--responses N] [--units U] [--offerings K] [--participants P] [--respondents R]

#include <sys/resource.h>

#include <array>
#include <chrono>
#include <cmath>
#include <cstdint>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <span>
#include <string>
#include <vector>

#include "evaluation/ikm.hpp"
#include "evaluation/stats.hpp"

namespace {

using namespace bangkom;  // NOLINT(google-build-using-namespace): a benchmark's main file
using evaluation::SkmAnswers;
using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double CpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

struct Args {
    int64_t responses = 1'000'000;
    int units = 2'000;
    int offerings = 20'000;
    int participants = 30;
    int respondents = 40;  // per L4 group (before/after × treated/control) of an offering
    uint64_t seed = 14'2017;
};

Args Parse(int argc, char** argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        if (i + 1 >= argc) {
            std::fprintf(stderr, "%s needs a value\n", arg.c_str());
            std::exit(2);
        }
        const long long value = std::stoll(argv[++i]);
        if (arg == "--responses") {
            a.responses = value;
        } else if (arg == "--units") {
            a.units = static_cast<int>(value);
        } else if (arg == "--offerings") {
            a.offerings = static_cast<int>(value);
        } else if (arg == "--participants") {
            a.participants = static_cast<int>(value);
        } else if (arg == "--respondents") {
            a.respondents = static_cast<int>(value);
        } else {
            std::fprintf(stderr, "unknown argument %s\n", arg.c_str());
            std::exit(2);
        }
    }
    return a;
}

/// A timed step: prints wall and CPU time and the rate per item over both.
class Step {
  public:
    explicit Step(const char* name) : name_(name), start_(Clock::now()), cpu_start_(CpuSeconds()) {}
    void Done(double items, const char* unit, const std::string& note = "") const {
        const double wall = Since(start_);
        const double cpu = CpuSeconds() - cpu_start_;
        std::printf("%-44s %8.3f s  CPU %8.3f s  %12.0f %s/s (wall)  %12.0f %s/s (CPU)  %s\n", name_, wall, cpu,
                    items / wall, unit, items / cpu, unit, note.c_str());
    }

  private:
    const char* name_;
    Clock::time_point start_;
    double cpu_start_;
};

struct Survey {
    std::vector<SkmAnswers> answers;
    std::vector<int> group;  // unit × 4 + quarter
};

// Answers mostly 3 and 4 with a unit-specific lean, about 4 % of elements left unanswered.
Survey Generate(const Args& args, std::mt19937_64& rng) {
    Survey s;
    s.answers.resize(static_cast<size_t>(args.responses));
    s.group.resize(s.answers.size());
    std::uniform_int_distribution<int> unit(0, args.units - 1);
    std::uniform_int_distribution<int> quarter(0, 3);
    std::uniform_real_distribution<double> u(0, 1);
    for (size_t i = 0; i < s.answers.size(); ++i) {
        const int un = unit(rng);
        s.group[i] = un * 4 + quarter(rng);
        const double lean = 0.3 * (un % 7) / 6.0;
        for (auto& a : s.answers[i]) {
            const double r = u(rng);
            if (r < 0.04) continue;
            a = r < 0.08 ? 1 : r < 0.25 - lean / 2 ? 2 : r < 0.70 - lean ? 3 : 4;
        }
    }
    return s;
}

void RunIkm(const Args& args, std::mt19937_64& rng) {
    auto start = Clock::now();
    const Survey survey = Generate(args, rng);
    std::printf("generate %lld responses: %.2f s\n", static_cast<long long>(args.responses), Since(start));

    Step all("ComputeIkm, all responses at once");
    const auto ikm = evaluation::ComputeIkm(survey.answers);
    char note[160];
    std::snprintf(note, sizeof note, "(respondents %d, index %.2f, grade %c %s)", ikm.respondents, ikm.index, ikm.grade,
                  ikm.label.c_str());
    all.Done(static_cast<double>(args.responses), "responses", note);

    Step grouped("group by unit x quarter + ComputeIkm each");
    const int groups = args.units * 4;
    std::vector<size_t> offset(static_cast<size_t>(groups) + 1, 0);  // counting sort by group
    for (int g : survey.group) ++offset[static_cast<size_t>(g) + 1];
    for (int g = 0; g < groups; ++g) offset[g + 1] += offset[g];
    std::vector<SkmAnswers> sorted(survey.answers.size());
    std::vector<size_t> next(offset.begin(), offset.end() - 1);
    for (size_t i = 0; i < survey.answers.size(); ++i) sorted[next[survey.group[i]]++] = survey.answers[i];
    int grade_a = 0;
    for (int g = 0; g < groups; ++g) {
        const std::span<const SkmAnswers> part(sorted.data() + offset[g], offset[g + 1] - offset[g]);
        grade_a += evaluation::ComputeIkm(part).grade == 'A' ? 1 : 0;
    }
    std::snprintf(note, sizeof note, "(%d groups, %d graded A)", groups, grade_a);
    grouped.Done(static_cast<double>(args.responses), "responses", note);

    Step respondent("RespondentIndex of every response");
    double sum = 0;
    for (const auto& a : survey.answers) sum += evaluation::RespondentIndex(a).value_or(0);
    std::snprintf(note, sizeof note, "(mean %.2f)", sum / static_cast<double>(args.responses));
    respondent.Done(static_cast<double>(args.responses), "responses", note);
}

// One offering's L2 data: pre scores and post = pre + gain (+ noise); integer scores have ties (normal
// approximation), continuous ones do not (exact distribution, as n < 50).
void Scores(std::mt19937_64& rng, int n, bool integer, std::vector<double>& pre, std::vector<double>& post) {
    std::normal_distribution<double> score(62, 12), gain(3, 8);
    pre.resize(n);
    post.resize(n);
    for (int i = 0; i < n; ++i) {
        pre[i] = score(rng);
        post[i] = pre[i] + gain(rng);
        if (integer) {
            pre[i] = std::round(pre[i]);
            post[i] = std::round(post[i]);
        }
    }
}

void RunPairedYear(const Args& args, std::mt19937_64& rng, bool integer) {
    std::vector<std::vector<double>> pre(args.offerings), post(args.offerings);
    for (int k = 0; k < args.offerings; ++k) Scores(rng, args.participants, integer, pre[k], post[k]);
    Step step(integer ? "paired t + Wilcoxon, integer scores (ties)" : "paired t + Wilcoxon, continuous (exact)");
    std::vector<double> p(args.offerings);
    int exact = 0;
    for (int k = 0; k < args.offerings; ++k) {
        const auto t = evaluation::PairedTTest(pre[k], post[k]);
        const auto w = evaluation::WilcoxonSignedRank(pre[k], post[k]);
        p[k] = t.p;
        exact += w.exact ? 1 : 0;
    }
    char note[120];
    std::snprintf(note, sizeof note, "(%d offerings x %d, %d exact)", args.offerings, args.participants, exact);
    step.Done(args.offerings, "offerings", note);
    Step bh("Benjamini-Hochberg over the year's p-values");
    const auto q = evaluation::BenjaminiHochberg(p);
    int significant = 0;
    for (double v : q) significant += v < 0.05 ? 1 : 0;
    std::snprintf(note, sizeof note, "(%d of %d with q < 0.05)", significant, args.offerings);
    bh.Done(args.offerings, "p-values", note);
}

void RunL4Year(const Args& args, std::mt19937_64& rng) {
    std::normal_distribution<double> index(78, 9);
    const auto group = [&](double shift) {
        std::vector<double> g(args.respondents);
        for (auto& v : g) v = index(rng) + shift;
        return g;
    };
    std::vector<std::array<std::vector<double>, 4>> data(args.offerings);
    for (auto& d : data) d = {group(0), group(2), group(0), group(0.5)};
    Step step("Welch t + difference-in-differences (L4)");
    int valid = 0;
    for (const auto& d : data) {
        const auto w = evaluation::WelchTTest(d[1], d[0]);
        const auto did = evaluation::DifferenceInDifferences(d[0], d[1], d[2], d[3]);
        valid += (w.valid && did.valid) ? 1 : 0;
    }
    char note[120];
    std::snprintf(note, sizeof note, "(%d offerings x 4 groups x %d respondents, %d valid)", args.offerings,
                  args.respondents, valid);
    step.Done(args.offerings, "offerings", note);
}

}  // namespace

int main(int argc, char** argv) {
    const Args args = Parse(argc, argv);
    std::printf("ikm_bench: %lld responses over %d units; %d offerings x %d participants; seed %llu\n",
                static_cast<long long>(args.responses), args.units, args.offerings, args.participants,
                static_cast<unsigned long long>(args.seed));
    std::mt19937_64 rng(args.seed);
    RunIkm(args, rng);
    RunPairedYear(args, rng, true);
    RunPairedYear(args, rng, false);
    RunL4Year(args, rng);
    return 0;
}
