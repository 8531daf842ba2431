#pragma once
// NIP: the 18-digit civil-servant number (DOMAIN.md "NIP").

#include <compare>
#include <string>
#include <string_view>

#include "domain/date.hpp"
#include "domain/enums.hpp"
#include "domain/result.hpp"

namespace bangkom::domain {

class Nip {
  public:
    Nip() = default;
    /// Full PNS rules: 18 digits, real birth date, appointment month 01-12 after the 18th birthday,
    /// sex digit 1 or 2, sequence not 000. For PPPK: 18 digits only. Surrounding spaces and the
    /// grouping spaces of "19860926 201505 1 001" are accepted.
    static Result<Nip> Parse(std::string_view text, EmploymentStatus status = EmploymentStatus::pns);
    /// As above, with the error message in `lang` (the overload above answers in Indonesian).
    static Result<Nip> Parse(std::string_view text, EmploymentStatus status, Lang lang);
    /// Length and digits only: for NIPs that only reference an employee stored elsewhere.
    static Result<Nip> ParseReference(std::string_view text);
    /// As above, with the error message in `lang`.
    static Result<Nip> ParseReference(std::string_view text, Lang lang);

    const std::string& str() const { return digits_; }
    /// "19860926 201505 1 001".
    std::string Grouped() const;
    /// Birth date of a PNS number (no check for PPPK numbers).
    Result<Date> BirthDate() const;

    auto operator<=>(const Nip&) const = default;

  private:
    explicit Nip(std::string digits) : digits_(std::move(digits)) {}
    std::string digits_;
};

}  // namespace bangkom::domain
