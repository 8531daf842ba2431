#include "evaluation/stats_exact.hpp"

#include <algorithm>
#include <cassert>
#include <cmath>
#include <vector>

namespace bangkom::evaluation {
namespace {

// Number of subsets of {1..n} with each sum s (s = 0..n(n+1)/2). Below n = 50 every count is under 2^49,
// so the doubles hold them exactly.
std::vector<double> SignedRankCounts(int n) {
    std::vector<double> counts(static_cast<size_t>(n) * (n + 1) / 2 + 1, 0.0);
    counts[0] = 1;
    int top = 0;
    for (int k = 1; k <= n; ++k) {
        top += k;
        for (int s = top; s >= k; --s) counts[s] += counts[s - k];
    }
    return counts;
}

// Counts of U for samples of sizes m and n (u = 0..mn), by c(u; i, j) = c(u − j; i − 1, j) + c(u; i, j − 1):
// by_m[i] holds the distribution for sizes (i, j) and is updated in place as j grows.
std::vector<double> RankSumCounts(int m, int n) {
    std::vector<std::vector<double>> by_m(static_cast<size_t>(m) + 1, std::vector<double>{1.0});
    for (int j = 1; j <= n; ++j) {
        for (int i = 1; i <= m; ++i) {
            auto& current = by_m[i];
            const auto& smaller = by_m[i - 1];  // sizes (i − 1, j), already updated for this j
            current.resize(static_cast<size_t>(i) * j + 1, 0.0);
            for (size_t u = j; u < current.size(); ++u) {
                const size_t from = u - j;
                if (from < smaller.size()) current[u] += smaller[from];
            }
        }
    }
    return by_m[m];
}

// The two-sided p of R's wilcox.test from the counts of a distribution symmetric about its centre: the tail
// at or below `statistic` when it is at most the centre, else at or above it; doubled and capped at 1.
double TwoSidedFromCounts(const std::vector<double>& counts, int statistic, double total) {
    const double centre = static_cast<double>(counts.size() - 1) / 2.0;
    const auto at = static_cast<size_t>(std::clamp(statistic, 0, static_cast<int>(counts.size()) - 1));
    double tail = 0;
    if (statistic > centre) {
        for (size_t k = counts.size(); k-- > at;) tail += counts[k];
    } else {
        for (size_t k = 0; k <= at; ++k) tail += counts[k];
    }
    return std::min(1.0, 2.0 * tail / total);
}

}  // namespace

double SignedRankExactP(int v, int n) {
    assert(n >= 1 && n < kExactRankLimit);
    return TwoSidedFromCounts(SignedRankCounts(n), v, std::ldexp(1.0, n));
}

double RankSumExactP(int w, int m, int n) {
    assert(m >= 1 && m < kExactRankLimit && n >= 1 && n < kExactRankLimit);
    // The distribution of U is the same for (m, n) and (n, m); build the table over the smaller size.
    const auto counts = m <= n ? RankSumCounts(m, n) : RankSumCounts(n, m);
    double total = 0;
    for (double c : counts) total += c;
    return TwoSidedFromCounts(counts, w, total);
}

}  // namespace bangkom::evaluation
