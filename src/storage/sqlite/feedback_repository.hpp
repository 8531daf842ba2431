#pragma once
// FeedbackRepository on SQLite: reads borrow a pool connection; writes take the store's write mutex first.

#include <mutex>

#include "storage/feedback_repository.hpp"
#include "storage/sqlite/connection_pool.hpp"

namespace bangkom::storage::sqlite {

class SqliteFeedback final : public FeedbackRepository {
  public:
    SqliteFeedback(ConnectionPool& pool, std::mutex& write_mutex) : pool_(pool), write_mutex_(write_mutex) {}

    Result<int64_t> CreateCampaign(const FeedbackCampaign& campaign,
                                   const std::vector<FeedbackInvitation>& invitations) override;
    Result<std::vector<FeedbackCampaign>> Campaigns(const std::string& offering) override;
    Result<FeedbackCampaign> FindCampaign(int64_t id) override;
    Result<void> SetCampaignDays(int64_t id, const std::string& opens, const std::string& closes) override;
    Result<std::vector<FeedbackInvitation>> Invitations(int64_t campaign, const std::string& rater,
                                                        const std::string& rated) override;
    Result<void> SubmitFeedback(const FeedbackInvitation& invitation,
                                const std::vector<domain::Feedback360>& rows) override;

  private:
    Result<std::vector<FeedbackCampaign>> SelectCampaigns(int64_t id, const std::string& offering);

    ConnectionPool& pool_;
    std::mutex& write_mutex_;
};

}  // namespace bangkom::storage::sqlite
