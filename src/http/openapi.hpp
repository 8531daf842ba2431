#pragma once
// The OpenAPI 3.0 document of /api/v1, generated from the route table so that every route is listed.

#include <boost/json/object.hpp>
#include <string>

#include "http/router.hpp"

namespace bangkom::http {

boost::json::object OpenApiDocument(const RouteTable& table, const std::string& version);

}  // namespace bangkom::http
