#pragma once
// QuizRepository on SQLite: reads borrow a pool connection; writes take the store's write mutex first.

#include <mutex>

#include "storage/quiz_repository.hpp"
#include "storage/sqlite/connection_pool.hpp"

namespace bangkom::storage::sqlite {

class SqliteQuizzes final : public QuizRepository {
  public:
    SqliteQuizzes(ConnectionPool& pool, std::mutex& write_mutex) : pool_(pool), write_mutex_(write_mutex) {}

    Result<std::vector<QuizQuestionRow>> ListQuestions(const std::string& competency, bool archived) override;
    Result<QuizQuestionRow> GetQuestion(int64_t id) override;
    Result<int64_t> AddQuestion(const QuizQuestionRow& row) override;
    Result<void> UpdateQuestion(const QuizQuestionRow& row) override;
    Result<std::vector<std::pair<std::string, int64_t>>> QuestionCounts() override;
    Result<std::vector<QuizAttemptRow>> ListAttempts(const std::string& offering, const std::string& nip,
                                                     int64_t module_id) override;
    Result<QuizAttemptRow> GetAttempt(int64_t id) override;
    Result<int64_t> StartAttempt(const QuizAttemptRow& row) override;
    Result<void> SaveAnswers(int64_t id, const std::string& answers, int64_t at) override;
    Result<void> FinishAttempt(const QuizAttemptRow& row, const ModuleProgressRow& progress) override;

  private:
    ConnectionPool& pool_;
    std::mutex& write_mutex_;
};

}  // namespace bangkom::storage::sqlite
