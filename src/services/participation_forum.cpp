// ForumService: agency scopes, validation, links and moderation of the discussion forum.

#include "services/participation_forum.hpp"

#include "domain/kinds.hpp"
#include "services/participation_parts.hpp"
#include "services/participation_service.hpp"

namespace bangkom::services {

using domain::Lang;
using domain::Role;
using storage::User;

namespace {

constexpr size_t kMaxTitle = 200;
constexpr size_t kMaxBody = 20000;
constexpr size_t kMaxTopic = 80;

Error ThreadNotFound(Lang lang) {
    return MakeError(ErrorCode::not_found, lang == Lang::en ? "Thread not found." : "Utas tidak ditemukan.");
}

bool AgencyMember(const User& user, const std::string& agency) {
    return (user.role == Role::asn || user.role == Role::atasan || user.role == Role::pengelola_opd) &&
           !user.agency_code.empty() && user.agency_code == agency;
}

}  // namespace

bool ForumService::CanRead(const User& user, const std::string& agency) const {
    return user.role == Role::admin_bkd || user.role == Role::auditor || AgencyMember(user, agency);
}

bool ForumService::CanWrite(const User& user, const std::string& agency) const {
    return user.role == Role::admin_bkd || AgencyMember(user, agency);
}

bool ForumService::IsModerator(const User& user, const std::string& agency) const {
    return user.role == Role::admin_bkd || (user.role == Role::pengelola_opd && user.agency_code == agency);
}

Result<void> ForumService::ValidateBody(const std::string& body, Lang lang) const {
    if (body.empty() || body.size() > kMaxBody) {
        return FieldError(lang, "body", "Isi tulisan wajib diisi (paling banyak 20000 karakter).",
                          "The post body is required (at most 20000 characters).");
    }
    return {};
}

Result<storage::ThreadPage> ForumService::List(const User& user, storage::ThreadFilter filter, Lang lang) {
    const bool everywhere = user.role == Role::admin_bkd || user.role == Role::auditor;
    if (!everywhere) {
        if (user.agency_code.empty()) return parts::Forbidden(lang);
        if (!filter.agency_code.empty() && filter.agency_code != user.agency_code) return storage::ThreadPage{};
        filter.agency_code = user.agency_code;
    }
    return store_.Participation().ListThreads(filter);
}

Result<storage::ForumThread> ForumService::Get(const User& user, int64_t id, Lang lang) {
    auto thread = store_.Participation().GetThread(id);
    if (!thread || !CanRead(user, thread->agency_code)) return ThreadNotFound(lang);
    return thread;
}

Result<std::pair<int64_t, int64_t>> ForumService::Create(const User& user, const ThreadInput& in, Lang lang) {
    std::string agency = in.agency;
    if (user.role == Role::admin_bkd) {
        if (agency.empty()) return FieldError(lang, "agency", "OPD wajib diisi.", "The agency is required.");
        if (!store_.Get(domain::Kind::opd, agency)) {
            return MakeError(ErrorCode::not_found,
                             (lang == Lang::en ? "Unknown agency: " : "OPD tidak ditemukan: ") + agency);
        }
    } else {
        if (!agency.empty() && agency != user.agency_code) return parts::Forbidden(lang);
        agency = user.agency_code;
    }
    if (!CanWrite(user, agency)) return parts::Forbidden(lang);
    if (in.title.empty() || in.title.size() > kMaxTitle) {
        return FieldError(lang, "title", "Judul wajib diisi (paling banyak 200 karakter).",
                          "A title is required (at most 200 characters).");
    }
    if (in.competency.empty() == in.topic.empty()) {
        return FieldError(lang, "competency", "Pilih salah satu: kompetensi atau topik.",
                          "Give exactly one of competency or topic.");
    }
    if (!in.competency.empty() && !store_.Get(domain::Kind::kompetensi, in.competency)) {
        return FieldError(lang, "competency", "Kompetensi tidak ada di kamus: " + in.competency,
                          "Competency not in the dictionary: " + in.competency);
    }
    if (in.topic.size() > kMaxTopic) {
        return FieldError(lang, "topic", "Topik paling banyak 80 karakter.", "The topic has at most 80 characters.");
    }
    if (auto valid = ValidateBody(in.body, lang); !valid) return valid.error();
    for (const int64_t id : in.proposals) {
        auto p = store_.Participation().GetProposal(id);
        if (!p || p->agency_code != agency) {
            return FieldError(lang, "proposals", "Usulan " + std::to_string(id) + " bukan dari OPD ini.",
                              "Proposal " + std::to_string(id) + " is not of this agency.");
        }
    }
    const int64_t now = now_();
    storage::ForumThread t;
    t.agency_code = agency;
    t.title = in.title;
    t.competency_code = in.competency;
    t.topic = in.topic;
    t.author_user_id = user.id;
    t.author_name = user.display_name.empty() ? user.username : user.display_name;
    t.created_at = now;
    t.last_post_at = now;
    t.proposal_ids = in.proposals;
    storage::ForumPost first;
    first.author_user_id = user.id;
    first.author_name = t.author_name;
    first.body = in.body;
    first.created_at = now;
    return store_.Participation().CreateThread(t, first);
}

Result<int64_t> ForumService::Reply(const User& user, int64_t thread_id, const std::string& body, int64_t parent_id,
                                    Lang lang) {
    auto thread = Get(user, thread_id, lang);
    if (!thread) return thread.error();
    if (!CanWrite(user, thread->agency_code)) return parts::Forbidden(lang);
    if (auto valid = ValidateBody(body, lang); !valid) return valid.error();
    storage::ForumPost post;
    post.thread_id = thread_id;
    post.parent_id = parent_id;
    post.author_user_id = user.id;
    post.author_name = user.display_name.empty() ? user.username : user.display_name;
    post.body = body;
    post.created_at = now_();
    std::vector<storage::Notification> notes;
    if (thread->author_user_id != user.id && thread->author_user_id != 0) {
        storage::Notification n;
        n.user_id = thread->author_user_id;
        n.type = "thread_reply";
        n.title_id = "Balasan baru di utas Anda: " + thread->title;
        n.title_en = "New reply in your thread: " + thread->title;
        n.thread_id = thread_id;
        n.created_at = post.created_at;
        notes.push_back(std::move(n));
    }
    auto id = store_.Participation().AddPost(post, notes);
    if (!id && id.error().code == ErrorCode::invalid_argument) {
        return FieldError(lang, "parent_id", "parent_id bukan tulisan di utas ini.",
                          "parent_id is not a post of this thread.");
    }
    return id;
}

Result<void> ForumService::Link(const User& user, int64_t thread_id, int64_t proposal_id, bool link, Lang lang) {
    auto thread = Get(user, thread_id, lang);
    if (!thread) return thread.error();
    const bool author = thread->author_user_id == user.id && CanWrite(user, thread->agency_code);
    if (!author && !IsModerator(user, thread->agency_code)) return parts::Forbidden(lang);
    if (!link) return store_.Participation().UnlinkProposal(thread_id, proposal_id);
    auto p = store_.Participation().GetProposal(proposal_id);
    if (!p) return parts::ProposalNotFound(lang);
    if (p->agency_code != thread->agency_code) {
        return FieldError(lang, "proposal_id", "Usulan bukan dari OPD utas ini.",
                          "The proposal is not of the thread's agency.");
    }
    return store_.Participation().LinkProposal(thread_id, proposal_id);
}

Result<storage::ForumPost> ForumService::Hide(const User& user, int64_t post_id, bool hide, const std::string& reason,
                                              Lang lang) {
    auto post = store_.Participation().GetPost(post_id);
    if (!post) {
        return MakeError(ErrorCode::not_found, lang == Lang::en ? "Post not found." : "Tulisan tidak ditemukan.");
    }
    auto thread = Get(user, post->thread_id, lang);
    if (!thread) return thread.error();
    if (!IsModerator(user, thread->agency_code)) return parts::Forbidden(lang);
    if (hide && reason.empty()) {
        return FieldError(lang, "reason", "Alasan wajib diisi untuk menyembunyikan tulisan.",
                          "A reason is required to hide a post.");
    }
    if (auto done = store_.Participation().SetPostHidden(post_id, hide, reason, user.id, now_()); !done) {
        return done.error();
    }
    return store_.Participation().GetPost(post_id);
}

}  // namespace bangkom::services
