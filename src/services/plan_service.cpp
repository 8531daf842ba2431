#include "services/plan_service.hpp"

#include <boost/json/serialize.hpp>
#include <boost/json/value.hpp>
#include <chrono>

#include "planning/solvers.hpp"
#include "services/evaluation_service.hpp"
#include "services/plan_flags.hpp"
#include "services/plan_json.hpp"
#include "services/program_review.hpp"

namespace bangkom::services {

namespace {

using Clock = std::chrono::steady_clock;

double SecondsSince(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

void Report(const PlanRequest& request, int percent, const std::string& message) {
    if (request.progress) request.progress(percent, message);
}

}  // namespace

Result<BuiltPlanModel> PlanService::Build(const PlanScope& scope, domain::Lang lang, PlanTimings* timings) {
    const auto start = Clock::now();
    auto date = PlanAnalysisDate(scope.year, lang);
    if (!date) return date.error();
    auto analysis_settings = LoadAnalysisSettings(store_, *date, lang);
    if (!analysis_settings) return analysis_settings.error();
    auto settings = LoadPlanSettings(store_, analysis_settings->jp_target, lang);
    if (!settings) return settings.error();
    auto snapshot = gaps_.Snapshot();
    if (!snapshot) return snapshot.error();
    auto catalog = LoadPlanCatalog(store_);
    if (!catalog) return catalog.error();
    // The verdicts of the offerings that started the year before feed this plan (EVALUATION.md).
    auto evaluation_settings = LoadEvaluationSettings(store_, lang);
    if (!evaluation_settings) return evaluation_settings.error();
    auto last_year = EvaluationService(store_).EvaluateYear(scope.year - 1, *evaluation_settings);
    if (!last_year) return last_year.error();
    auto revisions = RecordedRevisions(store_);
    if (!revisions) return revisions.error();
    catalog->flags = ProgramFlags({std::move(*last_year)}, evaluation_settings->flagged_raise_factor, *revisions);
    const auto built_at = Clock::now();
    auto built = BuildPlanModel(**snapshot, *analysis_settings, *catalog, scope, *settings, lang);
    if (timings != nullptr) {
        timings->load = std::chrono::duration<double>(built_at - start).count();
        timings->build = SecondsSince(built_at);
    }
    return built;
}

Result<PlanOutcome> PlanService::Run(const PlanRequest& request, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    if (request.solver != "fast" && request.solver != "exact") {
        return MakeError(ErrorCode::invalid_argument, (en ? "unknown solver '" : "pemecah tidak dikenal '") +
                                                          request.solver +
                                                          (en ? "' (fast or exact)" : "' (fast atau exact)"));
    }
    PlanOutcome outcome;
    Report(request, 0, en ? "loading data" : "memuat data");
    auto built = Build(request.scope, lang, &outcome.timings);
    if (!built) return built.error();
    outcome.built = std::move(*built);
    Report(request, 20, en ? "solving" : "menyusun rencana");
    planning::SolveOptions options;
    options.time_limit_seconds = request.time_limit_seconds;
    options.threads = request.threads;
    options.progress = [&request](int percent, const std::string& message) {
        Report(request, 20 + percent * 75 / 100, message);
    };
    const auto start = Clock::now();
    auto solution = request.solver == "exact" ? planning::SolveExact(outcome.built.model, options)
                                              : planning::SolveFast(outcome.built.model, options);
    outcome.timings.solve = SecondsSince(start);
    if (!solution) return solution.error();
    outcome.solution = std::move(*solution);
    outcome.rows = PlanRows(outcome.built, outcome.solution);
    Report(request, 100, en ? "done" : "selesai");
    return outcome;
}

Result<storage::PlanHeader> PlanService::Save(const PlanOutcome& outcome, const PlanAuthor& author, int64_t now) {
    storage::PlanHeader header;
    header.year = outcome.built.model.year;
    header.agency = outcome.built.agency;
    header.solver = outcome.solution.solver;
    header.value = outcome.solution.value;
    header.bound = outcome.solution.bound;
    header.gap = outcome.solution.gap;
    header.cost = outcome.solution.cost;
    header.settings_json = PlanSettingsJson(outcome.built.model.settings);
    header.summary_json = PlanSummaryJson(outcome.built, outcome.solution);
    header.created_by = author.user_id;
    header.created_at = now;
    auto saved = store_.Plans().SavePlanVersion(header, outcome.rows);
    if (!saved) return saved.error();
    const boost::json::object after{{"id", saved->id},         {"year", saved->year},
                                    {"agency", saved->agency}, {"version", saved->version},
                                    {"solver", saved->solver}, {"value", saved->value},
                                    {"cost", saved->cost},     {"assignments", saved->assignment_count}};
    storage::AuditEntry audit{0,
                              now,
                              author.user_id,
                              author.username,
                              "plan.save",
                              "plans",
                              std::to_string(saved->id),
                              "",
                              boost::json::serialize(after)};
    if (auto ok = store_.AppendAudit(audit); !ok) return ok.error();
    return saved;
}

}  // namespace bangkom::services
