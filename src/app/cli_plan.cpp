// bangkom plan: skeleton until issue 6's command lands here.
#include "app/commands.hpp"

namespace bangkom::app {

void RegisterPlan(CLI::App& /*app*/, const GlobalOptions& /*global*/, int& /*exit_code*/) {}

}  // namespace bangkom::app
