#pragma once
// The agency view of issue 5: competencies ranked by proposals (submitted + approved), +1s and the measured gap
// side by side, and the proposal report by agency, competency, status and form, with its XLSX/CSV export.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "services/gap_service.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

struct RankingRow {
    std::string competency;
    std::string competency_name;
    int64_t proposals = 0;  // submitted + approved
    int64_t approved = 0;
    int64_t submitted = 0;
    int64_t votes = 0;
    int64_t employees_with_gap = 0;
    double weighted_need = 0;
    int64_t score = 0;  // approved + submitted + votes
};

struct ReportRow {
    std::string agency;
    std::string agency_name;
    std::string competency;
    std::string competency_name;
    std::string status;
    std::string form;  // "" = none
    int64_t count = 0;
};

/// Ranked by score desc, then weighted_need desc, then code. `agency` "" = every agency. Competencies appear when
/// they have a submitted/approved proposal or a measured gap in scope.
Result<std::vector<RankingRow>> RankCompetencies(storage::Store& store, GapService& gaps, const std::string& agency,
                                                 int year);

/// Counts of the proposals of `agency` ("" = all) and `year` (0 = all) by agency, competency, status, form.
Result<std::vector<ReportRow>> ProposalReport(storage::Store& store, const std::string& agency, int year);

/// The report as a file: xlsx (sheets "Laporan" and "Peringkat") or csv (the report only).
Result<std::string> WriteProposalReport(const std::vector<ReportRow>& report, const std::vector<RankingRow>& ranking,
                                        bool csv);

}  // namespace bangkom::services
