#include "storage/review_parts.hpp"

namespace bangkom::storage::review_parts {

Error PeriodNotFound(const std::string& unit, int64_t id) {
    return MakeError(ErrorCode::not_found, "Periode survei " + std::to_string(id) + " unit " + unit +
                                               " tidak ditemukan (no such survey period of the unit)");
}

Error PeriodOverlaps(const SurveyPeriod& other) {
    return MakeError(ErrorCode::conflict, "Periode bertumpang tindih dengan '" + other.name + "' (" + other.from +
                                              " s.d. " + other.to + ") (overlaps another period of the unit)");
}

}  // namespace bangkom::storage::review_parts
