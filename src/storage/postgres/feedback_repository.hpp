#pragma once
// FeedbackRepository on PostgreSQL: every call one transaction on a pool connection, retried like PostgresPlans.

#include "storage/feedback_repository.hpp"
#include "storage/postgres/connection_pool.hpp"

namespace bangkom::storage::postgres {

class PostgresFeedback final : public FeedbackRepository {
  public:
    explicit PostgresFeedback(ConnectionPool& pool) : pool_(pool) {}

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
    static constexpr int kMaxAttempts = 3;
    Result<std::vector<FeedbackCampaign>> SelectCampaigns(int64_t id, const std::string& offering);

    ConnectionPool& pool_;
};

}  // namespace bangkom::storage::postgres
