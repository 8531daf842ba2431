#include "formats/kind_spec.hpp"

#include <array>
#include <cassert>

#include "formats/kind_spec_parts.hpp"

namespace bangkom::formats {
namespace {

std::array<KindSpec, 16> BuildSpecs() {
    using namespace spec_parts;  // NOLINT(google-build-using-namespace): the one place joining the parts
    return {Agencies(),        ServiceUnits(),       Competencies(),    Positions(),   PositionStandards(), Employees(),
            Assessments(),     PerformanceRatings(), Programs(),        Offerings(),   JpHistory(),         Proposals(),
            SurveyResponses(), TestScores(),         ReactionAnswers(), Feedback360s()};
}

}  // namespace

const KindSpec& SpecOf(domain::Kind kind) {
    static const std::array<KindSpec, 16> kSpecs = BuildSpecs();
    const auto& spec = kSpecs.at(static_cast<size_t>(kind));
    assert(spec.kind == kind);
    return spec;
}

std::string FormatDetail(const ErrorDetail& detail, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    std::string out;
    if (detail.row > 0) out += (en ? "row " : "baris ") + std::to_string(detail.row);
    if (!detail.column.empty()) {
        if (!out.empty()) out += ", ";
        out += (en ? "column " : "kolom ") + detail.column;
    }
    if (!out.empty()) out += ": ";
    return out + detail.message;
}

}  // namespace bangkom::formats
