#pragma once
// The evaluation's follow-up in the demo (issue 8, docs/review-api.md, docs/survey-periods-api.md): three
// Puskesmas of Dinas Kesehatan run their SKM per semester (the two semesters of the data set's year, with the
// people they served, and the first of the next year), so the SKM dashboard shows the IKM per period; and the BKD
// has recorded a revision of one program that the evaluation of the data set's year found not significant, so the
// list of programs to review shows one program revised beside those still flagged.

#include <cstdint>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::app::demo {

struct ReviewSummary {
    std::vector<std::string> period_units;  // units given survey periods
    std::string revised_program;            // "" when the evaluation flagged nothing that had ended by as_of
};

/// Writes the periods and the revision (recorded by user `recorded_by` on `as_of`) for the plan of `plan_year`;
/// on a store that already has them (the demo written again with --force) it adds nothing.
Result<ReviewSummary> BuildReview(storage::Store& store, domain::Date as_of, int plan_year, int64_t recorded_by);

}  // namespace bangkom::app::demo
