#pragma once
// The SKM questionnaire of Permenpan RB 14/2017 (DOMAIN.md): the nine elements U1–U9 with their usual question
// and answer wording (a–d = 1–4) in Indonesian and English, the optional demographic choices, and the checks
// of one public submission. The one place this wording lives: the public survey page and its API read it here.

#include <array>
#include <cstddef>
#include <cstdint>
#include <span>
#include <string_view>

#include "domain/date.hpp"
#include "domain/enums.hpp"
#include "domain/records.hpp"
#include "domain/result.hpp"

namespace bangkom::evaluation {

/// A text in both languages.
struct SkmText {
    std::string_view id;
    std::string_view en;
    std::string_view In(domain::Lang lang) const { return lang == domain::Lang::en ? en : id; }
};

/// One element (unsur): code "u1" … "u9", its name, question and the four answers scored 1–4 in order.
struct SkmElement {
    std::string_view code;
    SkmText name;
    SkmText question;
    std::array<SkmText, 4> answers;
};

/// One choice of a demographic field: the stored value (FORMATS.md `skm`) and its label.
struct SkmChoice {
    std::string_view value;
    SkmText label;
};

inline constexpr int kSkmMinAge = 10;  // as domain::Validate(SurveyResponse)
inline constexpr int kSkmMaxAge = 120;
inline constexpr size_t kSkmMaxSuggestionChars = 2000;

/// U1–U9 in order.
const std::array<SkmElement, 9>& SkmElements();
/// jenis_kelamin: L, P.
std::span<const SkmChoice> SkmSexChoices();
/// pendidikan: SD, SMP, SMA, D1-D3, D4/S1, S2, S3.
std::span<const SkmChoice> SkmEducationChoices();
/// pekerjaan: PNS, TNI, Polri, Swasta, Wirausaha, Lainnya.
std::span<const SkmChoice> SkmOccupationChoices();

/// Checks one respondent's submission from the public page: every answer 1–4 or empty, at least one answered,
/// demographics from the lists, age 10–120, suggestion at most 2000 characters. invalid_argument whose
/// message names the first bad field ("u3: ...") and whose details list every bad field by its column.
Result<void> CheckSkmSubmission(const domain::SurveyResponse& response, domain::Lang lang);

/// The survey day of a moment (unix seconds) in WIB (UTC+7), the time of the service unit's counter: an
/// answer at 06:00 WIB on 1 January belongs to the new year, not to the old one.
domain::Date SkmDateOf(int64_t unix_seconds);

}  // namespace bangkom::evaluation
