// A SCORM commit as the server reads it (scorm_runtime.hpp).

#include "learning/scorm_runtime.hpp"

#include <algorithm>
#include <array>
#include <charconv>
#include <cmath>
#include <utility>

namespace bangkom::learning {
namespace {

using domain::Lang;

constexpr std::array<std::pair<ModuleStatus, std::string_view>, 4> kCodes{{
    {ModuleStatus::not_started, "belum"},
    {ModuleStatus::in_progress, "sedang"},
    {ModuleStatus::done, "selesai"},
    {ModuleStatus::failed, "gagal"},
}};

constexpr std::array<std::string_view, 6> kLessonStatus12{"passed",     "completed",     "failed",
                                                          "incomplete", "not attempted", "browsed"};
constexpr std::array<std::string_view, 4> kCompletion2004{"completed", "incomplete", "not attempted", "unknown"};
constexpr std::array<std::string_view, 3> kSuccess2004{"passed", "failed", "unknown"};

template <size_t N>
bool OneOf(const std::array<std::string_view, N>& values, std::string_view v) {
    for (auto x : values) {
        if (x == v) return true;
    }
    return false;
}

std::string Get(const std::map<std::string, std::string>& cmi, const std::string& key) {
    const auto it = cmi.find(key);
    return it == cmi.end() ? "" : it->second;
}

std::optional<double> Real(const std::string& text) {
    if (text.empty()) return std::nullopt;
    double v = 0;
    const auto* end = text.data() + text.size();
    const auto [ptr, ec] = std::from_chars(text.data(), end, v);
    if (ec != std::errc() || ptr != end || !std::isfinite(v)) return std::nullopt;
    return v;
}

Error BadValue(Lang lang, const std::string& element, const std::string& value) {
    Error e = MakeError(ErrorCode::invalid_argument, lang == Lang::en
                                                         ? "Invalid value for " + element + ": \"" + value + "\""
                                                         : "Nilai " + element + " tidak valid: \"" + value + "\"");
    e.details.push_back(ErrorDetail{0, element, e.message});
    return e;
}

/// raw within [min, max] as 0–100; raw alone is taken as a percentage.
Result<std::optional<double>> RawScore(const std::map<std::string, std::string>& cmi, const std::string& prefix,
                                       Lang lang) {
    const std::string raw_text = Get(cmi, prefix + "raw");
    if (raw_text.empty()) return std::optional<double>{};
    const auto raw = Real(raw_text);
    if (!raw) return BadValue(lang, prefix + "raw", raw_text);
    const std::string min_text = Get(cmi, prefix + "min");
    const std::string max_text = Get(cmi, prefix + "max");
    const auto min = min_text.empty() ? std::optional<double>(0) : Real(min_text);
    const auto max = max_text.empty() ? std::optional<double>(100) : Real(max_text);
    if (!min) return BadValue(lang, prefix + "min", min_text);
    if (!max) return BadValue(lang, prefix + "max", max_text);
    if (*max <= *min) return std::optional<double>(std::clamp(*raw, 0.0, 100.0));
    return std::optional<double>(std::clamp((*raw - *min) / (*max - *min) * 100, 0.0, 100.0));
}

}  // namespace

std::string_view Code(ModuleStatus status) {
    for (const auto& [s, code] : kCodes) {
        if (s == status) return code;
    }
    return "belum";
}

std::optional<ModuleStatus> ModuleStatusFromCode(std::string_view code) {
    for (const auto& [s, c] : kCodes) {
        if (c == code) return s;
    }
    return std::nullopt;
}

Result<ScormCommit> ReadCommit(ScormVersion version, const std::map<std::string, std::string>& cmi, Lang lang) {
    ScormCommit out;
    const bool v12 = version == ScormVersion::v12;
    const std::string completion_key = v12 ? "cmi.core.lesson_status" : "cmi.completion_status";
    out.completion = Get(cmi, completion_key);
    if (!out.completion.empty() &&
        !(v12 ? OneOf(kLessonStatus12, out.completion) : OneOf(kCompletion2004, out.completion))) {
        return BadValue(lang, completion_key, out.completion);
    }
    if (!v12) {
        out.success = Get(cmi, "cmi.success_status");
        if (!out.success.empty() && !OneOf(kSuccess2004, out.success)) {
            return BadValue(lang, "cmi.success_status", out.success);
        }
        const std::string scaled_text = Get(cmi, "cmi.score.scaled");
        if (!scaled_text.empty()) {
            const auto scaled = Real(scaled_text);
            if (!scaled || *scaled < -1 || *scaled > 1) return BadValue(lang, "cmi.score.scaled", scaled_text);
            out.score = std::clamp(*scaled * 100, 0.0, 100.0);
        }
    }
    if (!out.score) {
        auto raw = RawScore(cmi, v12 ? "cmi.core.score." : "cmi.score.", lang);
        if (!raw) return raw.error();
        out.score = *raw;
    }
    const std::string time_key = v12 ? "cmi.core.session_time" : "cmi.session_time";
    const std::string time_text = Get(cmi, time_key);
    if (!time_text.empty()) {
        out.session_seconds = v12 ? ParseScorm12Time(time_text) : ParseIsoDuration(time_text);
        if (!out.session_seconds) return BadValue(lang, time_key, time_text);
    }
    out.location = Get(cmi, v12 ? "cmi.core.lesson_location" : "cmi.location");
    out.suspend_data = Get(cmi, "cmi.suspend_data");
    out.exit = Get(cmi, v12 ? "cmi.core.exit" : "cmi.exit");
    return out;
}

ModuleStatus StatusAfter(ScormVersion version, const ScormCommit& commit, std::optional<double> mastery) {
    if (version == ScormVersion::v12) {
        std::string status = commit.completion;
        const bool finished = status == "passed" || status == "completed" || status == "failed";
        if (finished && mastery && commit.score) status = *commit.score >= *mastery ? "passed" : "failed";
        if (status == "passed" || status == "completed") return ModuleStatus::done;
        if (status == "failed") return ModuleStatus::failed;
        return ModuleStatus::in_progress;
    }
    std::string success = commit.success;
    if (mastery && commit.score) success = *commit.score >= *mastery ? "passed" : "failed";
    if (success == "failed") return ModuleStatus::failed;
    if (success == "passed" || commit.completion == "completed") return ModuleStatus::done;
    return ModuleStatus::in_progress;
}

std::pair<std::string, std::string> ResumeStatus(ScormVersion version, ModuleStatus status,
                                                 const std::string& last_completion, const std::string& last_success) {
    if (version == ScormVersion::v12) {
        if (status == ModuleStatus::not_started) return {"not attempted", ""};
        if (status == ModuleStatus::failed) return {"failed", ""};
        if (status == ModuleStatus::done) return {last_completion == "completed" ? "completed" : "passed", ""};
        return {last_completion == "browsed" ? "browsed" : "incomplete", ""};
    }
    if (status == ModuleStatus::not_started) return {"not attempted", "unknown"};
    const std::string completion = last_completion.empty() ? "incomplete" : last_completion;
    if (status == ModuleStatus::failed) return {completion, "failed"};
    if (status == ModuleStatus::done) {
        return {completion == "unknown" || completion.empty() ? "completed" : completion,
                last_success.empty() ? "unknown" : last_success};
    }
    return {completion, last_success.empty() ? "unknown" : last_success};
}

}  // namespace bangkom::learning
