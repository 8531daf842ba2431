// The rank tests of stats.hpp, as R 4.2's wilcox.test.default (exact = NULL, correct = TRUE, two-sided).

#include <algorithm>
#include <cmath>
#include <numeric>
#include <vector>

#include "evaluation/stats.hpp"
#include "evaluation/stats_exact.hpp"
#include "evaluation/stats_internal.hpp"

namespace bangkom::evaluation {
namespace {

struct Ranked {
    std::vector<double> ranks;  // average ranks (R's rank(), ties.method = "average"), in the input's order
    double tie_sum = 0;         // Σ (t³ − t) over groups of t equal values
    bool ties = false;
};

Ranked AverageRanks(const std::vector<double>& values) {
    const size_t n = values.size();
    std::vector<size_t> order(n);
    std::iota(order.begin(), order.end(), size_t{0});
    std::sort(order.begin(), order.end(), [&](size_t a, size_t b) { return values[a] < values[b]; });
    Ranked r;
    r.ranks.resize(n);
    for (size_t start = 0; start < n;) {
        size_t end = start + 1;
        while (end < n && values[order[end]] == values[order[start]]) ++end;
        const double average = (static_cast<double>(start + 1) + static_cast<double>(end)) / 2.0;
        for (size_t k = start; k < end; ++k) r.ranks[order[k]] = average;
        const auto t = static_cast<double>(end - start);
        if (end - start > 1) {
            r.ties = true;
            r.tie_sum += t * t * t - t;
        }
        start = end;
    }
    return r;
}

bool AllFinite(std::span<const double> x) {
    return std::all_of(x.begin(), x.end(), [](double v) { return std::isfinite(v); });
}

// Normal approximation with continuity correction: z = (stat − mean − sign·0.5) / sigma.
double CorrectedNormalP(double statistic, double mean, double sigma) {
    double z = statistic - mean;
    const double correction = z > 0 ? 0.5 : (z < 0 ? -0.5 : 0.0);
    z = (z - correction) / sigma;
    return TwoSidedNormal(z);
}

}  // namespace

RankTest WilcoxonSignedRank(std::span<const double> x, std::span<const double> y) {
    RankTest r;
    if (x.size() != y.size() || !AllFinite(x) || !AllFinite(y)) return r;
    std::vector<double> d;  // non-zero differences y − x
    std::vector<double> magnitude;
    bool zeros = false;
    for (size_t i = 0; i < x.size(); ++i) {
        const double diff = y[i] - x[i];
        if (diff == 0) {
            zeros = true;
            continue;
        }
        d.push_back(diff);
        magnitude.push_back(std::fabs(diff));
    }
    r.n = static_cast<int>(d.size());
    if (r.n == 0) return r;  // R: every difference zero gives NaN
    const Ranked ranked = AverageRanks(magnitude);
    for (size_t i = 0; i < d.size(); ++i) {
        if (d[i] > 0) r.statistic += ranked.ranks[i];
    }
    const double n = r.n;
    // R's rule is exact when n < 50 (not n ≤ 50 as EVALUATION.md words it): we follow R.
    if (r.n < kExactRankLimit && !ranked.ties && !zeros) {
        r.exact = true;
        r.p = SignedRankExactP(static_cast<int>(r.statistic), r.n);
    } else {
        const double sigma = std::sqrt(n * (n + 1) * (2 * n + 1) / 24 - ranked.tie_sum / 48);
        if (!(sigma > 0)) return r;
        r.p = CorrectedNormalP(r.statistic, n * (n + 1) / 4, sigma);
    }
    r.valid = true;
    return r;
}

RankTest MannWhitneyU(std::span<const double> a, std::span<const double> b) {
    RankTest r;
    if (a.empty() || b.empty() || !AllFinite(a) || !AllFinite(b)) return r;
    std::vector<double> combined(a.begin(), a.end());
    combined.insert(combined.end(), b.begin(), b.end());
    const Ranked ranked = AverageRanks(combined);
    const double m = static_cast<double>(a.size());
    const double n = static_cast<double>(b.size());
    r.n = static_cast<int>(combined.size());
    double rank_sum = 0;
    for (size_t i = 0; i < a.size(); ++i) rank_sum += ranked.ranks[i];
    r.statistic = rank_sum - m * (m + 1) / 2;
    const int limit = kExactRankLimit;
    if (static_cast<int>(a.size()) < limit && static_cast<int>(b.size()) < limit && !ranked.ties) {
        r.exact = true;
        r.p = RankSumExactP(static_cast<int>(r.statistic), static_cast<int>(a.size()), static_cast<int>(b.size()));
    } else {
        const double total = m + n;
        const double sigma = std::sqrt((m * n / 12) * ((total + 1) - ranked.tie_sum / (total * (total - 1))));
        if (!(sigma > 0)) return r;  // every value equal: R gives NaN
        r.p = CorrectedNormalP(r.statistic, m * n / 2, sigma);
    }
    r.valid = true;
    return r;
}

}  // namespace bangkom::evaluation
