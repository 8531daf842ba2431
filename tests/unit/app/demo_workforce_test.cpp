// Headcount per agency and the NIPs of the generated workforce.

#include <gtest/gtest.h>

#include <numeric>
#include <set>

#include "app/demo/demo.hpp"
#include "app/demo/workforce.hpp"

namespace bangkom::app::demo {
namespace {

TEST(SplitHeadcountTest, SumsToTheRequestedNumberWithAMinimalTeamEverywhere) {
    const auto plans = PlanAgencies(1);
    for (int64_t n : {MinimumEmployees(), int64_t{361}, int64_t{1000}, kDefaultEmployees, int64_t{1'000'000}}) {
        const auto counts = SplitHeadcount(plans, n);
        ASSERT_EQ(counts.size(), plans.size());
        EXPECT_EQ(std::accumulate(counts.begin(), counts.end(), int64_t{0}), n);
        for (int64_t c : counts) EXPECT_GE(c, kMinPerAgency);
    }
    const auto counts = SplitHeadcount(plans, kDefaultEmployees);
    size_t largest = 0;
    for (size_t i = 0; i < counts.size(); ++i) {
        if (counts[i] > counts[largest]) largest = i;
    }
    EXPECT_EQ(plans[largest].agency.code, "DISDIK");
}

TEST(WorkforceTest, SupervisorsComeBeforeTheirTeamsAndNipsAreUnique) {
    const auto plans = PlanAgencies(5);
    Workforce workforce(5, AsOfDate(2027));
    std::set<std::string> seen;
    int64_t n = 0;
    auto ok = workforce.Generate(plans, 2000, [&](const Hire& hire) -> Result<void> {
        ++n;
        const auto& e = hire.employee;
        if (e.supervisor_nip) {
            EXPECT_TRUE(seen.count(e.supervisor_nip->str())) << e.nip.str();
        }
        EXPECT_TRUE(seen.insert(e.nip.str()).second) << e.nip.str();
        EXPECT_LE(hire.appointed, AsOfDate(2027));
        return {};
    });
    ASSERT_TRUE(ok.ok());
    EXPECT_EQ(n, 2000);
    EXPECT_FALSE(workforce.people().atasan_nip.empty());
    EXPECT_FALSE(workforce.people().asn_nip.empty());
}

TEST(WorkforceTest, StopsAtTheFirstErrorOfTheSink) {
    const auto plans = PlanAgencies(5);
    Workforce workforce(5, AsOfDate(2027));
    int calls = 0;
    auto result = workforce.Generate(plans, 1000, [&](const Hire&) -> Result<void> {
        if (++calls == 3) return MakeError(ErrorCode::internal, "disk full");
        return {};
    });
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().message, "disk full");
    EXPECT_EQ(calls, 3);
}

}  // namespace
}  // namespace bangkom::app::demo
