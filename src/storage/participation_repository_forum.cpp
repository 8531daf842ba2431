// SqlParticipation: forum threads, posts, their links to proposals, and the inbox.

#include <cctype>
#include <limits>
#include <string>

#include "storage/participation_repository_sql.hpp"

namespace bangkom::storage::participation {

namespace {

constexpr std::string_view kThreadColumns =
    "SELECT t.id, t.kode_opd, t.title, COALESCE(t.kode_kompetensi, ''), COALESCE(k.nama, ''), t.topic, "
    "t.author_user_id, t.author_name, t.created_at, t.last_post_at, "
    "(SELECT COUNT(*) FROM forum_posts fp WHERE fp.thread_id = t.id) "
    "FROM forum_threads t LEFT JOIN kompetensi k ON k.kode = t.kode_kompetensi";
constexpr std::string_view kInsertThread =
    "INSERT INTO forum_threads (kode_opd, title, kode_kompetensi, topic, author_user_id, author_name, created_at, "
    "last_post_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?7) RETURNING id";
constexpr std::string_view kInsertPost =
    "INSERT INTO forum_posts (thread_id, parent_id, author_user_id, author_name, body, created_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id";
constexpr std::string_view kTouchThread = "UPDATE forum_threads SET last_post_at = ?2 WHERE id = ?1";
constexpr std::string_view kPostColumns =
    "SELECT id, thread_id, COALESCE(parent_id, 0), author_user_id, author_name, body, created_at, hidden, "
    "hidden_reason, hidden_by, hidden_at FROM forum_posts";
constexpr std::string_view kCountThread = "SELECT COUNT(*) FROM forum_threads WHERE id = ?1";
constexpr std::string_view kCountProposal = "SELECT COUNT(*) FROM usulan WHERE id = ?1";
constexpr std::string_view kCountParent = "SELECT COUNT(*) FROM forum_posts WHERE id = ?1 AND thread_id = ?2";
constexpr std::string_view kHidePost =
    "UPDATE forum_posts SET hidden = ?2, hidden_reason = ?3, hidden_by = ?4, hidden_at = ?5 WHERE id = ?1";
constexpr std::string_view kLink =
    "INSERT INTO forum_thread_proposals (thread_id, usulan_id) VALUES (?1, ?2) ON CONFLICT DO NOTHING";
constexpr std::string_view kUnlink = "DELETE FROM forum_thread_proposals WHERE thread_id = ?1 AND usulan_id = ?2";
constexpr std::string_view kLinksOfThread =
    "SELECT usulan_id FROM forum_thread_proposals WHERE thread_id = ?1 ORDER BY usulan_id";
constexpr std::string_view kThreadsOfProposal =
    "SELECT t.id, t.title FROM forum_thread_proposals l JOIN forum_threads t ON t.id = l.thread_id "
    "WHERE l.usulan_id = ?1 ORDER BY t.id";

constexpr std::string_view kSelectNotifications =
    "SELECT id, user_id, type, title_id, title_en, usulan_id, thread_id, created_at, is_read FROM notifications "
    "WHERE user_id = ?1";
constexpr std::string_view kCountUnread = "SELECT COUNT(*) FROM notifications WHERE user_id = ?1 AND is_read = 0";
constexpr std::string_view kCountAll = "SELECT COUNT(*) FROM notifications WHERE user_id = ?1";
constexpr std::string_view kMarkRead = "UPDATE notifications SET is_read = 1 WHERE user_id = ?1 AND id = ?2";
constexpr std::string_view kMarkAllRead = "UPDATE notifications SET is_read = 1 WHERE user_id = ?1 AND is_read = 0";

Error NotFound(const char* what_id, const char* what_en, int64_t id) {
    return MakeError(ErrorCode::not_found, std::string(what_id) + " " + std::to_string(id) + " tidak ditemukan (" +
                                               what_en + " " + std::to_string(id) + " not found)");
}

ForumThread ReadThread(const SqlRow& row) {
    ForumThread t;
    t.id = Int(row, 0);
    t.agency_code = Text(row, 1);
    t.title = Text(row, 2);
    t.competency_code = Text(row, 3);
    t.competency_name = Text(row, 4);
    t.topic = Text(row, 5);
    t.author_user_id = Int(row, 6);
    t.author_name = Text(row, 7);
    t.created_at = Int(row, 8);
    t.last_post_at = Int(row, 9);
    t.posts = Int(row, 10);
    return t;
}

ForumPost ReadPost(const SqlRow& row) {
    return ForumPost{Int(row, 0), Int(row, 1),      Int(row, 2),  Int(row, 3), Text(row, 4), Text(row, 5),
                     Int(row, 6), Int(row, 7) != 0, Text(row, 8), Int(row, 9), Int(row, 10)};
}

Result<int64_t> Scalar(SqlSession& s, std::string_view sql, std::initializer_list<SqlValue> params) {
    auto rows = s.Query(sql, params);
    if (!rows) return rows.error();
    if (rows->empty()) return int64_t{0};
    return Int(rows->front(), 0);
}

Result<void> LoadLinks(SqlSession& s, ForumThread& thread) {
    auto rows = s.Query(kLinksOfThread, {thread.id});
    if (!rows) return rows.error();
    thread.proposal_ids.clear();
    for (const SqlRow& row : *rows) thread.proposal_ids.push_back(Int(row, 0));
    return {};
}

Result<int64_t> InsertPost(SqlSession& s, const ForumPost& post, int64_t thread_id) {
    const SqlValue parent = post.parent_id == 0 ? SqlValue(nullptr) : SqlValue(post.parent_id);
    auto rows =
        s.Query(kInsertPost, {thread_id, parent, post.author_user_id, post.author_name, post.body, post.created_at});
    if (!rows) return rows.error();
    if (rows->empty()) return MakeError(ErrorCode::internal, "INSERT forum_posts tidak mengembalikan id (no id)");
    return Int(rows->front(), 0);
}

Result<void> Link(SqlSession& s, int64_t thread_id, int64_t proposal_id) {
    auto exists = Scalar(s, kCountProposal, {proposal_id});
    if (!exists) return exists.error();
    if (*exists == 0) return NotFound("Usulan", "proposal", proposal_id);
    auto linked = s.Execute(kLink, {thread_id, proposal_id});
    if (!linked) return linked.error();
    return {};
}

}  // namespace

Result<std::pair<int64_t, int64_t>> SqlParticipation::CreateThread(const ForumThread& thread, const ForumPost& first) {
    std::pair<int64_t, int64_t> ids;
    auto done = Transact(true, [&](SqlSession& s) -> Result<void> {
        const SqlValue competency =
            thread.competency_code.empty() ? SqlValue(nullptr) : SqlValue(thread.competency_code);
        auto rows = s.Query(kInsertThread, {thread.agency_code, thread.title, competency, thread.topic,
                                            thread.author_user_id, thread.author_name, thread.created_at});
        if (!rows) return rows.error();
        if (rows->empty()) return MakeError(ErrorCode::internal, "INSERT forum_threads tidak mengembalikan id");
        ids.first = Int(rows->front(), 0);
        auto post = InsertPost(s, first, ids.first);
        if (!post) return post.error();
        ids.second = *post;
        for (const int64_t proposal : thread.proposal_ids) {
            if (auto linked = Link(s, ids.first, proposal); !linked) return linked;
        }
        return {};
    });
    if (!done) return done.error();
    return ids;
}

Result<ForumThread> SqlParticipation::GetThread(int64_t id) {
    ForumThread out;
    auto done = Transact(false, [&](SqlSession& s) -> Result<void> {
        auto rows = s.Query(std::string(kThreadColumns) + " WHERE t.id = ?1", {id});
        if (!rows) return rows.error();
        if (rows->empty()) return NotFound("Utas", "thread", id);
        out = ReadThread(rows->front());
        return LoadLinks(s, out);
    });
    if (!done) return done.error();
    return out;
}

Result<ThreadPage> SqlParticipation::ListThreads(const ThreadFilter& f) {
    std::string where = " WHERE 1 = 1";
    std::vector<SqlValue> params;
    auto add = [&](const std::string& condition, SqlValue value) {
        params.push_back(std::move(value));
        where += " AND " + condition + std::to_string(params.size());
    };
    if (!f.agency_code.empty()) add("t.kode_opd = ?", f.agency_code);
    if (!f.competency_code.empty()) add("t.kode_kompetensi = ?", f.competency_code);
    if (!f.topic.empty()) add("t.topic = ?", f.topic);
    if (!f.search.empty()) {
        std::string pattern = "%";
        for (const char c : f.search) pattern += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        add("lower(t.title) LIKE ?", pattern + "%");
    }
    const std::string count_sql = "SELECT COUNT(*) FROM forum_threads t" + where;
    std::vector<SqlValue> page_params = params;
    page_params.emplace_back(f.limit == 0 ? std::numeric_limits<int64_t>::max() : f.limit);
    page_params.emplace_back(f.offset);
    const std::string list_sql = std::string(kThreadColumns) + where +
                                 " ORDER BY t.last_post_at DESC, t.id DESC LIMIT ?" +
                                 std::to_string(params.size() + 1) + " OFFSET ?" + std::to_string(params.size() + 2);
    ThreadPage out;
    auto done = Transact(false, [&](SqlSession& s) -> Result<void> {
        auto total = s.Query(count_sql, params);
        if (!total) return total.error();
        out.total = total->empty() ? 0 : Int(total->front(), 0);
        auto rows = s.Query(list_sql, page_params);
        if (!rows) return rows.error();
        out.items.clear();
        for (const SqlRow& row : *rows) {
            out.items.push_back(ReadThread(row));
            if (auto links = LoadLinks(s, out.items.back()); !links) return links;
        }
        return {};
    });
    if (!done) return done.error();
    return out;
}

Result<std::vector<ForumPost>> SqlParticipation::Posts(int64_t thread_id) {
    std::vector<ForumPost> out;
    auto done = Transact(false, [&](SqlSession& s) -> Result<void> {
        auto rows = s.Query(std::string(kPostColumns) + " WHERE thread_id = ?1 ORDER BY id", {thread_id});
        if (!rows) return rows.error();
        out.clear();
        for (const SqlRow& row : *rows) out.push_back(ReadPost(row));
        return {};
    });
    if (!done) return done.error();
    return out;
}

Result<ForumPost> SqlParticipation::GetPost(int64_t id) {
    ForumPost out;
    auto done = Transact(false, [&](SqlSession& s) -> Result<void> {
        auto rows = s.Query(std::string(kPostColumns) + " WHERE id = ?1", {id});
        if (!rows) return rows.error();
        if (rows->empty()) return NotFound("Tulisan", "post", id);
        out = ReadPost(rows->front());
        return {};
    });
    if (!done) return done.error();
    return out;
}

Result<int64_t> SqlParticipation::AddPost(const ForumPost& post, const std::vector<Notification>& notifications) {
    int64_t id = 0;
    auto done = Transact(true, [&](SqlSession& s) -> Result<void> {
        auto thread = Scalar(s, kCountThread, {post.thread_id});
        if (!thread) return thread.error();
        if (*thread == 0) return NotFound("Utas", "thread", post.thread_id);
        if (post.parent_id != 0) {
            auto parent = Scalar(s, kCountParent, {post.parent_id, post.thread_id});
            if (!parent) return parent.error();
            if (*parent == 0) {
                return MakeError(ErrorCode::invalid_argument,
                                 "parent_id bukan tulisan di utas ini (parent_id is not a post of this thread)");
            }
        }
        auto inserted = InsertPost(s, post, post.thread_id);
        if (!inserted) return inserted.error();
        id = *inserted;
        if (auto touched = s.Execute(kTouchThread, {post.thread_id, post.created_at}); !touched) {
            return touched.error();
        }
        return InsertNotifications(s, notifications);
    });
    if (!done) return done.error();
    return id;
}

Result<void> SqlParticipation::SetPostHidden(int64_t post_id, bool hidden, const std::string& reason, int64_t by,
                                             int64_t at) {
    return Transact(true, [&](SqlSession& s) -> Result<void> {
        auto changed = s.Execute(kHidePost, {post_id, int64_t{hidden ? 1 : 0}, hidden ? reason : std::string(),
                                             hidden ? by : 0, hidden ? at : 0});
        if (!changed) return changed.error();
        if (*changed == 0) return NotFound("Tulisan", "post", post_id);
        return {};
    });
}

Result<void> SqlParticipation::LinkProposal(int64_t thread_id, int64_t proposal_id) {
    return Transact(true, [&](SqlSession& s) -> Result<void> {
        auto thread = Scalar(s, kCountThread, {thread_id});
        if (!thread) return thread.error();
        if (*thread == 0) return NotFound("Utas", "thread", thread_id);
        return Link(s, thread_id, proposal_id);
    });
}

Result<void> SqlParticipation::UnlinkProposal(int64_t thread_id, int64_t proposal_id) {
    return Transact(true, [&](SqlSession& s) -> Result<void> {
        auto deleted = s.Execute(kUnlink, {thread_id, proposal_id});
        if (!deleted) return deleted.error();
        if (*deleted == 0) {
            return MakeError(ErrorCode::not_found, "Usulan tidak tertaut ke utas ini (proposal not linked)");
        }
        return {};
    });
}

Result<std::vector<ForumThread>> SqlParticipation::ThreadsOfProposal(int64_t proposal_id) {
    std::vector<ForumThread> out;
    auto done = Transact(false, [&](SqlSession& s) -> Result<void> {
        auto rows = s.Query(kThreadsOfProposal, {proposal_id});
        if (!rows) return rows.error();
        out.clear();
        for (const SqlRow& row : *rows) {
            ForumThread t;
            t.id = Int(row, 0);
            t.title = Text(row, 1);
            out.push_back(std::move(t));
        }
        return {};
    });
    if (!done) return done.error();
    return out;
}

Result<void> SqlParticipation::AddNotifications(const std::vector<Notification>& notifications) {
    return Transact(true, [&](SqlSession& s) { return InsertNotifications(s, notifications); });
}

Result<NotificationPage> SqlParticipation::ListNotifications(int64_t user_id, bool unread_only, int64_t offset,
                                                             int64_t limit) {
    const std::string sql = std::string(kSelectNotifications) + (unread_only ? " AND is_read = 0" : "") +
                            " ORDER BY id DESC LIMIT ?2 OFFSET ?3";
    NotificationPage out;
    auto done = Transact(false, [&](SqlSession& s) -> Result<void> {
        auto unread = Scalar(s, kCountUnread, {user_id});
        if (!unread) return unread.error();
        out.unread = *unread;
        if (unread_only) {
            out.total = *unread;
        } else {
            auto total = Scalar(s, kCountAll, {user_id});
            if (!total) return total.error();
            out.total = *total;
        }
        auto rows = s.Query(sql, {user_id, limit == 0 ? std::numeric_limits<int64_t>::max() : limit, offset});
        if (!rows) return rows.error();
        out.items.clear();
        for (const SqlRow& row : *rows) {
            out.items.push_back(Notification{Int(row, 0), Int(row, 1), Text(row, 2), Text(row, 3), Text(row, 4),
                                             Int(row, 5), Int(row, 6), Int(row, 7), Int(row, 8) != 0});
        }
        return {};
    });
    if (!done) return done.error();
    return out;
}

Result<int64_t> SqlParticipation::UnreadCount(int64_t user_id) {
    int64_t out = 0;
    auto done = Transact(false, [&](SqlSession& s) -> Result<void> {
        auto unread = Scalar(s, kCountUnread, {user_id});
        if (!unread) return unread.error();
        out = *unread;
        return {};
    });
    if (!done) return done.error();
    return out;
}

Result<void> SqlParticipation::MarkRead(int64_t user_id, int64_t id) {
    return Transact(true, [&](SqlSession& s) -> Result<void> {
        auto changed = s.Execute(kMarkRead, {user_id, id});
        if (!changed) return changed.error();
        if (*changed == 0) return NotFound("Notifikasi", "notification", id);
        return {};
    });
}

Result<int64_t> SqlParticipation::MarkAllRead(int64_t user_id) {
    int64_t out = 0;
    auto done = Transact(true, [&](SqlSession& s) -> Result<void> {
        auto changed = s.Execute(kMarkAllRead, {user_id});
        if (!changed) return changed.error();
        out = *changed;
        return {};
    });
    if (!done) return done.error();
    return out;
}

}  // namespace bangkom::storage::participation
