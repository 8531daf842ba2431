#pragma once
// The printable poster of a service unit's public satisfaction survey (issue 8, UI.md): A4, Indonesian, the
// government's and agency's names, the unit, a short invitation, a QR code of the survey's address with the
// address in letters under it, and the promise of anonymity. Hung at the counter so that the public answers on
// their phones.

#include <string>

#include "domain/date.hpp"
#include "domain/records.hpp"
#include "domain/result.hpp"
#include "formats/pdf_document.hpp"
#include "services/document_settings.hpp"

namespace bangkom::services {

/// "<base>/survei/<code>", the code percent-encoded; `base` loses a trailing '/'.
std::string SurveyAddress(const std::string& base, const std::string& unit_code);

/// The poster as values; `address` is what the QR code holds.
formats::PdfDocument SurveyPosterDocument(const domain::ServiceUnit& unit, const std::string& agency_name,
                                          const std::string& address, const DocumentSettings& settings,
                                          domain::Date printed);
/// The poster as PDF bytes.
Result<std::string> WriteSurveyPoster(const domain::ServiceUnit& unit, const std::string& agency_name,
                                      const std::string& address, const DocumentSettings& settings,
                                      domain::Date printed);

}  // namespace bangkom::services
