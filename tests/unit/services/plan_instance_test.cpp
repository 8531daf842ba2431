#include "services/plan_instance.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cstdio>
#include <string>

namespace bangkom::services {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

// The shape gen_plan.py writes, cut down to two programs, two offerings and two employees.
const std::string kInstance = R"({"size":"t","seed":1,"T":20,"J":160,"lam":0.2,"n_comp":3,"budgets":[5000000,0],
 "programs":[{"form":"e_learning","jp":10,"cost":0,"raises":{"0":1},"L":4},
             {"form":"bimtek","jp":16,"cost":2000000,"raises":{"2":2,"1":1},"L":5}],
 "offerings":[{"p":0,"cap":0,"start":"2027-01-04","end":"2027-12-17","jp":10,"cost":0,"att":false,"days":[]},
              {"p":1,"cap":25,"start":"2027-02-01","end":"2027-02-03","jp":16,"cost":2000000,"att":true,
               "days":[738917,738918,738919]}],
 "employees":[{"a":0,"j0":4,"pairs":[[2,1,2,0,3.0,0.0],[0,2,1,1,1.5,0.75]],"cand":[1,0]},
              {"a":1,"j0":0,"pairs":[],"cand":[0]}]})";

std::string Replace(std::string text, const std::string& from, const std::string& to) {
    text.replace(text.find(from), from.size(), to);
    return text;
}

TEST(PlanInstance, ParsesEveryField) {
    const Result<planning::Model> parsed = ParsePlanInstance(kInstance);
    ASSERT_TRUE(parsed.ok()) << parsed.error().message;
    const planning::Model& m = *parsed;
    EXPECT_EQ(m.year, 2027);
    EXPECT_EQ(m.settings.target_jp, 20);
    EXPECT_EQ(m.settings.jp_cap, 160);
    EXPECT_DOUBLE_EQ(m.settings.shortfall_penalty, 0.2);
    EXPECT_THAT(m.competencies, ElementsAre("K0", "K1", "K2"));
    ASSERT_EQ(m.agencies.size(), 2u);
    EXPECT_EQ(m.agencies[0].budget, 5'000'000);
    EXPECT_EQ(m.agencies[1].code, "A1");
    ASSERT_EQ(m.programs.size(), 2u);
    EXPECT_THAT(m.programs[1].raises,
                ElementsAre(std::pair<uint32_t, double>{1, 1.0}, std::pair<uint32_t, double>{2, 2.0}));
    EXPECT_EQ(m.programs[1].max_level, 5);
    ASSERT_EQ(m.offerings.size(), 2u);
    const planning::Offering& kls = m.offerings[1];
    EXPECT_EQ(kls.code, "O1");
    EXPECT_EQ(kls.program, 1u);
    EXPECT_EQ(kls.capacity, 25);
    EXPECT_EQ(kls.jp, 16);
    EXPECT_EQ(kls.cost, 2'000'000);
    EXPECT_EQ(kls.first_day, 20'850);  // 2027-02-01
    EXPECT_EQ(kls.last_day, 20'852);
    EXPECT_TRUE(kls.attendance);
    EXPECT_FALSE(m.offerings[0].attendance);
    ASSERT_EQ(m.employees.size(), 2u);
    const planning::Employee& e = m.employees[0];
    EXPECT_EQ(e.nip, "E0");
    EXPECT_EQ(e.j0, 4);
    EXPECT_THAT(e.candidates, ElementsAre(0u, 1u));
    ASSERT_EQ(e.needs.size(), 2u);  // sorted by competency
    EXPECT_EQ(e.needs[0].competency, 0u);
    EXPECT_DOUBLE_EQ(e.needs[0].held, 2);
    EXPECT_DOUBLE_EQ(e.needs[0].g2, 1);
    EXPECT_DOUBLE_EQ(e.needs[0].w2, 0.75);
    EXPECT_EQ(e.needs[1].competency, 2u);
    EXPECT_DOUBLE_EQ(e.needs[1].w1, 3.0);
    EXPECT_EQ(m.employees[1].agency, 1u);
}

TEST(PlanInstance, NotJson) {
    const auto parsed = ParsePlanInstance("{\"T\": ");
    ASSERT_FALSE(parsed.ok());
    EXPECT_EQ(parsed.error().code, ErrorCode::invalid_argument);
    EXPECT_THAT(parsed.error().message, HasSubstr("JSON"));
}

TEST(PlanInstance, MissingFieldIsNamed) {
    const auto parsed = ParsePlanInstance(Replace(kInstance, R"("j0":4,)", ""));
    ASSERT_FALSE(parsed.ok());
    EXPECT_THAT(parsed.error().message, HasSubstr("employees[0]: missing field \"j0\""));
}

TEST(PlanInstance, OutOfRangeIndicesAreRefused) {
    EXPECT_THAT(ParsePlanInstance(Replace(kInstance, R"("cand":[1,0])", R"("cand":[1,2])")).error().message,
                HasSubstr("employees[0].cand[1]"));
    EXPECT_THAT(ParsePlanInstance(Replace(kInstance, R"("a":1,)", R"("a":2,)")).error().message,
                HasSubstr("employees[1].a"));
    EXPECT_THAT(ParsePlanInstance(Replace(kInstance, R"({"p":1,)", R"({"p":5,)")).error().message,
                HasSubstr("offerings[1].p"));
    EXPECT_THAT(ParsePlanInstance(Replace(kInstance, R"({"2":2,)", R"({"7":2,)")).error().message,
                HasSubstr("programs[1].raises.7"));
    EXPECT_THAT(ParsePlanInstance(Replace(kInstance, "[2,1,2,0,", "[3,1,2,0,")).error().message,
                HasSubstr("employees[0].pairs[0][0]"));
}

TEST(PlanInstance, BadValuesAreRefused) {
    EXPECT_THAT(ParsePlanInstance(Replace(kInstance, R"("cap":25)", R"("cap":2.5)")).error().message,
                HasSubstr("offerings[1].cap"));
    EXPECT_THAT(ParsePlanInstance(Replace(kInstance, R"("end":"2027-02-03")", R"("end":"2027-01-03")")).error().message,
                HasSubstr("ends before it starts"));
    EXPECT_THAT(ParsePlanInstance(Replace(kInstance, R"("start":"2027-02-01")", R"("start":"1 Feb")")).error().message,
                HasSubstr("offerings[1].start"));
    EXPECT_THAT(ParsePlanInstance(Replace(kInstance, "[2,1,2,0,3.0,0.0]", "[2,1,-2,0,3.0,0.0]")).error().message,
                HasSubstr("may not be negative"));
    EXPECT_THAT(ParsePlanInstance(Replace(kInstance, "[2,1,2,0,3.0,0.0]", "[2,1,2]")).error().message,
                HasSubstr("employees[0].pairs[0]"));
    EXPECT_THAT(ParsePlanInstance(Replace(kInstance, R"("att":true)", R"("att":1)")).error().message,
                HasSubstr("offerings[1].att"));
    EXPECT_THAT(ParsePlanInstance(Replace(kInstance, R"("cand":[1,0])", R"("cand":[1,1])")).error().message,
                HasSubstr("listed twice"));
    EXPECT_THAT(ParsePlanInstance(Replace(kInstance, R"("budgets":[5000000,0])", R"("budgets":5)")).error().message,
                HasSubstr("budgets: expected an array"));
}

TEST(PlanInstance, MissingFileIsNotFound) {
    const auto loaded = LoadPlanInstance("/nonexistent/instance.json");
    ASSERT_FALSE(loaded.ok());
    EXPECT_EQ(loaded.error().code, ErrorCode::not_found);
    EXPECT_THAT(loaded.error().message, HasSubstr("/nonexistent/instance.json"));
}

TEST(PlanInstance, LoadsAFile) {
    // Exercised on the real files by bench/plan_bench; here the loader reads what it parsed from a file.
    const std::string path = std::string(BANGKOM_BINARY_DIR) + "/plan_instance_test.json";
    {
        FILE* f = std::fopen(path.c_str(), "w");
        ASSERT_NE(f, nullptr);
        std::fputs(kInstance.c_str(), f);
        std::fclose(f);
    }
    const auto loaded = LoadPlanInstance(path);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->employees.size(), 2u);
    std::remove(path.c_str());
}

}  // namespace
}  // namespace bangkom::services
