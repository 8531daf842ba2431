#pragma once
// Quizzes (issue 7, docs/quiz-api.md): the questions of the bank and their checks, a quiz module's settings, the
// random draw of an attempt, grading, the module's state after the attempts and how much the review may show.
// Plain values in and out: no JSON, no storage, no clock (the caller passes times and the random seed).

#include <cstdint>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "learning/scorm_runtime.hpp"

namespace bangkom::learning {

enum class QuestionKind { single, multiple, true_false, numeric };
std::string_view Code(QuestionKind kind);
std::optional<QuestionKind> QuestionKindFromCode(std::string_view code);

struct Question {
    int64_t id = 0;
    std::string competency;
    QuestionKind kind = QuestionKind::single;
    std::string text;  // Markdown
    std::vector<std::string> options;
    std::vector<int> answer;  // choice kinds: the right option indices, ascending
    double value = 0;         // numeric: the right answer
    double tolerance = 0;     // numeric: |given − value| ≤ tolerance is right
    std::string explanation;  // Markdown
    double points = 1;
    friend bool operator==(const Question&, const Question&) = default;
};

/// invalid_argument naming the field ("text", "options", "answer", "tolerance", "points"). True/false questions get
/// their two options ("Benar", "Salah") here; choice answers are sorted.
Result<Question> CheckQuestion(Question q, domain::Lang lang);

enum class ReviewMode { score_only, right_wrong, answers };  // "nilai", "benar_salah", "jawaban"
std::string_view Code(ReviewMode mode);
std::optional<ReviewMode> ReviewModeFromCode(std::string_view code);

struct QuizSettings {
    std::vector<std::string> competencies;  // empty = the competencies the program raises
    int questions = 10;
    int time_limit_minutes = 0;  // 0 = none
    int attempts = 0;            // 0 = unlimited
    double pass_score = 70;
    std::optional<domain::TestKind> test;  // a pre-test / post-test of the offering
    ReviewMode review = ReviewMode::answers;
    bool shuffle = true;
    friend bool operator==(const QuizSettings&, const QuizSettings&) = default;
};

/// invalid_argument naming the field when a number is out of range (questions 1–100, time limit 0–600, attempts
/// 0–100, pass score 0–100).
Result<void> CheckSettings(const QuizSettings& s, domain::Lang lang);
/// Attempts the learner may submit: 1 for a pre-test, otherwise `attempts` (0 = unlimited).
int AllowedAttempts(const QuizSettings& s);

/// `count` distinct questions of `bank` in random order (all of them when fewer), options shuffled when `shuffle`
/// (the answer indices follow their options). The same seed gives the same draw.
std::vector<Question> Draw(const std::vector<Question>& bank, int count, bool shuffle, uint64_t seed);

/// A learner's answer: chosen option indices, or a number (numeric questions). Absent = unanswered.
struct Answer {
    std::vector<int> chosen;
    std::optional<double> number;
    friend bool operator==(const Answer&, const Answer&) = default;
};

bool IsRight(const Question& q, const Answer& a);

struct Grade {
    double score = 0;  // 0–100, 2 decimals
    double earned = 0;
    double total = 0;
    std::vector<bool> right;  // per question, in the attempt's order
};

/// Grades the drawn questions against the answers keyed by question id.
Grade GradeAttempt(const std::vector<Question>& questions, const std::map<int64_t, Answer>& answers);

/// A submitted attempt as the module's state reads it.
struct AttemptResult {
    double score = 0;
    bool passed = false;
};

/// The module after these submitted attempts: a pre-test is done once submitted; other quizzes are done when an
/// attempt passed, failed when none passed and none is left, in progress after an attempt, not started before.
/// The score is the best one.
struct QuizState {
    ModuleStatus status = ModuleStatus::not_started;
    std::optional<double> score;
    std::optional<int> remaining;  // attempts left; nullopt = unlimited
};
QuizState StateAfter(const QuizSettings& s, const std::vector<AttemptResult>& submitted);

/// What the review shows of a submitted attempt.
struct ReviewScope {
    bool right_wrong = false;
    bool answers = false;
};
ReviewScope ReviewOf(const QuizSettings& s, const QuizState& state);

/// Grace after the deadline within which answers are still taken (network delays, the last autosave).
inline constexpr int64_t kQuizGraceSeconds = 60;

}  // namespace bangkom::learning
