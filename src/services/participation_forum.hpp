#pragma once
// The agency discussion forum of issue 5: who reads and writes which agency's threads, validation of threads and
// posts, proposal links, moderation (hide with a reason), and the reply notification to the thread's author.
// Posts are stored as Markdown; services/markdown renders them.

#include <cstdint>
#include <functional>
#include <string>
#include <vector>

#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

struct ThreadInput {
    std::string agency;  // admin_bkd: required; others: their own agency (or empty)
    std::string title;
    std::string body;
    std::string competency;
    std::string topic;
    std::vector<int64_t> proposals;
};

class ForumService {
  public:
    ForumService(storage::Store& store, std::function<int64_t()> now) : store_(store), now_(std::move(now)) {}

    bool CanRead(const storage::User& user, const std::string& agency) const;
    bool CanWrite(const storage::User& user, const std::string& agency) const;
    bool IsModerator(const storage::User& user, const std::string& agency) const;

    /// The threads of the agencies the caller reads (narrowed by filter.agency_code).
    Result<storage::ThreadPage> List(const storage::User& user, storage::ThreadFilter filter, domain::Lang lang);
    /// A thread the caller reads; not_found otherwise.
    Result<storage::ForumThread> Get(const storage::User& user, int64_t id, domain::Lang lang);
    /// Returns {thread id, first post id}.
    Result<std::pair<int64_t, int64_t>> Create(const storage::User& user, const ThreadInput& input, domain::Lang lang);
    Result<int64_t> Reply(const storage::User& user, int64_t thread_id, const std::string& body, int64_t parent_id,
                          domain::Lang lang);
    /// Thread author or moderator; the proposal must be of the thread's agency.
    Result<void> Link(const storage::User& user, int64_t thread_id, int64_t proposal_id, bool link, domain::Lang lang);
    /// Moderators; a reason is required to hide. Returns the thread's agency-checked post.
    Result<storage::ForumPost> Hide(const storage::User& user, int64_t post_id, bool hide, const std::string& reason,
                                    domain::Lang lang);

  private:
    Result<void> ValidateBody(const std::string& body, domain::Lang lang) const;

    storage::Store& store_;
    std::function<int64_t()> now_;
};

}  // namespace bangkom::services
