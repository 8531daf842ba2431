// Contract: the participation repository (issue 5) — proposals with history and reviewer, +1 votes, windows,
// forum threads and posts, inbox. Runs on SQLite and PostgreSQL.

#include <gmock/gmock.h>

#include "domain/enums.hpp"
#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

using domain::ProposalStatus;
using ::testing::ElementsAre;

domain::Proposal MakeProposal(int employee, const std::string& competency, int year,
                              ProposalStatus status = ProposalStatus::draft) {
    domain::Proposal p;
    p.nip = TestNip(employee);
    p.competency_code = competency;
    p.year = year;
    p.reason = "Butuh untuk tugas baru";
    p.form = domain::DevelopmentForm::coaching;
    p.priority = 1;
    p.status = status;
    return p;
}

ProposalHistoryEntry Entry(const std::string& action, std::optional<ProposalStatus> from, ProposalStatus to,
                           int64_t at = 100, const std::string& comment = "") {
    ProposalHistoryEntry h;
    h.at = at;
    h.user_id = 9;
    h.username = "siti";
    h.action = action;
    h.from = from;
    h.to = to;
    h.comment = comment;
    return h;
}

Notification Note(int64_t user, const std::string& type, int64_t at) {
    Notification n;
    n.user_id = user;
    n.type = type;
    n.title_id = "Judul " + type;
    n.title_en = "Title " + type;
    n.created_at = at;
    return n;
}

class Participation : public StoreContract {
  protected:
    void SetUp() override {
        StoreContract::SetUp();
        SeedWorld(store());
    }
    ParticipationRepository& repo() { return store().Participation(); }

    int64_t Create(int employee, const std::string& competency, int year = 2027,
                   ProposalStatus status = ProposalStatus::draft, int64_t at = 100) {
        auto id = repo().CreateProposal(MakeProposal(employee, competency, year, status),
                                        Entry("create", std::nullopt, status, at), {}, at);
        EXPECT_TRUE(id.ok()) << id.error().message;
        return id.ok() ? *id : 0;
    }

    ProposalChange Change(int64_t id, ProposalStatus from, ProposalStatus to, int64_t at) {
        auto current = repo().GetProposal(id);
        EXPECT_TRUE(current.ok());
        ProposalChange c;
        c.proposal = current->proposal;
        c.proposal.status = to;
        c.expected_status = from;
        c.history = Entry("change", from, to, at);
        c.at = at;
        return c;
    }

    std::vector<int64_t> Ids(const ProposalFilter& filter) {
        auto list = repo().ListProposals(filter);
        EXPECT_TRUE(list.ok()) << list.error().message;
        std::vector<int64_t> ids;
        if (list.ok()) {
            for (const auto& v : *list) ids.push_back(v.proposal.id);
        }
        return ids;
    }
};

TEST_P(Participation, CreatedProposalReadsBackWithEmployeeReviewerAndHistory) {
    const int64_t id = Create(2, "K1");
    ASSERT_GT(id, 0);
    auto view = repo().GetProposal(id);
    ASSERT_TRUE(view.ok()) << view.error().message;
    EXPECT_EQ(view->proposal.nip, TestNip(2));
    EXPECT_EQ(view->proposal.competency_code, "K1");
    EXPECT_EQ(view->proposal.year, 2027);
    EXPECT_EQ(view->proposal.form, domain::DevelopmentForm::coaching);
    EXPECT_EQ(view->proposal.priority, 1);
    EXPECT_EQ(view->proposal.status, ProposalStatus::draft);
    EXPECT_EQ(view->name, "Siti Aminah");
    EXPECT_EQ(view->agency_code, "A1");
    EXPECT_EQ(view->agency_name, "Dinas Kesehatan");
    EXPECT_EQ(view->competency_name, "Pelayanan Publik");
    EXPECT_EQ(view->supervisor_nip, TestNip(1).str());
    EXPECT_EQ(view->reviewer_nip, TestNip(1).str());
    EXPECT_EQ(view->reviewer_name, "Budi Santoso");
    EXPECT_EQ(view->created_at, 100);
    EXPECT_EQ(view->votes, 0);
    auto history = repo().History(id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 1u);
    EXPECT_EQ((*history)[0].action, "create");
    EXPECT_FALSE((*history)[0].from.has_value());
    EXPECT_EQ((*history)[0].username, "siti");
}

TEST_P(Participation, DuplicateProposalIsConflictAndUnknownIdNotFound) {
    Create(2, "K1");
    auto again = repo().CreateProposal(MakeProposal(2, "K1", 2027),
                                       Entry("create", std::nullopt, ProposalStatus::draft), {}, 100);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    auto missing = repo().GetProposal(999);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

TEST_P(Participation, ChangeAppliesStatusHistoryCommentAndNotifications) {
    const int64_t id = Create(2, "K1", 2027, ProposalStatus::submitted);
    ProposalChange c = Change(id, ProposalStatus::submitted, ProposalStatus::returned, 200);
    c.last_comment = "Perjelas alasannya";
    c.history.comment = "Perjelas alasannya";
    c.notifications.push_back(Note(5, "proposal_decision", 200));
    ASSERT_TRUE(repo().ChangeProposal(c).ok());
    auto view = repo().GetProposal(id);
    ASSERT_TRUE(view.ok());
    EXPECT_EQ(view->proposal.status, ProposalStatus::returned);
    EXPECT_EQ(view->last_comment, "Perjelas alasannya");
    EXPECT_EQ(view->updated_at, 200);
    auto history = repo().History(id);
    ASSERT_TRUE(history.ok());
    ASSERT_EQ(history->size(), 2u);
    EXPECT_EQ((*history)[1].from, ProposalStatus::submitted);
    EXPECT_EQ((*history)[1].to, ProposalStatus::returned);
    EXPECT_EQ((*history)[1].comment, "Perjelas alasannya");
    EXPECT_EQ(*repo().UnreadCount(5), 1);
}

TEST_P(Participation, ChangeWithStaleStatusIsRejectedAndLeavesNoTrace) {
    const int64_t id = Create(2, "K1");
    ProposalChange c = Change(id, ProposalStatus::submitted, ProposalStatus::approved, 200);
    c.notifications.push_back(Note(5, "proposal_decision", 200));
    auto stale = repo().ChangeProposal(c);
    ASSERT_FALSE(stale.ok());
    EXPECT_EQ(stale.error().code, ErrorCode::failed_precondition);
    EXPECT_EQ(repo().GetProposal(id)->proposal.status, ProposalStatus::draft);
    EXPECT_EQ(repo().History(id)->size(), 1u);
    EXPECT_EQ(*repo().UnreadCount(5), 0);
    c.proposal.id = 999;
    auto missing = repo().ChangeProposal(c);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

TEST_P(Participation, ChangeToDuplicateCompetencyIsConflict) {
    Create(2, "K1");
    const int64_t second = Create(2, "K2");
    ProposalChange c = Change(second, ProposalStatus::draft, ProposalStatus::draft, 200);
    c.proposal.competency_code = "K1";
    auto dup = repo().ChangeProposal(c);
    ASSERT_FALSE(dup.ok());
    EXPECT_EQ(dup.error().code, ErrorCode::conflict);
}

TEST_P(Participation, ReassignedReviewerReplacesSupervisorAndCanBeCleared) {
    const int64_t id = Create(2, "K1", 2027, ProposalStatus::submitted);
    ProposalChange c = Change(id, ProposalStatus::submitted, ProposalStatus::submitted, 200);
    c.assigned_reviewer = TestNip(3).str();
    ASSERT_TRUE(repo().ChangeProposal(c).ok());
    auto view = repo().GetProposal(id);
    EXPECT_EQ(view->reviewer_nip, TestNip(3).str());
    EXPECT_EQ(view->assigned_reviewer, TestNip(3).str());
    EXPECT_EQ(view->reviewer_name, "Agus Salim");
    ProposalFilter mine;
    mine.reviewer_nip = TestNip(3).str();
    EXPECT_THAT(Ids(mine), ElementsAre(id));
    mine.reviewer_nip = TestNip(1).str();
    EXPECT_TRUE(Ids(mine).empty());
    c.assigned_reviewer = "";
    ASSERT_TRUE(repo().ChangeProposal(c).ok());
    EXPECT_EQ(repo().GetProposal(id)->reviewer_nip, TestNip(1).str());
}

TEST_P(Participation, FiltersSelectByScopeStatusYearAndSearch) {
    const int64_t siti = Create(2, "K1", 2027, ProposalStatus::submitted, 100);
    const int64_t agus = Create(3, "K2", 2027, ProposalStatus::draft, 200);
    const int64_t budi = Create(1, "K1", 2028, ProposalStatus::approved, 300);
    const int64_t dewi = Create(4, "K1", 2027, ProposalStatus::submitted, 400);
    EXPECT_THAT(Ids({}), ElementsAre(dewi, budi, agus, siti));  // most recently changed first
    ProposalFilter f;
    f.agency_code = "A1";
    EXPECT_THAT(Ids(f), ElementsAre(budi, agus, siti));
    f.exclude_nip = TestNip(3).str();
    f.statuses = {ProposalStatus::submitted, ProposalStatus::approved};
    EXPECT_THAT(Ids(f), ElementsAre(budi, siti));
    f = {};
    f.team_of = TestNip(1).str();
    EXPECT_THAT(Ids(f), ElementsAre(budi, agus, siti));
    f = {};
    f.without_reviewer = true;
    EXPECT_THAT(Ids(f), ElementsAre(dewi, budi));
    f = {};
    f.year = 2028;
    EXPECT_THAT(Ids(f), ElementsAre(budi));
    f = {};
    f.search = "AMINAH";
    EXPECT_THAT(Ids(f), ElementsAre(siti));
    f.search = "integritas";
    EXPECT_THAT(Ids(f), ElementsAre(agus));
    f = {};
    f.nip = TestNip(4).str();
    f.competency_code = "K1";
    EXPECT_THAT(Ids(f), ElementsAre(dewi));
}

TEST_P(Participation, ImportedProposalsAppearAndCanBeChanged) {
    domain::Proposal imported = MakeProposal(3, "K2", 2027, ProposalStatus::submitted);
    MustUpsert(store(), std::vector<domain::Proposal>{imported});
    ProposalFilter f;
    f.nip = TestNip(3).str();
    auto list = repo().ListProposals(f);
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 1u);
    EXPECT_EQ((*list)[0].created_at, 0);
    ProposalChange c = Change((*list)[0].proposal.id, ProposalStatus::submitted, ProposalStatus::approved, 500);
    ASSERT_TRUE(repo().ChangeProposal(c).ok());
    auto records = store().List(domain::Kind::usulan, ListQuery{});
    ASSERT_TRUE(records.ok());
    const auto& rows = std::get<std::vector<domain::Proposal>>(records->items);
    ASSERT_EQ(rows.size(), 1u);
    EXPECT_EQ(rows[0].status, ProposalStatus::approved);  // what the analysis snapshot reads
}

TEST_P(Participation, DeleteNeedsTheExpectedStatus) {
    const int64_t id = Create(2, "K1", 2027, ProposalStatus::submitted);
    auto wrong = repo().DeleteProposal(id, ProposalStatus::draft);
    ASSERT_FALSE(wrong.ok());
    EXPECT_EQ(wrong.error().code, ErrorCode::failed_precondition);
    ASSERT_TRUE(repo().AddVote(id, TestNip(3).str(), 100).ok());
    ASSERT_TRUE(repo().DeleteProposal(id, ProposalStatus::submitted).ok());
    EXPECT_EQ(repo().GetProposal(id).error().code, ErrorCode::not_found);
    EXPECT_TRUE(repo().History(id)->empty());
    EXPECT_EQ(repo().DeleteProposal(id, ProposalStatus::submitted).error().code, ErrorCode::not_found);
}

TEST_P(Participation, VotesCountOncePerEmployee) {
    const int64_t id = Create(2, "K1", 2027, ProposalStatus::submitted);
    EXPECT_EQ(*repo().AddVote(id, TestNip(3).str(), 100), 1);
    EXPECT_EQ(*repo().AddVote(id, TestNip(1).str(), 100), 2);
    auto twice = repo().AddVote(id, TestNip(3).str(), 101);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::conflict);
    auto view = repo().GetProposal(id, TestNip(3).str());
    EXPECT_EQ(view->votes, 2);
    EXPECT_TRUE(view->voted);
    EXPECT_FALSE(repo().GetProposal(id, TestNip(4).str())->voted);
    EXPECT_EQ(*repo().RemoveVote(id, TestNip(3).str()), 1);
    EXPECT_EQ(repo().RemoveVote(id, TestNip(3).str()).error().code, ErrorCode::not_found);
    EXPECT_EQ(repo().AddVote(999, TestNip(3).str(), 100).error().code, ErrorCode::not_found);
}

TEST_P(Participation, WindowsAreStoredReplacedAndListed) {
    auto none = repo().FindWindow(2027, "A1");
    ASSERT_TRUE(none.ok());
    EXPECT_FALSE(none->has_value());
    ProposalWindow w{2027, "A1", Day(2026, 11, 1), Day(2026, 12, 31), 100, "pengelola"};
    ASSERT_TRUE(repo().PutWindow(w).ok());
    w.closes = Day(2027, 1, 15);
    ASSERT_TRUE(repo().PutWindow(w).ok());
    ASSERT_TRUE(repo().PutWindow(ProposalWindow{2027, "A2", Day(2026, 10, 1), Day(2026, 10, 31), 100, "admin"}).ok());
    ASSERT_TRUE(repo().PutWindow(ProposalWindow{2028, "A1", Day(2027, 10, 1), Day(2027, 10, 31), 100, "admin"}).ok());
    auto found = repo().FindWindow(2027, "A1");
    ASSERT_TRUE(found.ok() && found->has_value());
    EXPECT_EQ((*found)->closes, Day(2027, 1, 15));
    EXPECT_EQ((*found)->opens, Day(2026, 11, 1));
    EXPECT_EQ(repo().ListWindows(0, "")->size(), 3u);
    EXPECT_EQ(repo().ListWindows(2027, "")->size(), 2u);
    EXPECT_EQ(repo().ListWindows(0, "A1")->size(), 2u);
    auto bad = repo().PutWindow(ProposalWindow{2027, "NOPE", Day(2026, 1, 1), Day(2026, 1, 2), 1, ""});
    EXPECT_FALSE(bad.ok());
}

TEST_P(Participation, ThreadsPostsAndLinks) {
    const int64_t proposal = Create(2, "K1", 2027, ProposalStatus::submitted);
    ForumThread t;
    t.agency_code = "A1";
    t.title = "Pelatihan pelayanan publik";
    t.competency_code = "K1";
    t.author_user_id = 9;
    t.author_name = "Siti";
    t.created_at = 100;
    t.proposal_ids = {proposal};
    ForumPost first;
    first.author_user_id = 9;
    first.author_name = "Siti";
    first.body = "**Siapa** ikut?";
    first.created_at = 100;
    auto ids = repo().CreateThread(t, first);
    ASSERT_TRUE(ids.ok()) << ids.error().message;
    ForumPost reply = first;
    reply.thread_id = ids->first;
    reply.parent_id = ids->second;
    reply.author_user_id = 10;
    reply.body = "Saya";
    reply.created_at = 300;
    auto reply_id = repo().AddPost(reply, {Note(9, "thread_reply", 300)});
    ASSERT_TRUE(reply_id.ok()) << reply_id.error().message;
    auto thread = repo().GetThread(ids->first);
    ASSERT_TRUE(thread.ok());
    EXPECT_EQ(thread->posts, 2);
    EXPECT_EQ(thread->last_post_at, 300);
    EXPECT_EQ(thread->competency_name, "Pelayanan Publik");
    EXPECT_THAT(thread->proposal_ids, ElementsAre(proposal));
    auto posts = repo().Posts(ids->first);
    ASSERT_EQ(posts->size(), 2u);
    EXPECT_EQ((*posts)[1].parent_id, ids->second);
    EXPECT_EQ((*posts)[0].body, "**Siapa** ikut?");
    EXPECT_EQ(*repo().UnreadCount(9), 1);
    auto threads = repo().ThreadsOfProposal(proposal);
    ASSERT_EQ(threads->size(), 1u);
    EXPECT_EQ((*threads)[0].title, "Pelatihan pelayanan publik");
    ASSERT_TRUE(repo().UnlinkProposal(ids->first, proposal).ok());
    EXPECT_EQ(repo().UnlinkProposal(ids->first, proposal).error().code, ErrorCode::not_found);
    ASSERT_TRUE(repo().LinkProposal(ids->first, proposal).ok());
    ASSERT_TRUE(repo().LinkProposal(ids->first, proposal).ok());  // twice: still one link
    EXPECT_EQ(repo().GetThread(ids->first)->proposal_ids.size(), 1u);
    EXPECT_EQ(repo().LinkProposal(ids->first, 999).error().code, ErrorCode::not_found);
    EXPECT_EQ(repo().LinkProposal(999, proposal).error().code, ErrorCode::not_found);
}

TEST_P(Participation, PostsCheckThreadAndParent) {
    ForumThread t;
    t.agency_code = "A1";
    t.title = "Topik";
    t.topic = "umum";
    t.created_at = 1;
    ForumPost first;
    first.body = "x";
    auto a = repo().CreateThread(t, first);
    auto b = repo().CreateThread(t, first);
    ASSERT_TRUE(a.ok() && b.ok());
    ForumPost reply;
    reply.body = "y";
    reply.thread_id = a->first;
    reply.parent_id = b->second;  // a post of the other thread
    EXPECT_EQ(repo().AddPost(reply, {}).error().code, ErrorCode::invalid_argument);
    reply.thread_id = 999;
    reply.parent_id = 0;
    EXPECT_EQ(repo().AddPost(reply, {}).error().code, ErrorCode::not_found);
    EXPECT_EQ(repo().GetThread(999).error().code, ErrorCode::not_found);
    EXPECT_EQ(repo().GetPost(999).error().code, ErrorCode::not_found);
}

TEST_P(Participation, HidingKeepsTheReasonAndCanBeUndone) {
    ForumThread t;
    t.agency_code = "A1";
    t.title = "Topik";
    t.topic = "umum";
    ForumPost first;
    first.body = "spam";
    auto ids = repo().CreateThread(t, first);
    ASSERT_TRUE(ids.ok());
    ASSERT_TRUE(repo().SetPostHidden(ids->second, true, "iklan", 7, 500).ok());
    auto post = repo().GetPost(ids->second);
    EXPECT_TRUE(post->hidden);
    EXPECT_EQ(post->hidden_reason, "iklan");
    EXPECT_EQ(post->hidden_by, 7);
    EXPECT_EQ(post->body, "spam");  // the source is kept
    ASSERT_TRUE(repo().SetPostHidden(ids->second, false, "", 7, 600).ok());
    EXPECT_FALSE(repo().GetPost(ids->second)->hidden);
    EXPECT_EQ(repo().SetPostHidden(999, true, "x", 7, 1).error().code, ErrorCode::not_found);
}

TEST_P(Participation, ThreadListFiltersPagesAndOrdersByActivity) {
    ForumPost first;
    first.body = "x";
    std::vector<int64_t> ids;
    for (int i = 0; i < 3; ++i) {
        ForumThread t;
        t.agency_code = i == 2 ? "A2" : "A1";
        t.title = i == 1 ? "Etika pelayanan" : "Lain";
        t.competency_code = i == 0 ? "K2" : "";
        t.topic = i == 0 ? "" : "umum";
        t.created_at = 100 + i;
        t.last_post_at = 100 + i;
        first.created_at = 100 + i;
        ids.push_back(repo().CreateThread(t, first)->first);
    }
    auto all = repo().ListThreads(ThreadFilter{});
    ASSERT_TRUE(all.ok()) << all.error().message;
    EXPECT_EQ(all->total, 3);
    ASSERT_EQ(all->items.size(), 3u);
    EXPECT_EQ(all->items[0].id, ids[2]);
    ThreadFilter f;
    f.agency_code = "A1";
    f.limit = 1;
    f.offset = 1;
    auto page = repo().ListThreads(f);
    EXPECT_EQ(page->total, 2);
    ASSERT_EQ(page->items.size(), 1u);
    EXPECT_EQ(page->items[0].id, ids[0]);
    f = {};
    f.search = "ETIKA";
    EXPECT_EQ(repo().ListThreads(f)->items.at(0).id, ids[1]);
    f = {};
    f.competency_code = "K2";
    EXPECT_EQ(repo().ListThreads(f)->total, 1);
    f = {};
    f.topic = "umum";
    EXPECT_EQ(repo().ListThreads(f)->total, 2);
}

TEST_P(Participation, InboxPagesCountsAndMarksOnlyTheOwnersNotifications) {
    ASSERT_TRUE(repo().AddNotifications({Note(5, "a", 1), Note(5, "b", 2), Note(5, "c", 3), Note(6, "d", 4)}).ok());
    auto page = repo().ListNotifications(5, false, 0, 2);
    ASSERT_TRUE(page.ok());
    EXPECT_EQ(page->total, 3);
    EXPECT_EQ(page->unread, 3);
    ASSERT_EQ(page->items.size(), 2u);
    EXPECT_EQ(page->items[0].type, "c");
    EXPECT_EQ(page->items[0].title_en, "Title c");
    const int64_t other = repo().ListNotifications(6, false, 0, 0)->items.at(0).id;
    EXPECT_EQ(repo().MarkRead(5, other).error().code, ErrorCode::not_found);
    ASSERT_TRUE(repo().MarkRead(5, page->items[0].id).ok());
    EXPECT_EQ(*repo().UnreadCount(5), 2);
    auto unread = repo().ListNotifications(5, true, 0, 0);
    EXPECT_EQ(unread->total, 2);
    EXPECT_EQ(unread->items.size(), 2u);
    EXPECT_EQ(*repo().MarkAllRead(5), 2);
    EXPECT_EQ(*repo().UnreadCount(5), 0);
    EXPECT_EQ(*repo().UnreadCount(6), 1);
    EXPECT_TRUE(repo().ListNotifications(5, false, 0, 0)->items.at(0).read);
}

INSTANTIATE_TEST_SUITE_P(Backends, Participation, ::testing::ValuesIn(Backends()),
                         [](const ::testing::TestParamInfo<Backend>& param) { return param.param.name; });

}  // namespace
}  // namespace bangkom::storage::contract
