#pragma once
// Whether a participant of an offering passed (issue 7, docs/delivery-api.md): attendance of the days whose roll
// was taken against a minimum share, and the score — when one is given and a minimum is set — against a minimum
// score. The reason is one plain sentence in Indonesian and in English.

#include <optional>
#include <string>

namespace bangkom::learning {

/// The setting `delivery`.
struct CompletionRule {
    double min_attendance_percent = 80;  // 0–100
    double min_score = 60;               // 0 = scores do not decide
};

struct AttendanceTally {
    int present = 0;
    int days = 0;  // days whose roll was taken
};

struct CompletionDecision {
    bool passed = false;
    std::string reason_id;
    std::string reason_en;
};

/// Decides one participant. `attendance_required` false (e-learning, self-study, learning communities): the
/// attendance is not looked at. With attendance required and no day recorded the participant has not passed
/// (the caller normally refuses to decide before a roll is taken).
CompletionDecision Decide(const CompletionRule& rule, bool attendance_required, const AttendanceTally& tally,
                          std::optional<double> score);

/// A percentage as people read it: "80", "66,7" (id) / "66.7" (en).
std::string PercentText(double percent, bool indonesian);

}  // namespace bangkom::learning
