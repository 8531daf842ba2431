#pragma once
// The public satisfaction survey report of one service unit (issue 8, Permenpan RB 14/2017): respondents, the NRR of
// the nine elements and their weighted values (× 1/9), the IKM and its conversion (× 25), the quality grade, the
// trend per quarter and — when the number of people served is known — whether the sample is large enough
// (Krejcie–Morgan). As a PDF for the unit to publish and as an XLSX workbook with numbers as numbers.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "formats/pdf_document.hpp"
#include "formats/table.hpp"
#include "services/evaluation_report.hpp"
#include "services/evaluation_service.hpp"

namespace bangkom::services {

struct IkmReportInput {
    UnitIkmReport unit;  // the whole period
    std::string agency_name;
    std::vector<QuarterIkm> quarters;
    std::optional<int64_t> served;  // people served in the period, when known
};

/// Respondents needed for `served` people (Krejcie–Morgan) and whether `respondents` reach it.
struct SampleAdequacy {
    int64_t served = 0;
    int required = 0;
    bool adequate = false;
};
SampleAdequacy SampleOf(int64_t served, int respondents);

formats::PdfDocument IkmReportPdf(const IkmReportInput& input, const ReportContext& context);
/// Sheets "Ringkasan" (label, value), "Unsur" (U1–U9: answered, NRR, weighted NRR) and "Triwulan".
std::vector<formats::Sheet> IkmReportSheets(const IkmReportInput& input, domain::Lang lang);

}  // namespace bangkom::services
