#include "evaluation/stats.hpp"

#include <algorithm>
#include <boost/math/distributions/normal.hpp>
#include <boost/math/distributions/students_t.hpp>
#include <cmath>
#include <limits>
#include <numeric>

#include "evaluation/stats_internal.hpp"

namespace bangkom::evaluation {
namespace {

constexpr double kEps = std::numeric_limits<double>::epsilon();

bool AllFinite(std::span<const double> x) {
    return std::all_of(x.begin(), x.end(), [](double v) { return std::isfinite(v); });
}

// R's var(): the mean as above, then Σ (x − mean)² / (n − 1) in long double.
double SampleVariance(std::span<const double> x) {
    if (x.size() < 2) return 0;
    const long double mean = Mean(x);
    long double sum = 0;
    for (double v : x) sum += (v - mean) * (v - mean);
    return static_cast<double>(sum / static_cast<long double>(x.size() - 1));
}

double TwoSidedT(double t, double df) {
    return 2 * boost::math::cdf(boost::math::complement(boost::math::students_t(df), std::fabs(t)));
}

double TQuantile(double alpha, double df) {
    return boost::math::quantile(boost::math::complement(boost::math::students_t(df), alpha / 2));
}

}  // namespace

double TwoSidedNormal(double z) {
    return 2 * boost::math::cdf(boost::math::complement(boost::math::normal(), std::fabs(z)));
}

// As R's mean(): the sum in long double divided by n, then corrected by the mean of the residuals.
double Mean(std::span<const double> x) {
    if (x.empty()) return 0;
    const auto n = static_cast<long double>(x.size());
    long double sum = 0;
    for (double v : x) sum += v;
    long double mean = sum / n;
    if (std::isfinite(static_cast<double>(mean))) {
        long double residual = 0;
        for (double v : x) residual += v - mean;
        mean += residual / n;
    }
    return static_cast<double>(mean);
}

double SampleSd(std::span<const double> x) {
    return std::sqrt(SampleVariance(x));
}

PairedT PairedTTest(std::span<const double> x, std::span<const double> y, double alpha) {
    PairedT r;
    if (x.size() != y.size() || !AllFinite(x) || !AllFinite(y) || !(alpha > 0 && alpha < 1)) return r;
    std::vector<double> d(x.size());
    for (size_t i = 0; i < x.size(); ++i) d[i] = y[i] - x[i];
    r.n = static_cast<int>(d.size());
    r.mean_x = Mean(x);
    r.mean_y = Mean(y);
    r.mean_diff = Mean(d);
    r.sd_diff = SampleSd(d);
    if (r.n < 2) return r;
    const double stderr_ = std::sqrt(SampleVariance(d) / r.n);
    // R stops with "data are essentially constant" here; a zero sd with a zero mean gives NaN in R.
    if (!(stderr_ > 0) || stderr_ < 10 * kEps * std::fabs(r.mean_diff)) return r;
    r.df = r.n - 1;
    r.t = r.mean_diff / stderr_;
    r.p = TwoSidedT(r.t, r.df);
    const double q = TQuantile(alpha, r.df);
    r.ci_low = (r.t - q) * stderr_;  // as R: (t ± q) × stderr
    r.ci_high = (r.t + q) * stderr_;
    r.d_z = r.mean_diff / r.sd_diff;
    r.valid = true;
    return r;
}

WelchT WelchTTest(std::span<const double> a, std::span<const double> b, double alpha) {
    WelchT r;
    r.n1 = static_cast<int>(a.size());
    r.n2 = static_cast<int>(b.size());
    if (!AllFinite(a) || !AllFinite(b) || !(alpha > 0 && alpha < 1)) return r;
    r.mean1 = Mean(a);
    r.mean2 = Mean(b);
    r.var1 = SampleVariance(a);
    r.var2 = SampleVariance(b);
    if (r.n1 < 2 || r.n2 < 2) return r;
    const double se1 = std::sqrt(r.var1 / r.n1);
    const double se2 = std::sqrt(r.var2 / r.n2);
    const double se = std::sqrt(se1 * se1 + se2 * se2);
    if (!(se > 0) || se < 10 * kEps * std::max(std::fabs(r.mean1), std::fabs(r.mean2))) return r;
    r.df = std::pow(se, 4) / (std::pow(se1, 4) / (r.n1 - 1) + std::pow(se2, 4) / (r.n2 - 1));
    r.t = (r.mean1 - r.mean2) / se;
    r.p = TwoSidedT(r.t, r.df);
    const double q = TQuantile(alpha, r.df);
    r.ci_low = (r.t - q) * se;
    r.ci_high = (r.t + q) * se;
    r.valid = true;
    return r;
}

DiffInDiff DifferenceInDifferences(std::span<const double> before_treated, std::span<const double> after_treated,
                                   std::span<const double> before_control, std::span<const double> after_control) {
    DiffInDiff r;
    const std::span<const double> groups[] = {before_treated, after_treated, before_control, after_control};
    double variance = 0;
    for (const auto& g : groups) {
        if (g.size() < 2 || !AllFinite(g)) return r;
        variance += SampleVariance(g) / static_cast<double>(g.size());
    }
    r.before_treated = Mean(before_treated);
    r.after_treated = Mean(after_treated);
    r.before_control = Mean(before_control);
    r.after_control = Mean(after_control);
    r.estimate = (r.after_treated - r.before_treated) - (r.after_control - r.before_control);
    r.se = std::sqrt(variance);
    if (!(r.se > 0)) return r;
    r.z = r.estimate / r.se;
    r.p = TwoSidedNormal(r.z);
    r.valid = true;
    return r;
}

// R's p.adjust(p, "BH"): in decreasing order of p, q_i = min over j ≤ i of (n / rank_j) · p_j, capped at 1.
std::vector<double> BenjaminiHochberg(std::span<const double> p) {
    const size_t n = p.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::stable_sort(order.begin(), order.end(), [&](size_t a, size_t b) { return p[a] > p[b]; });
    std::vector<double> q(n);
    double running = std::numeric_limits<double>::infinity();
    for (size_t k = 0; k < n; ++k) {
        const double rank = static_cast<double>(n - k);
        running = std::min(running, static_cast<double>(n) / rank * p[order[k]]);
        q[order[k]] = std::min(1.0, running);
    }
    return q;
}

}  // namespace bangkom::evaluation
