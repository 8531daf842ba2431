#include "evaluation/ikm_groups.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bangkom::evaluation {
namespace {

domain::SurveyResponse Response(int value, std::optional<domain::Sex> sex, std::optional<int> age,
                                std::string education, std::string occupation) {
    domain::SurveyResponse r;
    r.unit_code = "PKM01";
    r.answers.fill(value);
    r.sex = sex;
    r.age = age;
    r.education = std::move(education);
    r.occupation = std::move(occupation);
    return r;
}

std::vector<domain::SurveyResponse> Sample() {
    auto r2 = Response(3, domain::Sex::L, 45, "SMA", "Wirausaha");
    r2.answers[8].reset();  // U9 left out: the group's IKM is not complete
    return {Response(4, domain::Sex::P, 34, "D4/S1", "Swasta"), r2,
            Response(2, domain::Sex::P, std::nullopt, "", "PNS"), Response(1, std::nullopt, 20, "S2", "Tani")};
}

std::vector<std::string> Values(const std::vector<RespondentGroup>& groups) {
    std::vector<std::string> out;
    for (const auto& g : groups) out.push_back(g.value);
    return out;
}

TEST(IkmByGroupTest, SexGroupsInTheSurveysOrderWithTheUnansweredLast) {
    const auto sample = Sample();
    const auto groups = IkmByGroup(sample, RespondentDimension::sex);
    ASSERT_EQ(Values(groups), (std::vector<std::string>{"L", "P", ""}));
    EXPECT_EQ(groups[0].name.id, "Laki-laki");
    EXPECT_EQ(groups[0].ikm.respondents, 1);
    EXPECT_FALSE(groups[0].ikm.complete);  // nobody in it answered U9
    EXPECT_EQ(groups[1].ikm.respondents, 2);
    EXPECT_DOUBLE_EQ(groups[1].ikm.ikm, 3.0);  // every element (4 + 2) / 2
    EXPECT_DOUBLE_EQ(groups[1].ikm.index, 75.0);
    EXPECT_EQ(groups[1].ikm.grade, 'C');
    EXPECT_EQ(groups[2].name.en, "Not given");
    EXPECT_DOUBLE_EQ(groups[2].ikm.index, 25.0);
}

TEST(IkmByGroupTest, AgeInBandsAndValuesOutsideTheListKeepTheirOwnName) {
    const auto sample = Sample();
    EXPECT_EQ(Values(IkmByGroup(sample, RespondentDimension::age)),
              (std::vector<std::string>{"<25", "25-34", "45-54", ""}));
    EXPECT_EQ(Values(IkmByGroup(sample, RespondentDimension::education)),
              (std::vector<std::string>{"SMA", "D4/S1", "S2", ""}));
    const auto work = IkmByGroup(sample, RespondentDimension::occupation);
    EXPECT_EQ(Values(work), (std::vector<std::string>{"PNS", "Swasta", "Wirausaha", "Tani"}));
    EXPECT_TRUE(work[3].name.id.empty());  // not one of the survey's choices: the caller shows the value
}

TEST(IkmByGroupTest, AgeBandBoundaries) {
    EXPECT_EQ(AgeBand(std::nullopt), "");
    EXPECT_EQ(AgeBand(24), "<25");
    EXPECT_EQ(AgeBand(25), "25-34");
    EXPECT_EQ(AgeBand(34), "25-34");
    EXPECT_EQ(AgeBand(35), "35-44");
    EXPECT_EQ(AgeBand(54), "45-54");
    EXPECT_EQ(AgeBand(55), "55+");
    EXPECT_EQ(Code(RespondentDimension::education), "pendidikan");
}

TEST(IkmByGroupTest, NoResponsesNoGroups) {
    EXPECT_TRUE(IkmByGroup({}, RespondentDimension::sex).empty());
}

}  // namespace
}  // namespace bangkom::evaluation
