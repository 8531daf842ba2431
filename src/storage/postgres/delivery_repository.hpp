#pragma once
// DeliveryRepository on PostgreSQL: every call one transaction on a pool connection, retried like PostgresPlans.

#include "storage/delivery_repository.hpp"
#include "storage/postgres/connection_pool.hpp"

namespace bangkom::storage::postgres {

class PostgresDelivery final : public DeliveryRepository {
  public:
    explicit PostgresDelivery(ConnectionPool& pool) : pool_(pool) {}

    Result<EnrollOutcome> Enroll(const std::string& offering, const std::vector<Participant>& rows,
                                 int capacity) override;
    Result<std::vector<Participant>> ListParticipants(const std::string& offering) override;
    Result<std::vector<Participant>> ParticipationsOf(const std::string& nip) override;
    Result<std::vector<OfferingCounts>> Counts() override;
    Result<void> Withdraw(const std::string& offering, const std::string& nip) override;
    Result<void> SaveAttendance(const std::string& offering, const std::string& date,
                                const std::vector<AttendanceMark>& marks) override;
    Result<std::vector<AttendanceMark>> ListAttendance(const std::string& offering) override;
    Result<void> Decide(const std::string& offering, const std::vector<DecisionRecord>& decisions, int64_t at,
                        int64_t by) override;
    Result<CertificateRecord> FindCertificate(const std::string& number) override;
    Result<void> SubmitReaction(const domain::ReactionAnswer& answer, const std::string& nip) override;
    Result<std::vector<ReactionReceipt>> ReactionReceipts(const std::string& offering, const std::string& nip) override;

  private:
    static constexpr int kMaxAttempts = 3;
    template <class Work>
    auto Run(Work&& work) -> decltype(work(std::declval<Connection&>()));

    ConnectionPool& pool_;
};

template <class Work>
auto PostgresDelivery::Run(Work&& work) -> decltype(work(std::declval<Connection&>())) {
    return RunRetrying(pool_, std::forward<Work>(work), kMaxAttempts);
}

}  // namespace bangkom::storage::postgres
