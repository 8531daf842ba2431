#pragma once
// The organisation of each agency: its positions (head, administrators, pengawas, staff families), their
// competency standards, and its service units. Fixed for a seed; independent of the number of employees.

#include <cstdint>
#include <string>
#include <utility>
#include <vector>

#include "app/demo/agencies.hpp"
#include "app/demo/functionals.hpp"
#include "domain/records.hpp"

namespace bangkom::app::demo {

enum class Tier { head, administrator, pengawas, staff };

struct PositionPlan {
    domain::Position position;
    Tier tier = Tier::staff;
    int parent = -1;  // pengawas: index into AgencyPlan::admins of the administrator it reports to
    int unit = -1;    // pengawas heading a service unit: index into AgencyPlan::units
    const FunctionalFamily* family = nullptr;  // staff only
    int weight = 0;                            // staff: relative share of the agency's staff
    std::string promotion;  // the code of the position this one prepares for (target position), or empty
    std::vector<domain::PositionStandard> standards;
};

struct AgencyPlan {
    const AgencyInfo* info = nullptr;
    domain::Agency agency;
    std::vector<domain::ServiceUnit> units;
    std::vector<const UnitInfo*> unit_infos;  // parallel to units
    std::vector<PositionPlan> positions;
    int head = 0;                    // index into positions
    std::vector<int> admins;         // indices into positions, in the order of AgencyInfo::divisions
    std::vector<int> pengawas;       // indices into positions: subbagian of the secretary, unit heads, the rest
    std::vector<int> staff;          // indices into positions
    std::vector<int> staff_weights;  // parallel to staff
};

/// Required level of the managerial and socio-cultural competencies by position kind (DOMAIN.md defaults;
/// penyelia 2 and mahir 1, which DOMAIN.md does not list, sit between terampil and ahli pertama).
int DefaultManagerialLevel(domain::PositionKind kind);

/// The 45 agencies with their units, positions and standards.
std::vector<AgencyPlan> PlanAgencies(uint64_t seed);

}  // namespace bangkom::app::demo
