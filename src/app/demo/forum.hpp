#pragma once
// The participation part of the demo (issue 5): an open proposal window for the plan year in every agency, and a
// few forum threads in the demo supervisor's agency, so that the proposal and forum pages have something to show.

#include <vector>

#include "app/demo/demo.hpp"
#include "app/demo/positions.hpp"

namespace bangkom::app::demo {

/// Windows from 1 November of the year before the plan year to 31 January of the plan year (deterministic, and
/// open on the day the data set describes); two threads with Markdown posts in the agency of `summary.people`.
Result<void> BuildParticipation(storage::Store& store, const DemoSummary& summary,
                                const std::vector<AgencyPlan>& plans);

}  // namespace bangkom::app::demo
