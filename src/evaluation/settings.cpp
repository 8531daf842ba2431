#include "evaluation/settings.hpp"

namespace bangkom::evaluation {

Result<void> Validate(const Settings& s) {
    auto bad = [](const char* name) {
        Error e = MakeError(ErrorCode::invalid_argument, std::string("pengaturan evaluasi tidak valid: ") + name);
        e.details.push_back(ErrorDetail{0, name, e.message});
        return Result<void>(std::move(e));
    };
    if (!(s.alpha > 0 && s.alpha < 1)) return bad("alpha");
    if (s.min_pairs < 2) return bad("min_pairs");
    if (s.min_responses < 2) return bad("min_responses");
    if (s.feedback_before_days <= 0) return bad("feedback_before_days");
    if (s.feedback_after_from_months < 0 || s.feedback_after_to_months <= s.feedback_after_from_months)
        return bad("feedback_after_to_months");
    if (s.skm_before_months <= 0) return bad("skm_before_months");
    if (s.skm_after_from_months < 0 || s.skm_after_to_months <= s.skm_after_from_months)
        return bad("skm_after_to_months");
    if (!(s.flagged_raise_factor >= 0 && s.flagged_raise_factor <= 1)) return bad("flagged_raise_factor");
    return {};
}

}  // namespace bangkom::evaluation
