#pragma once
// What last years' evaluation tells next year's plan (EVALUATION.md "Verdict per program"): a program whose most
// recent evaluated offering was `tidak_signifikan` or `menurun` is flagged, and the planner multiplies its raise
// estimate u(p,c) by the evaluation settings' flagged_raise_factor (default 0.5). The flag stands until a later
// offering of the program is evaluated otherwise (`efektif`): re-running a revised program is how a revision is
// recorded for now. Offerings with `data_kurang` are no evidence either way and are skipped. Pure: no store.
#include <string>
#include <vector>

#include "evaluation/year.hpp"

namespace bangkom::services {

struct ProgramFlag {
    std::string program;   // kode_program
    std::string offering;  // the evaluated offering the flag comes from
    std::string verdict;   // "tidak_signifikan" or "menurun"
    double factor = 1;     // applied to every u(p,c) of the program
};

/// The flags from the evaluations of some years (any order): per program, the offering with the latest end
/// (then start, then code) among those with a verdict other than data_kurang; flagged when that verdict is
/// tidak_signifikan or menurun. Ordered by program code.
std::vector<ProgramFlag> ProgramFlags(const std::vector<evaluation::YearEvaluation>& years, double factor);

}  // namespace bangkom::services
