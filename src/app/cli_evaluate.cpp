// bangkom ikm and bangkom evaluate: skeleton until issue 8's commands land here.
#include "app/commands.hpp"

namespace bangkom::app {

void RegisterIkm(CLI::App& /*app*/, const GlobalOptions& /*global*/, int& /*exit_code*/) {}
void RegisterEvaluate(CLI::App& /*app*/, const GlobalOptions& /*global*/, int& /*exit_code*/) {}

}  // namespace bangkom::app
