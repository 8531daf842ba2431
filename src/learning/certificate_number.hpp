#pragma once
// Certificate numbers (issue 7, docs/delivery-api.md): "BKM-<year>-XXXX-XXXX", eight Crockford base-32 symbols of
// which the first seven are random (35 bits: not guessable, not enumerable) and the last a check symbol, so that
// a mistyped number is told apart from one nobody issued. Odd weights modulo 32 catch every single wrong symbol.

#include <array>
#include <cstdint>
#include <string>
#include <string_view>

#include "domain/result.hpp"

namespace bangkom::learning {

/// The Crockford base-32 alphabet (no I, L, O, U).
inline constexpr std::string_view kCrockford = "0123456789ABCDEFGHJKMNPQRSTVWXYZ";

/// The number for `year` (1900–2200) from seven random values (each taken modulo 32).
std::string MakeCertificateNumber(int year, const std::array<uint8_t, 7>& random);

enum class CertificateNumberProblem { none, malformed, wrong_check };

struct ParsedCertificateNumber {
    std::string number;  // the canonical form when problem == none
    CertificateNumberProblem problem = CertificateNumberProblem::none;
};

/// Reads a number as people type it: any case, spaces and hyphens anywhere, O for 0, I and L for 1. The
/// canonical form is "BKM-YYYY-XXXX-XXXX".
ParsedCertificateNumber ParseCertificateNumber(std::string_view text);

}  // namespace bangkom::learning
