#include "app/demo/surveys.hpp"

#include <algorithm>
#include <array>
#include <cmath>
#include <string_view>

#include "app/demo/rng.hpp"

namespace bangkom::app::demo {
namespace {

// How each element usually fares against the unit's overall level: waiting time and complaint handling score
// lowest, fees highest (most services are free), staff behaviour above average.
constexpr std::array<double, 9> kElementOffset{0.05, 0.0, -0.15, 0.25, 0.0, 0.05, 0.1, -0.25, -0.05};

constexpr std::array<std::string_view, 7> kEducation{"SD", "SMP", "SMA", "D1-D3", "D4/S1", "S2", "S3"};
constexpr std::array<int, 7> kEducationWeights{5, 10, 38, 12, 28, 6, 1};
constexpr std::array<std::string_view, 6> kOccupation{"PNS", "TNI", "Polri", "Swasta", "Wirausaha", "Lainnya"};
constexpr std::array<int, 6> kOccupationWeights{15, 3, 3, 32, 25, 22};
constexpr std::string_view kSuggestions[] = {
    "Antrean terlalu lama, mohon ditambah petugas loket",
    "Pelayanan sudah baik, pertahankan",
    "Ruang tunggu perlu ditambah kursi dan kipas angin",
    "Informasi persyaratan sebaiknya diumumkan di media sosial",
    "Petugas ramah dan membantu",
    "Mohon disediakan layanan pengaduan melalui WhatsApp",
    "Parkir kendaraan kurang luas",
};

int Answer(Rng& rng, double mean) {
    // A triangular spread of ±1.2 around the mean, rounded to the scale: means between 2.7 and 3.6 give the
    // mostly-3-and-4 answers that real SKM data shows.
    const double x = mean + (rng.Unit() + rng.Unit() - 1.0) * 1.2;
    return std::clamp(static_cast<int>(std::lround(x)), 1, 4);
}

domain::SurveyResponse Respondent(const domain::ServiceUnit& unit, double mean, bool paid, domain::Date date,
                                  Rng& rng) {
    domain::SurveyResponse r;
    r.unit_code = unit.code;
    r.date = date;
    for (size_t e = 0; e < r.answers.size(); ++e) {
        if (rng.Chance(0.02)) continue;  // not answered
        const double offset = e == 3 && paid ? -0.45 : kElementOffset[e];
        r.answers[e] = Answer(rng, std::clamp(mean + offset, 1.5, 3.9));
    }
    if (rng.Chance(0.94)) r.sex = rng.Chance(0.52) ? domain::Sex::L : domain::Sex::P;
    if (rng.Chance(0.85)) r.age = 17 + static_cast<int>(rng.Below(30)) + static_cast<int>(rng.Below(25));
    if (rng.Chance(0.85)) r.education = std::string(kEducation[rng.Weighted(kEducationWeights)]);
    if (rng.Chance(0.85)) r.occupation = std::string(kOccupation[rng.Weighted(kOccupationWeights)]);
    if (rng.Chance(0.08)) r.suggestion = std::string(kSuggestions[rng.Below(std::size(kSuggestions))]);
    return r;
}

}  // namespace

std::vector<domain::SurveyResponse> BuildSurveys(uint64_t seed, const std::vector<AgencyPlan>& plans,
                                                 domain::Date as_of) {
    std::vector<domain::SurveyResponse> out;
    uint64_t index = 0;
    for (const auto& plan : plans) {
        // Samsat collect vehicle tax and fees, so their fee element (U4) scores lower.
        const bool paid = plan.agency.code == "BAPENDA";
        for (const auto& unit : plan.units) {
            Rng rng = Rng::For(seed, Stream::surveys, index++);
            const double mean = 2.7 + static_cast<double>(rng.Between(0, 90)) / 100.0;
            std::vector<domain::SurveyResponse> responses;
            for (int year = 0; year < 2; ++year) {
                const int count = rng.Between(150, 400);
                for (int i = 0; i < count; ++i) {
                    const auto date =
                        as_of.AddDays(-static_cast<int64_t>(static_cast<uint64_t>(year) * 365 + rng.Below(365)));
                    // Units improve a little from one year to the next.
                    responses.push_back(Respondent(unit, mean - 0.08 * year, paid, date, rng));
                }
            }
            std::stable_sort(responses.begin(), responses.end(),
                             [](const auto& a, const auto& b) { return a.date < b.date; });
            for (auto& r : responses) out.push_back(std::move(r));
        }
    }
    return out;
}

}  // namespace bangkom::app::demo
