#include "learning/certificate_number.hpp"

#include <cctype>

namespace bangkom::learning {
namespace {

constexpr std::string_view kPrefix = "BKM";
constexpr int kRandomSymbols = 7;

/// Σ (2i+1)·value_i mod 32 over the year's digits and the random symbols.
int CheckValue(std::string_view year, std::string_view symbols) {
    int sum = 0;
    int weight = 1;
    auto add = [&](int value) {
        sum = (sum + weight * value) % 32;
        weight = (weight + 2) % 32;
    };
    for (char c : year) add(c - '0');
    for (char c : symbols) add(static_cast<int>(kCrockford.find(c)));
    return sum;
}

/// The symbol's canonical character, or 0 when it is none.
char Canonical(char c) {
    const char up = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    if (up == 'O') return '0';
    if (up == 'I' || up == 'L') return '1';
    return kCrockford.find(up) == std::string_view::npos ? 0 : up;
}

}  // namespace

std::string MakeCertificateNumber(int year, const std::array<uint8_t, 7>& random) {
    const std::string year_text = std::to_string(year);
    std::string symbols;
    for (uint8_t r : random) symbols.push_back(kCrockford[r % 32]);
    symbols.push_back(kCrockford[static_cast<size_t>(CheckValue(year_text, symbols))]);
    return std::string(kPrefix) + "-" + year_text + "-" + symbols.substr(0, 4) + "-" + symbols.substr(4);
}

ParsedCertificateNumber ParseCertificateNumber(std::string_view text) {
    std::string compact;
    for (char c : text) {
        if (c == ' ' || c == '-' || c == '\t') continue;
        compact.push_back(static_cast<char>(std::toupper(static_cast<unsigned char>(c))));
    }
    ParsedCertificateNumber out;
    out.problem = CertificateNumberProblem::malformed;
    if (compact.size() != kPrefix.size() + 4 + kRandomSymbols + 1 || compact.rfind(kPrefix, 0) != 0) return out;
    const std::string year = compact.substr(kPrefix.size(), 4);
    for (char c : year) {
        if (!std::isdigit(static_cast<unsigned char>(c))) return out;
    }
    const int year_value = std::stoi(year);
    if (year_value < 1900 || year_value > 2200) return out;
    std::string symbols;
    for (char c : std::string_view(compact).substr(kPrefix.size() + 4)) {
        const char s = Canonical(c);
        if (s == 0) return out;
        symbols.push_back(s);
    }
    const int check = CheckValue(year, std::string_view(symbols).substr(0, kRandomSymbols));
    if (kCrockford[static_cast<size_t>(check)] != symbols.back()) {
        out.problem = CertificateNumberProblem::wrong_check;
        return out;
    }
    out.problem = CertificateNumberProblem::none;
    out.number = std::string(kPrefix) + "-" + year + "-" + symbols.substr(0, 4) + "-" + symbols.substr(4);
    return out;
}

}  // namespace bangkom::learning
