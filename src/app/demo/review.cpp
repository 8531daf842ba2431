#include "app/demo/review.hpp"

#include <algorithm>

#include "services/program_review.hpp"

namespace bangkom::app::demo {

namespace {

constexpr size_t kPeriodUnits = 3;
constexpr int64_t kServedPerSemester = 4200;  // a Puskesmas's visits in half a year, about 35 a working day

std::string Iso(int year, int month, int day) {
    return domain::Date::FromYmd(year, month, day)->ToIso();
}

}  // namespace

Result<ReviewSummary> BuildReview(storage::Store& store, domain::Date as_of, int plan_year, int64_t recorded_by) {
    ReviewSummary summary;
    auto units = store.Keys(domain::Kind::unit_layanan);
    if (!units) return units.error();
    std::sort(units->begin(), units->end());
    const int year = as_of.year();
    for (const auto& unit : *units) {
        if (summary.period_units.size() == kPeriodUnits) break;
        if (unit.rfind("DINKES.", 0) != 0) continue;
        const std::vector<storage::SurveyPeriod> periods{
            {0, unit, "Semester I " + std::to_string(year), Iso(year, 1, 1), Iso(year, 6, 30), kServedPerSemester,
             recorded_by, 0},
            {0, unit, "Semester II " + std::to_string(year), Iso(year, 7, 1), Iso(year, 12, 31), kServedPerSemester,
             recorded_by, 0},
            {0, unit, "Semester I " + std::to_string(year + 1), Iso(year + 1, 1, 1), Iso(year + 1, 6, 30), std::nullopt,
             recorded_by, 0}};
        auto existing = store.Review().SurveyPeriods(unit);
        if (!existing) return existing.error();
        for (const auto& p : periods) {
            if (!existing->empty()) break;  // a demo written again over itself (--force) keeps the periods it has
            if (auto saved = store.Review().SaveSurveyPeriod(p); !saved) return saved.error();
        }
        summary.period_units.push_back(unit);
    }

    services::ProgramReviewService review(store);
    auto list = review.ProgramsToReview(plan_year, "", domain::Lang::id);
    if (!list) return list.error();
    for (const auto& p : list->programs) {
        if (p.revision) {  // written again over itself: the revision is there already
            summary.revised_program = p.program.code;
            break;
        }
    }
    for (const auto& p : list->programs) {
        if (!summary.revised_program.empty()) break;
        if (p.offering.verdict != evaluation::Verdict::tidak_signifikan || as_of < p.offering.end) continue;
        services::RevisionInput input{as_of, "materi_metode",
                                      "Materi disusun ulang bersama unit layanan peserta: studi kasus dari pengaduan "
                                      "masyarakat tahun ini, praktik terbimbing menggantikan sebagian ceramah, dan "
                                      "tugas penerapan di tempat kerja yang dinilai atasan."};
        // recorded at 09:00 WIB on the data set's day (02:00 UTC): a fixed time keeps a seed's data identical
        const int64_t at = as_of.DaysSinceEpoch() * int64_t{86400} + int64_t{2} * 3600;
        auto recorded = review.Record(p.program.code, input, recorded_by, at, as_of, domain::Lang::id);
        if (!recorded) return recorded.error();
        summary.revised_program = p.program.code;
        break;
    }
    return summary;
}

}  // namespace bangkom::app::demo
