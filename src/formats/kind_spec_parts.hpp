#pragma once
// Internal to formats/: the column lists of each group of kinds (kind_spec_*.cpp), joined by SpecOf.

#include "formats/kind_spec.hpp"

namespace bangkom::formats::spec_parts {

KindSpec Agencies();
KindSpec ServiceUnits();
KindSpec Competencies();
KindSpec Positions();
KindSpec PositionStandards();
KindSpec Employees();
KindSpec Programs();
KindSpec Offerings();

KindSpec Assessments();
KindSpec PerformanceRatings();
KindSpec JpHistory();
KindSpec Proposals();
KindSpec SurveyResponses();
KindSpec TestScores();
KindSpec ReactionAnswers();
KindSpec Feedback360s();

}  // namespace bangkom::formats::spec_parts
