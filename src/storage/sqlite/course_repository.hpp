#pragma once
// CourseRepository on SQLite: reads borrow a pool connection; writes take the store's write mutex first.

#include <mutex>

#include "storage/course_repository.hpp"
#include "storage/sqlite/connection_pool.hpp"

namespace bangkom::storage::sqlite {

/// Inserts or replaces a learner's row of module progress on `c` (inside the caller's transaction).
Result<void> UpsertProgress(Connection& c, const ModuleProgressRow& row);

class SqliteCourses final : public CourseRepository {
  public:
    SqliteCourses(ConnectionPool& pool, std::mutex& write_mutex) : pool_(pool), write_mutex_(write_mutex) {}

    Result<std::vector<CourseModule>> ListModules(const std::string& program) override;
    Result<CourseModule> GetModule(int64_t id) override;
    Result<int64_t> AddModule(const CourseModule& module) override;
    Result<void> UpdateModule(const CourseModule& module) override;
    Result<void> MoveModule(int64_t id, int position, int64_t at) override;
    Result<void> DeleteModule(int64_t id) override;
    Result<std::vector<std::pair<std::string, int64_t>>> ModuleCounts() override;
    Result<bool> PathInUse(const std::string& path, int64_t except) override;
    Result<std::vector<ModuleProgressRow>> ListProgress(const std::string& offering, const std::string& nip) override;
    Result<std::vector<ModuleProgressRow>> ProgressOf(const std::string& nip) override;
    Result<void> SaveProgress(const ModuleProgressRow& row, const std::optional<ScormCommitRow>& commit) override;
    Result<std::vector<ScormCommitRow>> ListCommits(const std::string& offering, const std::string& nip,
                                                    int64_t module_id) override;

  private:
    ConnectionPool& pool_;
    std::mutex& write_mutex_;
};

}  // namespace bangkom::storage::sqlite
