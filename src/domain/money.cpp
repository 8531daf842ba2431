#include "domain/money.hpp"

namespace bangkom::domain {

std::string Money::ToDisplay() const {
    // Work in unsigned so that the most negative value has a magnitude too.
    const bool negative = rupiah < 0;
    uint64_t magnitude = negative ? uint64_t{0} - static_cast<uint64_t>(rupiah) : static_cast<uint64_t>(rupiah);
    std::string digits = std::to_string(magnitude);
    std::string grouped;
    grouped.reserve(digits.size() + digits.size() / 3);
    for (size_t i = 0; i < digits.size(); ++i) {
        if (i > 0 && (digits.size() - i) % 3 == 0) grouped.push_back('.');
        grouped.push_back(digits[i]);
    }
    return (negative ? "-Rp " : "Rp ") + grouped;
}

}  // namespace bangkom::domain
