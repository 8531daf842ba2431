#pragma once
// The current year's learning of one employee: JP history (offerings of the catalog and outside activities),
// pre/post tests and reaction answers for the catalog offerings attended.

#include "app/demo/history.hpp"
#include "app/demo/rng.hpp"

namespace bangkom::app::demo {

/// Appends `hire`'s JP history, tests and reactions of the current year to `out`.
void AddLearning(const Hire& hire, const HistoryContext& ctx, Rng& rng, HistoryBatch& out);

}  // namespace bangkom::app::demo
