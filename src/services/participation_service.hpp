#pragma once
// The proposal (usulan) workflow of issue 5 over Store::Participation(): who sees which proposals, who may edit,
// submit, withdraw, review, reassign or +1 them, the proposal windows, the history, and the inbox notifications
// each step sends. Shared by the web API (docs/participation-api.md) and any command. Errors carry messages in the
// caller's language; codes: forbidden (wrong role or not the author/reviewer), not_found (unknown or not visible —
// the same answer), invalid_argument (a bad field, `details[0].column` naming it), conflict (duplicate),
// failed_precondition (wrong status, window closed).

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/enums.hpp"
#include "domain/result.hpp"
#include "storage/store.hpp"

namespace bangkom::services {

/// The fields an author writes.
struct ProposalInput {
    std::string competency;
    std::string reason;
    std::optional<domain::DevelopmentForm> form;
    int priority = 2;
    int year = 0;  // 0 = next calendar year
};

enum class ProposalListView { all, mine, review, visible };
enum class Decision { approve, return_, reject };

/// What the caller may do with one proposal now (for buttons; every action checks again).
struct ProposalPermissions {
    bool edit = false;
    bool submit = false;
    bool withdraw = false;
    bool review = false;
    bool reassign = false;
    bool vote = false;
};

/// A window as answered: the stored dates (none when unset) and whether today lies within them.
struct WindowState {
    int year = 0;
    std::string agency_code;
    std::optional<domain::Date> opens;
    std::optional<domain::Date> closes;
    bool open = false;
};

/// Today's UTC date.
domain::Date TodayUtc();

class ParticipationService {
  public:
    using Clock = std::function<int64_t()>;  // unix seconds
    explicit ParticipationService(storage::Store& store, Clock clock = {});

    int64_t Now() const;
    domain::Date Today() const;
    /// Next calendar year: the planning year proposals are for by default.
    int DefaultYear() const { return Today().year() + 1; }

    // --- proposals ---
    /// The proposals of `view` within the caller's scope, narrowed by `narrow` (year, statuses, competency,
    /// agency, search); most recently changed first.
    Result<std::vector<storage::ProposalView>> List(const storage::User& user, ProposalListView view,
                                                    storage::ProposalFilter narrow, domain::Lang lang);
    /// One proposal the caller may see; not_found otherwise.
    Result<storage::ProposalView> Get(const storage::User& user, int64_t id, domain::Lang lang);
    bool CanSee(const storage::User& user, const storage::ProposalView& p) const;
    bool IsReviewer(const storage::User& user, const storage::ProposalView& p) const;
    ProposalPermissions Permissions(const storage::User& user, const storage::ProposalView& p, bool window_open) const;

    Result<int64_t> Create(const storage::User& user, const ProposalInput& input, bool submit, domain::Lang lang);
    Result<void> Edit(const storage::User& user, int64_t id, const ProposalInput& input, domain::Lang lang);
    Result<void> Submit(const storage::User& user, int64_t id, domain::Lang lang);
    Result<void> Withdraw(const storage::User& user, int64_t id, domain::Lang lang);
    Result<void> Delete(const storage::User& user, int64_t id, domain::Lang lang);
    Result<void> Decide(const storage::User& user, int64_t id, Decision decision, const std::string& comment,
                        domain::Lang lang);
    /// `nip` "" restores the supervisor.
    Result<void> Reassign(const storage::User& user, int64_t id, const std::string& nip, domain::Lang lang);
    Result<std::vector<storage::ProposalHistoryEntry>> History(const storage::User& user, int64_t id,
                                                               domain::Lang lang);
    /// Adds (or removes) the caller's +1; returns the new count.
    Result<int64_t> Vote(const storage::User& user, int64_t id, bool add, domain::Lang lang);

    // --- windows ---
    Result<WindowState> Window(int year, const std::string& agency_code);
    /// Sets a window: pengelola_opd of the agency or admin_bkd; closes ≥ opens; unknown agency not_found.
    Result<WindowState> PutWindow(const storage::User& user, int year, const std::string& agency_code,
                                  const std::string& opens, const std::string& closes, domain::Lang lang);
    /// failed_precondition (with the dates) unless the window of (year, agency) is open today.
    Result<void> RequireOpen(int year, const std::string& agency_code, domain::Lang lang);

    /// Active accounts that must review `p`: those with the reviewer's NIP, else the agency's pengelola_opd.
    Result<std::vector<storage::User>> ReviewerAccounts(const storage::ProposalView& p);

  private:
    Result<void> Change(const storage::User& user, const storage::ProposalView& before, domain::Proposal after,
                        const std::string& action, const std::string& comment, domain::Lang lang);
    Result<storage::ProposalView> AuthorsOwn(const storage::User& user, int64_t id, domain::Lang lang);
    Result<void> ValidateInput(const ProposalInput& input, domain::Lang lang);
    Result<std::vector<storage::Notification>> NotificationsFor(const storage::ProposalView& p,
                                                                const std::string& action);

    storage::Store& store_;
    Clock clock_;
};

/// invalid_argument with `details[0].column` = `column`.
Error FieldError(domain::Lang lang, const char* column, const std::string& id, const std::string& en);

}  // namespace bangkom::services
