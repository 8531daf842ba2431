#include "evaluation/reaction_questionnaire.hpp"

#include <gtest/gtest.h>

#include <string>

#include "evaluation/levels.hpp"

namespace bangkom::evaluation {
namespace {

using domain::Lang;

domain::ReactionAnswer Answered(int value) {
    domain::ReactionAnswer a;
    a.offering_code = "ANG-01";
    a.items.fill(value);
    return a;
}

TEST(ReactionQuestionnaireTest, SixStatementsInTheOrderTheEvaluationReads) {
    const auto& statements = ReactionStatements();
    ASSERT_EQ(statements.size(), kReactionItemCodes.size());
    for (size_t i = 0; i < statements.size(); ++i) {
        EXPECT_EQ(statements[i].code, kReactionItemCodes[i]);
        EXPECT_FALSE(statements[i].statement.id.empty());
        EXPECT_FALSE(statements[i].statement.en.empty());
        EXPECT_NE(statements[i].statement.id, statements[i].statement.en);
    }
    EXPECT_EQ(ReactionScale().front().id, "Sangat tidak setuju");
    EXPECT_EQ(ReactionScale().back().id, "Sangat setuju");
    EXPECT_EQ(ReactionScale().back().In(Lang::en), "Strongly agree");
}

TEST(ReactionQuestionnaireTest, AcceptsEveryScaleValueAndUnansweredItems) {
    for (int v = 1; v <= 5; ++v) EXPECT_TRUE(CheckReactionSubmission(Answered(v), Lang::id).ok()) << v;
    auto some = Answered(4);
    some.items[0].reset();
    some.items[5].reset();
    some.suggestion = std::string(2000, 'x');
    EXPECT_TRUE(CheckReactionSubmission(some, Lang::id).ok());
}

TEST(ReactionQuestionnaireTest, NamesEveryBadFieldByItsColumn) {
    auto bad = Answered(3);
    bad.items[2] = 6;
    bad.items[4] = 0;
    bad.suggestion = std::string(1999, 'x') + "éé";  // 2001 characters, 2003 bytes
    const auto result = CheckReactionSubmission(bad, Lang::id);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::invalid_argument);
    ASSERT_EQ(result.error().details.size(), 3u);
    EXPECT_EQ(result.error().details[0].column, "pengajar");
    EXPECT_EQ(result.error().details[1].column, "sarana");
    EXPECT_EQ(result.error().details[2].column, "saran");
    EXPECT_NE(result.error().message.find("pengajar: Jawaban harus antara 1 dan 5"), std::string::npos);
}

TEST(ReactionQuestionnaireTest, SuggestionLimitCountsCharactersNotBytes) {
    auto a = Answered(5);
    a.suggestion = std::string(1000, 'x');
    for (int i = 0; i < 500; ++i) a.suggestion += "é";  // 1500 characters, 2000 bytes
    EXPECT_TRUE(CheckReactionSubmission(a, Lang::id).ok());
}

TEST(ReactionQuestionnaireTest, NothingAnsweredIsRefusedInTheRequestLanguage) {
    domain::ReactionAnswer empty;
    empty.offering_code = "ANG-01";
    const auto result = CheckReactionSubmission(empty, Lang::en);
    ASSERT_FALSE(result.ok());
    ASSERT_EQ(result.error().details.size(), 1u);
    EXPECT_EQ(result.error().details[0].column, "relevansi");
    EXPECT_EQ(result.error().details[0].message, "Answer at least one statement");
}

}  // namespace
}  // namespace bangkom::evaluation
