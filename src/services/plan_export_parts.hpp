#pragma once
// What the plan's XLSX (plan_export.cpp) and PDF (plan_document.cpp) share: the words of one line of the plan
// (the seven fields of PP 11/2017 Pasal 207) and the totals per agency.

#include <cstdint>
#include <map>
#include <set>
#include <string>

#include "services/plan_export.hpp"

namespace bangkom::services {

/// One assignment in words.
struct PlanLineText {
    std::string agency_name;
    std::string employee_name;
    std::string competencies;  // what it closes ("M.03 Komunikasi (+1 level)"), else what the program raises
    std::string form;          // "Pelatihan klasikal"
    std::string route;         // "Pelatihan klasikal" / "Pelatihan nonklasikal" / "Pendidikan"
    std::string program;       // "P-001 Nama Program"
    std::string institution;
    std::string schedule;    // "2 Maret 2027 s.d. 6 Maret 2027"
    std::string curriculum;  // fit with the curriculum standard
    std::string reasons;     // "menutup kesenjangan kompetensi; pemenuhan 20 JP"
};

PlanLineText DescribeLine(const PlanExportData& data, const storage::PlanAssignmentRow& row);

struct PlanAgencyTotal {
    std::string agency;
    std::string name;
    std::set<std::string> employees;
    int64_t assignments = 0;
    int64_t jp = 0;
    int64_t used = 0;
    int64_t budget = 0;  // the plan's ceiling for the agency (from its summary), else the catalog's
};

/// Per agency of the plan's summary and rows (only data.agency_filter when set), in code order.
std::vector<PlanAgencyTotal> AgencyTotals(const PlanExportData& data);

/// The sum of agency totals (employees counted once), named "Jumlah".
PlanAgencyTotal SumOfTotals(const std::vector<PlanAgencyTotal>& totals);

/// "1.500.000" (dots between thousands).
std::string GroupThousands(int64_t value);

}  // namespace bangkom::services
