#pragma once
// Repository of proposals (usulan) life cycle and history, proposal windows, +1 demand signals, forum threads and
// posts, inbox notifications (issue 5). Reached through Store::Participation(); each backend implements it in
// sqlite/participation_repository.* and postgres/participation_repository.*, and the contract suite runs on both.
//
// Plain data in and out; the rules (who may do what, windows, statuses) live in services/participation_*. The
// repository guarantees atomicity: a proposal change, its history entry and its notifications are one
// transaction, and a change whose expected status no longer holds is failed_precondition (two reviewers at once).

#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/records.hpp"
#include "domain/result.hpp"

namespace bangkom::storage {

/// A usulan row with what the workflow shows and decides on.
struct ProposalView {
    domain::Proposal proposal;
    std::string name;               // pegawai.nama of the author
    std::string agency_code;        // pegawai.kode_opd
    std::string agency_name;        // opd.nama_opd
    std::string competency_name;    // kompetensi.nama
    std::string supervisor_nip;     // pegawai.nip_atasan, "" when none
    std::string assigned_reviewer;  // reassigned reviewer NIP, "" when none
    /// The reviewer in effect: the reassigned one, else the supervisor, when that NIP is a stored employee;
    /// "" otherwise (then the agency's pengelola_opd reviews).
    std::string reviewer_nip;
    std::string reviewer_name;
    std::string last_comment;  // of the latest return / reject, "" otherwise
    int64_t votes = 0;
    bool voted = false;      // by ProposalFilter::voter_nip
    int64_t created_at = 0;  // unix seconds; 0 for proposals imported from files
    int64_t updated_at = 0;
};

/// Filters of ListProposals; every non-empty field must hold.
struct ProposalFilter {
    int64_t id = 0;                 // 0 = any
    std::string agency_code;        // author's agency
    std::string nip;                // author
    std::string exclude_nip;        // not this author
    std::string team_of;            // author is it, or its nip_atasan is it, or it is the reassigned reviewer
    std::string reviewer_nip;       // reviewer in effect
    bool without_reviewer = false;  // no reviewer in effect
    std::vector<domain::ProposalStatus> statuses;  // empty = any
    int year = 0;                                  // 0 = any
    std::string competency_code;
    std::string search;     // case-insensitive substring of NIP, name, competency code or name
    std::string voter_nip;  // whose +1 sets ProposalView::voted
};

struct ProposalHistoryEntry {
    int64_t id = 0;
    int64_t proposal_id = 0;
    int64_t at = 0;
    int64_t user_id = 0;
    std::string username;
    std::string action;  // create, edit, submit, withdraw, approve, return, reject, reassign
    std::optional<domain::ProposalStatus> from;
    domain::ProposalStatus to = domain::ProposalStatus::draft;
    std::string comment;
};

/// An inbox entry for one user; the title in both languages.
struct Notification {
    int64_t id = 0;
    int64_t user_id = 0;
    std::string type;  // proposal_review, proposal_decision, thread_reply
    std::string title_id;
    std::string title_en;
    int64_t proposal_id = 0;  // 0 = none
    int64_t thread_id = 0;
    int64_t created_at = 0;
    bool read = false;
};

struct NotificationPage {
    std::vector<Notification> items;
    int64_t total = 0;   // matching the filter, before paging
    int64_t unread = 0;  // of the user, always
};

/// One change of a stored proposal: the new field values and status, checked against the status it had.
struct ProposalChange {
    domain::Proposal proposal;  // id and the new values
    domain::ProposalStatus expected_status = domain::ProposalStatus::draft;
    std::optional<std::string> assigned_reviewer;  // set ("" clears) when present
    std::string last_comment;
    ProposalHistoryEntry history;  // proposal_id is filled in
    std::vector<Notification> notifications;
    int64_t at = 0;
};

struct ProposalWindow {
    int year = 0;
    std::string agency_code;
    domain::Date opens;
    domain::Date closes;
    int64_t updated_at = 0;
    std::string updated_by;
};

struct ForumThread {
    int64_t id = 0;
    std::string agency_code;
    std::string title;
    std::string competency_code;  // "" when tagged with a topic
    std::string competency_name;  // read only
    std::string topic;            // "" when tagged with a competency
    int64_t author_user_id = 0;
    std::string author_name;
    int64_t created_at = 0;
    int64_t last_post_at = 0;
    int64_t posts = 0;                  // read only
    std::vector<int64_t> proposal_ids;  // read only (linked proposals, ascending)
};

struct ForumPost {
    int64_t id = 0;
    int64_t thread_id = 0;
    int64_t parent_id = 0;  // 0 = a top-level post
    int64_t author_user_id = 0;
    std::string author_name;
    std::string body;  // Markdown source
    int64_t created_at = 0;
    bool hidden = false;
    std::string hidden_reason;
    int64_t hidden_by = 0;
    int64_t hidden_at = 0;
};

struct ThreadFilter {
    std::string agency_code;  // "" = every agency
    std::string competency_code;
    std::string topic;
    std::string search;  // case-insensitive substring of the title
    int64_t offset = 0;
    int64_t limit = 50;  // 0 = all
};

struct ThreadPage {
    std::vector<ForumThread> items;
    int64_t total = 0;
};

class ParticipationRepository {
  public:
    virtual ~ParticipationRepository() = default;

    // --- proposals ---
    /// Inserts a proposal (status as given) with its first history entry and notifications; returns its id.
    /// conflict when (nip, competency, year) exists; failed_precondition for an unknown NIP or competency.
    virtual Result<int64_t> CreateProposal(const domain::Proposal& proposal, const ProposalHistoryEntry& history,
                                           const std::vector<Notification>& notifications, int64_t at) = 0;
    /// Applies a change atomically; not_found for an unknown id, failed_precondition when the status is no longer
    /// `expected_status`, conflict when the new competency/year duplicates another proposal of the author.
    virtual Result<void> ChangeProposal(const ProposalChange& change) = 0;
    /// Deletes a proposal with its history, votes and links; failed_precondition when its status is not `expected`.
    virtual Result<void> DeleteProposal(int64_t id, domain::ProposalStatus expected) = 0;
    /// Matching proposals, most recently changed first (then by id, descending).
    virtual Result<std::vector<ProposalView>> ListProposals(const ProposalFilter& filter) = 0;
    /// One proposal; not_found when absent.
    virtual Result<ProposalView> GetProposal(int64_t id, const std::string& voter_nip = "") = 0;
    /// Oldest first.
    virtual Result<std::vector<ProposalHistoryEntry>> History(int64_t proposal_id) = 0;

    // --- +1 ---
    /// Adds `nip`'s +1 and returns the proposal's count; conflict when it exists, not_found for an unknown id.
    virtual Result<int64_t> AddVote(int64_t proposal_id, const std::string& nip, int64_t at) = 0;
    /// Removes it and returns the count; not_found when there was none.
    virtual Result<int64_t> RemoveVote(int64_t proposal_id, const std::string& nip) = 0;

    // --- windows ---
    virtual Result<std::optional<ProposalWindow>> FindWindow(int year, const std::string& agency_code) = 0;
    /// Ordered by year, agency; `year` 0 and `agency_code` "" = any.
    virtual Result<std::vector<ProposalWindow>> ListWindows(int year, const std::string& agency_code) = 0;
    /// Inserts or replaces the window of (year, agency).
    virtual Result<void> PutWindow(const ProposalWindow& window) = 0;

    // --- forum ---
    /// Inserts the thread, its first post and its proposal links; returns {thread id, post id}.
    virtual Result<std::pair<int64_t, int64_t>> CreateThread(const ForumThread& thread, const ForumPost& first) = 0;
    virtual Result<ForumThread> GetThread(int64_t id) = 0;
    /// Latest activity first (then by id, descending).
    virtual Result<ThreadPage> ListThreads(const ThreadFilter& filter) = 0;
    /// Oldest first.
    virtual Result<std::vector<ForumPost>> Posts(int64_t thread_id) = 0;
    virtual Result<ForumPost> GetPost(int64_t id) = 0;
    /// Adds a post (moves the thread's last_post_at) with notifications; returns its id. not_found for an
    /// unknown thread; invalid_argument when parent_id is not a post of the thread.
    virtual Result<int64_t> AddPost(const ForumPost& post, const std::vector<Notification>& notifications) = 0;
    /// Hides (with reason, by, at) or shows a post again; not_found for an unknown post.
    virtual Result<void> SetPostHidden(int64_t post_id, bool hidden, const std::string& reason, int64_t by,
                                       int64_t at) = 0;
    /// Links a proposal to a thread (nothing when already linked); not_found for an unknown thread or proposal.
    virtual Result<void> LinkProposal(int64_t thread_id, int64_t proposal_id) = 0;
    /// not_found when not linked.
    virtual Result<void> UnlinkProposal(int64_t thread_id, int64_t proposal_id) = 0;
    /// Threads a proposal is linked to (id and title filled), by id.
    virtual Result<std::vector<ForumThread>> ThreadsOfProposal(int64_t proposal_id) = 0;

    // --- inbox ---
    virtual Result<void> AddNotifications(const std::vector<Notification>& notifications) = 0;
    /// Newest first; `limit` 0 = all.
    virtual Result<NotificationPage> ListNotifications(int64_t user_id, bool unread_only, int64_t offset,
                                                       int64_t limit) = 0;
    virtual Result<int64_t> UnreadCount(int64_t user_id) = 0;
    /// not_found when the notification is not the user's.
    virtual Result<void> MarkRead(int64_t user_id, int64_t id) = 0;
    /// Returns how many were unread.
    virtual Result<int64_t> MarkAllRead(int64_t user_id) = 0;
};

}  // namespace bangkom::storage
