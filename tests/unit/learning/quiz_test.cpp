// Quizzes: question checks, the random draw, grading, the module's state and the review.

#include "learning/quiz.hpp"

#include <gtest/gtest.h>

#include <set>

namespace bangkom::learning {
namespace {
using domain::Lang;

Question Choice(int64_t id, QuestionKind kind, std::vector<std::string> options, std::vector<int> answer,
                double points = 1) {
    Question q;
    q.id = id;
    q.competency = "K.01";
    q.kind = kind;
    q.text = "Soal " + std::to_string(id);
    q.options = std::move(options);
    q.answer = std::move(answer);
    q.points = points;
    return q;
}

Question Numeric(int64_t id, double value, double tolerance) {
    Question q;
    q.id = id;
    q.kind = QuestionKind::numeric;
    q.text = "Berapa?";
    q.value = value;
    q.tolerance = tolerance;
    return q;
}

std::string FieldOf(const Result<Question>& r) {
    return r ? "" : r.error().details.at(0).column;
}

TEST(QuizQuestion, ChecksEachKindAndNamesTheField) {
    EXPECT_TRUE(CheckQuestion(Choice(1, QuestionKind::single, {"a", "b"}, {1}), Lang::id));
    EXPECT_EQ(FieldOf(CheckQuestion(Choice(1, QuestionKind::single, {"a", "b"}, {0, 1}), Lang::id)), "answer");
    EXPECT_EQ(FieldOf(CheckQuestion(Choice(1, QuestionKind::single, {"a", "b"}, {2}), Lang::id)), "answer");
    EXPECT_EQ(FieldOf(CheckQuestion(Choice(1, QuestionKind::single, {"a", "b"}, {}), Lang::id)), "answer");
    EXPECT_EQ(FieldOf(CheckQuestion(Choice(1, QuestionKind::multiple, {"a", "b"}, {1, 1}), Lang::id)), "answer");
    EXPECT_EQ(FieldOf(CheckQuestion(Choice(1, QuestionKind::single, {"a"}, {0}), Lang::id)), "options");
    EXPECT_EQ(FieldOf(CheckQuestion(Choice(1, QuestionKind::single, {"a", " "}, {0}), Lang::id)), "options");
    EXPECT_EQ(FieldOf(CheckQuestion(Choice(1, QuestionKind::single, {"a", "b"}, {0}, 0), Lang::id)), "points");
    auto blank = Choice(1, QuestionKind::single, {"a", "b"}, {0});
    blank.text = "  \n";
    EXPECT_EQ(FieldOf(CheckQuestion(blank, Lang::id)), "text");
    EXPECT_EQ(FieldOf(CheckQuestion(Numeric(1, 3, -1), Lang::id)), "tolerance");
    const auto err = CheckQuestion(Numeric(1, 3, -1), Lang::en);
    EXPECT_NE(err.error().message.find("tolerance"), std::string::npos);
}

TEST(QuizQuestion, TrueFalseGetsItsOptionsAndMultipleAnswersAreSorted) {
    auto tf = CheckQuestion(Choice(1, QuestionKind::true_false, {}, {1}), Lang::id);
    ASSERT_TRUE(tf);
    EXPECT_EQ(tf->options, (std::vector<std::string>{"Benar", "Salah"}));
    auto multi = CheckQuestion(Choice(2, QuestionKind::multiple, {"a", "b", "c"}, {2, 0}), Lang::id);
    ASSERT_TRUE(multi);
    EXPECT_EQ(multi->answer, (std::vector<int>{0, 2}));
    auto num = CheckQuestion(Numeric(3, 2.5, 0.1), Lang::id);
    ASSERT_TRUE(num);
    EXPECT_TRUE(num->options.empty());
}

TEST(QuizSettingsCheck, RangesAndPreTestAttempts) {
    QuizSettings s;
    EXPECT_TRUE(CheckSettings(s, Lang::id));
    s.questions = 0;
    EXPECT_EQ(CheckSettings(s, Lang::id).error().details[0].column, "questions");
    s.questions = 5;
    s.pass_score = 101;
    EXPECT_EQ(CheckSettings(s, Lang::id).error().details[0].column, "pass_score");
    s.pass_score = 60;
    s.attempts = 3;
    EXPECT_EQ(AllowedAttempts(s), 3);
    s.test = domain::TestKind::pre;
    EXPECT_EQ(AllowedAttempts(s), 1);  // a pre-test is taken once
}

TEST(QuizDraw, DistinctQuestionsSameSeedSameDrawAndAnswersFollowTheirOptions) {
    std::vector<Question> bank;
    for (int i = 1; i <= 20; ++i) {
        bank.push_back(Choice(i, QuestionKind::multiple, {"w", "x", "y", "z"}, {1, 3}));  // right: x and z
    }
    const auto a = Draw(bank, 8, true, 42);
    const auto b = Draw(bank, 8, true, 42);
    const auto c = Draw(bank, 8, true, 43);
    ASSERT_EQ(a.size(), 8u);
    EXPECT_EQ(a, b);
    EXPECT_NE(a, c);
    std::set<int64_t> ids;
    bool moved = false;
    for (const auto& q : a) {
        ids.insert(q.id);
        ASSERT_EQ(q.answer.size(), 2u);
        std::set<std::string> right{q.options[static_cast<size_t>(q.answer[0])],
                                    q.options[static_cast<size_t>(q.answer[1])]};
        EXPECT_EQ(right, (std::set<std::string>{"x", "z"}));
        moved = moved || q.options != std::vector<std::string>{"w", "x", "y", "z"};
    }
    EXPECT_EQ(ids.size(), 8u);
    EXPECT_TRUE(moved);
    EXPECT_EQ(Draw(bank, 50, false, 1).size(), 20u);  // all of them when fewer
    for (const auto& q : Draw(bank, 5, false, 1)) EXPECT_EQ(q.options, bank[0].options);
}

TEST(QuizGrade, WeightsPointsAllOrNothingAndTolerance) {
    const std::vector<Question> qs{Choice(1, QuestionKind::single, {"a", "b"}, {1}, 2),
                                   Choice(2, QuestionKind::multiple, {"a", "b", "c"}, {0, 2}),
                                   Choice(3, QuestionKind::true_false, {"Benar", "Salah"}, {0}), Numeric(4, 10, 0.5)};
    std::map<int64_t, Answer> answers{{1, Answer{{1}, {}}},
                                      {2, Answer{{0}, {}}},    // half of a multiple = wrong
                                      {4, Answer{{}, 10.5}}};  // within tolerance; 3 unanswered
    const auto g = GradeAttempt(qs, answers);
    EXPECT_EQ(g.right, (std::vector<bool>{true, false, false, true}));
    EXPECT_DOUBLE_EQ(g.earned, 3);
    EXPECT_DOUBLE_EQ(g.total, 5);
    EXPECT_DOUBLE_EQ(g.score, 60);
    answers[2] = Answer{{2, 0}, {}};
    answers[3] = Answer{{0}, {}};
    answers[4] = Answer{{}, 10.6};
    const auto g2 = GradeAttempt(qs, answers);
    EXPECT_EQ(g2.right, (std::vector<bool>{true, true, true, false}));
    EXPECT_DOUBLE_EQ(g2.score, 80);
    const std::vector<Question> three{Choice(1, QuestionKind::single, {"a", "b"}, {0}),
                                      Choice(2, QuestionKind::single, {"a", "b"}, {0}),
                                      Choice(3, QuestionKind::single, {"a", "b"}, {0})};
    EXPECT_DOUBLE_EQ(GradeAttempt(three, {{1, Answer{{0}, {}}}}).score, 33.33);  // rounded to 2 decimals
}

TEST(QuizState, PassFailRemainingAndPreTest) {
    QuizSettings s;
    s.attempts = 2;
    EXPECT_EQ(StateAfter(s, {}).status, ModuleStatus::not_started);
    EXPECT_EQ(*StateAfter(s, {}).remaining, 2);
    auto one = StateAfter(s, {{50, false}});
    EXPECT_EQ(one.status, ModuleStatus::in_progress);
    EXPECT_EQ(*one.remaining, 1);
    auto failed = StateAfter(s, {{50, false}, {60, false}});
    EXPECT_EQ(failed.status, ModuleStatus::failed);
    EXPECT_DOUBLE_EQ(*failed.score, 60);
    auto passed = StateAfter(s, {{90, true}, {40, false}});
    EXPECT_EQ(passed.status, ModuleStatus::done);
    EXPECT_DOUBLE_EQ(*passed.score, 90);  // the best
    s.attempts = 0;
    EXPECT_FALSE(StateAfter(s, {{10, false}}).remaining.has_value());
    s.test = domain::TestKind::pre;
    auto pre = StateAfter(s, {{10, false}});
    EXPECT_EQ(pre.status, ModuleStatus::done);  // a pre-test is done whatever the score
    EXPECT_EQ(*pre.remaining, 0);
}

TEST(QuizReview, AnswersOnlyOnceFinished) {
    QuizSettings s;
    s.attempts = 3;
    QuizState open{ModuleStatus::in_progress, 40, 2};
    QuizState done{ModuleStatus::done, 90, 1};
    EXPECT_TRUE(ReviewOf(s, open).right_wrong);
    EXPECT_FALSE(ReviewOf(s, open).answers);  // no leaking into the next attempt
    EXPECT_TRUE(ReviewOf(s, done).answers);
    s.review = ReviewMode::right_wrong;
    EXPECT_FALSE(ReviewOf(s, done).answers);
    s.review = ReviewMode::score_only;
    EXPECT_FALSE(ReviewOf(s, done).right_wrong);
    EXPECT_EQ(ReviewModeFromCode("benar_salah"), ReviewMode::right_wrong);
    EXPECT_EQ(QuestionKindFromCode("numeric"), QuestionKind::numeric);
    EXPECT_FALSE(QuestionKindFromCode("essay").has_value());
}

}  // namespace
}  // namespace bangkom::learning
