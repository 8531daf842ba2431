// /forum/*, /inbox/*, /markdown/preview: the agency forum and the inbox of issue 5 (docs/participation-api.md).

#include <boost/json/serialize.hpp>
#include <ctime>
#include <memory>

#include "http/api_context.hpp"
#include "http/errors.hpp"
#include "services/markdown.hpp"
#include "services/participation_forum.hpp"
#include "services/participation_service.hpp"

namespace bangkom::http {
namespace json = boost::json;
using domain::Role;

void AddParticipationForumRoutes(RouteTable& table, ApiContext& ctx);

namespace {

std::string IsoTime(int64_t seconds) {
    const auto t = static_cast<std::time_t>(seconds);
    std::tm tm{};
    gmtime_r(&t, &tm);
    char text[32];
    std::strftime(text, sizeof(text), "%Y-%m-%dT%H:%M:%SZ", &tm);
    return text;
}

json::value TextOrNull(const std::string& text) {
    return text.empty() ? json::value(nullptr) : json::value(text);
}

Result<std::pair<int64_t, int64_t>> PageOf(const Call& call) {
    int64_t offset = 0;
    int64_t limit = 50;
    if (!ParseWholeNumber(call.request.Query("offset", "0"), offset) || offset < 0) {
        return services::FieldError(call.lang, "offset", "offset harus ≥ 0.", "offset must be ≥ 0.");
    }
    if (!ParseWholeNumber(call.request.Query("limit", "50"), limit) || limit < 1 || limit > 500) {
        return services::FieldError(call.lang, "limit", "limit harus antara 1 dan 500.",
                                    "limit must be between 1 and 500.");
    }
    return std::make_pair(offset, limit);
}

Result<int64_t> IdOf(const Call& call, const char* name, const char* what_id, const char* what_en) {
    int64_t id = 0;
    if (!ParseWholeNumber(call.Param(name), id) || id <= 0) {
        return MakeError(ErrorCode::not_found,
                         Msg(call.lang, what_id, what_en) + Msg(call.lang, " tidak ditemukan.", " not found."));
    }
    return id;
}

json::object ThreadJson(const storage::ForumThread& t) {
    json::array proposals;
    for (const int64_t id : t.proposal_ids) proposals.push_back(id);
    return json::object{{"id", t.id},
                        {"agency", t.agency_code},
                        {"title", t.title},
                        {"competency", TextOrNull(t.competency_code)},
                        {"competency_name", TextOrNull(t.competency_name)},
                        {"topic", TextOrNull(t.topic)},
                        {"author", json::object{{"user_id", t.author_user_id}, {"name", t.author_name}}},
                        {"created_at", IsoTime(t.created_at)},
                        {"last_post_at", IsoTime(t.last_post_at)},
                        {"posts", t.posts},
                        {"proposals", std::move(proposals)}};
}

json::object PostJson(const storage::ForumPost& p, bool moderator, domain::Lang lang) {
    const bool shown = !p.hidden || moderator;
    return json::object{
        {"id", p.id},
        {"thread_id", p.thread_id},
        {"parent_id", p.parent_id == 0 ? json::value(nullptr) : json::value(p.parent_id)},
        {"author", json::object{{"user_id", p.author_user_id}, {"name", p.author_name}}},
        {"created_at", IsoTime(p.created_at)},
        {"body", shown ? json::value(p.body) : json::value(nullptr)},
        {"html", shown ? json::value(services::RenderMarkdown(p.body))
                       : json::value(std::string("<p><em>") +
                                     Msg(lang, "disembunyikan oleh moderator", "hidden by a moderator") + "</em></p>")},
        {"hidden", p.hidden},
        {"hidden_reason", p.hidden && moderator ? TextOrNull(p.hidden_reason) : json::value(nullptr)},
        {"can_moderate", moderator}};
}

class ForumRoutes {
  public:
    explicit ForumRoutes(ApiContext& ctx) : ctx_(ctx), forum_(ctx.store, NowSeconds) {}

    Response Threads(Call& call) {
        auto page = PageOf(call);
        if (!page) return ErrorResponse(page.error());
        storage::ThreadFilter f;
        f.agency_code = call.request.Query("agency");
        f.competency_code = call.request.Query("competency");
        f.topic = call.request.Query("topic");
        f.search = call.request.Query("q");
        f.offset = page->first;
        f.limit = page->second;
        auto threads = forum_.List(*call.user, f, call.lang);
        if (!threads) return ErrorResponse(threads.error());
        json::array items;
        for (const auto& t : threads->items) items.push_back(ThreadJson(t));
        return JsonResponse(json::object{
            {"total", threads->total}, {"offset", f.offset}, {"limit", f.limit}, {"items", std::move(items)}});
    }

    Response CreateThread(Call& call) {
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        services::ThreadInput in;
        in.agency = StringField(*body, "agency");
        in.title = StringField(*body, "title");
        in.body = StringField(*body, "body");
        in.competency = StringField(*body, "competency");
        in.topic = StringField(*body, "topic");
        if (const auto* list = body->if_contains("proposals"); list != nullptr && !list->is_null()) {
            if (!list->is_array()) return ErrorResponse(BadProposals(call));
            for (const auto& v : list->get_array()) {
                if (!v.is_int64()) return ErrorResponse(BadProposals(call));
                in.proposals.push_back(v.get_int64());
            }
        }
        auto ids = forum_.Create(*call.user, in, call.lang);
        if (!ids) return ErrorResponse(ids.error());
        auto thread = ctx_.store.Participation().GetThread(ids->first);
        auto post = ctx_.store.Participation().GetPost(ids->second);
        if (!thread) return ErrorResponse(thread.error());
        if (!post) return ErrorResponse(post.error());
        Audit(ctx_, call, "forum.thread.create", "forum_threads", std::to_string(ids->first), "",
              json::serialize(ThreadJson(*thread)));
        const bool moderator = forum_.IsModerator(*call.user, thread->agency_code);
        return JsonResponse(
            json::object{{"thread", ThreadJson(*thread)}, {"post", PostJson(*post, moderator, call.lang)}}, 201);
    }

    Response Thread(Call& call) {
        auto id = IdOf(call, "id", "Utas", "Thread");
        if (!id) return ErrorResponse(id.error());
        auto thread = forum_.Get(*call.user, *id, call.lang);
        if (!thread) return ErrorResponse(thread.error());
        auto posts = ctx_.store.Participation().Posts(*id);
        if (!posts) return ErrorResponse(posts.error());
        const bool moderator = forum_.IsModerator(*call.user, thread->agency_code);
        json::array items;
        for (const auto& p : *posts) items.push_back(PostJson(p, moderator, call.lang));
        return JsonResponse(json::object{{"thread", ThreadJson(*thread)}, {"posts", std::move(items)}});
    }

    Response Reply(Call& call) {
        auto id = IdOf(call, "id", "Utas", "Thread");
        if (!id) return ErrorResponse(id.error());
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        int64_t parent = 0;
        if (const auto* p = body->if_contains("parent_id"); p != nullptr && !p->is_null()) {
            if (!p->is_int64()) {
                return ErrorResponse(services::FieldError(call.lang, "parent_id", "parent_id harus bilangan.",
                                                          "parent_id must be a number."));
            }
            parent = p->get_int64();
        }
        auto post_id = forum_.Reply(*call.user, *id, StringField(*body, "body"), parent, call.lang);
        if (!post_id) return ErrorResponse(post_id.error());
        auto post = ctx_.store.Participation().GetPost(*post_id);
        if (!post) return ErrorResponse(post.error());
        auto thread = ctx_.store.Participation().GetThread(*id);
        const bool moderator = thread && forum_.IsModerator(*call.user, thread->agency_code);
        const json::object out = PostJson(*post, moderator, call.lang);
        Audit(ctx_, call, "forum.post.create", "forum_posts", std::to_string(*post_id), "", json::serialize(out));
        return JsonResponse(json::object{{"post", out}}, 201);
    }

    Response Link(Call& call, bool link) {
        auto id = IdOf(call, "id", "Utas", "Thread");
        if (!id) return ErrorResponse(id.error());
        int64_t proposal = 0;
        if (link) {
            auto body = JsonBody(call);
            if (!body) return ErrorResponse(body.error());
            const auto* p = body->if_contains("proposal_id");
            if (p == nullptr || !p->is_int64()) {
                return ErrorResponse(services::FieldError(call.lang, "proposal_id", "proposal_id wajib diisi.",
                                                          "proposal_id is required."));
            }
            proposal = p->get_int64();
        } else {
            auto p = IdOf(call, "proposal_id", "Usulan", "Proposal");
            if (!p) return ErrorResponse(p.error());
            proposal = *p;
        }
        if (auto done = forum_.Link(*call.user, *id, proposal, link, call.lang); !done) {
            return ErrorResponse(done.error());
        }
        auto thread = ctx_.store.Participation().GetThread(*id);
        if (!thread) return ErrorResponse(thread.error());
        Audit(ctx_, call, link ? "forum.thread.link" : "forum.thread.unlink", "forum_threads", std::to_string(*id), "",
              json::serialize(json::object{{"proposal_id", proposal}}));
        return JsonResponse(json::object{{"thread", ThreadJson(*thread)}});
    }

    Response Hide(Call& call, bool hide) {
        auto id = IdOf(call, "id", "Tulisan", "Post");
        if (!id) return ErrorResponse(id.error());
        std::string reason;
        if (hide) {
            auto body = JsonBody(call);
            if (!body) return ErrorResponse(body.error());
            reason = StringField(*body, "reason");
        }
        auto post = forum_.Hide(*call.user, *id, hide, reason, call.lang);
        if (!post) return ErrorResponse(post.error());
        const json::object out = PostJson(*post, true, call.lang);
        Audit(ctx_, call, hide ? "forum.post.hide" : "forum.post.unhide", "forum_posts", std::to_string(*id), "",
              json::serialize(json::object{{"hidden", hide}, {"reason", reason}}));
        return JsonResponse(json::object{{"post", out}});
    }

    Response Preview(Call& call) {
        auto body = JsonBody(call);
        if (!body) return ErrorResponse(body.error());
        return JsonResponse(json::object{{"html", services::RenderMarkdown(StringField(*body, "body"))}});
    }

    Response Inbox(Call& call) {
        auto page = PageOf(call);
        if (!page) return ErrorResponse(page.error());
        const bool unread = call.request.Query("unread") == "1" || call.request.Query("unread") == "true";
        auto list = ctx_.store.Participation().ListNotifications(call.user->id, unread, page->first, page->second);
        if (!list) return ErrorResponse(list.error());
        json::array items;
        for (const auto& n : list->items) {
            items.push_back(
                json::object{{"id", n.id},
                             {"type", n.type},
                             {"title", call.lang == domain::Lang::en ? n.title_en : n.title_id},
                             {"proposal_id", n.proposal_id == 0 ? json::value(nullptr) : json::value(n.proposal_id)},
                             {"thread_id", n.thread_id == 0 ? json::value(nullptr) : json::value(n.thread_id)},
                             {"created_at", IsoTime(n.created_at)},
                             {"read", n.read}});
        }
        return JsonResponse(json::object{{"total", list->total},
                                         {"unread", list->unread},
                                         {"offset", page->first},
                                         {"limit", page->second},
                                         {"items", std::move(items)}});
    }

    Response Unread(Call& call) {
        auto count = ctx_.store.Participation().UnreadCount(call.user->id);
        if (!count) return ErrorResponse(count.error());
        return JsonResponse(json::object{{"unread", *count}});
    }

    Response MarkRead(Call& call) {
        auto id = IdOf(call, "id", "Notifikasi", "Notification");
        if (!id) return ErrorResponse(id.error());
        if (!ctx_.store.Participation().MarkRead(call.user->id, *id)) {
            return ErrorResponse(MakeError(ErrorCode::not_found,
                                           Msg(call.lang, "Notifikasi tidak ditemukan.", "Notification not found.")));
        }
        return JsonResponse(json::object{{"ok", true}});
    }

    Response MarkAll(Call& call) {
        auto marked = ctx_.store.Participation().MarkAllRead(call.user->id);
        if (!marked) return ErrorResponse(marked.error());
        return JsonResponse(json::object{{"ok", true}, {"marked", *marked}});
    }

  private:
    static Error BadProposals(const Call& call) {
        return services::FieldError(call.lang, "proposals", "proposals harus daftar id usulan.",
                                    "proposals must be a list of proposal ids.");
    }

    ApiContext& ctx_;
    services::ForumService forum_;
};

}  // namespace

void AddParticipationForumRoutes(RouteTable& table, ApiContext& ctx) {
    auto r = std::make_shared<ForumRoutes>(ctx);
    const std::vector<Role> readers{Role::admin_bkd, Role::auditor, Role::pengelola_opd, Role::atasan, Role::asn};
    const std::vector<Role> writers{Role::admin_bkd, Role::pengelola_opd, Role::atasan, Role::asn};
    const std::vector<Role> moderators{Role::admin_bkd, Role::pengelola_opd};
    auto add = [&](const char* method, const char* pattern, const std::vector<Role>& roles,
                   std::function<Response(Call&)> handler, const char* summary, const char* body = "") {
        table.Add({method, pattern, Access::roles, roles, std::move(handler), summary, body});
    };
    add(
        "GET", "/forum/threads", readers, [r](Call& c) { return r->Threads(c); }, "Utas forum / Forum threads");
    add(
        "POST", "/forum/threads", writers, [r](Call& c) { return r->CreateThread(c); }, "Buat utas / Start a thread",
        "json");
    add(
        "GET", "/forum/threads/{id}", readers, [r](Call& c) { return r->Thread(c); },
        "Utas dengan tulisannya / A thread with its posts");
    add(
        "POST", "/forum/threads/{id}/posts", writers, [r](Call& c) { return r->Reply(c); },
        "Balas di utas / Reply in a thread", "json");
    add(
        "POST", "/forum/threads/{id}/proposals", writers, [r](Call& c) { return r->Link(c, true); },
        "Tautkan usulan ke utas / Link a proposal to a thread", "json");
    add(
        "DELETE", "/forum/threads/{id}/proposals/{proposal_id}", writers, [r](Call& c) { return r->Link(c, false); },
        "Lepas tautan usulan / Unlink a proposal");
    add(
        "POST", "/forum/posts/{id}/hide", moderators, [r](Call& c) { return r->Hide(c, true); },
        "Sembunyikan tulisan / Hide a post", "json");
    add(
        "POST", "/forum/posts/{id}/unhide", moderators, [r](Call& c) { return r->Hide(c, false); },
        "Tampilkan lagi tulisan / Show a hidden post");
    table.Add({"POST",
               "/markdown/preview",
               Access::any_user,
               {},
               [r](Call& c) { return r->Preview(c); },
               "Pratinjau Markdown / Markdown preview",
               "json"});
    table.Add({"GET", "/inbox", Access::any_user, {}, [r](Call& c) { return r->Inbox(c); }, "Kotak masuk / Inbox"});
    table.Add({"GET",
               "/inbox/unread-count",
               Access::any_user,
               {},
               [r](Call& c) { return r->Unread(c); },
               "Jumlah belum dibaca / Unread count"});
    table.Add({"POST",
               "/inbox/read-all",
               Access::any_user,
               {},
               [r](Call& c) { return r->MarkAll(c); },
               "Tandai semua dibaca / Mark all read"});
    table.Add({"POST",
               "/inbox/{id}/read",
               Access::any_user,
               {},
               [r](Call& c) { return r->MarkRead(c); },
               "Tandai dibaca / Mark read"});
}

}  // namespace bangkom::http
