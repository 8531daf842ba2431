#pragma once
// The planning model of PLANNING.md as plain indexed data: what every solver, the feasibility checker and
// the LP export read. Built from the store by planning/build (from the needs analysis) or loaded from the
// reference instances' instance.json (bench, tests). Indices are positions in the vectors below.

#include <cstdint>
#include <string>
#include <vector>

namespace bangkom::planning {

/// The model's constants (PLANNING.md defaults); stored with each plan.
struct ModelSettings {
    int target_jp = 20;              // T
    int jp_cap = 160;                // J; 0 = no cap
    double shortfall_penalty = 0.2;  // λ per JP short of T
};

struct Agency {
    std::string code;
    int64_t budget = 0;  // B(a), Rupiah
};

struct Program {
    std::string code;
    /// (competency index, u(p,c) levels). Fractional after an evaluation verdict halves it.
    std::vector<std::pair<uint32_t, double>> raises;
    double max_level = 5;  // L(p)
};

struct Offering {
    std::string code;
    uint32_t program = 0;
    int jp = 0;              // j(o)
    int64_t cost = 0;        // k(o) per participant, Rupiah
    int capacity = 0;        // cap(o); 0 = unlimited
    int32_t first_day = 0;   // days since 1970-01-01, inclusive
    int32_t last_day = 0;    // inclusive
    bool attendance = true;  // needs the person present (every form except e_learning, belajar_mandiri,
                             // komunitas_belajar): attendance offerings may not share a day
};

/// One assessed (employee, competency) pair with a gap: g1 + g2 > 0.
struct Need {
    uint32_t competency = 0;
    double held = 0;  // h(e,c)
    double g1 = 0, g2 = 0;
    double w1 = 0, w2 = 0;  // multipliers included
};

struct Employee {
    std::string nip;
    uint32_t agency = 0;
    int j0 = 0;               // JP already earned in year Y
    std::vector<Need> needs;  // sorted by competency
    /// Offerings worth considering (sorted): every offering that raises one of `needs` plus the free ones
    /// (cost 0). A solver never assigns outside this list; the checker refuses it.
    std::vector<uint32_t> candidates;
};

struct Model {
    int year = 0;
    ModelSettings settings;
    std::vector<std::string> competencies;  // codes
    std::vector<Agency> agencies;
    std::vector<Program> programs;
    std::vector<Offering> offerings;
    std::vector<Employee> employees;
};

/// v(e,o,c) = min(u(p,c), max(0, L(p) − h)): what offering o raises need n of its employee.
double EffectiveRaise(const Model& model, const Need& need, uint32_t offering);

}  // namespace bangkom::planning
