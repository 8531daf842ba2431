#pragma once
// The IKM of a service unit broken down by respondent group (issue 8: "breakdowns by respondent group"): the
// optional demographics of the public survey — sex, age band, education and occupation — each group's IKM computed
// exactly as the unit's (evaluation/ikm), so a unit sees whom its service satisfies less.

#include <array>
#include <span>
#include <string>
#include <string_view>
#include <vector>

#include "domain/records.hpp"
#include "evaluation/ikm.hpp"
#include "evaluation/skm_questionnaire.hpp"

namespace bangkom::evaluation {

enum class RespondentDimension { sex, age, education, occupation };
inline constexpr std::array kRespondentDimensions{RespondentDimension::sex, RespondentDimension::age,
                                                  RespondentDimension::education, RespondentDimension::occupation};

/// The skm column: "jenis_kelamin", "umur", "pendidikan", "pekerjaan".
std::string_view Code(RespondentDimension dimension);
SkmText NameOf(RespondentDimension dimension);

/// The age band of an age: "<25", "25-34", "35-44", "45-54", "55+"; "" when not given.
std::string_view AgeBand(std::optional<int> age);

struct RespondentGroup {
    std::string value;  // the skm value (age: its band); "" = not given
    SkmText name;
    Ikm ikm;
};

/// The groups of `dimension` that have responses, in the order of the survey's choices (age: youngest first), the
/// responses without an answer to it last.
std::vector<RespondentGroup> IkmByGroup(std::span<const domain::SurveyResponse> responses,
                                        RespondentDimension dimension);

}  // namespace bangkom::evaluation
