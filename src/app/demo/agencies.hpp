#pragma once
// The 45 agencies (OPD) of Pemerintah Provinsi Jambi and their service units, as static data.

#include <span>
#include <string_view>

namespace bangkom::app::demo {

struct AgencyInfo {
    std::string_view code;
    std::string_view name;
    std::string_view short_name;
    std::string_view head_title;  // the JPT position: "Kepala Dinas Kesehatan"
    std::string_view sector;      // technical sector of its structural and pelaksana positions
    int headcount;                // employees at the default scale of 12,000 (scaled to --employees)
    /// Administrator positions below the head, '|'-separated. "Sekretaris ..." gets three subbagian
    /// (pengawas); "Kepala Bidang X" a "Kepala Seksi X"; "Kepala Bagian X" a "Kepala Subbagian X".
    std::string_view divisions;
    /// Functional families (functionals.hpp ids) and relative weights of the staff, '|'-separated "ID:W".
    std::string_view staff;
};

struct UnitInfo {
    std::string_view agency_code;
    std::string_view name;
    std::string_view head_title;  // the pengawas position that runs it
};

/// All 45 agencies; the first 36 are named in DOMAIN.md, the rest complete the list.
std::span<const AgencyInfo> Agencies();
/// The 80 service units, grouped by agency.
std::span<const UnitInfo> Units();

}  // namespace bangkom::app::demo
