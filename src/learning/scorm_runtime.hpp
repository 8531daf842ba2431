#pragma once
// What the server makes of a SCORM 1.2 / 2004 commit (issue 7, docs/elearning-api.md): the two time formats
// (1.2 CMITimespan "HHHH:MM:SS.SS", 2004 ISO 8601 durations "PT1H2M3.5S"), the status, score, location and suspend
// data read from scorm-again's flattened CMI, the mastery score applied by the LMS, and the module's state that
// follows. Plain values in and out: no JSON, no storage.

#include <map>
#include <optional>
#include <string>
#include <string_view>

#include "domain/enums.hpp"
#include "domain/result.hpp"

namespace bangkom::learning {

enum class ScormVersion { v12, v2004 };

/// A module's state for one learner: "belum", "sedang", "selesai", "gagal".
enum class ModuleStatus { not_started, in_progress, done, failed };
std::string_view Code(ModuleStatus status);
std::optional<ModuleStatus> ModuleStatusFromCode(std::string_view code);

/// "0000:01:30.50" (SCORM 1.2: hours of 2–4 digits, minutes, seconds with up to 2 decimals) → seconds.
std::optional<double> ParseScorm12Time(std::string_view text);
/// "P1DT2H3M4.5S", "PT90S", "P0S" (SCORM 2004; years and months are refused as ambiguous) → seconds.
std::optional<double> ParseIsoDuration(std::string_view text);
/// Seconds as SCORM 1.2 writes them: "0001:02:03.50" (hours at least 4 digits).
std::string FormatScorm12Time(double seconds);
/// Seconds as SCORM 2004 writes them: "PT1H2M3.5S" ("PT0S" for zero).
std::string FormatIsoDuration(double seconds);

/// The parts of a commit the server keeps apart from the raw CMI.
struct ScormCommit {
    std::string completion;       // 1.2 lesson_status; 2004 completion_status ("" when not given)
    std::string success;          // 2004 success_status ("" when not given, always "" in 1.2)
    std::optional<double> score;  // 0–100 (1.2 raw within min/max; 2004 scaled × 100, else raw within min/max)
    std::optional<double> session_seconds;
    std::string location;
    std::string suspend_data;
    std::string exit;  // "suspend", "logout", "normal", "time-out", ""
};

/// Reads the flattened commit ("cmi.core.lesson_status" → "passed", …). invalid_argument naming the element when a
/// status, score or time is not a value of the standard; unknown elements are ignored (they stay in the raw CMI).
Result<ScormCommit> ReadCommit(ScormVersion version, const std::map<std::string, std::string>& cmi, domain::Lang lang);

/// The module's state after a commit. `mastery` (0–100) decides passed / failed from the score when both exist,
/// as the LMS does for 1.2's masteryscore and 2004's scaled_passing_score. 1.2: passed or completed → done,
/// failed → failed; 2004: completed and not failed, or passed → done, failed → failed; anything else → in progress.
ModuleStatus StatusAfter(ScormVersion version, const ScormCommit& commit, std::optional<double> mastery);

/// The status the content reads back on resume, in the version's vocabulary: (1.2 lesson_status or 2004
/// completion_status, 2004 success_status).
std::pair<std::string, std::string> ResumeStatus(ScormVersion version, ModuleStatus status,
                                                 const std::string& last_completion, const std::string& last_success);

}  // namespace bangkom::learning
