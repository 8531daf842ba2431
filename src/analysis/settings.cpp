#include "analysis/settings.hpp"

#include <algorithm>
#include <chrono>
#include <string>

namespace bangkom::analysis {

namespace {

Error Invalid(domain::Lang lang, const std::string& field, const std::string& id, const std::string& en) {
    Error error = MakeError(ErrorCode::invalid_argument, field + ": " + (lang == domain::Lang::id ? id : en));
    error.details.push_back(ErrorDetail{0, field, error.message});
    return error;
}

bool EverySourceOnce(const std::array<domain::AssessmentSource, 4>& order) {
    std::array<int, 4> seen{};
    for (auto s : order) {
        const auto i = static_cast<size_t>(s);
        if (i >= seen.size() || seen[i]++ > 0) return false;
    }
    return true;
}

}  // namespace

domain::Date TodayUtc() {
    const auto now = std::chrono::system_clock::now();
    const auto days = std::chrono::floor<std::chrono::days>(now).time_since_epoch().count();
    return domain::Date::FromDaysSinceEpoch(days);
}

Result<void> Validate(const Settings& s, domain::Lang lang) {
    if (s.window_years < 1 || s.window_years > 50) {
        return Invalid(lang, "window_years", "harus 1-50 tahun", "must be 1-50 years");
    }
    if (s.proposal_multiplier < 0 || s.performance_multiplier < 0 || s.target_weight_factor < 0) {
        return Invalid(lang, "multiplier", "pengali dan faktor bobot tidak boleh negatif",
                       "multipliers and the weight factor must not be negative");
    }
    if (s.jp_target < 0) return Invalid(lang, "jp_target", "tidak boleh negatif", "must not be negative");
    if (s.potential_middle < 0 || s.potential_middle > s.potential_high || s.potential_high > 100) {
        return Invalid(lang, "potential", "batas potensi harus 0 <= menengah <= tinggi <= 100",
                       "potential cut-offs must satisfy 0 <= middle <= high <= 100");
    }
    if (!EverySourceOnce(s.source_order)) {
        return Invalid(lang, "source_order", "setiap sumber penilaian tepat satu kali",
                       "every assessment source exactly once");
    }
    if (s.threads < 0) return Invalid(lang, "threads", "tidak boleh negatif", "must not be negative");
    return {};
}

bool IsWeakPredikat(domain::Predikat p) {
    return p == domain::Predikat::butuh_perbaikan || p == domain::Predikat::kurang ||
           p == domain::Predikat::sangat_kurang;
}

}  // namespace bangkom::analysis
