#include "learning/completion.hpp"

#include <cctype>
#include <cmath>
#include <cstdio>

namespace bangkom::learning {
namespace {

std::string NumberText(double value, bool indonesian) {
    const double rounded = std::round(value * 10) / 10;
    char text[32];
    if (std::fabs(rounded - std::round(rounded)) < 1e-9) {
        std::snprintf(text, sizeof(text), "%.0f", rounded);
    } else {
        std::snprintf(text, sizeof(text), "%.1f", rounded);
    }
    std::string out = text;
    if (indonesian) {
        for (char& c : out) {
            if (c == '.') c = ',';
        }
    }
    return out;
}

}  // namespace

std::string PercentText(double percent, bool indonesian) {
    return NumberText(percent, indonesian);
}

CompletionDecision Decide(const CompletionRule& rule, bool attendance_required, const AttendanceTally& tally,
                          std::optional<double> score) {
    CompletionDecision out;
    bool attendance_ok = true;
    std::string attendance_id;
    std::string attendance_en;
    if (attendance_required) {
        if (tally.days <= 0) {
            attendance_ok = false;
            attendance_id = "Belum ada hari yang dicatat kehadirannya";
            attendance_en = "No day's attendance has been recorded";
        } else {
            const double percent = 100.0 * tally.present / tally.days;
            // A share equal to the minimum passes; compare on the rounded tenth that people read.
            attendance_ok = std::round(percent * 10) >= std::round(rule.min_attendance_percent * 10);
            const std::string days = std::to_string(tally.present) + " dari " + std::to_string(tally.days);
            const std::string days_en = std::to_string(tally.present) + " of " + std::to_string(tally.days);
            attendance_id = "Kehadiran " + days + " hari (" + NumberText(percent, true) + "%) " +
                            (attendance_ok ? "memenuhi" : "di bawah") + " batas " +
                            NumberText(rule.min_attendance_percent, true) + "%";
            attendance_en = "Attendance " + days_en + " days (" + NumberText(percent, false) + "%) " +
                            (attendance_ok ? "meets" : "is below") + " the minimum of " +
                            NumberText(rule.min_attendance_percent, false) + "%";
        }
    }
    bool score_ok = true;
    std::string score_id;
    std::string score_en;
    if (score && rule.min_score > 0) {
        score_ok = *score >= rule.min_score;
        score_id = std::string("nilai ") + NumberText(*score, true) + (score_ok ? " memenuhi" : " di bawah") +
                   " batas " + NumberText(rule.min_score, true);
        score_en = std::string("score ") + NumberText(*score, false) + (score_ok ? " meets" : " is below") +
                   " the minimum of " + NumberText(rule.min_score, false);
    }
    out.passed = attendance_ok && score_ok;
    auto join = [](const std::string& first, const std::string& second, const char* none) {
        if (first.empty() && second.empty()) return std::string(none);
        if (first.empty()) {
            std::string s = second;
            s[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(s[0])));
            return s + ".";
        }
        if (second.empty()) return first + ".";
        return first + "; " + second + ".";
    };
    out.reason_id = join(attendance_id, score_id, "Dinyatakan lulus tanpa syarat kehadiran atau nilai.");
    out.reason_en = join(attendance_en, score_en, "Passed: neither attendance nor a score is required.");
    return out;
}

}  // namespace bangkom::learning
