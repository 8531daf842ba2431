#pragma once
// What both backends of ReviewRepository share (internal to storage/): the errors, in Indonesian with the English in
// brackets like the other repositories.

#include <cstdint>
#include <string>

#include "domain/result.hpp"
#include "storage/review_repository.hpp"

namespace bangkom::storage::review_parts {

Error PeriodNotFound(const std::string& unit, int64_t id);
/// `other` is the stored period that shares a day with the one being saved.
Error PeriodOverlaps(const SurveyPeriod& other);

}  // namespace bangkom::storage::review_parts
