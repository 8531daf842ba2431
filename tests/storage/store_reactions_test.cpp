// Contract: the reaction survey answered in the app (issue 8) — the answer is an ordinary `reaksi` row (without NIP
// when anonymous), the mark that the participant answered is kept apart, and a second answer stores nothing. Runs
// on SQLite and PostgreSQL.

#include <gmock/gmock.h>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

domain::ReactionAnswer Answer(const std::string& offering, std::optional<domain::Nip> nip, int value,
                              const std::string& suggestion) {
    domain::ReactionAnswer a;
    a.offering_code = offering;
    a.nip = std::move(nip);
    a.items = {value, value, std::nullopt, value, value, value};
    a.suggestion = suggestion;
    return a;
}

std::vector<domain::ReactionAnswer> Reactions(Store& store) {
    ListQuery query;
    query.limit = 0;
    auto page = store.List(domain::Kind::reaksi, query);
    EXPECT_TRUE(page.ok());
    return page.ok() ? std::get<std::vector<domain::ReactionAnswer>>(page->items)
                     : std::vector<domain::ReactionAnswer>{};
}

TEST_P(StoreContract, ReactionAnswerIsStoredWithoutNipWhenAnonymousAndMarkedApart) {
    SeedWorld(store());
    MustUpsert(store(), std::vector<domain::Offering>{MakeOffering("AN2", "PR1")});
    auto& d = store().Delivery();
    const std::string n1 = TestNip(1).str();
    const std::string n2 = TestNip(2).str();
    ASSERT_TRUE(d.SubmitReaction(Answer("AN1", std::nullopt, 5, "Lebih banyak praktik"), n1).ok());
    auto named = d.SubmitReaction(Answer("AN1", TestNip(2), 3, ""), n2);
    ASSERT_TRUE(named.ok()) << named.error().message;
    ASSERT_TRUE(d.SubmitReaction(Answer("AN2", std::nullopt, 4, ""), n1).ok());

    auto rows = Reactions(store());
    ASSERT_EQ(rows.size(), 3u);
    int anonymous = 0;
    for (const auto& r : rows) {
        if (!r.nip) ++anonymous;
        // an anonymous row's id is random, far above the database's own: no order to line up with the marks
        if (!r.nip) {
            EXPECT_GE(r.id, int64_t{1} << 40);
        }
        EXPECT_FALSE(r.items[2].has_value());  // an unanswered item stays unanswered
        if (r.suggestion == "Lebih banyak praktik") {
            EXPECT_FALSE(r.nip.has_value());
            EXPECT_EQ(r.items[0], 5);
        }
        if (r.nip) {
            EXPECT_EQ(r.nip->str(), n2);
            EXPECT_EQ(r.items[5], 3);
        }
    }
    EXPECT_EQ(anonymous, 2);

    auto of_an1 = d.ReactionReceipts("AN1", "");
    ASSERT_TRUE(of_an1.ok()) << of_an1.error().message;
    EXPECT_THAT(*of_an1, ElementsAre(ReactionReceipt{"AN1", n1}, ReactionReceipt{"AN1", n2}));
    auto of_n1 = d.ReactionReceipts("", n1);
    ASSERT_TRUE(of_n1.ok());
    EXPECT_THAT(*of_n1, ElementsAre(ReactionReceipt{"AN1", n1}, ReactionReceipt{"AN2", n1}));
    auto one = d.ReactionReceipts("AN2", n2);
    ASSERT_TRUE(one.ok());
    EXPECT_TRUE(one->empty());
}

TEST_P(StoreContract, ReactionSecondAnswerIsRefusedAndStoresNothing) {
    SeedWorld(store());
    auto& d = store().Delivery();
    const std::string n1 = TestNip(1).str();
    ASSERT_TRUE(d.SubmitReaction(Answer("AN1", std::nullopt, 5, "pertama"), n1).ok());
    auto again = d.SubmitReaction(Answer("AN1", TestNip(1), 1, "kedua"), n1);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_THAT(again.error().message, HasSubstr("sudah Anda isi"));
    auto rows = Reactions(store());
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].suggestion, "pertama");
}

TEST_P(StoreContract, ReactionForAnUnknownOfferingStoresNothing) {
    SeedWorld(store());
    auto& d = store().Delivery();
    auto unknown = d.SubmitReaction(Answer("TIDAK-ADA", std::nullopt, 4, ""), TestNip(1).str());
    ASSERT_FALSE(unknown.ok());
    auto marks = d.ReactionReceipts("", "");
    ASSERT_TRUE(marks.ok());
    EXPECT_TRUE(marks->empty());
    EXPECT_TRUE(Reactions(store()).empty());
}

}  // namespace
}  // namespace bangkom::storage::contract
