// Routes of the area; skeleton until its issue's routes land here.
#include "http/api_context.hpp"

namespace bangkom::http {

void AddPlanRoutes(RouteTable& /*table*/, ApiContext& /*ctx*/) {}

}  // namespace bangkom::http
