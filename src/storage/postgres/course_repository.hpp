#pragma once
// CourseRepository on PostgreSQL: every call one transaction on a pool connection, retried on serialization
// failures; changes to one program's module order hold a transaction-scoped advisory lock on the program.

#include "storage/course_repository.hpp"
#include "storage/postgres/connection_pool.hpp"

namespace bangkom::storage::postgres {

/// Inserts or replaces a learner's row of module progress on `c` (inside the caller's transaction).
Result<void> UpsertProgress(Connection& c, const ModuleProgressRow& row);

class PostgresCourses final : public CourseRepository {
  public:
    explicit PostgresCourses(ConnectionPool& pool) : pool_(pool) {}

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
    static constexpr int kMaxAttempts = 3;
    template <class Work>
    auto Run(Work&& work) -> decltype(work(std::declval<Connection&>()));

    ConnectionPool& pool_;
};

template <class Work>
auto PostgresCourses::Run(Work&& work) -> decltype(work(std::declval<Connection&>())) {
    return RunRetrying(pool_, std::forward<Work>(work), kMaxAttempts);
}

}  // namespace bangkom::storage::postgres
