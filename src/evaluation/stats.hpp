#pragma once
// The tests of EVALUATION.md ("Exact definitions"), matching R's t.test / wilcox.test. Plain vectors in,
// plain structs out; p-values from Boost.Math. Inputs too small for a test give `valid = false` (never NaN
// in a result that says valid).

#include <optional>
#include <span>
#include <vector>

namespace bangkom::evaluation {

struct PairedT {
    bool valid = false;  // n >= 2 and sd(d) > 0
    int n = 0;
    double mean_x = 0, mean_y = 0;  // x = pre, y = post
    double mean_diff = 0;           // mean(y − x)
    double sd_diff = 0;
    double ci_low = 0, ci_high = 0;  // 95% (or 1 − alpha) CI of the mean difference
    double t = 0, df = 0, p = 1;
    double d_z = 0;  // mean_diff / sd_diff
};
/// Paired t-test of y − x (x, y the same length). alpha sets the CI level.
PairedT PairedTTest(std::span<const double> x, std::span<const double> y, double alpha = 0.05);

struct WelchT {
    bool valid = false;  // both n >= 2 and not both variances 0
    int n1 = 0, n2 = 0;
    double mean1 = 0, mean2 = 0, var1 = 0, var2 = 0;
    double t = 0, df = 0, p = 1;  // t of mean1 − mean2
    double ci_low = 0, ci_high = 0;
};
WelchT WelchTTest(std::span<const double> a, std::span<const double> b, double alpha = 0.05);

struct RankTest {
    bool valid = false;
    int n = 0;             // pairs used (zeros dropped) / for U: n1 + n2
    double statistic = 0;  // V (signed-rank) or W (Mann–Whitney, R's W = U of the first sample)
    double p = 1;
    bool exact = false;  // exact distribution used
};
/// Wilcoxon signed-rank on y − x, as R's wilcox.test(y, x, paired = TRUE) (V = sum of positive ranks).
RankTest WilcoxonSignedRank(std::span<const double> x, std::span<const double> y);
/// Mann–Whitney U, as R's wilcox.test(a, b) (exact when both n < 50 and no ties).
RankTest MannWhitneyU(std::span<const double> a, std::span<const double> b);

struct DiffInDiff {
    bool valid = false;
    double before_treated = 0, after_treated = 0, before_control = 0, after_control = 0;  // group means
    double estimate = 0;  // (after_T − before_T) − (after_C − before_C)
    double se = 0;        // √Σ s²/n over the four groups
    double z = 0, p = 1;  // normal distribution
};
DiffInDiff DifferenceInDifferences(std::span<const double> before_treated, std::span<const double> after_treated,
                                   std::span<const double> before_control, std::span<const double> after_control);

/// Benjamini–Hochberg adjusted q-values, as R's p.adjust(p, "BH"), in the input's order.
std::vector<double> BenjaminiHochberg(std::span<const double> p);

double Mean(std::span<const double> x);
/// Sample standard deviation (n − 1); 0 when n < 2.
double SampleSd(std::span<const double> x);

}  // namespace bangkom::evaluation
