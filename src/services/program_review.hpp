#pragma once
// The programs to review and their revisions (issue 8, docs/review-api.md): the programs whose deciding offering of
// the year before a plan year was evaluated `tidak_signifikan` or `menurun`, each flagged until a revision dated on
// or after that offering's end is recorded (the rule of services/plan_flags, which the planner reads too), and the
// record of such a revision. The routes (http/routes_review.cpp) parse and answer; every rule lives here.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/enums.hpp"
#include "domain/records.hpp"
#include "domain/result.hpp"
#include "evaluation/verdict.hpp"
#include "services/plan_flags.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

inline constexpr size_t kRevisionSummaryMin = 10;
inline constexpr size_t kRevisionSummaryMax = 2000;

/// Every recorded revision as the flag rule reads it (rows with an unreadable date are skipped).
Result<std::vector<RecordedRevision>> RecordedRevisions(storage::Store& store);

struct ReviewedProgram {
    evaluation::OfferingEvaluation offering;  // the deciding offering
    domain::Program program;
    std::optional<storage::ProgramRevision> revision;  // the one lifting the flag; nullopt while flagged
};

struct ProgramReviewList {
    int year = 0;                           // the plan year
    int evaluated_year = 0;                 // year − 1
    double factor = 1;                      // flagged_raise_factor
    std::vector<ReviewedProgram> programs;  // flagged first (menurun, then tidak_signifikan), then revised; by code
};

struct RevisionInput {
    std::optional<domain::Date> date;  // default today
    std::string aspect;                // "materi" | "metode" | "materi_metode"
    std::string summary;
};

class ProgramReviewService {
  public:
    explicit ProgramReviewService(storage::Store& store) : store_(store) {}

    /// The programs to review for the plan of `year` (those of `institution` only when it is not empty).
    Result<ProgramReviewList> ProgramsToReview(int year, const std::string& institution, domain::Lang lang);
    /// The catalog's program; not_found when unknown.
    Result<domain::Program> FindProgram(const std::string& code, domain::Lang lang);
    /// The program's revisions, newest date first (then newest id).
    Result<std::vector<storage::ProgramRevision>> Revisions(const std::string& program);
    /// Validates and stores a revision of a known program: invalid_argument naming `tanggal` (after `today`),
    /// `aspek` or `ringkasan` (kRevisionSummaryMin–Max characters once trimmed).
    Result<storage::ProgramRevision> Record(const std::string& program, const RevisionInput& input, int64_t user,
                                            int64_t now, domain::Date today, domain::Lang lang);

  private:
    storage::Store& store_;
};

}  // namespace bangkom::services
