#include "evaluation/settings.hpp"

namespace bangkom::evaluation {

Result<void> Validate(const Settings& s) {
    // The message says the rule in Indonesian with the English in brackets, like the storage errors: the settings
    // API shows it at the field named in the detail.
    auto bad = [](const char* name, const char* id, const char* en) {
        Error e = MakeError(ErrorCode::invalid_argument, std::string(name) + " " + id + " (" + en + ")");
        e.details.push_back(ErrorDetail{0, name, e.message});
        return Result<void>(std::move(e));
    };
    if (!(s.alpha > 0 && s.alpha < 1)) return bad("alpha", "harus di antara 0 dan 1", "must lie between 0 and 1");
    if (s.min_pairs < 2) return bad("min_pairs", "paling sedikit 2", "must be at least 2");
    if (s.min_responses < 2) return bad("min_responses", "paling sedikit 2", "must be at least 2");
    if (s.feedback_before_days <= 0) return bad("feedback_before_days", "harus lebih dari 0", "must be above 0");
    if (s.feedback_after_from_months < 0) {
        return bad("feedback_after_from_months", "tidak boleh negatif", "cannot be negative");
    }
    if (s.feedback_after_to_months <= s.feedback_after_from_months) {
        return bad("feedback_after_to_months", "harus lebih dari feedback_after_from_months",
                   "must be above feedback_after_from_months");
    }
    if (s.skm_before_months <= 0) return bad("skm_before_months", "harus lebih dari 0", "must be above 0");
    if (s.skm_after_from_months < 0) return bad("skm_after_from_months", "tidak boleh negatif", "cannot be negative");
    if (s.skm_after_to_months <= s.skm_after_from_months) {
        return bad("skm_after_to_months", "harus lebih dari skm_after_from_months",
                   "must be above skm_after_from_months");
    }
    if (!(s.flagged_raise_factor >= 0 && s.flagged_raise_factor <= 1)) {
        return bad("flagged_raise_factor", "harus di antara 0 dan 1", "must lie between 0 and 1");
    }
    return {};
}

}  // namespace bangkom::evaluation
