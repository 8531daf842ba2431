// Classes on SQLite: one write transaction per change, reads on a pool connection.

#include "storage/sqlite/delivery_repository.hpp"

#include "storage/delivery_parts.hpp"

namespace bangkom::storage::sqlite {

namespace {

using delivery_parts::AlreadyDecided;
using delivery_parts::CertificateNotFound;
using delivery_parts::NotAParticipant;
using delivery_parts::SeatsExceeded;
using delivery_parts::UnknownStatus;

constexpr std::string_view kInsertParticipant =
    "INSERT INTO participants (kode_angkatan, nip, kode_opd, source, plan_id, status, enrolled_at, enrolled_by) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8) ON CONFLICT (kode_angkatan, nip) DO NOTHING";
constexpr std::string_view kListParticipants =
    "SELECT kode_angkatan, nip, kode_opd, source, plan_id, status, score, reason_id, reason_en, certificate, "
    "enrolled_at, enrolled_by, decided_at, decided_by FROM participants WHERE kode_angkatan = ?1 "
    "ORDER BY kode_opd, nip";
constexpr std::string_view kParticipationsOf =
    "SELECT kode_angkatan, nip, kode_opd, source, plan_id, status, score, reason_id, reason_en, certificate, "
    "enrolled_at, enrolled_by, decided_at, decided_by FROM participants WHERE nip = ?1 ORDER BY kode_angkatan";
constexpr std::string_view kCountParticipants = "SELECT COUNT(*) FROM participants WHERE kode_angkatan = ?1";
constexpr std::string_view kCounts =
    "SELECT kode_angkatan, COUNT(*), SUM(CASE WHEN status = 'lulus' THEN 1 ELSE 0 END), "
    "SUM(CASE WHEN status = 'tidak_lulus' THEN 1 ELSE 0 END) FROM participants GROUP BY kode_angkatan "
    "ORDER BY kode_angkatan";
constexpr std::string_view kSelectStatus = "SELECT status FROM participants WHERE kode_angkatan = ?1 AND nip = ?2";
constexpr std::string_view kDeleteParticipant = "DELETE FROM participants WHERE kode_angkatan = ?1 AND nip = ?2";
constexpr std::string_view kDeleteAttendanceOf = "DELETE FROM attendance WHERE kode_angkatan = ?1 AND nip = ?2";
constexpr std::string_view kUpsertMark =
    "INSERT INTO attendance (kode_angkatan, tanggal, nip, present) VALUES (?1, ?2, ?3, ?4) "
    "ON CONFLICT (kode_angkatan, tanggal, nip) DO UPDATE SET present = excluded.present";
constexpr std::string_view kListAttendance =
    "SELECT nip, tanggal, present FROM attendance WHERE kode_angkatan = ?1 ORDER BY tanggal, nip";
constexpr std::string_view kDecideParticipant =
    "UPDATE participants SET status = ?3, score = ?4, reason_id = ?5, reason_en = ?6, certificate = ?7, "
    "decided_at = ?8, decided_by = ?9 WHERE kode_angkatan = ?1 AND nip = ?2";
constexpr std::string_view kInsertCertificate =
    "INSERT INTO certificates (number, kode_angkatan, nip, name, kode_opd, nama_opd, kode_program, nama_program, "
    "lembaga, jp, tanggal_mulai, tanggal_selesai, lokasi, issued_at) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14)";
constexpr std::string_view kSelectCertificate =
    "SELECT number, kode_angkatan, nip, name, kode_opd, nama_opd, kode_program, nama_program, lembaga, jp, "
    "tanggal_mulai, tanggal_selesai, lokasi, issued_at FROM certificates WHERE number = ?1";
constexpr std::string_view kUpsertCredit =
    "INSERT INTO riwayat_jp (nip, nama_kegiatan, tanggal_mulai, tanggal_selesai, jp, penyelenggara, "
    "nomor_sertifikat) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) ON CONFLICT (nip, nama_kegiatan, tanggal_mulai) "
    "DO UPDATE SET tanggal_selesai = excluded.tanggal_selesai, jp = excluded.jp, "
    "penyelenggara = excluded.penyelenggara, nomor_sertifikat = excluded.nomor_sertifikat";

Result<Participant> ReadParticipant(const Statement& s) {
    Participant p;
    p.offering = s.ColumnText(0);
    p.nip = s.ColumnText(1);
    p.agency = s.ColumnText(2);
    p.source = s.ColumnText(3);
    p.plan_id = s.ColumnInt(4);
    const auto status = ParticipantStatusFromCode(s.ColumnText(5));
    if (!status) return UnknownStatus(s.ColumnText(5));
    p.status = *status;
    if (!s.ColumnIsNull(6)) p.score = s.ColumnDouble(6);
    p.reason_id = s.ColumnText(7);
    p.reason_en = s.ColumnText(8);
    p.certificate = s.ColumnText(9);
    p.enrolled_at = s.ColumnInt(10);
    p.enrolled_by = s.ColumnInt(11);
    p.decided_at = s.ColumnInt(12);
    p.decided_by = s.ColumnInt(13);
    return p;
}

Result<std::vector<Participant>> SelectParticipants(Connection& c, std::string_view sql, const std::string& key) {
    auto select = c.Cached(sql);
    if (!select) return select.error();
    Statement& s = **select;
    s.BindText(1, key);
    std::vector<Participant> out;
    for (;;) {
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return out;
        auto p = ReadParticipant(s);
        if (!p) return p.error();
        out.push_back(std::move(*p));
    }
}

Result<int64_t> CountOf(Connection& c, const std::string& offering) {
    auto count = c.Cached(kCountParticipants);
    if (!count) return count.error();
    (*count)->BindText(1, offering);
    auto row = (*count)->Step();
    if (!row) return row.error();
    return (*count)->ColumnInt(0);
}

Result<std::optional<ParticipantStatus>> StatusOf(Connection& c, const std::string& offering, const std::string& nip) {
    auto select = c.Cached(kSelectStatus);
    if (!select) return select.error();
    (*select)->BindText(1, offering);
    (*select)->BindText(2, nip);
    auto row = (*select)->Step();
    if (!row) return row.error();
    if (!*row) return std::optional<ParticipantStatus>();
    const std::string code = (*select)->ColumnText(0);
    const auto status = ParticipantStatusFromCode(code);
    if (!status) return UnknownStatus(code);
    return std::optional<ParticipantStatus>(*status);
}

Result<void> InsertCertificate(Connection& c, const CertificateRecord& r) {
    auto insert = c.Cached(kInsertCertificate);
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.BindText(1, r.number);
    s.BindText(2, r.offering);
    s.BindText(3, r.nip);
    s.BindText(4, r.name);
    s.BindText(5, r.agency);
    s.BindText(6, r.agency_name);
    s.BindText(7, r.program);
    s.BindText(8, r.program_name);
    s.BindText(9, r.institution);
    s.BindInt(10, r.jp);
    s.BindText(11, r.start);
    s.BindText(12, r.end);
    s.BindText(13, r.location);
    s.BindInt(14, r.issued_at);
    return s.Run();
}

Result<void> UpsertCredit(Connection& c, const domain::JpHistoryEntry& e) {
    auto upsert = c.Cached(kUpsertCredit);
    if (!upsert) return upsert.error();
    Statement& s = **upsert;
    s.BindText(1, e.nip.str());
    s.BindText(2, e.activity);
    s.BindText(3, e.start.ToIso());
    s.BindText(4, e.end.ToIso());
    s.BindInt(5, e.jp);
    s.BindText(6, e.organizer);
    s.BindText(7, e.certificate_number);
    return s.Run();
}

}  // namespace

Result<EnrollOutcome> SqliteDelivery::Enroll(const std::string& offering, const std::vector<Participant>& rows,
                                             int capacity) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    auto insert = c.Cached(kInsertParticipant);
    if (!insert) return insert.error();
    EnrollOutcome outcome;
    for (const auto& p : rows) {
        Statement& s = **insert;
        s.Reset();
        s.BindText(1, offering);
        s.BindText(2, p.nip);
        s.BindText(3, p.agency);
        s.BindText(4, p.source);
        s.BindInt(5, p.plan_id);
        s.BindText(6, ParticipantStatusCode(ParticipantStatus::enrolled));
        s.BindInt(7, p.enrolled_at);
        s.BindInt(8, p.enrolled_by);
        if (auto ok = s.Run(); !ok) return ok.error();
        if (c.Changes() > 0) {
            ++outcome.added;
        } else {
            ++outcome.already;
        }
    }
    auto count = CountOf(c, offering);
    if (!count) return count.error();
    if (capacity > 0 && *count > capacity) return SeatsExceeded(capacity, *count - outcome.added);
    if (auto ok = tx->Commit(); !ok) return ok.error();
    return outcome;
}

Result<std::vector<Participant>> SqliteDelivery::ListParticipants(const std::string& offering) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    return SelectParticipants(**lease, kListParticipants, offering);
}

Result<std::vector<Participant>> SqliteDelivery::ParticipationsOf(const std::string& nip) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    return SelectParticipants(**lease, kParticipationsOf, nip);
}

Result<std::vector<OfferingCounts>> SqliteDelivery::Counts() {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(kCounts);
    if (!select) return select.error();
    Statement& s = **select;
    std::vector<OfferingCounts> out;
    for (;;) {
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back(OfferingCounts{s.ColumnText(0), s.ColumnInt(1), s.ColumnInt(2), s.ColumnInt(3)});
    }
}

Result<void> SqliteDelivery::Withdraw(const std::string& offering, const std::string& nip) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    auto status = StatusOf(c, offering, nip);
    if (!status) return status.error();
    if (!*status) return NotAParticipant(offering, nip);
    if (**status != ParticipantStatus::enrolled) return AlreadyDecided(nip);
    for (std::string_view sql : {kDeleteParticipant, kDeleteAttendanceOf}) {
        auto del = c.Cached(sql);
        if (!del) return del.error();
        (*del)->BindText(1, offering);
        (*del)->BindText(2, nip);
        if (auto ok = (*del)->Run(); !ok) return ok;
    }
    return tx->Commit();
}

Result<void> SqliteDelivery::SaveAttendance(const std::string& offering, const std::string& date,
                                            const std::vector<AttendanceMark>& marks) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    auto upsert = c.Cached(kUpsertMark);
    if (!upsert) return upsert.error();
    for (const auto& m : marks) {
        Statement& s = **upsert;
        s.Reset();
        s.BindText(1, offering);
        s.BindText(2, date);
        s.BindText(3, m.nip);
        s.BindInt(4, m.present ? 1 : 0);
        if (auto ok = s.Run(); !ok) return ok;
    }
    return tx->Commit();
}

Result<std::vector<AttendanceMark>> SqliteDelivery::ListAttendance(const std::string& offering) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(kListAttendance);
    if (!select) return select.error();
    Statement& s = **select;
    s.BindText(1, offering);
    std::vector<AttendanceMark> out;
    for (;;) {
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back(AttendanceMark{s.ColumnText(0), s.ColumnText(1), s.ColumnInt(2) != 0});
    }
}

Result<void> SqliteDelivery::Decide(const std::string& offering, const std::vector<DecisionRecord>& decisions,
                                    int64_t at, int64_t by) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    for (const auto& d : decisions) {
        auto status = StatusOf(c, offering, d.nip);
        if (!status) return status.error();
        if (!*status) return NotAParticipant(offering, d.nip);
        if (**status != ParticipantStatus::enrolled) return AlreadyDecided(d.nip);
        auto update = c.Cached(kDecideParticipant);
        if (!update) return update.error();
        Statement& s = **update;
        s.BindText(1, offering);
        s.BindText(2, d.nip);
        s.BindText(3, ParticipantStatusCode(d.status));
        if (d.score) {
            s.BindDouble(4, *d.score);
        } else {
            s.BindNull(4);
        }
        s.BindText(5, d.reason_id);
        s.BindText(6, d.reason_en);
        s.BindText(7, d.certificate ? d.certificate->number : "");
        s.BindInt(8, at);
        s.BindInt(9, by);
        if (auto ok = s.Run(); !ok) return ok;
        if (d.certificate) {
            if (auto ok = InsertCertificate(c, *d.certificate); !ok) return ok;
        }
        if (d.credit) {
            if (auto ok = UpsertCredit(c, *d.credit); !ok) return ok;
        }
    }
    return tx->Commit();
}

Result<CertificateRecord> SqliteDelivery::FindCertificate(const std::string& number) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(kSelectCertificate);
    if (!select) return select.error();
    Statement& s = **select;
    s.BindText(1, number);
    auto row = s.Step();
    if (!row) return row.error();
    if (!*row) return CertificateNotFound(number);
    return CertificateRecord{
        s.ColumnText(0),  s.ColumnText(1),  s.ColumnText(2),  s.ColumnText(3), s.ColumnText(4),
        s.ColumnText(5),  s.ColumnText(6),  s.ColumnText(7),  s.ColumnText(8), static_cast<int>(s.ColumnInt(9)),
        s.ColumnText(10), s.ColumnText(11), s.ColumnText(12), s.ColumnInt(13)};
}

}  // namespace bangkom::storage::sqlite
