// Contract: quizzes (issue 7) — the question bank by competency with archived questions left out of draws and
// counts, attempts numbered per learner with one open at a time, answers saved only while open, and submission
// closing the attempt together with the module's progress row, once. SQLite and PostgreSQL.

#include <gmock/gmock.h>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

QuizQuestionRow Question(const std::string& competency, const std::string& data, bool archived = false) {
    QuizQuestionRow q;
    q.competency = competency;
    q.kind = "single";
    q.owner = "";
    q.archived = archived;
    q.data = data;
    q.created_by = "admin";
    q.created_at = 10;
    q.updated_at = 10;
    return q;
}

QuizAttemptRow Attempt(int number, int64_t started) {
    QuizAttemptRow a;
    a.offering = "EL-1";
    a.nip = "198001012005011001";
    a.module_id = 7;
    a.number = number;
    a.started_at = started;
    a.deadline = started + 600;
    a.questions = R"([{"id":1}])";
    return a;
}

TEST_P(StoreContract, QuizQuestionsByCompetencyArchivedLeftOut) {
    auto& q = store().Quizzes();
    auto a = q.AddQuestion(Question("K.01", R"({"text":"a"})"));
    ASSERT_TRUE(a.ok()) << a.error().message;
    auto b = q.AddQuestion(Question("K.02", R"({"text":"b"})"));
    auto c = q.AddQuestion(Question("K.01", R"({"text":"c"})", true));
    ASSERT_TRUE(b.ok() && c.ok());
    auto k1 = q.ListQuestions("K.01", false);
    ASSERT_TRUE(k1.ok()) << k1.error().message;
    ASSERT_EQ(k1->size(), 1u);
    EXPECT_EQ((*k1)[0].data, R"({"text":"a"})");
    EXPECT_EQ(q.ListQuestions("K.01", true)->size(), 2u);
    EXPECT_EQ(q.ListQuestions("", false)->size(), 2u);
    EXPECT_THAT(*q.QuestionCounts(), testing::ElementsAre(std::pair<std::string, int64_t>{"K.01", 1},
                                                          std::pair<std::string, int64_t>{"K.02", 1}));
    auto row = *q.GetQuestion(*c);
    EXPECT_TRUE(row.archived);
    EXPECT_EQ(row.created_by, "admin");
    row.archived = false;
    row.data = R"({"text":"c2"})";
    row.updated_at = 20;
    ASSERT_TRUE(q.UpdateQuestion(row).ok());
    EXPECT_EQ(*q.GetQuestion(*c), row);
    EXPECT_EQ(q.QuestionCounts()->at(0).second, 2);
    EXPECT_EQ(q.GetQuestion(999).error().code, ErrorCode::not_found);
    row.id = 999;
    EXPECT_EQ(q.UpdateQuestion(row).error().code, ErrorCode::not_found);
}

TEST_P(StoreContract, QuizAttemptsOneOpenAnswersWhileOpenFinishedOnceWithProgress) {
    auto& q = store().Quizzes();
    auto first = q.StartAttempt(Attempt(1, 1000));
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_EQ(q.StartAttempt(Attempt(2, 1001)).error().code, ErrorCode::conflict);  // one open at a time
    ASSERT_TRUE(q.SaveAnswers(*first, R"({"1":[0]})", 1010).ok());
    auto open = *q.GetAttempt(*first);
    EXPECT_EQ(open.answers, R"({"1":[0]})");
    EXPECT_EQ(open.answered_at, 1010);
    EXPECT_EQ(open.submitted_at, 0);
    EXPECT_FALSE(open.score.has_value());

    open.submitted_at = 1100;
    open.score = 66.67;
    open.passed = false;
    open.expired = true;
    open.answers = R"({"1":[1]})";
    ModuleProgressRow progress;
    progress.offering = open.offering;
    progress.nip = open.nip;
    progress.module_id = open.module_id;
    progress.status = "sedang";
    progress.score = 66.67;
    progress.updated_at = 1100;
    ASSERT_TRUE(q.FinishAttempt(open, progress).ok());
    EXPECT_EQ(*q.GetAttempt(*first), open);
    EXPECT_THAT(*store().Courses().ListProgress("EL-1", open.nip), testing::ElementsAre(progress));
    EXPECT_EQ(q.FinishAttempt(open, progress).error().code, ErrorCode::conflict);  // once
    EXPECT_EQ(q.SaveAnswers(*first, "{}", 1200).error().code, ErrorCode::conflict);
    EXPECT_EQ(q.SaveAnswers(4242, "{}", 1200).error().code, ErrorCode::not_found);

    auto second = q.StartAttempt(Attempt(2, 1300));  // the first is closed now
    ASSERT_TRUE(second.ok()) << second.error().message;
    auto list = q.ListAttempts("EL-1", open.nip, 7);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2u);
    EXPECT_EQ((*list)[0].number, 1);
    EXPECT_EQ((*list)[1].number, 2);
    EXPECT_EQ((*list)[1].deadline, 1900);
    EXPECT_TRUE(q.ListAttempts("EL-1", open.nip, 8)->empty());
    EXPECT_EQ(q.GetAttempt(4242).error().code, ErrorCode::not_found);
}

}  // namespace
}  // namespace bangkom::storage::contract
