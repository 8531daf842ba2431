#pragma once
// QuizRepository on PostgreSQL: every call one transaction on a pool connection, retried on serialization failures.

#include "storage/postgres/connection_pool.hpp"
#include "storage/quiz_repository.hpp"

namespace bangkom::storage::postgres {

class PostgresQuizzes final : public QuizRepository {
  public:
    explicit PostgresQuizzes(ConnectionPool& pool) : pool_(pool) {}

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
    static constexpr int kMaxAttempts = 3;
    template <class Work>
    auto Run(Work&& work) -> decltype(work(std::declval<Connection&>())) {
        return RunRetrying(pool_, std::forward<Work>(work), kMaxAttempts);
    }

    ConnectionPool& pool_;
};

}  // namespace bangkom::storage::postgres
