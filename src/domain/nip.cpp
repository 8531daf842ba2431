#include "domain/nip.hpp"

#include <optional>

namespace bangkom::domain {
namespace {

constexpr size_t kLength = 18;

std::string_view Trim(std::string_view s) {
    const auto first = s.find_first_not_of(" \t\r\n");
    if (first == std::string_view::npos) return {};
    const auto last = s.find_last_not_of(" \t\r\n");
    return s.substr(first, last - first + 1);
}

bool AllDigits(std::string_view s) {
    for (char c : s) {
        if (c < '0' || c > '9') return false;
    }
    return !s.empty();
}

int Number(std::string_view digits) {
    int value = 0;
    for (char c : digits) value = value * 10 + (c - '0');
    return value;
}

// The 18 digits of "198609262015051001" or of the grouped "19860926 201505 1 001"; nullopt otherwise.
std::optional<std::string> Digits(std::string_view text) {
    text = Trim(text);
    if (text.size() == kLength && AllDigits(text)) return std::string(text);
    constexpr size_t kGroupedLength = kLength + 3;
    if (text.size() != kGroupedLength || text[8] != ' ' || text[15] != ' ' || text[17] != ' ') return std::nullopt;
    std::string digits = std::string(text.substr(0, 8)) + std::string(text.substr(9, 6)) +
                         std::string(text.substr(16, 1)) + std::string(text.substr(18, 3));
    if (!AllDigits(digits)) return std::nullopt;
    return digits;
}

Error NipError(Lang lang, const char* id, const char* en) {
    return MakeError(ErrorCode::invalid_argument, lang == Lang::en ? en : id);
}

Result<Date> BirthDateOf(std::string_view digits) {
    return Date::FromYmd(Number(digits.substr(0, 4)), Number(digits.substr(4, 2)), Number(digits.substr(6, 2)));
}

// The PNS meaning of the digits: YYYYMMDD (birth) YYYYMM (TMT CPNS) G (sex) NNN (sequence).
Result<void> CheckPns(std::string_view digits, Lang lang) {
    const auto birth = BirthDateOf(digits);
    if (!birth.ok()) {
        return NipError(lang, "Tanggal lahir pada NIP (digit 1-8) bukan tanggal yang ada",
                        "The birth date in the NIP (digits 1-8) is not a real date");
    }
    const int appointed_year = Number(digits.substr(8, 4));
    const int appointed_month = Number(digits.substr(12, 2));
    if (appointed_month < 1 || appointed_month > 12) {
        return NipError(lang, "Bulan pengangkatan pada NIP (digit 13-14) harus 01 sampai 12",
                        "The appointment month in the NIP (digits 13-14) must be 01 to 12");
    }
    // TMT CPNS is known only to the month, so "after the 18th birthday" is read at month precision: the
    // appointment month may be the month of the 18th birthday or any later month (someone born on
    // 15 March 1990 may be appointed from 2008-03 on, not in 2008-02).
    const int appointed = appointed_year * 12 + appointed_month;
    const int adult = (birth->year() + 18) * 12 + birth->month();
    if (appointed < adult) {
        return NipError(lang, "Pengangkatan (TMT CPNS) pada NIP harus setelah usia 18 tahun",
                        "The appointment (TMT CPNS) in the NIP must be after the 18th birthday");
    }
    if (digits[14] != '1' && digits[14] != '2') {
        return NipError(lang, "Digit jenis kelamin pada NIP (digit 15) harus 1 atau 2",
                        "The sex digit of the NIP (digit 15) must be 1 or 2");
    }
    if (digits.substr(15, 3) == "000") {
        return NipError(lang, "Nomor urut pada NIP (digit 16-18) tidak boleh 000",
                        "The sequence number of the NIP (digits 16-18) may not be 000");
    }
    return {};
}

}  // namespace

Result<Nip> Nip::Parse(std::string_view text, EmploymentStatus status) {
    return Parse(text, status, Lang::id);
}

Result<Nip> Nip::Parse(std::string_view text, EmploymentStatus status, Lang lang) {
    auto parsed = ParseReference(text, lang);
    if (!parsed.ok() || status == EmploymentStatus::pppk) return parsed;
    if (auto checked = CheckPns(parsed->str(), lang); !checked.ok()) return checked.error();
    return parsed;
}

Result<Nip> Nip::ParseReference(std::string_view text) {
    return ParseReference(text, Lang::id);
}

Result<Nip> Nip::ParseReference(std::string_view text, Lang lang) {
    auto digits = Digits(text);
    if (!digits) return NipError(lang, "NIP harus 18 digit angka", "The NIP must be 18 digits");
    return Nip(std::move(*digits));
}

std::string Nip::Grouped() const {
    if (digits_.size() != kLength) return digits_;
    return digits_.substr(0, 8) + " " + digits_.substr(8, 6) + " " + digits_.substr(14, 1) + " " +
           digits_.substr(15, 3);
}

Result<Date> Nip::BirthDate() const {
    if (digits_.size() != kLength) {
        return MakeError(ErrorCode::invalid_argument, "NIP harus 18 digit angka");
    }
    return BirthDateOf(digits_);
}

}  // namespace bangkom::domain
