#pragma once
// The needs analysis (analysis::GapReport) as the API and the command line give it: JSON in the shapes of
// docs/api.md "Needs analysis" (and `bangkom gaps`), CSV rows per employee and competency, and the exportable
// tables (employees, heatmap, 9-box, not assessed, per agency, per competency) as CSV/XLSX with Indonesian
// headers. Names of codes (agency, position, competency) come from the snapshot the report was computed on.

#include <boost/json/array.hpp>
#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <optional>
#include <string>
#include <string_view>
#include <utility>

#include "analysis/gap_report.hpp"
#include "analysis/snapshot.hpp"
#include "formats/table.hpp"
#include "services/import_service.hpp"

namespace bangkom::services {

/// One competency of an employee: {"competency","competency_name","competency_kind","required",
/// "target_required","held","source","gap","target_gap","multiplier","weight","target_weight"}; held and source
/// null when not assessed.
boost::json::object GapLineJson(const analysis::CompetencyGap& line, const analysis::Snapshot& names);
/// EmployeeRow: codes and names, JP, AKPK, box (null when unknown), counts and weighted need.
boost::json::object EmployeeRowJson(const analysis::EmployeeGaps& e, const analysis::Snapshot& names);
/// EmployeeDetail: the row plus position kind, sector, SKP, potential, JP year/target and every competency line
/// under "gaps" (the shape of `bangkom gaps` JSON).
boost::json::object EmployeeDetailJson(const analysis::EmployeeGaps& e, const analysis::Snapshot& names, int year);
/// {"nip","name","agency","position","competency","competency_name","required","target_required"} (levels null
/// when that standard does not name the competency).
boost::json::object NotAssessedJson(const analysis::NotAssessedPair& pair, const analysis::Snapshot& names);
/// Summary of docs/api.md; `agency` is the ?agency filter ("" when none), `jp_target` the setting T.
boost::json::object SummaryJson(const analysis::GapReport& report, const analysis::Snapshot& names,
                                const std::string& agency, int jp_target);
/// The nine boxes in box order: {"box","performance","potential","count"}.
boost::json::array NineBoxJson(const analysis::GapStats& stats);
/// Performance row and potential column of box 1-9 (DOMAIN.md): e.g. box 3 → {"di_bawah", "menengah"}.
std::pair<std::string_view, std::string_view> BoxAxes(int box);
/// The year of the report's analysis date.
int AnalysisYear(const analysis::GapReport& report);

/// Appends `value` as JSON with decimals in their shortest plain form ("2.5", not Boost's "2.5E0") for people
/// reading the command line's output.
void AppendPlain(std::string& out, const boost::json::value& value);
/// `bangkom gaps` JSON: {"employees": [EmployeeDetail], "summary": Summary}, newline-terminated.
std::string GapsJsonText(const analysis::GapReport& report, const analysis::Snapshot& names, const std::string& agency,
                         int jp_target);
/// `bangkom gaps --format csv`: one row per employee and competency (an employee without any: one row with the
/// competency columns empty); columns nip, agency, position, jp_earned, akpk, box, competency, required,
/// target_required, held, source, gap, target_gap, weight, target_weight.
std::string GapsCsvText(const analysis::GapReport& report);

enum class GapTable { employees, heatmap, ninebox, not_assessed, agencies, competencies };
/// "employees", "heatmap", "ninebox", "not_assessed", "agencies", "competencies".
std::string_view Code(GapTable table);
std::optional<GapTable> GapTableFromCode(std::string_view code);
/// The table as a sheet with Indonesian headers (docs/api.md); numbers stay numbers, absent values empty.
formats::Sheet GapTableSheet(GapTable table, const analysis::GapReport& report, const analysis::Snapshot& names);
/// The sheet as file bytes.
Result<std::string> WriteGapTable(GapTable table, const analysis::GapReport& report, const analysis::Snapshot& names,
                                  ExportFormat format);

}  // namespace bangkom::services
