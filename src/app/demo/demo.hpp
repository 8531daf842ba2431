#pragma once
// The realistic, deterministic Pemerintah Provinsi Jambi data set behind `bangkom demo`: the same options give
// the same records, byte for byte in every export. Written only through storage::Store::Upsert.

#include <cstdint>
#include <filesystem>
#include <functional>
#include <string>
#include <utility>
#include <vector>

#include "app/demo/workforce.hpp"
#include "domain/date.hpp"
#include "domain/kinds.hpp"
#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::app::demo {

inline constexpr int64_t kDefaultEmployees = 12'000;
inline constexpr int64_t kMaxEmployees = 10'000'000;
inline constexpr int kFirstPlanYear = 2022;  // the youngest employees (born 2000) must be 21 by the current year
inline constexpr int kLastPlanYear = 2100;

struct DemoOptions {
    int64_t employees = kDefaultEmployees;
    uint64_t seed = 1;
    int plan_year = 0;                   // the year the plan is for; the data describe the year before it
    int64_t batch_size = 50'000;         // employees per Upsert batch (with their history)
    std::filesystem::path content_root;  // the e-learning course's files; empty: no course content
};

struct DemoSummary {
    std::vector<std::pair<domain::Kind, int64_t>> counts;  // records written, per kind, in writing order
    DemoPeople people;                                     // the DINKES supervisor and team member for the logins
    domain::Date as_of;
    std::vector<std::string> feedback_offerings;  // the classes with a 360 campaign (closed, open); "" when none
};

using DemoProgress = std::function<void(const std::string&)>;

/// The day the data set describes: 15 November of the year before the plan year, when agencies draw up
/// next year's needs analysis. Fixed (not today), so that a seed gives the same data on any day.
domain::Date AsOfDate(int plan_year);
/// The fewest employees the organisation of 45 agencies can hold.
int64_t MinimumEmployees();
/// Checks the options: employees within [MinimumEmployees(), kMaxEmployees], plan year within
/// [kFirstPlanYear, kLastPlanYear], batch size positive. Message in `lang`.
Result<void> CheckOptions(const DemoOptions& options, domain::Lang lang);

/// Writes the whole data set into `store` (agencies to survey answers), reporting each phase to `progress`.
Result<DemoSummary> BuildDemo(storage::Store& store, const DemoOptions& options, domain::Lang lang,
                              const DemoProgress& progress);

}  // namespace bangkom::app::demo
