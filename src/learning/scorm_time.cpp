// The two SCORM time formats (scorm_runtime.hpp).

#include <cmath>
#include <cstdio>
#include <string>

#include "learning/scorm_runtime.hpp"

namespace bangkom::learning {
namespace {

/// Reads digits (and, when `decimals` > 0, a '.' and up to that many digits) at `at`; advances `at`.
std::optional<double> Number(std::string_view text, size_t& at, int decimals) {
    const size_t start = at;
    while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
    if (at == start) return std::nullopt;
    size_t end = at;
    if (decimals > 0 && at < text.size() && text[at] == '.') {
        size_t fraction = ++at;
        while (at < text.size() && text[at] >= '0' && text[at] <= '9') ++at;
        if (at == fraction || static_cast<int>(at - fraction) > decimals) return std::nullopt;
        end = at;
    }
    return std::stod(std::string(text.substr(start, end - start)));
}

}  // namespace

std::optional<double> ParseScorm12Time(std::string_view text) {
    size_t at = 0;
    const size_t hours_start = at;
    const auto hours = Number(text, at, 0);
    if (!hours || at - hours_start < 2 || at - hours_start > 4 || at >= text.size() || text[at++] != ':') {
        return std::nullopt;
    }
    const size_t minutes_start = at;
    const auto minutes = Number(text, at, 0);
    if (!minutes || at - minutes_start != 2 || *minutes > 59 || at >= text.size() || text[at++] != ':') {
        return std::nullopt;
    }
    const size_t seconds_start = at;
    const auto seconds = Number(text, at, 2);
    const size_t whole_digits = text.substr(seconds_start).find_first_not_of("0123456789");
    const size_t digits = whole_digits == std::string_view::npos ? text.size() - seconds_start : whole_digits;
    if (!seconds || digits != 2 || *seconds >= 60 || at != text.size()) {
        return std::nullopt;
    }
    return *hours * 3600 + *minutes * 60 + *seconds;
}

std::optional<double> ParseIsoDuration(std::string_view text) {
    if (text.size() < 3 || text[0] != 'P') return std::nullopt;
    size_t at = 1;
    double total = 0;
    bool in_time = false;
    bool any = false;
    int last_rank = -1;  // D=0, H=1, M=2, S=3: each designator once, in order
    while (at < text.size()) {
        if (text[at] == 'T') {
            if (in_time) return std::nullopt;
            in_time = true;
            ++at;
            if (at == text.size()) return std::nullopt;  // "PT" alone
            continue;
        }
        const auto value = Number(text, at, 9);
        if (!value || at >= text.size()) return std::nullopt;
        const char unit = text[at++];
        int rank = -1;
        double factor = 0;
        if (!in_time && unit == 'D') rank = 0, factor = 86400;
        if (in_time && unit == 'H') rank = 1, factor = 3600;
        if (in_time && unit == 'M') rank = 2, factor = 60;
        if (in_time && unit == 'S') rank = 3, factor = 1;
        if (rank <= last_rank) return std::nullopt;  // unknown, repeated, out of order, or years/months
        if (rank < 3 && std::floor(*value) != *value) return std::nullopt;  // only seconds carry decimals
        last_rank = rank;
        total += *value * factor;
        any = true;
    }
    if (!any) return std::nullopt;
    return total;
}

std::string FormatScorm12Time(double seconds) {
    const auto centis = static_cast<long long>(std::llround(std::max(0.0, seconds) * 100));
    const long long hours = centis / 360000;
    const long long minutes = (centis / 6000) % 60;
    const long long secs = (centis / 100) % 60;
    const long long rest = centis % 100;
    char out[40];
    std::snprintf(out, sizeof out, "%04lld:%02lld:%02lld.%02lld", hours, minutes, secs, rest);
    return out;
}

std::string FormatIsoDuration(double seconds) {
    const auto centis = static_cast<long long>(std::llround(std::max(0.0, seconds) * 100));
    const long long hours = centis / 360000;
    const long long minutes = (centis / 6000) % 60;
    const long long secs = (centis / 100) % 60;
    const long long rest = centis % 100;
    std::string out = "PT";
    if (hours > 0) out += std::to_string(hours) + "H";
    if (minutes > 0) out += std::to_string(minutes) + "M";
    if (secs > 0 || rest > 0 || out == "PT") {
        out += std::to_string(secs);
        if (rest > 0) {
            char fraction[8];
            std::snprintf(fraction, sizeof fraction, ".%02lld", rest);
            std::string f = fraction;
            while (f.back() == '0') f.pop_back();
            out += f;
        }
        out += "S";
    }
    return out;
}

}  // namespace bangkom::learning
