#pragma once
// Repository of quizzes (issue 7, docs/quiz-api.md): the question bank per competency and the learners' attempts.
// A question's options, answer and explanation travel as JSON text (`data`, services/quiz_codec.*); an attempt
// keeps the questions as drawn and the answers as JSON too. Reached through Store::Quizzes(); sqlite/ and
// postgres/quiz_repository.* implement it and the contract suite runs on both.

#include <cstdint>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/result.hpp"
#include "storage/course_repository.hpp"

namespace bangkom::storage {

struct QuizQuestionRow {
    int64_t id = 0;
    std::string competency;
    std::string kind;   // learning::QuestionKind code
    std::string owner;  // the partner institution; "" for BKD's questions
    bool archived = false;
    std::string data;  // JSON: text, options, answer, tolerance, explanation, points
    std::string created_by;
    int64_t created_at = 0;
    int64_t updated_at = 0;
    friend bool operator==(const QuizQuestionRow&, const QuizQuestionRow&) = default;
};

struct QuizAttemptRow {
    int64_t id = 0;
    std::string offering;
    std::string nip;
    int64_t module_id = 0;
    int number = 1;  // 1-based per learner and module
    int64_t started_at = 0;
    int64_t deadline = 0;      // 0 = no time limit
    int64_t submitted_at = 0;  // 0 = open
    std::optional<double> score;
    bool passed = false;
    bool expired = false;        // graded after its deadline
    std::string questions;       // JSON array, as drawn
    std::string answers = "{}";  // JSON object question id → answer
    int64_t answered_at = 0;     // the last saved answers
    friend bool operator==(const QuizAttemptRow&, const QuizAttemptRow&) = default;
};

class QuizRepository {
  public:
    virtual ~QuizRepository() = default;

    /// Questions by id; `competency` "" = every competency; archived ones only when `archived`.
    virtual Result<std::vector<QuizQuestionRow>> ListQuestions(const std::string& competency, bool archived) = 0;
    /// not_found when no question has this id.
    virtual Result<QuizQuestionRow> GetQuestion(int64_t id) = 0;
    virtual Result<int64_t> AddQuestion(const QuizQuestionRow& row) = 0;
    /// Replaces competency, kind, archived, data and updated_at.
    virtual Result<void> UpdateQuestion(const QuizQuestionRow& row) = 0;
    /// competency → active questions, for every competency that has one.
    virtual Result<std::vector<std::pair<std::string, int64_t>>> QuestionCounts() = 0;

    /// The learner's attempts in a module of an offering, by number.
    virtual Result<std::vector<QuizAttemptRow>> ListAttempts(const std::string& offering, const std::string& nip,
                                                             int64_t module_id) = 0;
    virtual Result<QuizAttemptRow> GetAttempt(int64_t id) = 0;
    /// Stores a new open attempt; conflict when the learner already has an open one in that module.
    virtual Result<int64_t> StartAttempt(const QuizAttemptRow& row) = 0;
    /// Replaces the answers of an open attempt; conflict when it was submitted.
    virtual Result<void> SaveAnswers(int64_t id, const std::string& answers, int64_t at) = 0;
    /// Closes an open attempt with its grade (submitted_at, score, passed, expired, answers) and stores the module's
    /// progress row, in one transaction; conflict when it was already submitted.
    virtual Result<void> FinishAttempt(const QuizAttemptRow& row, const ModuleProgressRow& progress) = 0;
};

}  // namespace bangkom::storage
