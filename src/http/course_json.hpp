#pragma once
// The JSON of e-learning courses (docs/elearning-api.md), shared by routes_courses.cpp and routes_elearning.cpp.

#include <boost/json/object.hpp>
#include <cstdint>
#include <optional>
#include <string>

#include "domain/enums.hpp"
#include "services/course_service.hpp"

namespace bangkom::http {

/// "2026-11-29T08:00:00Z".
std::string IsoTime(int64_t unix_seconds);

boost::json::object ProgramJson(const domain::Program& p);
/// `available`: the active questions a quiz module draws from (null when not given).
boost::json::object ModuleJson(const storage::CourseModule& m, std::optional<int64_t> available = std::nullopt);
boost::json::object ProgressJson(const storage::ModuleProgressRow& p);
boost::json::object CourseJson(const services::CourseSummary& s);

}  // namespace bangkom::http
