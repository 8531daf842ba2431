#pragma once
// The model in CPLEX LP format (maximize), coefficient-tightened (v replaced by min(v, g1 + g2)), with the
// variable names x<e>_<o>, z1_<e>_<c>, z2_<e>_<c>, s<e> (indices) so that any solver can solve it and its value
// be compared with ours. Returns the text; the caller writes the file.

#include <string>

#include "planning/model.hpp"

namespace bangkom::planning {

std::string ExportLp(const Model& model);

}  // namespace bangkom::planning
