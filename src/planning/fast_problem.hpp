#pragma once
// The fast solver's flat view of a Model: per employee its candidate offerings ("items") with what each
// raises (coefficient-tightened: min(v, g1 + g2)), and the per-employee score as a function of the raised
// levels and JP. Shared by the greedy, the Lagrangian bound and the local search (fast_*.cpp, lagrangian.cpp).

#include <cstdint>
#include <span>
#include <vector>

#include "planning/model.hpp"

namespace bangkom::planning::fast {

struct Raise {
    uint32_t need = 0;  // index into Problem::needs (global)
    double levels = 0;  // min(v(e,o,c), g1 + g2) > 0
};

struct Item {
    uint32_t offering = 0;
    uint32_t program = 0;
    int jp = 0;
    int64_t cost = 0;
    int32_t first_day = 0, last_day = 0;
    bool attendance = false;
    uint32_t raise_begin = 0, raise_end = 0;  // into Problem::raises
};

struct NeedData {
    double g1 = 0, g2 = 0, w1 = 0, w2 = 0;
};

struct EmployeeData {
    uint32_t agency = 0;
    int j0 = 0;
    int jp_room = 0;                        // J − j0 (a large number without a cap); negative = nothing fits
    uint32_t item_begin = 0, item_end = 0;  // into Problem::items
    uint32_t need_begin = 0, need_end = 0;  // into Problem::needs
};

struct Problem {
    const Model* model = nullptr;
    double lambda = 0;
    int target = 0;
    std::vector<EmployeeData> employees;
    std::vector<Item> items;
    std::vector<Raise> raises;
    std::vector<NeedData> needs;
    std::vector<int64_t> budgets;  // per agency
    std::vector<int> seats;        // per offering; 0 = unlimited
    double cost_unit = 1;          // mean cost of the paid items (Rupiah): the unit of budget prices
};

Problem BuildProblem(const Model& model);

/// max w1·z1 + w2·z2 with z1 ≤ g1, z2 ≤ g2, z1 + z2 ≤ raised (heavier weight first), as objective.cpp does.
double NeedValue(const NeedData& need, double raised);

/// −λ·max(0, T − j0 − jp).
double JpTerm(const Problem& problem, const EmployeeData& employee, int jp);

/// Whether two items may be taken together: different programs, attendance days disjoint.
bool Compatible(const Item& a, const Item& b);

/// What adding `item` to an employee whose needs are raised by `raised` (indexed like needs from
/// need_begin) and who has `jp` planned JP adds to the value.
double Gain(const Problem& problem, const EmployeeData& employee, const Item& item, std::span<const double> raised,
            int jp);

/// The same when removing an item that is part of `raised`/`jp`: how much the value falls.
double Loss(const Problem& problem, const EmployeeData& employee, const Item& item, std::span<const double> raised,
            int jp);

}  // namespace bangkom::planning::fast
