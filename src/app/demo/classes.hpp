#pragma once
// The current year's classes (issue 7): every catalog offering that ended before the data set's day gets its
// attendees (those whose riwayat_jp names it) as participants, the roll of its classroom days (the first ten
// weekdays; a few absences where a class is long enough to pass with them) and a passing decision with a Bangkom
// certificate — the riwayat_jp row then carries the certificate's number. One more bimtek of BPSDM Provinsi Jambi
// (the demo's lembaga mitra) ended a week before the day with its roll taken and no decision yet, the partner's
// first task; the demo's employee and supervisor take part in it.

#include <cstdint>
#include <optional>
#include <string>

#include "app/demo/programs.hpp"
#include "app/demo/workforce.hpp"
#include "domain/date.hpp"
#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::app::demo {

struct ClassesSummary {
    int64_t offerings = 0;
    int64_t participants = 0;
    int64_t certificates = 0;
    std::string pending_offering;  // the class left for the partner to decide
};

/// The bimtek left for the partner to decide (the caller stores it with the catalog); nullopt when the catalog
/// has no SKP program.
std::optional<domain::Offering> PendingClass(const Catalog& catalog, domain::Date as_of);

/// Enrols, takes the rolls and decides the classes above (the pending one: enrols and takes its roll only).
/// Running it again on the same database changes nothing already decided.
Result<ClassesSummary> BuildClasses(storage::Store& store, const Catalog& catalog, const DemoPeople& people,
                                    domain::Date as_of, uint64_t seed);

}  // namespace bangkom::app::demo
