#include "evaluation/skm_questionnaire.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace bangkom::evaluation {
namespace {

using domain::Lang;

domain::SurveyResponse AllAnswered(int value) {
    domain::SurveyResponse r;
    r.unit_code = "U-01";
    r.answers.fill(value);
    return r;
}

TEST(SkmElementsTest, NineElementsInOrderWithFourAnswersEach) {
    const auto& elements = SkmElements();
    ASSERT_EQ(elements.size(), 9u);
    for (size_t i = 0; i < elements.size(); ++i) {
        EXPECT_EQ(elements[i].code, "u" + std::to_string(i + 1));
        EXPECT_FALSE(elements[i].question.id.empty());
        EXPECT_FALSE(elements[i].question.en.empty());
        for (const auto& a : elements[i].answers) {
            EXPECT_FALSE(a.id.empty());
            EXPECT_FALSE(a.en.empty());
        }
    }
}

TEST(SkmElementsTest, OfficialNamesAndAnswerWording) {
    const auto& e = SkmElements();
    EXPECT_EQ(e[0].name.id, "Persyaratan");
    EXPECT_EQ(e[1].name.id, "Sistem, Mekanisme, dan Prosedur");
    EXPECT_EQ(e[7].name.id, "Penanganan Pengaduan, Saran dan Masukan");
    EXPECT_EQ(e[8].name.id, "Sarana dan Prasarana");
    // a = 1 … d = 4 as DOMAIN.md: the cost element runs from "very expensive" up to "free".
    EXPECT_EQ(e[3].answers[0].id, "Sangat mahal");
    EXPECT_EQ(e[3].answers[3].id, "Gratis");
    EXPECT_EQ(e[6].answers[2].id, "Sopan dan ramah");
    EXPECT_EQ(e[7].answers[1].id, "Ada tetapi tidak berfungsi");
    EXPECT_EQ(e[7].answers[3].id, "Dikelola dengan baik");
    EXPECT_EQ(e[8].answers[0].In(Lang::id), "Buruk");
    EXPECT_EQ(e[8].answers[0].In(Lang::en), "Poor");
}

TEST(SkmChoicesTest, DemographicValuesAreTheImportColumnsValues) {
    std::set<std::string> education, occupation;
    for (const auto& c : SkmEducationChoices()) education.emplace(c.value);
    for (const auto& c : SkmOccupationChoices()) occupation.emplace(c.value);
    EXPECT_EQ(education, (std::set<std::string>{"SD", "SMP", "SMA", "D1-D3", "D4/S1", "S2", "S3"}));
    EXPECT_EQ(occupation, (std::set<std::string>{"PNS", "TNI", "Polri", "Swasta", "Wirausaha", "Lainnya"}));
    ASSERT_EQ(SkmSexChoices().size(), 2u);
    EXPECT_EQ(SkmSexChoices()[0].value, "L");
    // What the public page accepts, an import accepts too.
    auto r = AllAnswered(3);
    r.education = "D4/S1";
    r.occupation = "Wirausaha";
    EXPECT_TRUE(domain::Validate(r).ok());
}

TEST(CheckSkmSubmissionTest, CompleteAndPartialAnswersPass) {
    EXPECT_TRUE(CheckSkmSubmission(AllAnswered(1), Lang::id).ok());
    EXPECT_TRUE(CheckSkmSubmission(AllAnswered(4), Lang::id).ok());
    domain::SurveyResponse partial;
    partial.answers[3] = 2;  // only U4 answered: the others are "not answered", which the IKM allows
    EXPECT_TRUE(CheckSkmSubmission(partial, Lang::id).ok());
}

TEST(CheckSkmSubmissionTest, NamesTheFieldOfAnAnswerOutOfRange) {
    auto r = AllAnswered(3);
    r.answers[2] = 5;
    r.answers[8] = 0;
    const auto checked = CheckSkmSubmission(r, Lang::id);
    ASSERT_FALSE(checked.ok());
    EXPECT_EQ(checked.error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(checked.error().message, "Mohon periksa u3: Jawaban harus antara 1 dan 4");
    ASSERT_EQ(checked.error().details.size(), 2u);
    EXPECT_EQ(checked.error().details[1].column, "u9");
}

TEST(CheckSkmSubmissionTest, NothingAnsweredIsRefused) {
    const auto checked = CheckSkmSubmission(domain::SurveyResponse{}, Lang::en);
    ASSERT_FALSE(checked.ok());
    EXPECT_EQ(checked.error().message, "Please check u1: Answer at least one question");
}

TEST(CheckSkmSubmissionTest, DemographicsFromTheListsAndAgeInRange) {
    auto r = AllAnswered(2);
    r.age = 9;
    r.education = "SLTA";
    r.occupation = "Petani";
    const auto checked = CheckSkmSubmission(r, Lang::id);
    ASSERT_FALSE(checked.ok());
    ASSERT_EQ(checked.error().details.size(), 3u);
    EXPECT_EQ(checked.error().details[0].column, "umur");
    EXPECT_EQ(checked.error().details[1].column, "pendidikan");
    EXPECT_EQ(checked.error().details[2].column, "pekerjaan");
    r.age = 10;
    r.education.clear();
    r.occupation = "Lainnya";
    EXPECT_TRUE(CheckSkmSubmission(r, Lang::id).ok());
    r.age = 121;
    EXPECT_FALSE(CheckSkmSubmission(r, Lang::id).ok());
}

TEST(CheckSkmSubmissionTest, SuggestionCountsCharactersNotBytes) {
    auto r = AllAnswered(4);
    r.suggestion = std::string(2000, 'a');
    EXPECT_TRUE(CheckSkmSubmission(r, Lang::id).ok());
    r.suggestion.clear();
    for (int i = 0; i < 2000; ++i) r.suggestion += "é";  // 4000 bytes, 2000 characters
    EXPECT_TRUE(CheckSkmSubmission(r, Lang::id).ok());
    r.suggestion += "x";
    const auto checked = CheckSkmSubmission(r, Lang::id);
    ASSERT_FALSE(checked.ok());
    EXPECT_EQ(checked.error().details.front().column, "saran");
}

TEST(SkmDateOfTest, DayInWib) {
    // 2027-01-01T00:00:00Z is 07:00 WIB on 1 January; 2026-12-31T17:00:00Z is midnight WIB.
    EXPECT_EQ(SkmDateOf(1798761600).ToIso(), "2027-01-01");
    EXPECT_EQ(SkmDateOf(1798761600 - 7 * 3600).ToIso(), "2027-01-01");
    EXPECT_EQ(SkmDateOf(1798761600 - 7 * 3600 - 1).ToIso(), "2026-12-31");
    EXPECT_EQ(SkmDateOf(-7 * 3600 - 1).ToIso(), "1969-12-31");
}

}  // namespace
}  // namespace bangkom::evaluation
