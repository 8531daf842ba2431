#pragma once
// What happened to each employee: competency assessments from several sources, SKP ratings, proposals and
// 360 feedback (this file), and the year's learning (learning.hpp). Each employee's records come from the
// employee's own random stream, so they do not depend on batching.

#include <cstdint>
#include <string>
#include <vector>

#include "app/demo/programs.hpp"
#include "app/demo/workforce.hpp"
#include "domain/date.hpp"
#include "domain/records.hpp"

namespace bangkom::app::demo {

struct HistoryContext {
    uint64_t seed = 0;
    int plan_year = 0;
    domain::Date as_of;  // the day the data set describes (in plan_year - 1)
    const Catalog* catalog = nullptr;
    std::vector<size_t> past_offerings;  // indices into catalog->offerings that ended before as_of
    std::string rater_key;               // key of the 360 raters' keyed hash
};

/// The past offerings of `catalog`: those of the current year (plan_year - 1) that ended before `as_of`.
std::vector<size_t> PastOfferings(const Catalog& catalog, domain::Date as_of);

struct HistoryBatch {
    std::vector<domain::Assessment> assessments;
    std::vector<domain::PerformanceRating> ratings;
    std::vector<domain::JpHistoryEntry> jp;
    std::vector<domain::TestScore> tests;
    std::vector<domain::ReactionAnswer> reactions;
    std::vector<domain::Proposal> proposals;
    std::vector<domain::Feedback360> feedback;
    void Clear();
};

/// Appends every record of `hire`'s history to `out`.
void AddHistory(const Hire& hire, const HistoryContext& ctx, HistoryBatch& out);

}  // namespace bangkom::app::demo
