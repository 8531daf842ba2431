#include "services/evaluation_json.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <boost/json/parse.hpp>

namespace bangkom::services {
namespace {

namespace json = boost::json;
using ::testing::HasSubstr;

domain::Date D(int y, int m, int d) {
    return domain::Date::FromYmd(y, m, d).value();
}

evaluation::OfferingInputs Learning() {
    evaluation::OfferingInputs in;
    in.offering = "O1";
    in.program = "P1";
    in.program_name = "Pelatihan";
    in.start = D(2026, 3, 16);
    in.end = D(2026, 3, 20);
    in.participants = 6;
    for (int i = 0; i < 6; ++i) in.tests.push_back({50.0 + i, 60.0 + 2 * i});
    in.reactions.push_back({5, 3, std::nullopt, 4, 4, 4});
    return in;
}

TEST(EvaluationJsonTest, UnitIkmHasTheKeysOfTheIssue) {
    UnitIkmReport r{"U1", "Puskesmas", "OPD1", D(2026, 1, 1), std::nullopt, {}};
    evaluation::SkmAnswers a;
    a.fill(4);
    r.ikm = evaluation::ComputeIkm(std::vector<evaluation::SkmAnswers>{a});
    const auto o = UnitIkmJson(r);
    for (const char* key : {"unit", "from", "to", "respondents", "nrr", "ikm", "index", "grade", "label"}) {
        EXPECT_TRUE(o.contains(key)) << key;
    }
    EXPECT_EQ(o.at("from").as_string(), "2026-01-01");
    EXPECT_TRUE(o.at("to").is_null());
    EXPECT_EQ(o.at("nrr").as_array().size(), 9u);
    EXPECT_EQ(o.at("index").as_int64(), 100);
    EXPECT_EQ(o.at("grade").as_string(), "A");
    EXPECT_EQ(o.at("label").as_string(), "Sangat Baik");
}

TEST(EvaluationJsonTest, AnIncompleteIkmIsNull) {
    UnitIkmReport r{"U1", "", "OPD1", std::nullopt, std::nullopt, {}};
    const auto o = UnitIkmJson(r);
    EXPECT_EQ(o.at("respondents").as_int64(), 0);
    EXPECT_TRUE(o.at("ikm").is_null());
    EXPECT_TRUE(o.at("index").is_null());
    EXPECT_TRUE(o.at("grade").is_null());
    EXPECT_TRUE(o.at("nrr").as_array()[0].is_null());
    EXPECT_FALSE(o.at("complete").as_bool());
}

TEST(EvaluationJsonTest, OfferingLevelsVerdictAndSettings) {
    const evaluation::Settings s;
    const auto e = evaluation::EvaluateOffering(Learning(), s);
    const auto o = OfferingJson(e, s);
    EXPECT_EQ(o.at("offering").as_string(), "O1");
    EXPECT_EQ(o.at("program").as_string(), "P1");
    EXPECT_EQ(o.at("verdict").as_string(), "efektif");
    EXPECT_EQ(o.at("primary").as_string(), "L2");
    EXPECT_THAT(std::string(o.at("reason").as_string()), HasSubstr("naik signifikan"));
    const auto& l2 = o.at("levels").at("L2").as_object();
    for (const char* key : {"n", "mean_pre", "mean_post", "mean_diff", "ci_low", "ci_high", "t", "df", "p",
                            "wilcoxon_v", "wilcoxon_p", "d_z", "gain"}) {
        EXPECT_TRUE(l2.contains(key)) << key;
        EXPECT_FALSE(l2.at(key).is_null()) << key;
    }
    EXPECT_EQ(l2.at("n").as_int64(), 6);
    const auto& l4 = o.at("levels").at("L4").as_object();
    for (const char* key : {"before", "after", "t", "df", "p", "did", "did_se", "did_p"}) {
        EXPECT_TRUE(l4.contains(key)) << key;
        EXPECT_TRUE(l4.at(key).is_null()) << key;  // no SKM at all: nothing computed, never NaN
    }
    const auto& l1 = o.at("levels").at("L1").as_object();
    EXPECT_EQ(l1.at("flagged").as_array().size(), 1u);  // materi 3 < 3.5
    EXPECT_EQ(l1.at("flagged").as_array()[0].as_string(), "materi");
    EXPECT_TRUE(l1.at("items").as_array()[2].at("mean").is_null());  // pengajar unanswered
    EXPECT_EQ(o.at("settings").at("min_pairs").as_int64(), 5);
    EXPECT_EQ(o.at("windows").at("skm_before").as_array()[0].as_string(), "2025-09-16");
    EXPECT_FALSE(o.at("missing").as_array().empty());
    EXPECT_EQ(o.at("missing").as_array()[0].at("level").as_string(), "L4");
}

TEST(EvaluationJsonTest, DataKurangHasNoPrimary) {
    auto in = Learning();
    in.tests.resize(2);
    const auto e = evaluation::EvaluateOffering(in, evaluation::Settings{});
    const auto o = OfferingJson(e, evaluation::Settings{});
    EXPECT_EQ(o.at("verdict").as_string(), "data_kurang");
    EXPECT_TRUE(o.at("primary").is_null());
    EXPECT_TRUE(o.at("primary_p").is_null());
    EXPECT_TRUE(o.at("levels").at("L2").at("t").is_number());  // computed though not enough for a verdict
}

TEST(EvaluationJsonTest, YearCountsAndQ) {
    std::vector<evaluation::OfferingEvaluation> list{evaluation::EvaluateOffering(Learning(), evaluation::Settings{})};
    auto short_in = Learning();
    short_in.offering = "O2";
    short_in.tests.clear();
    list.push_back(evaluation::EvaluateOffering(short_in, evaluation::Settings{}));
    const auto y = evaluation::EvaluateYear(2026, std::move(list));
    const auto o = YearJson(y, evaluation::Settings{});
    EXPECT_EQ(o.at("year").as_int64(), 2026);
    EXPECT_EQ(o.at("counts").at("efektif").as_int64(), 1);
    EXPECT_EQ(o.at("counts").at("data_kurang").as_int64(), 1);
    EXPECT_EQ(o.at("counts").at("menurun").as_int64(), 0);
    const auto& items = o.at("offerings").as_array();
    ASSERT_EQ(items.size(), 2u);
    EXPECT_TRUE(items[0].at("q").is_number());
    EXPECT_TRUE(items[1].at("q").is_null());
    EXPECT_FALSE(items[0].as_object().contains("settings"));
}

TEST(EvaluationJsonTest, TextFormsAndPlainJson) {
    const auto e = evaluation::EvaluateOffering(Learning(), evaluation::Settings{});
    const std::string text = JsonText(OfferingJson(e, evaluation::Settings{}));
    EXPECT_EQ(text.back(), '\n');
    EXPECT_EQ(text.find("E0"), std::string::npos);
    EXPECT_TRUE(json::parse(text).is_object());
    EXPECT_THAT(OfferingText(e, domain::Lang::id), HasSubstr("Verdict: efektif"));
    EXPECT_THAT(OfferingText(e, domain::Lang::en), HasSubstr("rose significantly"));
    UnitIkmReport r{"U1", "Puskesmas", "OPD1", std::nullopt, std::nullopt, {}};
    EXPECT_THAT(UnitIkmText(r, domain::Lang::id), HasSubstr("tidak dapat dihitung"));
    const auto y = evaluation::EvaluateYear(2026, {e});
    EXPECT_THAT(YearText(y, domain::Lang::en), HasSubstr("O1\tefektif\tL2\tp="));
}

}  // namespace
}  // namespace bangkom::services
