#pragma once
// The question bank per competency (issue 7, docs/quiz-api.md): who reads and writes it, the checks of a question
// (learning::CheckQuestion, a competency of the dictionary), archiving instead of deleting (attempts keep the
// questions they drew), and the questions a quiz draws from.

#include <boost/json/fwd.hpp>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "learning/quiz.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

struct BankQuestion {
    learning::Question question;
    std::string owner;
    bool archived = false;
    int64_t created_at = 0;
    int64_t updated_at = 0;
};

struct BankPage {
    std::vector<BankQuestion> items;
    std::vector<std::pair<std::string, int64_t>> counts;  // competency → active questions
};

class QuestionBank {
  public:
    explicit QuestionBank(storage::Store& store) : store_(store) {}

    static bool CanRead(const storage::User& user);
    /// `text` filters on the question's text (case-insensitive substring).
    Result<BankPage> List(const storage::User& user, const std::string& competency, const std::string& text,
                          bool archived, domain::Lang lang);
    Result<BankQuestion> Create(const storage::User& user, const boost::json::object& body, int64_t now,
                                domain::Lang lang);
    /// Changes the fields given; `archived` (a bool) archives or restores.
    Result<BankQuestion> Update(const storage::User& user, int64_t id, const boost::json::object& body, int64_t now,
                                domain::Lang lang);
    Result<BankQuestion> Archive(const storage::User& user, int64_t id, int64_t now, domain::Lang lang);

    /// The active questions of these competencies (the quiz's draw pool).
    Result<std::vector<learning::Question>> Pool(const std::vector<std::string>& competencies);

  private:
    Result<storage::QuizQuestionRow> Editable(const storage::User& user, int64_t id, domain::Lang lang);
    Result<BankQuestion> Store(const storage::User& user, storage::QuizQuestionRow row,
                               const learning::Question& question, int64_t now);

    storage::Store& store_;
};

}  // namespace bangkom::services
