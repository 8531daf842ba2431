// Contract: 360 campaigns run in the app (issue 8) — a campaign per offering and phase with its invitations, stored
// together or not at all; an answer appends ordinary umpan_balik_360 rows and marks its invitation in one
// transaction, once. Runs on SQLite and PostgreSQL.

#include <gmock/gmock.h>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

using domain::Relationship;
using ::testing::ElementsAre;

FeedbackCampaign Campaign(const std::string& offering, const std::string& phase) {
    return FeedbackCampaign{0, offering, phase, "2026-01-05", "2026-02-20", 7, 1'767'000'000};
}

std::vector<domain::Feedback360> Scores(const domain::Nip& rated, const std::string& hash, Relationship r,
                                        std::initializer_list<std::pair<const char*, double>> scores) {
    std::vector<domain::Feedback360> out;
    for (const auto& [code, score] : scores) {
        out.push_back(domain::Feedback360{0, rated, hash, r, code, score, *domain::Date::ParseIso("2026-01-10")});
    }
    return out;
}

std::vector<domain::Feedback360> StoredFeedback(Store& store) {
    ListQuery query;
    query.limit = 0;
    auto page = store.List(domain::Kind::umpan_balik_360, query);
    EXPECT_TRUE(page.ok());
    return page.ok() ? std::get<std::vector<domain::Feedback360>>(page->items) : std::vector<domain::Feedback360>{};
}

TEST_P(StoreContract, FeedbackCampaignIsStoredWithItsInvitationsOncePerPhase) {
    SeedWorld(store());
    auto& f = store().Feedback();
    const std::string n1 = TestNip(1).str(), n2 = TestNip(2).str(), n3 = TestNip(3).str();
    const std::vector<FeedbackInvitation> invitations{{0, n2, n2, Relationship::mandiri, false},
                                                      {0, n1, n2, Relationship::atasan, false},
                                                      {0, n3, n2, Relationship::rekan, false}};
    auto id = f.CreateCampaign(Campaign("AN1", "sebelum"), invitations);
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_GT(*id, 0);

    auto again = f.CreateCampaign(Campaign("AN1", "sebelum"), invitations);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    auto after = f.CreateCampaign(Campaign("AN1", "sesudah"), {{0, n2, n2, Relationship::mandiri, false}});
    ASSERT_TRUE(after.ok()) << after.error().message;
    EXPECT_NE(*after, *id);

    auto found = f.FindCampaign(*id);
    ASSERT_TRUE(found.ok());
    FeedbackCampaign expected = Campaign("AN1", "sebelum");
    expected.id = *id;
    EXPECT_EQ(*found, expected);
    EXPECT_EQ(f.FindCampaign(*after + 100).error().code, ErrorCode::not_found);

    auto listed = f.Campaigns("AN1");
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 2u);
    EXPECT_EQ((*listed)[0].phase, "sebelum");  // sorted by (offering, phase)
    EXPECT_EQ((*listed)[1].phase, "sesudah");
    EXPECT_TRUE(f.Campaigns("AN9")->empty());

    auto mine = f.Invitations(*id, "", n2);
    ASSERT_TRUE(mine.ok());
    // sorted by (campaign, rated, rater)
    EXPECT_THAT(*mine, ElementsAre(FeedbackInvitation{*id, n1, n2, Relationship::atasan, false},
                                   FeedbackInvitation{*id, n2, n2, Relationship::mandiri, false},
                                   FeedbackInvitation{*id, n3, n2, Relationship::rekan, false}));
    auto as_rater = f.Invitations(0, n2, "");
    ASSERT_TRUE(as_rater.ok());
    EXPECT_EQ(as_rater->size(), 2u);  // self-rating in both campaigns
}

TEST_P(StoreContract, FeedbackCampaignDaysChangeInPlace) {
    SeedWorld(store());
    auto& f = store().Feedback();
    const std::string n2 = TestNip(2).str();
    auto id = f.CreateCampaign(Campaign("AN1", "sebelum"), {{0, n2, n2, Relationship::mandiri, false}});
    ASSERT_TRUE(id.ok()) << id.error().message;
    ASSERT_TRUE(f.SetCampaignDays(*id, "2026-01-08", "2026-03-01").ok());
    auto found = f.FindCampaign(*id);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->opens, "2026-01-08");
    EXPECT_EQ(found->closes, "2026-03-01");
    EXPECT_EQ(found->phase, "sebelum");  // nothing else moves
    EXPECT_EQ(f.Invitations(*id, "", "")->size(), 1u);
    EXPECT_EQ(f.SetCampaignDays(*id + 100, "2026-01-08", "2026-03-01").error().code, ErrorCode::not_found);
}

TEST_P(StoreContract, FeedbackCampaignWithAnUnknownRaterStoresNothing) {
    SeedWorld(store());
    auto& f = store().Feedback();
    auto id = f.CreateCampaign(Campaign("AN1", "sebelum"),
                               {{0, TestNip(2).str(), TestNip(2).str(), Relationship::mandiri, false},
                                {0, TestNip(9).str(), TestNip(2).str(), Relationship::rekan, false}});
    ASSERT_FALSE(id.ok());
    EXPECT_TRUE(f.Campaigns("")->empty());  // the campaign went with the failing invitation
}

TEST_P(StoreContract, FeedbackAnswerAppendsRowsAndMarksTheInvitationOnce) {
    SeedWorld(store());
    auto& f = store().Feedback();
    const std::string n1 = TestNip(1).str(), n2 = TestNip(2).str(), n3 = TestNip(3).str();
    auto id = f.CreateCampaign(Campaign("AN1", "sebelum"),
                               {{0, n1, n2, Relationship::atasan, false}, {0, n3, n2, Relationship::rekan, false}});
    ASSERT_TRUE(id.ok());
    const FeedbackInvitation boss{*id, n1, n2, Relationship::atasan, false};
    auto rows = Scores(TestNip(2), "hash-of-1", Relationship::atasan, {{"K1", 4}, {"K2", 3}});
    auto ok = f.SubmitFeedback(boss, rows);
    ASSERT_TRUE(ok.ok()) << ok.error().message;

    auto stored = StoredFeedback(store());
    ASSERT_EQ(stored.size(), 2u);
    for (const auto& r : stored) {
        EXPECT_EQ(r.rated_nip, TestNip(2));
        EXPECT_EQ(r.rater_hash, "hash-of-1");
        EXPECT_EQ(r.relationship, Relationship::atasan);
        EXPECT_EQ(r.date.ToIso(), "2026-01-10");
    }
    EXPECT_EQ(stored[0].score + stored[1].score, 7);
    auto marked = f.Invitations(*id, n1, n2);
    ASSERT_TRUE(marked.ok());
    ASSERT_EQ(marked->size(), 1u);
    EXPECT_TRUE(marked->front().answered);
    EXPECT_FALSE(f.Invitations(*id, n3, n2)->front().answered);

    auto twice = f.SubmitFeedback(boss, rows);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::conflict);
    EXPECT_EQ(StoredFeedback(store()).size(), 2u);  // nothing more stored

    auto stranger = f.SubmitFeedback({*id, TestNip(4).str(), n2, Relationship::rekan, false}, rows);
    ASSERT_FALSE(stranger.ok());
    EXPECT_EQ(stranger.error().code, ErrorCode::not_found);
    EXPECT_EQ(StoredFeedback(store()).size(), 2u);
}

TEST_P(StoreContract, FeedbackAnswerWithABadRowStoresNothingAndLeavesTheInvitationOpen) {
    SeedWorld(store());
    auto& f = store().Feedback();
    const std::string n1 = TestNip(1).str(), n2 = TestNip(2).str();
    auto id = f.CreateCampaign(Campaign("AN1", "sebelum"), {{0, n1, n2, Relationship::atasan, false}});
    ASSERT_TRUE(id.ok());
    // K9 is not in the dictionary: the foreign key refuses the row, and the mark goes with it
    auto bad = f.SubmitFeedback({*id, n1, n2, Relationship::atasan, false},
                                Scores(TestNip(2), "h", Relationship::atasan, {{"K1", 4}, {"K9", 3}}));
    ASSERT_FALSE(bad.ok());
    EXPECT_TRUE(StoredFeedback(store()).empty());
    EXPECT_FALSE(f.Invitations(*id, n1, n2)->front().answered);
}

}  // namespace
}  // namespace bangkom::storage::contract
