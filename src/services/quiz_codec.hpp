#pragma once
// JSON of quizzes (issue 7, docs/quiz-api.md): a question's stored data and its API form, a quiz module's settings,
// the questions of an attempt as drawn, and the learner's answers — in both directions, with the field named when
// a value is wrong. Shared by the quiz services and the routes.

#include <boost/json/object.hpp>
#include <boost/json/value.hpp>
#include <map>
#include <string>
#include <vector>

#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "learning/quiz.hpp"
#include "storage/quiz_repository.hpp"

namespace bangkom::services::quiz_codec {

/// The `data` column of a question: text, options, answer (choice indices or a number), tolerance, explanation,
/// points.
std::string QuestionData(const learning::Question& q);
/// The question of a stored row; internal error when its data is unreadable.
Result<learning::Question> QuestionOf(const storage::QuizQuestionRow& row);

/// Applies the fields of an API body (competency, kind, text, options, answer, tolerance, explanation, points) to
/// `q` — only those present — and checks the result (learning::CheckQuestion).
Result<learning::Question> ApplyQuestionFields(learning::Question q, const boost::json::object& body,
                                               domain::Lang lang);

/// The API form of a question (with its answer).
boost::json::object QuestionJson(const learning::Question& q);

/// Settings as stored in a quiz module (course_modules.package) and as the API shows them.
boost::json::object SettingsJson(const learning::QuizSettings& s);
/// The stored settings of a module; defaults when unreadable.
learning::QuizSettings SettingsOf(const std::string& stored);
/// Applies the fields of an API `quiz` object to `s` and checks the result.
Result<learning::QuizSettings> ApplySettings(learning::QuizSettings s, const boost::json::value& body,
                                             domain::Lang lang);

/// An attempt's questions as drawn (with their answers) and back.
std::string DrawnJson(const std::vector<learning::Question>& questions);
Result<std::vector<learning::Question>> DrawnOf(const std::string& stored);

/// Answers keyed by question id: `{"12": [0, 2], "13": 4.5, "14": null}` (null = unanswered). Checked against the
/// attempt's questions: ids of the attempt, choice indices within the options, numbers for numeric questions.
Result<std::map<int64_t, learning::Answer>> ParseAnswers(const boost::json::value& body,
                                                         const std::vector<learning::Question>& questions,
                                                         domain::Lang lang);
std::string AnswersJson(const std::map<int64_t, learning::Answer>& answers);
/// Stored answers (written by AnswersJson); empty when unreadable.
std::map<int64_t, learning::Answer> AnswersOf(const std::string& stored);
boost::json::object AnswersObject(const std::map<int64_t, learning::Answer>& answers);

}  // namespace bangkom::services::quiz_codec
