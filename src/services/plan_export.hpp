#pragma once
// A saved plan as an XLSX (issue 6; FORMATS.md "Exports"): sheet "Rencana" with one line per assignment and the
// seven fields of PP 11/2017 Pasal 207 (DOMAIN.md: competency to develop, target employee, form and route,
// organiser, schedule, fit with the curriculum standard, budget), Indonesian headers, NIP as text and JP and
// Rupiah as numbers; sheet "Total per OPD" with employees, assignments, JP, budget used, ceiling and what is left
// per agency and a total line.

#include <map>
#include <string>
#include <vector>

#include "domain/result.hpp"
#include "formats/table.hpp"
#include "services/plan_model_builder.hpp"
#include "storage/plan_repository.hpp"

namespace bangkom::services {

/// What the document reads besides the plan: the catalog (agencies, programs, offerings) and names.
struct PlanExportData {
    storage::PlanHeader plan;
    std::vector<storage::PlanAssignmentRow> rows;  // already limited to what the reader may see
    std::string agency_filter;                     // "" = every agency of the plan; else only this one's totals
    PlanCatalog catalog;
    std::map<std::string, std::string> employee_names;    // nip → name
    std::map<std::string, std::string> competency_names;  // code → name
};

/// "Pelatihan klasikal", "E-learning", ... (Peraturan LAN 10/2018 names).
std::string DevelopmentFormLabel(domain::DevelopmentForm form);
/// "Pendidikan", "Pelatihan klasikal" or "Pelatihan nonklasikal".
std::string DevelopmentRoute(domain::DevelopmentForm form);

/// The two sheets: "Rencana" (per assignment) and "Total per OPD".
std::vector<formats::Sheet> PlanExportSheets(const PlanExportData& data);
/// The sheets as an .xlsx file.
Result<std::string> WritePlanXlsx(const PlanExportData& data);

}  // namespace bangkom::services
