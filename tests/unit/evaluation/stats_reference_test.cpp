// Every case of r/reference.csv (written by r/reference.R with R's t.test, wilcox.test, p.adjust) run through
// stats.hpp and compared to R: p-values and statistics to 1e-9 relative, validity and exactness equal.

#include <gtest/gtest.h>

#include <array>
#include <cmath>
#include <fstream>
#include <sstream>
#include <string>
#include <vector>

#include "evaluation/stats.hpp"
#include "evaluation/stats_exact.hpp"

namespace bangkom::evaluation {
namespace {

struct Case {
    std::string name, test;
    std::vector<double> x, y;
    bool valid = false;
    double n = NAN, statistic = NAN, p = NAN, df = NAN, ci_low = NAN, ci_high = NAN, estimate = NAN, se = NAN;
    double exact = NAN, alpha = NAN;
};

std::vector<double> Numbers(const std::string& text) {
    std::vector<double> out;
    std::istringstream in(text);
    for (std::string word; in >> word;) out.push_back(std::stod(word));
    return out;
}

double Number(const std::string& text) {
    return text == "NA" ? NAN : std::stod(text);
}

std::vector<Case> LoadCases() {
    std::ifstream in(std::string(BANGKOM_SOURCE_DIR) + "/tests/unit/evaluation/r/reference.csv");
    std::vector<Case> cases;
    std::string line;
    bool header = true;
    while (std::getline(in, line)) {
        if (line.empty() || line[0] == '#') continue;
        if (header) {
            header = false;
            continue;
        }
        std::vector<std::string> f;
        std::istringstream row(line);
        for (std::string cell; std::getline(row, cell, ',');) f.push_back(cell);
        if (f.size() != 15) ADD_FAILURE() << "bad row: " << line;
        if (f.size() != 15) continue;
        cases.push_back(Case{f[0], f[1], Numbers(f[2]), Numbers(f[3]), f[4] == "1", Number(f[5]), Number(f[6]),
                             Number(f[7]), Number(f[8]), Number(f[9]), Number(f[10]), Number(f[11]), Number(f[12]),
                             Number(f[13]), Number(f[14])});
    }
    return cases;
}

// 1e-9 relative; the small absolute floor is for expected values that are zero.
void ExpectNear(double actual, double expected, const std::string& what) {
    EXPECT_NEAR(actual, expected, 1e-9 * std::fabs(expected) + 1e-300) << what;
}

void CheckPairedT(const Case& c) {
    const auto r = PairedTTest(c.x, c.y, c.alpha);
    ASSERT_EQ(r.valid, c.valid);
    if (!c.valid) return;
    EXPECT_EQ(r.n, c.n);
    ExpectNear(r.t, c.statistic, "t");
    ExpectNear(r.p, c.p, "p");
    ExpectNear(r.df, c.df, "df");
    ExpectNear(r.ci_low, c.ci_low, "ci_low");
    ExpectNear(r.ci_high, c.ci_high, "ci_high");
    ExpectNear(r.mean_diff, c.estimate, "mean_diff");
}

void CheckWelchT(const Case& c) {
    const auto r = WelchTTest(c.x, c.y, c.alpha);
    ASSERT_EQ(r.valid, c.valid);
    if (!c.valid) return;
    EXPECT_EQ(r.n1 + r.n2, c.n);
    ExpectNear(r.t, c.statistic, "t");
    ExpectNear(r.p, c.p, "p");
    ExpectNear(r.df, c.df, "df");
    ExpectNear(r.ci_low, c.ci_low, "ci_low");
    ExpectNear(r.ci_high, c.ci_high, "ci_high");
}

void CheckRank(const Case& c, const RankTest& r) {
    ASSERT_EQ(r.valid, c.valid);
    if (!std::isnan(c.n)) {
        EXPECT_EQ(r.n, c.n);
    }
    if (!c.valid) return;
    ExpectNear(r.statistic, c.statistic, "statistic");
    ExpectNear(r.p, c.p, "p");
    EXPECT_EQ(r.exact, c.exact == 1);
}

void CheckDid(const Case& c) {
    const auto n_before_treated = static_cast<size_t>(c.n) / 10000;  // reference.R packs the two split sizes in n
    const auto n_before_control = static_cast<size_t>(c.n) % 10000;
    const std::span<const double> x(c.x), y(c.y);
    const auto r = DifferenceInDifferences(x.first(n_before_treated), x.subspan(n_before_treated),
                                           y.first(n_before_control), y.subspan(n_before_control));
    ASSERT_TRUE(r.valid);
    ExpectNear(r.estimate, c.estimate, "estimate");
    ExpectNear(r.se, c.se, "se");
    ExpectNear(r.z, c.statistic, "z");
    ExpectNear(r.p, c.p, "p");
}

void CheckBh(const Case& c) {
    const auto q = BenjaminiHochberg(c.x);
    ASSERT_EQ(q.size(), c.y.size());
    for (size_t i = 0; i < q.size(); ++i) ExpectNear(q[i], c.y[i], "q[" + std::to_string(i) + "]");
}

TEST(StatsReferenceTest, EveryCaseMatchesR) {
    const auto cases = LoadCases();
    ASSERT_GE(cases.size(), 137u) << "reference.csv not found or cut short";
    for (const auto& c : cases) {
        SCOPED_TRACE(c.name + " / " + c.test);
        if (c.test == "paired_t") {
            CheckPairedT(c);
        } else if (c.test == "welch_t") {
            CheckWelchT(c);
        } else if (c.test == "signed_rank") {
            CheckRank(c, WilcoxonSignedRank(c.x, c.y));
        } else if (c.test == "mann_whitney") {
            CheckRank(c, MannWhitneyU(c.x, c.y));
        } else if (c.test == "did") {
            CheckDid(c);
        } else if (c.test == "signed_rank_exact") {
            ExpectNear(SignedRankExactP(static_cast<int>(c.x[0]), static_cast<int>(c.x[1])), c.p, "p");
        } else if (c.test == "rank_sum_exact") {
            const auto [w, m, n] =
                std::array<int, 3>{static_cast<int>(c.x[0]), static_cast<int>(c.x[1]), static_cast<int>(c.x[2])};
            ExpectNear(RankSumExactP(w, m, n), c.p, "p");
        } else if (c.test == "bh") {
            CheckBh(c);
        } else {
            ADD_FAILURE() << "unknown test " << c.test;
        }
    }
}

TEST(StatsReferenceTest, ReferenceNamesTheRVersion) {
    std::ifstream in(std::string(BANGKOM_SOURCE_DIR) + "/tests/unit/evaluation/r/reference.csv");
    std::string first;
    std::getline(in, first);
    EXPECT_EQ(first.rfind("# R version: R version 4.", 0), 0u) << first;
}

}  // namespace
}  // namespace bangkom::evaluation
