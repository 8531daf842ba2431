// Contract: the learning record store (issue 7) — clients, statements stored once and immutable, voiding, queries
// by verb / activity / agent / registration / time with a paging cursor in both directions. SQLite and PostgreSQL.

#include <gmock/gmock.h>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

XapiStatementRow Row(int n, const std::string& verb, const std::string& activity, const std::string& agent) {
    XapiStatementRow r;
    r.id = "00000000-0000-4000-8000-" + std::string(12 - std::to_string(n).size(), '0') + std::to_string(n);
    r.client_id = 1;
    r.stored = "2026-11-29T10:00:" + std::string(n < 10 ? "0" : "") + std::to_string(n) + ".000Z";
    r.verb = verb;
    r.activity = activity;
    r.agent = agent;
    r.body = R"({"id":")" + r.id + R"(","n":)" + std::to_string(n) + "}";
    return r;
}

std::vector<std::string> Ids(const std::vector<XapiStatementRow>& rows) {
    std::vector<std::string> out;
    out.reserve(rows.size());
    for (const auto& r : rows) out.push_back(r.id.substr(24));
    return out;
}

TEST_P(StoreContract, XapiClientsAreFoundByKeyAndSwitchedOff) {
    auto& x = store().Xapi();
    auto id = x.CreateClient(XapiClient{0, "Konten Pelayanan Prima", "k1", "hash", true, 100, 7});
    ASSERT_TRUE(id.ok()) << id.error().message;
    auto twice = x.CreateClient(XapiClient{0, "lain", "k1", "hash2", true, 101, 7});
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::conflict);
    auto found = x.FindClient("k1");
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->id, *id);
    EXPECT_EQ(found->name, "Konten Pelayanan Prima");
    EXPECT_EQ(found->secret_hash, "hash");
    EXPECT_TRUE(found->active);
    ASSERT_TRUE(x.SetClientActive(*id, false).ok());
    EXPECT_FALSE(x.FindClient("k1")->active);
    EXPECT_EQ(x.SetClientActive(*id + 100, false).error().code, ErrorCode::not_found);
    EXPECT_EQ(x.FindClient("k2").error().code, ErrorCode::not_found);
    EXPECT_EQ(x.ListClients()->size(), 1u);
}

TEST_P(StoreContract, XapiStatementsAreStoredOnceAndNeverChanged) {
    auto& x = store().Xapi();
    std::vector<XapiStatementRow> batch{Row(1, "v:a", "act:1", "ag:1"), Row(2, "v:b", "act:1", "ag:2")};
    auto stored = x.StoreStatements(batch);
    ASSERT_TRUE(stored.ok()) << stored.error().message;
    EXPECT_EQ(*stored, (std::vector<bool>{true, true}));
    EXPECT_GT(batch[1].seq, batch[0].seq);
    std::vector<XapiStatementRow> same{Row(1, "v:a", "act:1", "ag:1"), Row(3, "v:a", "act:2", "ag:1")};
    auto again = x.StoreStatements(same);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ(*again, (std::vector<bool>{false, true}));
    // Another body under a stored id: the whole batch is refused, the new statement 4 included.
    auto changed = Row(1, "v:a", "act:1", "ag:1");
    changed.body = R"({"id":"x","changed":true})";
    std::vector<XapiStatementRow> conflict{Row(4, "v:a", "act:1", "ag:1"), changed};
    auto refused = x.StoreStatements(conflict);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::conflict);
    EXPECT_EQ(x.GetStatement(Row(4, "", "", "").id).error().code, ErrorCode::not_found);
    auto one = x.GetStatement(Row(1, "", "", "").id);
    ASSERT_TRUE(one.ok());
    EXPECT_EQ(one->body, Row(1, "v:a", "act:1", "ag:1").body);
    EXPECT_EQ(one->verb, "v:a");
    EXPECT_FALSE(one->voided);
}

TEST_P(StoreContract, XapiVoidingHidesTheTargetFromQueriesOnly) {
    auto& x = store().Xapi();
    std::vector<XapiStatementRow> batch{Row(1, "v:a", "act:1", "ag:1"), Row(2, "v:a", "act:1", "ag:1")};
    ASSERT_TRUE(x.StoreStatements(batch).ok());
    auto voiding = Row(3, "http://adlnet.gov/expapi/verbs/voided", "", "ag:1");
    voiding.voids = batch[0].id;
    std::vector<XapiStatementRow> v{voiding};
    ASSERT_TRUE(x.StoreStatements(v).ok());
    EXPECT_TRUE(x.GetStatement(batch[0].id)->voided);
    XapiQuery q;
    q.verb = "v:a";
    auto rows = x.QueryStatements(q);
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(Ids(*rows), (std::vector<std::string>{"000000000002"}));
    // A voiding statement is never voided itself.
    auto again = Row(4, "http://adlnet.gov/expapi/verbs/voided", "", "ag:1");
    again.voids = voiding.id;
    std::vector<XapiStatementRow> w{again};
    ASSERT_TRUE(x.StoreStatements(w).ok());
    EXPECT_FALSE(x.GetStatement(voiding.id)->voided);
}

TEST_P(StoreContract, XapiQueriesFilterAndPageBothWays) {
    auto& x = store().Xapi();
    std::vector<XapiStatementRow> batch;
    for (int n = 1; n <= 7; ++n)
        batch.push_back(Row(n, n % 2 ? "v:odd" : "v:even", "act:" + std::to_string(n % 3), "ag:1"));
    batch[6].registration = "reg-1";
    batch[6].agent = "ag:2";
    ASSERT_TRUE(x.StoreStatements(batch).ok());
    XapiQuery q;
    q.limit = 2;
    auto page = x.QueryStatements(q);  // newest first, one extra row to tell there is more
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(Ids(*page), (std::vector<std::string>{"000000000007", "000000000006", "000000000005"}));
    q.after = (*page)[1].seq;
    EXPECT_EQ(Ids(*x.QueryStatements(q)), (std::vector<std::string>{"000000000005", "000000000004", "000000000003"}));
    q = XapiQuery{};
    q.ascending = true;
    q.limit = 3;
    q.verb = "v:odd";
    EXPECT_EQ(Ids(*x.QueryStatements(q)),
              (std::vector<std::string>{"000000000001", "000000000003", "000000000005", "000000000007"}));
    q = XapiQuery{};
    q.activity = "act:1";
    EXPECT_EQ(Ids(*x.QueryStatements(q)), (std::vector<std::string>{"000000000007", "000000000004", "000000000001"}));
    q = XapiQuery{};
    q.agent = "ag:2";
    EXPECT_EQ(Ids(*x.QueryStatements(q)), (std::vector<std::string>{"000000000007"}));
    q = XapiQuery{};
    q.registration = "reg-1";
    EXPECT_EQ(Ids(*x.QueryStatements(q)), (std::vector<std::string>{"000000000007"}));
    q = XapiQuery{};
    q.since = batch[2].stored;
    q.until = batch[4].stored;
    EXPECT_EQ(Ids(*x.QueryStatements(q)), (std::vector<std::string>{"000000000005", "000000000004"}));
}

TEST_P(StoreContract, XapiStateDocumentsByKeyListedSinceAndDeleted) {
    auto& x = store().Xapi();
    const XapiStateKey a{"https://contoh.go.id/a", "mbox:mailto:siti@contoh.go.id", "", "resume"};
    XapiStateKey b = a;
    b.state_id = "bookmark";
    XapiStateKey registered = a;
    registered.registration = "6fa459ea-ee8a-3ca4-894e-db77e160355e";
    EXPECT_EQ(x.GetState(a).error().code, ErrorCode::not_found);
    ASSERT_TRUE(x.PutState(XapiStateRow{a, "eyJwYWdlIjoxfQ==", "application/json", "\"e1\"", 1000}).ok());
    ASSERT_TRUE(x.PutState(XapiStateRow{b, "aGFsbw==", "text/plain", "\"e2\"", 2000}).ok());
    ASSERT_TRUE(x.PutState(XapiStateRow{registered, "eA==", "text/plain", "\"e3\"", 3000}).ok());
    auto got = x.GetState(a);
    ASSERT_TRUE(got.ok()) << got.error().message;
    EXPECT_EQ(got->content, "eyJwYWdlIjoxfQ==");
    EXPECT_EQ(got->etag, "\"e1\"");
    ASSERT_TRUE(x.PutState(XapiStateRow{a, "e30=", "application/json", "\"e4\"", 4000}).ok());  // replaced
    EXPECT_EQ(x.GetState(a)->etag, "\"e4\"");
    EXPECT_THAT(*x.StateIds(a, 0), testing::ElementsAre("bookmark", "resume"));  // registration "" only
    EXPECT_THAT(*x.StateIds(a, 2500), testing::ElementsAre("resume"));
    EXPECT_THAT(*x.StateIds(registered, 0), testing::ElementsAre("resume"));
    ASSERT_TRUE(x.DeleteState(b).ok());
    EXPECT_THAT(*x.StateIds(a, 0), testing::ElementsAre("resume"));
    XapiStateKey all = a;
    all.state_id.clear();
    ASSERT_TRUE(x.DeleteState(all).ok());
    EXPECT_TRUE(x.StateIds(a, 0)->empty());
    EXPECT_TRUE(x.GetState(registered).ok());  // another registration is kept
}

TEST_P(StoreContract, XapiStatePutIfStoresOnlyOverTheDocumentItRead) {
    auto& x = store().Xapi();
    const XapiStateKey a{"https://contoh.go.id/a", "mbox:mailto:siti@contoh.go.id", "", "resume"};
    // absent expected: stored once; a second "must not exist" write loses and stores nothing
    ASSERT_TRUE(x.PutStateIf(XapiStateRow{a, "MQ==", "text/plain", "\"e1\"", 1000}, "").ok());
    auto again = x.PutStateIf(XapiStateRow{a, "Mg==", "text/plain", "\"e2\"", 2000}, "");
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    EXPECT_EQ(x.GetState(a)->etag, "\"e1\"");
    // over the ETag read: stored; over a stale ETag: refused, the newer document kept
    ASSERT_TRUE(x.PutStateIf(XapiStateRow{a, "Mw==", "text/plain", "\"e3\"", 3000}, "\"e1\"").ok());
    auto stale = x.PutStateIf(XapiStateRow{a, "NA==", "text/plain", "\"e4\"", 4000}, "\"e1\"");
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::conflict);
    auto kept = x.GetState(a);
    ASSERT_TRUE(kept.ok());
    EXPECT_EQ(kept->content, "Mw==");
    EXPECT_EQ(kept->updated_ms, 3000);
    // a document that is gone is not there to match
    ASSERT_TRUE(x.DeleteState(a).ok());
    EXPECT_EQ(x.PutStateIf(XapiStateRow{a, "NQ==", "text/plain", "\"e5\"", 5000}, "\"e3\"").error().code,
              ErrorCode::conflict);
    EXPECT_EQ(x.GetState(a).error().code, ErrorCode::not_found);
}

}  // namespace
}  // namespace bangkom::storage::contract
