#pragma once
// Exact null distributions of the rank tests, as R's psignrank / pwilcox: counts built by dynamic programming
// (additions only, so small tail counts stay exact), tails summed from the end they belong to.

namespace bangkom::evaluation {

/// Largest n for which the exact signed-rank distribution is used (R: exact when n < 50).
inline constexpr int kExactRankLimit = 50;

/// Two-sided exact p-value of the signed-rank statistic V (an integer, n pairs without ties or zeros), as
/// R's wilcox.test: the tail on V's side of n(n+1)/4, doubled, at most 1. n must be 1..kExactRankLimit - 1.
double SignedRankExactP(int v, int n);

/// Two-sided exact p-value of the Mann–Whitney statistic W = U of the first sample (sizes m, n without ties),
/// as R's wilcox.test: the tail on W's side of mn/2, doubled, at most 1. m, n must be 1..kExactRankLimit - 1.
double RankSumExactP(int w, int m, int n);

}  // namespace bangkom::evaluation
