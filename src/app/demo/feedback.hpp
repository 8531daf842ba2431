#pragma once
// 360 campaigns in the demo (issue 8): the demo's employee (`asn`) and supervisor (`atasan`) sit in two upcoming
// classes. The first one's `sebelum` campaign ran in the three weeks before the data set's day and has closed with
// answers (self, supervisor, four peers, three subordinates), so both see their results; the second one's is open
// from the day until the day before it starts, so `asn` has a self-rating and a supervisor to rate, and `atasan`
// their own team.

#include <string>

#include "app/demo/programs.hpp"
#include "app/demo/workforce.hpp"
#include "domain/date.hpp"
#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::app::demo {

struct FeedbackSummary {
    std::string closed_offering;  // "" when the catalog has no suitable class
    std::string open_offering;
    int64_t invitations = 0;
    int64_t answers = 0;
    int64_t rows = 0;  // umpan_balik_360 rows the answers wrote
};

Result<FeedbackSummary> BuildFeedback(storage::Store& store, const Catalog& catalog, const DemoPeople& people,
                                      domain::Date as_of);

}  // namespace bangkom::app::demo
