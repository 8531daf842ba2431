#pragma once
// Repository of classes (issue 7, docs/delivery-api.md): the participants of each offering, the roll of each day,
// the pass / not-passed decision and the certificates it issues. Reached through Store::Delivery(); each backend
// implements it in sqlite/delivery_repository.* and postgres/delivery_repository.*, and the contract suite runs
// on both. A decision that passes writes, in the same transaction, the certificate and the employee's riwayat_jp
// row (the history the 20 JP rule reads): either all of it is stored or none. A reaction answered in the app writes
// its `reaksi` row (without NIP when anonymous) and, apart from it, the mark that the participant has answered.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/records.hpp"
#include "domain/result.hpp"

namespace bangkom::storage {

enum class ParticipantStatus { enrolled, passed, failed };

/// "terdaftar", "lulus", "tidak_lulus".
std::string_view ParticipantStatusCode(ParticipantStatus status);
std::optional<ParticipantStatus> ParticipantStatusFromCode(std::string_view code);

struct Participant {
    std::string offering;  // kode_angkatan
    std::string nip;
    std::string agency;   // the employee's kode_opd when enrolled
    std::string source;   // "rencana" or "manual"
    int64_t plan_id = 0;  // the approved plan it came from; 0 = by hand
    ParticipantStatus status = ParticipantStatus::enrolled;
    std::optional<double> score;
    std::string reason_id;  // the decision's reason
    std::string reason_en;
    std::string certificate;  // its number once passed
    int64_t enrolled_at = 0;
    int64_t enrolled_by = 0;  // user id
    int64_t decided_at = 0;   // 0 = not decided
    int64_t decided_by = 0;
    friend bool operator==(const Participant&, const Participant&) = default;
};

/// One participant on one day.
struct AttendanceMark {
    std::string nip;
    std::string date;  // YYYY-MM-DD
    bool present = false;
    friend bool operator==(const AttendanceMark&, const AttendanceMark&) = default;
};

/// What a certificate says, kept as issued (a later rename of the program does not change a certificate).
struct CertificateRecord {
    std::string number;
    std::string offering;
    std::string nip;
    std::string name;
    std::string agency;
    std::string agency_name;
    std::string program;
    std::string program_name;
    std::string institution;
    int jp = 0;
    std::string start;  // YYYY-MM-DD
    std::string end;
    std::string location;
    int64_t issued_at = 0;  // unix seconds
    friend bool operator==(const CertificateRecord&, const CertificateRecord&) = default;
};

/// The decision on one participant; `certificate` and `credit` only when passed.
struct DecisionRecord {
    std::string nip;
    ParticipantStatus status = ParticipantStatus::passed;
    std::optional<double> score;
    std::string reason_id;
    std::string reason_en;
    std::optional<CertificateRecord> certificate;
    std::optional<domain::JpHistoryEntry> credit;
};

struct EnrollOutcome {
    int64_t added = 0;
    int64_t already = 0;  // listed but enrolled before: left as they were
};

/// That a participant answered the reaction survey of an offering in the app (no time, no link to the answer).
struct ReactionReceipt {
    std::string offering;
    std::string nip;
    friend bool operator==(const ReactionReceipt&, const ReactionReceipt&) = default;
};

/// Participants of one offering per status (for the list of offerings).
struct OfferingCounts {
    std::string offering;
    int64_t enrolled = 0;  // every participant, whatever the status
    int64_t passed = 0;
    int64_t failed = 0;
};

class DeliveryRepository {
  public:
    virtual ~DeliveryRepository() = default;

    /// Adds the participants of `offering` that are not in it yet (status enrolled), all or nothing.
    /// conflict (nothing added) when `capacity` > 0 and the offering would then hold more than `capacity`.
    virtual Result<EnrollOutcome> Enroll(const std::string& offering, const std::vector<Participant>& rows,
                                         int capacity) = 0;
    /// The participants of `offering` sorted by (agency, nip); empty for an offering nobody joined.
    virtual Result<std::vector<Participant>> ListParticipants(const std::string& offering) = 0;
    /// Every offering the employee joined, sorted by offering code.
    virtual Result<std::vector<Participant>> ParticipationsOf(const std::string& nip) = 0;
    /// Counts per offering, for every offering with a participant.
    virtual Result<std::vector<OfferingCounts>> Counts() = 0;
    /// Removes an undecided participant and its attendance: not_found when not a participant, conflict once
    /// decided.
    virtual Result<void> Withdraw(const std::string& offering, const std::string& nip) = 0;
    /// Replaces the marks of `date` for the listed participants (others of that day stay), all or nothing.
    virtual Result<void> SaveAttendance(const std::string& offering, const std::string& date,
                                        const std::vector<AttendanceMark>& marks) = 0;
    /// Every mark of `offering`, sorted by (date, nip).
    virtual Result<std::vector<AttendanceMark>> ListAttendance(const std::string& offering) = 0;
    /// Stores the decisions, their certificates and JP credits in one transaction: conflict (nothing stored)
    /// when a listed participant is not enrolled-and-undecided any more; not_found when not a participant.
    virtual Result<void> Decide(const std::string& offering, const std::vector<DecisionRecord>& decisions, int64_t at,
                                int64_t by) = 0;
    /// not_found when no certificate has this number.
    virtual Result<CertificateRecord> FindCertificate(const std::string& number) = 0;

    /// Stores `answer` as a `reaksi` row of its offering (answer.nip empty = anonymous, stored NULL) and the mark
    /// that `nip` answered, in one transaction: conflict (nothing stored) when `nip` answered this offering before.
    virtual Result<void> SubmitReaction(const domain::ReactionAnswer& answer, const std::string& nip) = 0;
    /// The marks of `offering` (empty = every offering) and `nip` (empty = everyone), sorted by (offering, nip).
    virtual Result<std::vector<ReactionReceipt>> ReactionReceipts(const std::string& offering,
                                                                  const std::string& nip) = 0;
};

}  // namespace bangkom::storage
