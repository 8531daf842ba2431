#pragma once
// The attendance sheet of a class (daftar hadir) as a printable PDF (issue 7): the offering's facts, one row per
// participant and one column per class day — the roll where it has been taken ("Hadir" / "Tidak hadir"), an empty
// box to sign where it has not — and the organiser's signature block. Pure: the caller gathers the data.

#include <string>
#include <vector>

#include "domain/date.hpp"
#include "formats/pdf_document.hpp"
#include "services/delivery_service.hpp"
#include "services/evaluation_report.hpp"

namespace bangkom::services {

inline constexpr size_t kAttendanceSheetDaysPerTable = 8;

struct AttendanceSheetInput {
    OfferingInfo info;
    std::vector<ParticipantView> participants;  // in print order
    std::vector<std::string> recorded_days;     // days whose roll was taken, YYYY-MM-DD
    std::string scope;                          // "" or the agency the list is narrowed to (pengelola_opd)
};

/// The class days: every weekday from the offering's start to its end, and any recorded day besides; sorted.
std::vector<domain::Date> ClassDays(const domain::Offering& offering, const std::vector<std::string>& recorded);

formats::PdfDocument AttendanceSheetPdf(const AttendanceSheetInput& input, const ReportContext& c);

}  // namespace bangkom::services
