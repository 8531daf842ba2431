#pragma once
// Public satisfaction survey (SKM, Permenpan RB 14/2017) responses of every service unit over the last two
// years: hundreds of respondents per unit and year, with realistic answer patterns and demographics.

#include <cstdint>
#include <vector>

#include "app/demo/positions.hpp"
#include "domain/date.hpp"
#include "domain/records.hpp"

namespace bangkom::app::demo {

/// Responses of every unit of `plans`, dated in the two years up to `as_of`, in unit then date order.
std::vector<domain::SurveyResponse> BuildSurveys(uint64_t seed, const std::vector<AgencyPlan>& plans,
                                                 domain::Date as_of);

}  // namespace bangkom::app::demo
