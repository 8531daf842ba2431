#pragma once
// What the route handlers share (internal to http/): the store, sign-in, the import service, options, and
// small helpers for parsing requests and writing the audit log.

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "domain/kinds.hpp"
#include "http/api.hpp"
#include "http/auth.hpp"
#include "http/router.hpp"
#include "services/import_service.hpp"
#include "storage/store.hpp"

namespace bangkom::http {

struct ApiContext {
    storage::Store& store;
    Auth& auth;
    services::ImportService& imports;
    const ApiOptions& options;
    BackgroundRunner background;
    const RouteTable* routes = nullptr;
};

/// Unix seconds now.
int64_t NowSeconds();
/// The {kind} parameter as a kind; not_found when it names none.
Result<domain::Kind> KindParam(const Call& call);
/// A whole decimal number filling all of `text` (an optional leading "-", no spaces); false otherwise.
bool ParseWholeNumber(const std::string& text, int64_t& out);
/// The body as a JSON object; invalid_argument when it is not one.
Result<boost::json::object> JsonBody(const Call& call);
/// A string member, "" when absent or not a string.
std::string StringField(const boost::json::object& object, const char* name);
/// invalid_argument "Mohon periksa <field>: …" with one detail naming `field` as its column.
Error FieldError(domain::Lang lang, const std::string& field, const char* id, const char* en);
/// An optional member: absent or null → nullopt; a whole number → its value; anything else → a FieldError.
Result<std::optional<int>> OptionalIntField(const boost::json::object& body, const std::string& name,
                                            domain::Lang lang);
/// An optional text member: absent or null → ""; anything but a string → a FieldError.
Result<std::string> OptionalTextField(const boost::json::object& body, const std::string& name, domain::Lang lang);
/// q, sort, desc, offset, limit of a list (limit ≤ 500, sort a column of the kind); invalid_argument otherwise.
Result<storage::ListQuery> ListQueryOf(const Call& call, domain::Kind kind);
/// Appends an audit entry for the caller (failures are logged, not returned: the change already happened).
void Audit(ApiContext& ctx, const Call& call, const std::string& action, const std::string& entity,
           const std::string& key, const std::string& before_json, const std::string& after_json);
/// The acting user for the services layer.
services::Actor ActorOf(const Call& call);
Error Forbidden(domain::Lang lang);

void AddAuthRoutes(RouteTable& table, ApiContext& ctx);
void AddMetaRoutes(RouteTable& table, ApiContext& ctx);
void AddDataRoutes(RouteTable& table, ApiContext& ctx);
void AddImportRoutes(RouteTable& table, ApiContext& ctx);
void AddAdminRoutes(RouteTable& table, ApiContext& ctx);
void AddProfileRoutes(RouteTable& table, ApiContext& ctx);
void AddGapRoutes(RouteTable& table, ApiContext& ctx);
void AddParticipationRoutes(RouteTable& table, ApiContext& ctx);  // routes_participation.cpp (issue 5)
void AddPlanRoutes(RouteTable& table, ApiContext& ctx);           // routes_plans.cpp (issue 6)
void AddEvaluationRoutes(RouteTable& table, ApiContext& ctx);     // routes_evaluation.cpp (issue 8)
void AddSurveyRoutes(RouteTable& table, ApiContext& ctx);         // routes_survey.cpp (issue 8, public SKM)
void AddDeliveryRoutes(RouteTable& table, ApiContext& ctx);       // routes_delivery.cpp (issue 7)
void AddReactionRoutes(RouteTable& table, ApiContext& ctx);       // routes_reaction.cpp (issue 8)
void AddFeedbackRoutes(RouteTable& table, ApiContext& ctx);       // routes_feedback.cpp (issue 8)
void AddReviewRoutes(RouteTable& table, ApiContext& ctx);         // routes_review.cpp (issue 8)
void AddSurveyPeriodRoutes(RouteTable& table, ApiContext& ctx);   // routes_survey_periods.cpp (issue 8)
void AddSettingsRoutes(RouteTable& table, ApiContext& ctx);       // routes_settings.cpp (docs/settings-api.md)
void AddXapiClientRoutes(RouteTable& table, ApiContext& ctx);     // routes_xapi_clients.cpp (issue 7)
void AddCourseRoutes(RouteTable& table, ApiContext& ctx);  // routes_courses.cpp, routes_elearning.cpp, routes_quiz.cpp
void AddElearningRoutes(RouteTable& table, ApiContext& ctx);  // routes_elearning.cpp (issue 7)
void AddQuizRoutes(RouteTable& table, ApiContext& ctx);       // routes_quiz.cpp (issue 7)

}  // namespace bangkom::http
