// Classes on PostgreSQL: the SQL of sqlite/delivery_repository.cpp in the $n form. Changes to one offering's
// participants take a transaction-scoped advisory lock on the offering, so that two processes enrolling at once
// never exceed its seats and a participant is decided once.

#include "storage/postgres/delivery_repository.hpp"

#include "storage/delivery_parts.hpp"

namespace bangkom::storage::postgres {

namespace {

using delivery_parts::AlreadyDecided;
using delivery_parts::CertificateNotFound;
using delivery_parts::NotAParticipant;
using delivery_parts::SeatsExceeded;
using delivery_parts::UnknownStatus;

constexpr std::string_view kLockOffering = "SELECT pg_advisory_xact_lock(hashtext('participants:' || $1::text))";
constexpr std::string_view kInsertParticipant =
    "INSERT INTO participants (kode_angkatan, nip, kode_opd, source, plan_id, status, enrolled_at, enrolled_by) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8) ON CONFLICT (kode_angkatan, nip) DO NOTHING";
constexpr std::string_view kListParticipants =
    "SELECT kode_angkatan, nip, kode_opd, source, plan_id, status, score, reason_id, reason_en, certificate, "
    "enrolled_at, enrolled_by, decided_at, decided_by FROM participants WHERE kode_angkatan = $1 "
    "ORDER BY kode_opd, nip";
constexpr std::string_view kParticipationsOf =
    "SELECT kode_angkatan, nip, kode_opd, source, plan_id, status, score, reason_id, reason_en, certificate, "
    "enrolled_at, enrolled_by, decided_at, decided_by FROM participants WHERE nip = $1 ORDER BY kode_angkatan";
constexpr std::string_view kCountParticipants = "SELECT COUNT(*) FROM participants WHERE kode_angkatan = $1";
constexpr std::string_view kCounts =
    "SELECT kode_angkatan, COUNT(*), SUM(CASE WHEN status = 'lulus' THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN status = 'tidak_lulus' THEN 1 ELSE 0 END) FROM participants GROUP BY kode_angkatan "
    "ORDER BY kode_angkatan";
constexpr std::string_view kSelectStatus = "SELECT status FROM participants WHERE kode_angkatan = $1 AND nip = $2";
constexpr std::string_view kDeleteParticipant = "DELETE FROM participants WHERE kode_angkatan = $1 AND nip = $2";
constexpr std::string_view kDeleteAttendanceOf = "DELETE FROM attendance WHERE kode_angkatan = $1 AND nip = $2";
constexpr std::string_view kUpsertMark =
    "INSERT INTO attendance (kode_angkatan, tanggal, nip, present) VALUES ($1, $2, $3, $4) "
    "ON CONFLICT (kode_angkatan, tanggal, nip) DO UPDATE SET present = excluded.present";
constexpr std::string_view kListAttendance =
    "SELECT nip, tanggal, present FROM attendance WHERE kode_angkatan = $1 ORDER BY tanggal, nip";
constexpr std::string_view kDecideParticipant =
    "UPDATE participants SET status = $3, score = $4, reason_id = $5, reason_en = $6, certificate = $7, "
    "decided_at = $8, decided_by = $9 WHERE kode_angkatan = $1 AND nip = $2";
constexpr std::string_view kInsertCertificate =
    "INSERT INTO certificates (number, kode_angkatan, nip, name, kode_opd, nama_opd, kode_program, nama_program, "
    "lembaga, jp, tanggal_mulai, tanggal_selesai, lokasi, issued_at) "
    "VALUES ($1, $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14)";
constexpr std::string_view kSelectCertificate =
    "SELECT number, kode_angkatan, nip, name, kode_opd, nama_opd, kode_program, nama_program, lembaga, jp, "
    "tanggal_mulai, tanggal_selesai, lokasi, issued_at FROM certificates WHERE number = $1";
constexpr std::string_view kUpsertCredit =
    "INSERT INTO riwayat_jp (nip, nama_kegiatan, tanggal_mulai, tanggal_selesai, jp, penyelenggara, "
    "nomor_sertifikat) VALUES ($1, $2, $3, $4, $5, $6, $7) ON CONFLICT (nip, nama_kegiatan, tanggal_mulai) "
    "DO UPDATE SET tanggal_selesai = excluded.tanggal_selesai, jp = excluded.jp, "
    "penyelenggara = excluded.penyelenggara, nomor_sertifikat = excluded.nomor_sertifikat";

Result<std::vector<Participant>> ReadParticipants(const QueryResult& r) {
    std::vector<Participant> out;
    out.reserve(static_cast<size_t>(r.Rows()));
    for (int i = 0; i < r.Rows(); ++i) {
        Participant p;
        p.offering = r.Text(i, 0);
        p.nip = r.Text(i, 1);
        p.agency = r.Text(i, 2);
        p.source = r.Text(i, 3);
        p.plan_id = r.Int(i, 4);
        const auto status = ParticipantStatusFromCode(r.TextView(i, 5));
        if (!status) return UnknownStatus(r.Text(i, 5));
        p.status = *status;
        if (!r.IsNull(i, 6)) p.score = r.Real(i, 6);
        p.reason_id = r.Text(i, 7);
        p.reason_en = r.Text(i, 8);
        p.certificate = r.Text(i, 9);
        p.enrolled_at = r.Int(i, 10);
        p.enrolled_by = r.Int(i, 11);
        p.decided_at = r.Int(i, 12);
        p.decided_by = r.Int(i, 13);
        out.push_back(std::move(p));
    }
    return out;
}

/// The participant's status, nullopt when not a participant.
Result<std::optional<ParticipantStatus>> StatusOf(Connection& c, const std::string& offering, const std::string& nip) {
    auto select = c.Query(kSelectStatus, {Arg::Text(offering), Arg::Text(nip)});
    if (!select) return select.error();
    if (select->Rows() == 0) return std::optional<ParticipantStatus>();
    const auto status = ParticipantStatusFromCode(select->TextView(0, 0));
    if (!status) return UnknownStatus(select->Text(0, 0));
    return std::optional<ParticipantStatus>(*status);
}

Result<void> Lock(Connection& c, const std::string& offering) {
    auto locked = c.Query(kLockOffering, {Arg::Text(offering)});
    if (!locked) return locked.error();
    return {};
}

Result<void> StoreDecision(Connection& c, const std::string& offering, const DecisionRecord& d, int64_t at,
                           int64_t by) {
    auto update = c.Query(kDecideParticipant,
                          {Arg::Text(offering), Arg::Text(d.nip), Arg::Text(ParticipantStatusCode(d.status)),
                           d.score ? Arg::Real(*d.score) : Arg::Null(), Arg::Text(d.reason_id), Arg::Text(d.reason_en),
                           Arg::Text(d.certificate ? d.certificate->number : ""), Arg::Int(at), Arg::Int(by)});
    if (!update) return update.error();
    if (const auto& r = d.certificate) {
        auto insert = c.Query(
            kInsertCertificate,
            {Arg::Text(r->number), Arg::Text(r->offering), Arg::Text(r->nip), Arg::Text(r->name), Arg::Text(r->agency),
             Arg::Text(r->agency_name), Arg::Text(r->program), Arg::Text(r->program_name), Arg::Text(r->institution),
             Arg::Int(r->jp), Arg::Text(r->start), Arg::Text(r->end), Arg::Text(r->location), Arg::Int(r->issued_at)});
        if (!insert) return insert.error();
    }
    if (const auto& e = d.credit) {
        auto upsert = c.Query(kUpsertCredit, {Arg::Text(e->nip.str()), Arg::Text(e->activity),
                                              Arg::Text(e->start.ToIso()), Arg::Text(e->end.ToIso()), Arg::Int(e->jp),
                                              Arg::Text(e->organizer), Arg::Text(e->certificate_number)});
        if (!upsert) return upsert.error();
    }
    return {};
}

}  // namespace

Result<EnrollOutcome> PostgresDelivery::Enroll(const std::string& offering, const std::vector<Participant>& rows,
                                               int capacity) {
    return Run([&](Connection& c) -> Result<EnrollOutcome> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        if (auto ok = Lock(c, offering); !ok) return ok.error();
        EnrollOutcome outcome;
        for (const auto& p : rows) {
            auto insert = c.Query(kInsertParticipant,
                                  {Arg::Text(offering), Arg::Text(p.nip), Arg::Text(p.agency), Arg::Text(p.source),
                                   Arg::Int(p.plan_id), Arg::Text(ParticipantStatusCode(ParticipantStatus::enrolled)),
                                   Arg::Int(p.enrolled_at), Arg::Int(p.enrolled_by)});
            if (!insert) return insert.error();
            if (insert->Affected() > 0) {
                ++outcome.added;
            } else {
                ++outcome.already;
            }
        }
        auto count = c.Query(kCountParticipants, {Arg::Text(offering)});
        if (!count) return count.error();
        const int64_t total = count->Int(0, 0);
        if (capacity > 0 && total > capacity) return SeatsExceeded(capacity, total - outcome.added);
        if (auto ok = tx->Commit(); !ok) return ok.error();
        return outcome;
    });
}

Result<std::vector<Participant>> PostgresDelivery::ListParticipants(const std::string& offering) {
    return Run([&](Connection& c) -> Result<std::vector<Participant>> {
        auto select = c.Query(kListParticipants, {Arg::Text(offering)});
        if (!select) return select.error();
        return ReadParticipants(*select);
    });
}

Result<std::vector<Participant>> PostgresDelivery::ParticipationsOf(const std::string& nip) {
    return Run([&](Connection& c) -> Result<std::vector<Participant>> {
        auto select = c.Query(kParticipationsOf, {Arg::Text(nip)});
        if (!select) return select.error();
        return ReadParticipants(*select);
    });
}

Result<std::vector<OfferingCounts>> PostgresDelivery::Counts() {
    return Run([&](Connection& c) -> Result<std::vector<OfferingCounts>> {
        auto select = c.Query(kCounts);
        if (!select) return select.error();
        std::vector<OfferingCounts> out;
        out.reserve(static_cast<size_t>(select->Rows()));
        for (int i = 0; i < select->Rows(); ++i) {
            out.push_back(OfferingCounts{select->Text(i, 0), select->Int(i, 1), select->Int(i, 2), select->Int(i, 3)});
        }
        return out;
    });
}

Result<void> PostgresDelivery::Withdraw(const std::string& offering, const std::string& nip) {
    return Run([&](Connection& c) -> Result<void> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        if (auto ok = Lock(c, offering); !ok) return ok;
        auto status = StatusOf(c, offering, nip);
        if (!status) return status.error();
        if (!*status) return NotAParticipant(offering, nip);
        if (**status != ParticipantStatus::enrolled) return AlreadyDecided(nip);
        for (std::string_view sql : {kDeleteParticipant, kDeleteAttendanceOf}) {
            auto del = c.Query(sql, {Arg::Text(offering), Arg::Text(nip)});
            if (!del) return del.error();
        }
        return tx->Commit();
    });
}

Result<void> PostgresDelivery::SaveAttendance(const std::string& offering, const std::string& date,
                                              const std::vector<AttendanceMark>& marks) {
    return Run([&](Connection& c) -> Result<void> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        for (const auto& m : marks) {
            auto upsert = c.Query(
                kUpsertMark, {Arg::Text(offering), Arg::Text(date), Arg::Text(m.nip), Arg::Int(m.present ? 1 : 0)});
            if (!upsert) return upsert.error();
        }
        return tx->Commit();
    });
}

Result<std::vector<AttendanceMark>> PostgresDelivery::ListAttendance(const std::string& offering) {
    return Run([&](Connection& c) -> Result<std::vector<AttendanceMark>> {
        auto select = c.Query(kListAttendance, {Arg::Text(offering)});
        if (!select) return select.error();
        std::vector<AttendanceMark> out;
        out.reserve(static_cast<size_t>(select->Rows()));
        for (int i = 0; i < select->Rows(); ++i) {
            out.push_back(AttendanceMark{select->Text(i, 0), select->Text(i, 1), select->Int(i, 2) != 0});
        }
        return out;
    });
}

Result<void> PostgresDelivery::Decide(const std::string& offering, const std::vector<DecisionRecord>& decisions,
                                      int64_t at, int64_t by) {
    return Run([&](Connection& c) -> Result<void> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        if (auto ok = Lock(c, offering); !ok) return ok;
        for (const auto& d : decisions) {
            auto status = StatusOf(c, offering, d.nip);
            if (!status) return status.error();
            if (!*status) return NotAParticipant(offering, d.nip);
            if (**status != ParticipantStatus::enrolled) return AlreadyDecided(d.nip);
            if (auto ok = StoreDecision(c, offering, d, at, by); !ok) return ok;
        }
        return tx->Commit();
    });
}

Result<CertificateRecord> PostgresDelivery::FindCertificate(const std::string& number) {
    return Run([&](Connection& c) -> Result<CertificateRecord> {
        auto select = c.Query(kSelectCertificate, {Arg::Text(number)});
        if (!select) return select.error();
        if (select->Rows() == 0) return CertificateNotFound(number);
        const QueryResult& r = *select;
        return CertificateRecord{
            r.Text(0, 0),  r.Text(0, 1),  r.Text(0, 2),  r.Text(0, 3), r.Text(0, 4),
            r.Text(0, 5),  r.Text(0, 6),  r.Text(0, 7),  r.Text(0, 8), static_cast<int>(r.Int(0, 9)),
            r.Text(0, 10), r.Text(0, 11), r.Text(0, 12), r.Int(0, 13)};
    });
}

}  // namespace bangkom::storage::postgres
