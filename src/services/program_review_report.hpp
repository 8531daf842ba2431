#pragma once
// The programs to review as a document to hand out (docs/review-api.md): a PDF (A4 landscape) and an XLSX of the
// list of GET /programs/review — the deciding offering, the verdict and its reason, and for a revised program the
// revision that lifted its flag.

#include <cstdint>
#include <map>
#include <string>
#include <vector>

#include "formats/pdf_document.hpp"
#include "formats/table.hpp"
#include "services/evaluation_report.hpp"
#include "services/program_review.hpp"

namespace bangkom::services {

/// `recorders`: user id → the name shown for who recorded a revision.
formats::PdfDocument ProgramReviewPdf(const ProgramReviewList& list, const std::map<int64_t, std::string>& recorders,
                                      const ReportContext& context);
/// One sheet "Perlu ditinjau" ("To review"), a row per program, dates as ISO text.
std::vector<formats::Sheet> ProgramReviewSheets(const ProgramReviewList& list,
                                                const std::map<int64_t, std::string>& recorders, domain::Lang lang);

}  // namespace bangkom::services
