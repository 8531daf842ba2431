#pragma once
// What last years' evaluation tells next year's plan (EVALUATION.md "Verdict per program", docs/review-api.md): a
// program whose most recent evaluated offering was `tidak_signifikan` or `menurun` needs review, and the planner
// multiplies its raise estimate u(p,c) by the evaluation settings' flagged_raise_factor (default 0.5) until a
// revision is recorded: a revision dated on or after that offering's last day lifts the flag. A later offering
// evaluated `efektif` lifts it too. Offerings with `data_kurang` are no evidence either way and are skipped. Pure:
// no store.
#include <cstdint>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "evaluation/year.hpp"

namespace bangkom::services {

/// A recorded revision of a program, as far as the rule needs it.
struct RecordedRevision {
    std::string program;
    domain::Date date;
    int64_t id = 0;
};

/// A program the evaluation says needs review, and whether a revision has lifted that.
struct ProgramReview {
    const evaluation::OfferingEvaluation* offering = nullptr;  // the deciding offering (points into the years)
    int64_t revision = 0;  // the latest revision dated on or after the offering's end; 0 while flagged
};

struct ProgramFlag {
    std::string program;   // kode_program
    std::string offering;  // the evaluated offering the flag comes from
    std::string verdict;   // "tidak_signifikan" or "menurun"
    double factor = 1;     // applied to every u(p,c) of the program (1 when a revision lifted the flag)
    int64_t revision = 0;  // the revision that lifted the flag; 0 = the flag stands
};

/// Per program, the offering with the latest end (then start, then code) among those of `years` (any order) with
/// a verdict other than data_kurang; the programs whose deciding verdict is tidak_signifikan or menurun, by program
/// code, each with the latest of `revisions` (any order) of the program dated on or after the offering's end.
std::vector<ProgramReview> ReviewPrograms(const std::vector<evaluation::YearEvaluation>& years,
                                          const std::vector<RecordedRevision>& revisions);

/// ReviewPrograms as the planner reads it: the flags standing get `factor`, the lifted ones factor 1 and their
/// revision. Ordered by program code.
std::vector<ProgramFlag> ProgramFlags(const std::vector<evaluation::YearEvaluation>& years, double factor,
                                      const std::vector<RecordedRevision>& revisions = {});

}  // namespace bangkom::services
