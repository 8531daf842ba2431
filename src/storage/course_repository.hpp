#pragma once
// Repository of e-learning courses (issue 7, docs/elearning-api.md): the ordered modules of each program's course
// (their uploaded content lives in the content directory; a row keeps its name, type, size, SHA-256 and path), each
// learner's progress per module of an offering, and the log of every SCORM commit. Reached through Store::Courses();
// sqlite/course_repository.* and postgres/course_repository.* implement it and the contract suite runs on both.

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/result.hpp"

namespace bangkom::storage {

struct CourseModule {
    int64_t id = 0;
    std::string program;  // kode_program
    int position = 0;     // 1-based within the program
    std::string kind;     // "text", "video", "pdf", "scorm"
    std::string title;
    std::string body;  // Markdown (text modules)
    bool required = true;
    std::string file_name;  // the uploaded content ("" = none yet)
    std::string content_type;
    int64_t file_size = 0;
    std::string sha256;
    std::string path;          // relative to the content directory: a file, or a package's folder
    std::string package_json;  // a SCORM package's manifest reading as JSON ("" for other kinds)
    int64_t created_at = 0;
    int64_t updated_at = 0;
    friend bool operator==(const CourseModule&, const CourseModule&) = default;
};

/// One learner's state in one module of one offering.
struct ModuleProgressRow {
    std::string offering;
    std::string nip;
    int64_t module_id = 0;
    std::string status = "belum";  // learning::ModuleStatus code
    std::optional<double> score;
    std::string location;
    std::string suspend_data;
    std::string completion;  // the last SCORM completion / lesson status
    std::string success;     // the last SCORM 2004 success status
    std::string exit;
    double total_seconds = 0;
    double session_base = 0;  // total_seconds when the open session began
    int64_t sessions = 0;
    std::string cmi;  // the last commit, flattened JSON
    int64_t completed_at = 0;
    int64_t updated_at = 0;
    friend bool operator==(const ModuleProgressRow&, const ModuleProgressRow&) = default;
};

/// One SCORM commit as received.
struct ScormCommitRow {
    std::string offering;
    std::string nip;
    int64_t module_id = 0;
    int64_t committed_at = 0;
    std::string status;
    std::optional<double> score;
    std::optional<double> session_seconds;
    std::string cmi;
};

class CourseRepository {
  public:
    virtual ~CourseRepository() = default;

    /// The program's modules by position.
    virtual Result<std::vector<CourseModule>> ListModules(const std::string& program) = 0;
    /// not_found when no module has this id.
    virtual Result<CourseModule> GetModule(int64_t id) = 0;
    /// Appends the module at the end of its program's course; returns the new id (position is set by the store).
    virtual Result<int64_t> AddModule(const CourseModule& module) = 0;
    /// Replaces title, body, required, the content fields and updated_at (not program, kind or position).
    virtual Result<void> UpdateModule(const CourseModule& module) = 0;
    /// Moves a module to `position` (clamped to 1…count) and renumbers the others 1…count.
    virtual Result<void> MoveModule(int64_t id, int position, int64_t at) = 0;
    /// Removes a module and renumbers the rest: conflict when a learner has progress in it.
    virtual Result<void> DeleteModule(int64_t id) = 0;
    /// program → number of modules, for every program that has one.
    virtual Result<std::vector<std::pair<std::string, int64_t>>> ModuleCounts() = 0;
    /// Whether another module than `except` keeps content at `path`.
    virtual Result<bool> PathInUse(const std::string& path, int64_t except) = 0;

    /// The learner's rows in one offering (sorted by module id).
    virtual Result<std::vector<ModuleProgressRow>> ListProgress(const std::string& offering,
                                                                const std::string& nip) = 0;
    /// Every row of the learner, all offerings (sorted by offering, module id).
    virtual Result<std::vector<ModuleProgressRow>> ProgressOf(const std::string& nip) = 0;
    /// Inserts or replaces the row and, when given, appends the commit to the log — in one transaction.
    virtual Result<void> SaveProgress(const ModuleProgressRow& row, const std::optional<ScormCommitRow>& commit) = 0;
    /// The logged commits of a learner in a module, oldest first.
    virtual Result<std::vector<ScormCommitRow>> ListCommits(const std::string& offering, const std::string& nip,
                                                            int64_t module_id) = 0;
};

}  // namespace bangkom::storage
