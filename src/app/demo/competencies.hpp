#pragma once
// The competency dictionary of the demo: the 8 managerial and 1 socio-cultural competencies of Permenpan RB
// 38/2017 and a technical dictionary of 8 competencies per sector, each with what levels 1-5 look like.

#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/records.hpp"

namespace bangkom::app::demo {

inline constexpr int kTechnicalPerSector = 8;

/// The technical sectors ("kesehatan", ...), in dictionary order.
std::span<const std::string_view> Sectors();
/// "T.KES.03" for sector "kesehatan", index 2 (0-based); empty when the sector is unknown.
std::string TechnicalCode(std::string_view sector, int index);
/// The codes "M.01" ... "M.08" and "SK.01".
std::span<const std::string_view> ManagerialAndSocioCulturalCodes();
/// Every competency, managerial first.
std::vector<domain::Competency> BuildCompetencies();

}  // namespace bangkom::app::demo
