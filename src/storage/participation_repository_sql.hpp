#pragma once
// ParticipationRepository written once in portable SQL: the backends (sqlite/, postgres/) only run a unit of work
// in a transaction on one of their connections through SqlSession. SQL uses ?1..?N placeholders (PostgreSQL's
// session rewrites them to $1..$N), INTEGER flags 0/1, counts through COUNT(*), ids through RETURNING: nothing
// that differs between the two dialects. Internal to storage/.

#include <cstdint>
#include <functional>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <variant>
#include <vector>

#include "storage/participation_repository.hpp"

namespace bangkom::storage::participation {

/// A parameter: NULL, an integer or text.
using SqlValue = std::variant<std::nullptr_t, int64_t, std::string>;
/// A result row as text (integers in decimal), NULL as nullopt.
using SqlRow = std::vector<std::optional<std::string>>;

/// One connection inside one transaction.
class SqlSession {
  public:
    virtual ~SqlSession() = default;
    /// Runs `sql` (?1..?N placeholders; a constant or one of a bounded set of texts) and returns its rows.
    virtual Result<std::vector<SqlRow>> Query(std::string_view sql, std::span<const SqlValue> params) = 0;
    /// Runs a statement and returns the rows it changed.
    virtual Result<int64_t> Execute(std::string_view sql, std::span<const SqlValue> params) = 0;

    Result<std::vector<SqlRow>> Query(std::string_view sql, std::initializer_list<SqlValue> params) {
        return Query(sql, std::span<const SqlValue>(params.begin(), params.size()));
    }
    Result<int64_t> Execute(std::string_view sql, std::initializer_list<SqlValue> params) {
        return Execute(sql, std::span<const SqlValue>(params.begin(), params.size()));
    }
};

/// Column helpers over a text row.
std::string Text(const SqlRow& row, size_t col);
int64_t Int(const SqlRow& row, size_t col);

class SqlParticipation : public ParticipationRepository {
  public:
    Result<int64_t> CreateProposal(const domain::Proposal& proposal, const ProposalHistoryEntry& history,
                                   const std::vector<Notification>& notifications, int64_t at) override;
    Result<void> ChangeProposal(const ProposalChange& change) override;
    Result<void> DeleteProposal(int64_t id, domain::ProposalStatus expected) override;
    Result<std::vector<ProposalView>> ListProposals(const ProposalFilter& filter) override;
    Result<ProposalView> GetProposal(int64_t id, const std::string& voter_nip) override;
    Result<std::vector<ProposalHistoryEntry>> History(int64_t proposal_id) override;

    Result<int64_t> AddVote(int64_t proposal_id, const std::string& nip, int64_t at) override;
    Result<int64_t> RemoveVote(int64_t proposal_id, const std::string& nip) override;

    Result<std::optional<ProposalWindow>> FindWindow(int year, const std::string& agency_code) override;
    Result<std::vector<ProposalWindow>> ListWindows(int year, const std::string& agency_code) override;
    Result<void> PutWindow(const ProposalWindow& window) override;

    Result<std::pair<int64_t, int64_t>> CreateThread(const ForumThread& thread, const ForumPost& first) override;
    Result<ForumThread> GetThread(int64_t id) override;
    Result<ThreadPage> ListThreads(const ThreadFilter& filter) override;
    Result<std::vector<ForumPost>> Posts(int64_t thread_id) override;
    Result<ForumPost> GetPost(int64_t id) override;
    Result<int64_t> AddPost(const ForumPost& post, const std::vector<Notification>& notifications) override;
    Result<void> SetPostHidden(int64_t post_id, bool hidden, const std::string& reason, int64_t by,
                               int64_t at) override;
    Result<void> LinkProposal(int64_t thread_id, int64_t proposal_id) override;
    Result<void> UnlinkProposal(int64_t thread_id, int64_t proposal_id) override;
    Result<std::vector<ForumThread>> ThreadsOfProposal(int64_t proposal_id) override;

    Result<void> AddNotifications(const std::vector<Notification>& notifications) override;
    Result<NotificationPage> ListNotifications(int64_t user_id, bool unread_only, int64_t offset,
                                               int64_t limit) override;
    Result<int64_t> UnreadCount(int64_t user_id) override;
    Result<void> MarkRead(int64_t user_id, int64_t id) override;
    Result<int64_t> MarkAllRead(int64_t user_id) override;

  protected:
    using Work = std::function<Result<void>(SqlSession&)>;
    /// Runs `work` in one transaction (committed when it succeeds, rolled back otherwise). `write` false: a read
    /// snapshot. `work` may be run more than once (PostgreSQL retries serialization failures): it must assign
    /// its outputs, not append to them.
    virtual Result<void> Transact(bool write, const Work& work) = 0;
};

/// Inserts notifications within a session.
Result<void> InsertNotifications(SqlSession& s, const std::vector<Notification>& notifications);

}  // namespace bangkom::storage::participation
