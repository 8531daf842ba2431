#include "evaluation/feedback360.hpp"

#include <gtest/gtest.h>

#include <string>
#include <vector>

namespace bangkom::evaluation {
namespace {

using domain::Date;
using domain::Lang;
using domain::Relationship;

Date Day(const char* iso) {
    return *Date::ParseIso(iso);
}

std::string Identity(const std::string& nip) {
    return nip;
}

TEST(FeedbackWindowTest, BeforeIsTheDaysBeforeTheStartAndAfterIsMonthsThreeToSix) {
    Settings s;
    const auto before = FeedbackWindow(FeedbackPhase::sebelum, Day("2026-03-02"), Day("2026-03-06"), s);
    EXPECT_EQ(before.from.ToIso(), "2025-09-03");  // 180 days before the start
    EXPECT_EQ(before.to.ToIso(), "2026-03-01");
    const auto after = FeedbackWindow(FeedbackPhase::sesudah, Day("2026-03-02"), Day("2026-03-06"), s);
    EXPECT_EQ(after.from.ToIso(), "2026-06-06");
    EXPECT_EQ(after.to.ToIso(), "2026-09-06");
    s.feedback_before_days = 30;
    EXPECT_EQ(FeedbackWindow(FeedbackPhase::sebelum, Day("2026-03-02"), Day("2026-03-06"), s).from.ToIso(),
              "2026-01-31");
}

TEST(FeedbackWindowTest, PhaseCodesRoundTrip) {
    EXPECT_EQ(FeedbackPhaseOf("sebelum"), FeedbackPhase::sebelum);
    EXPECT_EQ(FeedbackPhaseOf("sesudah"), FeedbackPhase::sesudah);
    EXPECT_FALSE(FeedbackPhaseOf("Sebelum").has_value());
    EXPECT_FALSE(FeedbackPhaseOf("").has_value());
    EXPECT_EQ(Code(FeedbackPhase::sesudah), "sesudah");
}

TEST(CampaignStateTest, OpenFromTheFirstToTheLastDayIncluded) {
    const Date opens = Day("2026-01-05"), closes = Day("2026-01-20");
    EXPECT_EQ(CampaignStateOf(opens, closes, Day("2026-01-04")), CampaignState::not_open);
    EXPECT_EQ(CampaignStateOf(opens, closes, opens), CampaignState::open);
    EXPECT_EQ(CampaignStateOf(opens, closes, closes), CampaignState::open);
    EXPECT_EQ(CampaignStateOf(opens, closes, Day("2026-01-21")), CampaignState::closed);
    EXPECT_EQ(Code(CampaignState::closed), "ditutup");
    EXPECT_EQ(Code(CampaignState::not_open), "belum_dibuka");
}

// S supervises P1, P2, Q1…Q6; P1 supervises B1…B6; X has no supervisor recorded.
std::vector<Colleague> Office() {
    std::vector<Colleague> out{{"S", ""}, {"P1", "S"}, {"P2", "S"}, {"X", ""}};
    for (int i = 1; i <= 6; ++i) out.push_back({"Q" + std::to_string(i), "S"});
    for (int i = 1; i <= 6; ++i) out.push_back({"B" + std::to_string(i), "P1"});
    return out;
}

std::vector<std::string> RatersOf(const std::vector<RaterChoice>& choices, const std::string& rated, Relationship r) {
    std::vector<std::string> out;
    for (const auto& c : choices) {
        if (c.rated == rated && c.relationship == r) out.push_back(c.rater);
    }
    return out;
}

TEST(ChooseRatersTest, SelfSupervisorFivePeersAndFiveSubordinatesInKeyedOrder) {
    const std::vector<std::string> participants{"P1"};
    const auto everyone = Office();
    const auto choices = ChooseRaters(participants, everyone, Identity);
    EXPECT_EQ(RatersOf(choices, "P1", Relationship::mandiri), std::vector<std::string>{"P1"});
    EXPECT_EQ(RatersOf(choices, "P1", Relationship::atasan), std::vector<std::string>{"S"});
    // seven colleagues share S: the first five by key, never P1 itself
    EXPECT_EQ(RatersOf(choices, "P1", Relationship::rekan), (std::vector<std::string>{"P2", "Q1", "Q2", "Q3", "Q4"}));
    EXPECT_EQ(RatersOf(choices, "P1", Relationship::bawahan), (std::vector<std::string>{"B1", "B2", "B3", "B4", "B5"}));
    EXPECT_EQ(choices.size(), 12u);

    // a different key picks different peers (the last five by NIP), listed in NIP order like every choice
    const auto reversed = ChooseRaters(participants, everyone, [](const std::string& nip) {
        std::string k = nip;
        for (auto& ch : k) ch = static_cast<char>(255 - static_cast<unsigned char>(ch));
        return k;
    });
    EXPECT_EQ(RatersOf(reversed, "P1", Relationship::rekan), (std::vector<std::string>{"Q2", "Q3", "Q4", "Q5", "Q6"}));
}

TEST(ChooseRatersTest, NoSupervisorMeansNoPeersAndAnUnknownSupervisorIsNotAsked) {
    std::vector<Colleague> everyone{{"X", ""}, {"Y", "GONE"}, {"Z", "GONE"}};
    const std::vector<std::string> participants{"X", "Y", "X"};
    const auto choices = ChooseRaters(participants, everyone, Identity);
    EXPECT_EQ(RatersOf(choices, "X", Relationship::mandiri), std::vector<std::string>{"X"});
    EXPECT_TRUE(RatersOf(choices, "X", Relationship::rekan).empty());
    EXPECT_TRUE(RatersOf(choices, "Y", Relationship::atasan).empty());                      // GONE is not an employee
    EXPECT_EQ(RatersOf(choices, "Y", Relationship::rekan), std::vector<std::string>{"Z"});  // still a peer
    EXPECT_EQ(choices.size(), 3u);  // X once although listed twice
}

TEST(FeedbackWordingTest, ScaleAndQuestionInBothLanguages) {
    EXPECT_EQ(FeedbackScale().front().id, "Sangat kurang");
    EXPECT_EQ(FeedbackScale().back().en, "Very good");
    EXPECT_NE(FeedbackQuestion(Relationship::rekan, "Siti", Lang::id).find("Siti"), std::string::npos);
    EXPECT_NE(FeedbackQuestion(Relationship::rekan, "Siti", Lang::en).find("How well does Siti"), std::string::npos);
    EXPECT_EQ(FeedbackQuestion(Relationship::mandiri, "Siti", Lang::id).find("Siti"), std::string::npos);
}

FeedbackScore Row(const char* rater, Relationship r, const char* competency, double score) {
    return FeedbackScore{"P1", rater, r, competency, score};
}

TEST(SummarizeFeedbackTest, PeersAreHiddenBelowThreeRatersAndOthersLeavesThemOut) {
    const std::vector<FeedbackScore> rows{
        Row("s", Relationship::atasan, "K1", 4),   Row("p", Relationship::mandiri, "K1", 5),
        Row("r1", Relationship::rekan, "K1", 2),   Row("r2", Relationship::rekan, "K1", 1),
        Row("b1", Relationship::bawahan, "K1", 3), Row("b2", Relationship::bawahan, "K1", 4),
        Row("b3", Relationship::bawahan, "K1", 5), Row("s", Relationship::atasan, "K2", 2)};
    const std::vector<std::string> competencies{"K1", "K2", "K3"};
    const auto out = SummarizeFeedback(rows, competencies);
    ASSERT_EQ(out.size(), 3u);
    const auto& k1 = out[0];
    const auto& peers = k1.groups[static_cast<size_t>(Relationship::rekan)];
    EXPECT_TRUE(peers.hidden);
    EXPECT_EQ(peers.raters, 2);
    EXPECT_FALSE(peers.mean.has_value());
    const auto& subs = k1.groups[static_cast<size_t>(Relationship::bawahan)];
    EXPECT_FALSE(subs.hidden);
    EXPECT_DOUBLE_EQ(*subs.mean, 4.0);
    EXPECT_DOUBLE_EQ(*k1.groups[static_cast<size_t>(Relationship::atasan)].mean, 4.0);
    EXPECT_DOUBLE_EQ(*k1.groups[static_cast<size_t>(Relationship::mandiri)].mean, 5.0);
    // others = supervisor 4 and subordinates 3, 4, 5 — the hidden peers' 2 and 1 left out, the self-rating too
    EXPECT_DOUBLE_EQ(*k1.others, 4.0);
    EXPECT_DOUBLE_EQ(*out[1].others, 2.0);
    EXPECT_FALSE(out[2].others.has_value());  // nobody rated K3
    EXPECT_EQ(out[2].groups[0].raters, 0);
}

TEST(SummarizeFeedbackTest, RatersAreCountedByHashAndRowsWithoutOneCountAsOne) {
    const std::vector<FeedbackScore> rows{Row("", Relationship::rekan, "K1", 3), Row("", Relationship::rekan, "K1", 5),
                                          Row("r1", Relationship::rekan, "K1", 4)};
    const std::vector<std::string> competencies{"K1"};
    auto out = SummarizeFeedback(rows, competencies);
    EXPECT_EQ(out[0].groups[static_cast<size_t>(Relationship::rekan)].raters, 2);
    EXPECT_TRUE(out[0].groups[static_cast<size_t>(Relationship::rekan)].hidden);

    auto more = rows;
    more.push_back(Row("r2", Relationship::rekan, "K1", 2));
    out = SummarizeFeedback(more, competencies);
    const auto& peers = out[0].groups[static_cast<size_t>(Relationship::rekan)];
    EXPECT_EQ(peers.raters, 3);
    EXPECT_FALSE(peers.hidden);
    EXPECT_DOUBLE_EQ(*peers.mean, 3.5);  // every score counts: (3 + 5 + 4 + 2) / 4
}

TEST(PoolFeedbackTest, APersonsHiddenGroupNeverEntersThePool) {
    const std::vector<std::string> competencies{"K1"};
    // person A: one peer scored 1 (hidden); person B: three peers scored 4, 4, 5
    const std::vector<FeedbackScore> a{{"A", "x", Relationship::rekan, "K1", 1}};
    const std::vector<FeedbackScore> b{{"B", "p", Relationship::rekan, "K1", 4},
                                       {"B", "q", Relationship::rekan, "K1", 4},
                                       {"B", "r", Relationship::rekan, "K1", 5},
                                       {"B", "s", Relationship::atasan, "K1", 3}};
    const std::vector<std::vector<CompetencyFeedback>> people{SummarizeFeedback(a, competencies),
                                                              SummarizeFeedback(b, competencies)};
    const auto pooled = PoolFeedback(people, competencies);
    const auto& peers = pooled[0].groups[static_cast<size_t>(Relationship::rekan)];
    EXPECT_EQ(peers.raters, 3);
    EXPECT_FALSE(peers.hidden);
    EXPECT_NEAR(*peers.mean, 13.0 / 3, 1e-12);
    EXPECT_DOUBLE_EQ(*pooled[0].others, 4.0);  // (4 + 4 + 5 + 3) / 4
}

}  // namespace
}  // namespace bangkom::evaluation
