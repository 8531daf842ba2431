// The plan life cycle and the text form of a plan row's lists, shared by both backends.

#include "storage/plan_repository.hpp"

#include <array>
#include <charconv>

namespace bangkom::storage {

namespace {

constexpr std::array<std::string_view, 4> kStatusCodes = {"draft", "submitted", "approved", "returned"};

std::vector<std::string_view> Split(std::string_view text, char separator) {
    std::vector<std::string_view> parts;
    if (text.empty()) return parts;
    size_t start = 0;
    for (;;) {
        const size_t end = text.find(separator, start);
        parts.push_back(text.substr(start, end == std::string_view::npos ? std::string_view::npos : end - start));
        if (end == std::string_view::npos) return parts;
        start = end + 1;
    }
}

}  // namespace

std::string_view PlanStatusCode(PlanStatus status) {
    return kStatusCodes[static_cast<size_t>(status)];
}

std::optional<PlanStatus> PlanStatusFromCode(std::string_view code) {
    for (size_t i = 0; i < kStatusCodes.size(); ++i) {
        if (kStatusCodes[i] == code) return static_cast<PlanStatus>(i);
    }
    return std::nullopt;
}

bool PlanTransitionAllowed(PlanStatus from, PlanStatus to) {
    switch (from) {
        case PlanStatus::draft: return to == PlanStatus::submitted;
        case PlanStatus::submitted: return to == PlanStatus::approved || to == PlanStatus::returned;
        case PlanStatus::approved:
        case PlanStatus::returned: return false;
    }
    return false;
}

std::string EncodePlanReasons(const std::vector<std::string>& reasons) {
    std::string out;
    for (const auto& reason : reasons) {
        if (!out.empty()) out += ',';
        out += reason;
    }
    return out;
}

std::vector<std::string> DecodePlanReasons(std::string_view text) {
    std::vector<std::string> reasons;
    for (const auto part : Split(text, ',')) reasons.emplace_back(part);
    return reasons;
}

std::string EncodePlanClosures(const std::vector<PlanClosure>& closes) {
    std::string out;
    for (const auto& c : closes) {
        if (!out.empty()) out += ';';
        std::array<char, 32> buffer{};
        const auto [end, ec] = std::to_chars(buffer.data(), buffer.data() + buffer.size(), c.levels);
        out += c.competency;
        out += '=';
        out.append(buffer.data(), ec == std::errc() ? end : buffer.data());
    }
    return out;
}

std::vector<PlanClosure> DecodePlanClosures(std::string_view text) {
    std::vector<PlanClosure> closes;
    for (const auto part : Split(text, ';')) {
        const size_t eq = part.rfind('=');
        PlanClosure c;
        c.competency = std::string(part.substr(0, eq));
        if (eq != std::string_view::npos) {
            const auto number = part.substr(eq + 1);
            std::from_chars(number.data(), number.data() + number.size(), c.levels);
        }
        closes.push_back(std::move(c));
    }
    return closes;
}

}  // namespace bangkom::storage
