#pragma once
// A saved plan as the official document (issue 6; FORMATS.md "Exports"): a PDF in Indonesian with the
// government's heading, title and period, the plan's version and status, totals and budget per agency, the lines
// with the seven fields of PP 11/2017 Pasal 207, the 20 JP figures, the programs under review, and the signature
// block of the PPK. Two scopes:
// - an agency (the plan's own agency, or data.agency_filter): one line per employee and offering;
// - the province (an all-agency plan without a filter): one line per offering with its target employees
//   ("37 pegawai dari 5 perangkat daerah"), since a per-employee list of a province fills thousands of pages; the
//   per-agency documents carry the names.
// Not approved yet → the heading says "KONSEP" and the signature block stays empty.

#include <string>

#include "domain/date.hpp"
#include "domain/result.hpp"
#include "formats/pdf_document.hpp"
#include "services/document_settings.hpp"
#include "services/plan_export.hpp"

namespace bangkom::services {

/// The document as values (tests read it; WritePlanPdf renders it). `printed` is the date in the footer.
formats::PdfDocument PlanPdfDocument(const PlanExportData& data, const DocumentSettings& settings,
                                     domain::Date printed);
/// The document as PDF bytes.
Result<std::string> WritePlanPdf(const PlanExportData& data, const DocumentSettings& settings, domain::Date printed);

}  // namespace bangkom::services
