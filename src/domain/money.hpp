#pragma once
// Whole Rupiah. Parsing of the import forms ("Rp 1.500.000") lives in formats/values.hpp.

#include <compare>
#include <cstdint>
#include <string>

namespace bangkom::domain {

struct Money {
    int64_t rupiah = 0;
    auto operator<=>(const Money&) const = default;
    Money operator+(Money o) const { return Money{rupiah + o.rupiah}; }
    /// "Rp 1.500.000" (id-ID grouping), negative as "-Rp 1.500.000".
    std::string ToDisplay() const;
};

}  // namespace bangkom::domain
