#pragma once
// The reaction questionnaire (L1 of EVALUATION.md) a participant answers in the app after an offering: the six
// statements of the `reaksi` kind (FORMATS.md) on a 1–5 agreement scale, in Indonesian and English, and the checks
// of one submission. The one place this wording lives: the form's API reads it here.

#include <array>
#include <cstddef>
#include <string_view>

#include "domain/enums.hpp"
#include "domain/records.hpp"
#include "domain/result.hpp"
#include "evaluation/skm_questionnaire.hpp"

namespace bangkom::evaluation {

/// One statement: its `reaksi` column ("relevansi" … "manfaat") and its wording.
struct ReactionStatement {
    std::string_view code;
    SkmText statement;
};

inline constexpr size_t kReactionMaxSuggestionChars = 2000;

/// The six statements in ReactionItems order (relevansi, materi, pengajar, metode, sarana, manfaat).
const std::array<ReactionStatement, 6>& ReactionStatements();
/// The five answers scored 1–5: Sangat tidak setuju … Sangat setuju.
const std::array<SkmText, 5>& ReactionScale();

/// Checks one participant's answer: every item 1–5 or empty, at least one answered, the suggestion at most 2000
/// characters. invalid_argument whose message names the first bad field and whose details list every bad field by
/// its column.
Result<void> CheckReactionSubmission(const domain::ReactionAnswer& answer, domain::Lang lang);

}  // namespace bangkom::evaluation
