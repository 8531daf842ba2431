#pragma once
// E-learning courses (issue 7, docs/elearning-api.md): the modules of a program's course and their content
// (files kept content-addressed under the content directory: files/<sha256>.<ext>, scorm/<sha256>/), who may write
// and read them, learners joining open offerings, their progress per module — text and PDF read, video watched,
// SCORM sessions and commits — and the course's completion, which passes the participant with a certificate and
// the JP credit exactly as a class decision does. The routes (http/routes_courses.cpp, routes_elearning.cpp) parse
// and answer; every rule lives here.

#include <boost/json/fwd.hpp>
#include <cstdint>
#include <filesystem>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "learning/course_progress.hpp"
#include "learning/quiz.hpp"
#include "services/delivery_service.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

/// One offering as the e-learning pages show it.
struct CourseSummary {
    OfferingInfo info;
    bool open = false;      // today within its period
    bool joinable = false;  // the caller may join it now
    int64_t modules = 0;
    std::optional<storage::Participant> participant;  // the caller's own
    std::optional<learning::CourseProgress> progress;
};

struct ModuleView {
    storage::CourseModule module;
    std::optional<storage::ModuleProgressRow> progress;
};

struct ScormSession {
    std::string standard;  // "scorm_1.2" / "scorm_2004"
    std::string launch_url;
    std::string commit_url;
    std::map<std::string, std::string> cmi;  // flattened, to load before Initialize
};

struct ProgressOutcome {
    storage::ModuleProgressRow progress;
    CourseSummary course;
    bool completed = false;  // this change completed the course: the participant passed
};

/// What a learner reports for a text, PDF or video module.
struct ProgressReport {
    bool done = false;
    std::optional<double> position;  // video, seconds
    std::optional<double> duration;
};

/// A quiz module as its learner sees it before starting (docs/quiz-api.md).
struct QuizOverview {
    storage::CourseModule module;
    learning::QuizSettings settings;
    int64_t available = 0;  // active questions of its competencies
    std::vector<storage::QuizAttemptRow> attempts;
    std::optional<storage::QuizAttemptRow> open;
    bool can_start = false;
    learning::QuizState state;
    std::optional<storage::ModuleProgressRow> progress;
};

/// An attempt with its questions, answers and what the review may show.
struct AttemptView {
    storage::QuizAttemptRow row;
    std::vector<learning::Question> questions;
    std::map<int64_t, learning::Answer> answers;
    learning::ReviewScope review;  // both false while open
    std::vector<bool> right;       // per question once submitted
};

struct SubmitOutcome {
    AttemptView attempt;
    ProgressOutcome outcome;
};

class CourseService {
  public:
    CourseService(storage::Store& store, std::filesystem::path content_root)
        : store_(store), content_root_(std::move(content_root)) {}

    // Authoring
    Result<domain::Program> Program(const std::string& code, domain::Lang lang);
    bool CanEdit(const storage::User& user, const domain::Program& program) const;
    Result<std::vector<storage::CourseModule>> Modules(const std::string& program);
    Result<storage::CourseModule> AddModule(const storage::User& user, const std::string& program,
                                            const std::string& kind, const std::string& title, const std::string& body,
                                            bool required, int64_t now, domain::Lang lang,
                                            const std::optional<learning::QuizSettings>& quiz = std::nullopt);
    Result<storage::CourseModule> UpdateModule(const storage::User& user, int64_t id,
                                               const std::optional<std::string>& title,
                                               const std::optional<std::string>& body,
                                               const std::optional<bool>& required, const std::optional<int>& position,
                                               int64_t now, domain::Lang lang,
                                               const std::optional<learning::QuizSettings>& quiz = std::nullopt);
    Result<void> DeleteModule(const storage::User& user, int64_t id, domain::Lang lang);
    /// Checks and stores the module's file (video, pdf) or package (scorm, unpacked).
    Result<storage::CourseModule> UploadContent(const storage::User& user, int64_t id, const std::string& name,
                                                const std::string& bytes, int64_t now, domain::Lang lang);
    /// The file of a module, or (`sub_path` given) a file of its unpacked package, when the caller may read it:
    /// not_found for no content or a path outside the package.
    Result<std::filesystem::path> ContentFile(const storage::User& user, int64_t id, const std::string& sub_path,
                                              domain::Lang lang);

    // Learners
    Result<std::vector<CourseSummary>> Courses(const storage::User& user, int year, int64_t now);
    Result<CourseSummary> Join(const storage::User& user, const std::string& offering, int64_t now, domain::Lang lang);
    Result<std::pair<CourseSummary, std::vector<ModuleView>>> Course(const storage::User& user,
                                                                     const std::string& offering, int64_t now,
                                                                     domain::Lang lang);
    Result<ProgressOutcome> Report(const storage::User& user, const std::string& offering, int64_t module_id,
                                   const ProgressReport& report, int64_t now, domain::Lang lang);
    Result<ScormSession> OpenSession(const storage::User& user, const std::string& offering, int64_t module_id,
                                     int64_t now, domain::Lang lang);
    /// `cmi` flattened; `raw` is the commit as received (kept in the log).
    Result<ProgressOutcome> Commit(const storage::User& user, const std::string& offering, int64_t module_id,
                                   const std::map<std::string, std::string>& cmi, const std::string& raw, int64_t now,
                                   domain::Lang lang);

    /// The active questions a quiz module draws from (its competencies, or those its program raises).
    Result<int64_t> QuizPoolSize(const storage::CourseModule& module);

    // Quizzes (course_quiz.cpp): an attempt left open past its deadline is graded when the quiz is next opened.
    Result<QuizOverview> Quiz(const storage::User& user, const std::string& offering, int64_t module_id, int64_t now,
                              domain::Lang lang);
    /// A new attempt, or the open one (`created` false).
    Result<AttemptView> StartAttempt(const storage::User& user, const std::string& offering, int64_t module_id,
                                     int64_t now, domain::Lang lang, bool& created);
    /// The learner's own attempt; admin_bkd, auditor and the program's partner read every attempt.
    Result<AttemptView> Attempt(const storage::User& user, int64_t attempt_id, int64_t now, domain::Lang lang);
    Result<void> SaveAnswers(const storage::User& user, int64_t attempt_id, const boost::json::value& answers,
                             int64_t now, domain::Lang lang);
    /// Grades the attempt (with `answers` when given and still in time), updates the module and, for a pre/post
    /// test's first attempt, the offering's `tes` row.
    Result<SubmitOutcome> Submit(const storage::User& user, int64_t attempt_id, const boost::json::value* answers,
                                 int64_t now, domain::Lang lang);

    /// xAPI statements (one or an array, as stored by the LRS) that name a module's activity ("…/modules/{id}")
    /// with an employee as actor (account name = NIP) move that module in the course the employee is taking
    /// (course_xapi.cpp). Returns how many statements changed progress; the others are left alone.
    Result<int> RecordStatements(const boost::json::value& body, int64_t now);

  private:
    /// The module of an offering's program for a participant: not_found / forbidden / failed_precondition.
    struct LearnerContext {
        OfferingInfo info;
        storage::Participant participant;
        storage::CourseModule module;
    };
    Result<LearnerContext> Learner(const storage::User& user, const std::string& offering, int64_t module_id,
                                   domain::Lang lang);
    /// A quiz's settings against its program: the competencies exist; one pre-test and one post-test per program.
    Result<void> CheckQuiz(const std::string& program, int64_t module_id, const learning::QuizSettings& quiz,
                           domain::Lang lang);
    struct AttemptContext {
        LearnerContext learner;
        storage::QuizAttemptRow attempt;
    };
    Result<AttemptContext> OwnAttempt(const storage::User& user, int64_t attempt_id, domain::Lang lang);
    /// Grades and closes an attempt and saves the module's state (and the tes row), then completes the course when
    /// it is done.
    Result<SubmitOutcome> Close(const storage::User& user, const LearnerContext& c, storage::QuizAttemptRow attempt,
                                const std::map<int64_t, learning::Answer>& answers, bool expired, int64_t now,
                                domain::Lang lang);
    Result<AttemptView> ViewOf(const storage::QuizAttemptRow& row, const learning::QuizSettings& settings,
                               const learning::QuizState& state);
    Result<storage::CourseModule> EditableModule(const storage::User& user, int64_t id, domain::Lang lang);
    bool ReadsContent(const storage::User& user, const domain::Program& program);
    Result<std::optional<storage::Participant>> ParticipantOf(const std::string& offering, const std::string& nip);
    Result<CourseSummary> Summary(const storage::User& user, const OfferingInfo& info, int64_t now);
    /// After a progress change: passes the participant when every required module is done.
    Result<bool> CompleteIfDone(const OfferingInfo& info, const storage::Participant& participant, int64_t now,
                                domain::Lang lang);
    Result<ProgressOutcome> Save(const storage::User& user, const LearnerContext& c, storage::ModuleProgressRow row,
                                 const std::optional<storage::ScormCommitRow>& commit, int64_t now, domain::Lang lang);

    storage::Store& store_;
    std::filesystem::path content_root_;
};

/// The content directory of a database when none is configured: "<file>.konten" beside a SQLite file, and
/// "bangkom-konten" in the working directory for a PostgreSQL URL.
std::filesystem::path DefaultContentRoot(const std::string& database);

}  // namespace bangkom::services
