#pragma once
// DeliveryRepository on SQLite: reads borrow a pool connection; writes take the store's write mutex first.

#include <mutex>

#include "storage/delivery_repository.hpp"
#include "storage/sqlite/connection_pool.hpp"

namespace bangkom::storage::sqlite {

class SqliteDelivery final : public DeliveryRepository {
  public:
    SqliteDelivery(ConnectionPool& pool, std::mutex& write_mutex) : pool_(pool), write_mutex_(write_mutex) {}

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
    ConnectionPool& pool_;
    std::mutex& write_mutex_;
};

}  // namespace bangkom::storage::sqlite
