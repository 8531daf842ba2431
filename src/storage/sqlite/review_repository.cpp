// Program revisions and SKM survey periods on SQLite (ReviewRepository). A period is saved in one write transaction
// that first looks for another period of the unit sharing a day with it (ISO dates compare as text).

#include "storage/sqlite/review_repository.hpp"

#include "storage/review_parts.hpp"

namespace bangkom::storage::sqlite {

namespace {

constexpr std::string_view kInsertRevision =
    "INSERT INTO revisi_program (kode_program, tanggal, aspek, ringkasan, dicatat_oleh, dicatat_pada) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) RETURNING id";
constexpr std::string_view kSelectRevisions =
    "SELECT id, kode_program, tanggal, aspek, ringkasan, dicatat_oleh, dicatat_pada FROM revisi_program "
    "WHERE (?1 = '' OR kode_program = ?1) ORDER BY kode_program, tanggal DESC, id DESC";
constexpr std::string_view kSelectPeriods =
    "SELECT id, kode_unit, nama, dari, sampai, dilayani, dibuat_oleh, dibuat_pada FROM periode_skm "
    "WHERE (?1 = '' OR kode_unit = ?1) ORDER BY kode_unit, dari, id";
constexpr std::string_view kOverlapping =
    "SELECT id, kode_unit, nama, dari, sampai, dilayani, dibuat_oleh, dibuat_pada FROM periode_skm "
    "WHERE kode_unit = ?1 AND id <> ?2 AND dari <= ?4 AND sampai >= ?3 ORDER BY dari, id LIMIT 1";
constexpr std::string_view kInsertPeriod =
    "INSERT INTO periode_skm (kode_unit, nama, dari, sampai, dilayani, dibuat_oleh, dibuat_pada) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id";
constexpr std::string_view kUpdatePeriod =
    "UPDATE periode_skm SET nama = ?3, dari = ?4, sampai = ?5, dilayani = ?6 WHERE kode_unit = ?1 AND id = ?2";
constexpr std::string_view kDeletePeriod = "DELETE FROM periode_skm WHERE kode_unit = ?1 AND id = ?2";

SurveyPeriod PeriodOf(const Statement& s) {
    return SurveyPeriod{s.ColumnInt(0),  s.ColumnText(1),
                        s.ColumnText(2), s.ColumnText(3),
                        s.ColumnText(4), s.ColumnIsNull(5) ? std::nullopt : std::optional<int64_t>(s.ColumnInt(5)),
                        s.ColumnInt(6),  s.ColumnInt(7)};
}

}  // namespace

Result<int64_t> SqliteReview::AddRevision(const ProgramRevision& revision) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto insert = (*lease)->Cached(kInsertRevision);
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.BindText(1, revision.program);
    s.BindText(2, revision.date);
    s.BindText(3, revision.aspect);
    s.BindText(4, revision.summary);
    s.BindInt(5, revision.recorded_by);
    s.BindInt(6, revision.recorded_at);
    auto row = s.Step();
    if (!row) return row.error();
    const int64_t id = s.ColumnInt(0);
    s.Reset();
    return id;
}

Result<std::vector<ProgramRevision>> SqliteReview::Revisions(const std::string& program) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(kSelectRevisions);
    if (!select) return select.error();
    Statement& s = **select;
    s.BindText(1, program);
    std::vector<ProgramRevision> out;
    for (;;) {
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back(ProgramRevision{s.ColumnInt(0), s.ColumnText(1), s.ColumnText(2), s.ColumnText(3),
                                      s.ColumnText(4), s.ColumnInt(5), s.ColumnInt(6)});
    }
}

Result<int64_t> SqliteReview::SaveSurveyPeriod(const SurveyPeriod& period) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    {
        auto overlap = c.Cached(kOverlapping);
        if (!overlap) return overlap.error();
        Statement& s = **overlap;
        s.BindText(1, period.unit);
        s.BindInt(2, period.id);
        s.BindText(3, period.from);
        s.BindText(4, period.to);
        auto row = s.Step();
        if (!row) return row.error();
        if (*row) {
            const SurveyPeriod other = PeriodOf(s);
            s.Reset();
            return review_parts::PeriodOverlaps(other);
        }
        s.Reset();
    }
    int64_t id = period.id;
    if (id == 0) {
        auto insert = c.Cached(kInsertPeriod);
        if (!insert) return insert.error();
        Statement& s = **insert;
        s.BindText(1, period.unit);
        s.BindText(2, period.name);
        s.BindText(3, period.from);
        s.BindText(4, period.to);
        if (period.served) {
            s.BindInt(5, *period.served);
        } else {
            s.BindNull(5);
        }
        s.BindInt(6, period.created_by);
        s.BindInt(7, period.created_at);
        auto row = s.Step();
        if (!row) return row.error();
        id = s.ColumnInt(0);
        s.Reset();
    } else {
        auto update = c.Cached(kUpdatePeriod);
        if (!update) return update.error();
        Statement& s = **update;
        s.BindText(1, period.unit);
        s.BindInt(2, period.id);
        s.BindText(3, period.name);
        s.BindText(4, period.from);
        s.BindText(5, period.to);
        if (period.served) {
            s.BindInt(6, *period.served);
        } else {
            s.BindNull(6);
        }
        if (auto ok = s.Run(); !ok) return ok.error();
        if (c.Changes() == 0) return review_parts::PeriodNotFound(period.unit, period.id);
    }
    if (auto ok = tx->Commit(); !ok) return ok.error();
    return id;
}

Result<std::vector<SurveyPeriod>> SqliteReview::SurveyPeriods(const std::string& unit) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(kSelectPeriods);
    if (!select) return select.error();
    Statement& s = **select;
    s.BindText(1, unit);
    std::vector<SurveyPeriod> out;
    for (;;) {
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back(PeriodOf(s));
    }
}

Result<void> SqliteReview::DeleteSurveyPeriod(const std::string& unit, int64_t id) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto remove = c.Cached(kDeletePeriod);
    if (!remove) return remove.error();
    (*remove)->BindText(1, unit);
    (*remove)->BindInt(2, id);
    if (auto ok = (*remove)->Run(); !ok) return ok;
    if (c.Changes() == 0) return review_parts::PeriodNotFound(unit, id);
    return {};
}

}  // namespace bangkom::storage::sqlite
