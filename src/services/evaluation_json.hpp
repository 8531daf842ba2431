#pragma once
// Evaluation results as the API and the command line give them (docs/evaluation.md): JSON in the shapes of
// issue 8 (`bangkom ikm`, `bangkom evaluate`) and a short plain-text form for people at a terminal. Numbers that
// could not be computed are null, never NaN.

#include <boost/json/object.hpp>
#include <optional>
#include <string>
#include <vector>

#include "domain/enums.hpp"
#include "evaluation/settings.hpp"
#include "evaluation/verdict.hpp"
#include "evaluation/year.hpp"
#include "services/evaluation_service.hpp"

namespace bangkom::services {

/// {"respondents","ikm","index","grade","label"}: the figures null unless every element has an answer.
boost::json::object IkmBrief(const evaluation::Ikm& ikm);
/// {"unit","name","agency","from","to","respondents","nrr":[9],"answered":[9],"ikm","index","grade","label",
/// "complete"}; ikm, index, grade and label null unless every element has an answer.
boost::json::object UnitIkmJson(const UnitIkmReport& report);
/// GET /ikm/units/{kode}/quarters: UnitIkmJson of the whole period plus "quarters":[{"quarter":"2026-Q1","year",
/// "q","from","to","respondents","ikm","index","grade","label","complete"}].
boost::json::object UnitQuartersJson(const UnitIkmReport& report, const std::vector<QuarterIkm>& quarters);
/// UnitIkmJson + "dimensions": [{"dimension","name","groups":[{"value","name","respondents","ikm","index","grade",
/// "label","complete"}]}] in kRespondentDimensions order.
boost::json::object UnitGroupsJson(const UnitIkmReport& report,
                                   const std::vector<std::vector<evaluation::RespondentGroup>>& dimensions,
                                   domain::Lang lang);
/// GET /ikm/units: {"from","to","agencies":[{"agency","name","units","respondents","ikm","index","grade","label"}],
/// "units":[{"unit","name","agency","respondents","ikm","index","grade","label","complete"}]}.
boost::json::object IkmOverviewJson(const IkmOverview& overview);
/// The settings used, field names as in evaluation::Settings.
boost::json::object SettingsJson(const evaluation::Settings& settings);
/// {"offering","program","program_name","start","end","participants","levels":{"L1".."L4"},"primary",
/// "primary_test","primary_p","verdict","reason","reason_en","missing":[{"level","text","text_en"}],"windows",
/// "settings"}.
boost::json::object OfferingJson(const evaluation::OfferingEvaluation& e, const evaluation::Settings& settings);
/// {"year","counts":{verdict: n},"offerings":[OfferingJson without settings, plus "q"],"settings"}.
boost::json::object YearJson(const evaluation::YearEvaluation& y, const evaluation::Settings& settings);

/// Newline-terminated JSON text with decimals in plain form.
std::string JsonText(const boost::json::object& object);
/// Plain-text reports in `lang`.
std::string UnitIkmText(const UnitIkmReport& report, domain::Lang lang);
std::string OfferingText(const evaluation::OfferingEvaluation& e, domain::Lang lang);
std::string YearText(const evaluation::YearEvaluation& y, domain::Lang lang);

}  // namespace bangkom::services
