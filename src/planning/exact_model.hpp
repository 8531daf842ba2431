#pragma once
// The coefficient-tightened MIP of PLANNING.md as plain columns and rows: what ExportLp writes and SolveExact
// hands to CBC, so that both solve the very same model. Columns x(e,o) come first, one per candidate, in
// (employee, offering) order; then per employee its z1/z2 (needs some candidate raises, nonzero weight) and
// s (only when j0 < T). Rows: closure k<e>_<c>, 20 JP j<e>, JP cap m<e> (only when it can bind), one run
// r<e>_<p>, day cliques d<e>_<k> (maximal sets of the employee's attendance candidates sharing a day), budget
// b<a>, seats c<o> (only when more candidates than seats). Right-hand sides of the cap and budget rows are
// clamped at 0 so that the empty plan is always feasible.

#include <cstdint>
#include <limits>
#include <string>
#include <utility>
#include <vector>

#include "planning/model.hpp"
#include "planning/solution.hpp"

namespace bangkom::planning::exact {

struct Column {
    std::string name;
    double upper = std::numeric_limits<double>::infinity();  // lower bound is always 0
    double objective = 0;                                    // maximized
    bool binary = false;
};

struct Row {
    std::string name;
    std::vector<std::pair<uint32_t, double>> terms;  // (column, coefficient)
    bool at_least = false;                           // ≥ rhs; otherwise ≤ rhs
    double rhs = 0;
};

struct LinearModel {
    std::vector<Column> columns;
    std::vector<Row> rows;
    std::vector<Assignment> x;  // x[i] is what column i means, for i < x.size()
};

LinearModel BuildLinearModel(const Model& model);

/// Maximal sets (size ≥ 2) of the attendance offerings among `offerings` that share a day; no set is a
/// subset of another; each set sorted, sets in order of their first shared day.
std::vector<std::vector<uint32_t>> DayCliques(const Model& model, const std::vector<uint32_t>& offerings);

}  // namespace bangkom::planning::exact
