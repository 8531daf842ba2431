// Program revisions and SKM survey periods on PostgreSQL: the SQL of sqlite/review_repository.cpp in the $n form.
// Saving a period first locks the unit's row, so two periods saved at once for one unit are checked one after the
// other and cannot both pass the overlap check.

#include "storage/postgres/review_repository.hpp"

#include "storage/review_parts.hpp"

namespace bangkom::storage::postgres {

namespace {

constexpr std::string_view kInsertRevision =
    "INSERT INTO revisi_program (kode_program, tanggal, aspek, ringkasan, dicatat_oleh, dicatat_pada) "
    "VALUES ($1, $2, $3, $4, $5, $6) RETURNING id";
constexpr std::string_view kSelectRevisions =
    "SELECT id, kode_program, tanggal, aspek, ringkasan, dicatat_oleh, dicatat_pada FROM revisi_program "
    "WHERE ($1 = '' OR kode_program = $1) ORDER BY kode_program, tanggal DESC, id DESC";
constexpr std::string_view kSelectPeriods =
    "SELECT id, kode_unit, nama, dari, sampai, dilayani, dibuat_oleh, dibuat_pada FROM periode_skm "
    "WHERE ($1 = '' OR kode_unit = $1) ORDER BY kode_unit, dari, id";
constexpr std::string_view kLockUnit = "SELECT 1 FROM unit_layanan WHERE kode_unit = $1 FOR UPDATE";
constexpr std::string_view kOverlapping =
    "SELECT id, kode_unit, nama, dari, sampai, dilayani, dibuat_oleh, dibuat_pada FROM periode_skm "
    "WHERE kode_unit = $1 AND id <> $2::bigint AND dari <= $4 AND sampai >= $3 ORDER BY dari, id LIMIT 1";
constexpr std::string_view kInsertPeriod =
    "INSERT INTO periode_skm (kode_unit, nama, dari, sampai, dilayani, dibuat_oleh, dibuat_pada) "
    "VALUES ($1, $2, $3, $4, $5::bigint, $6, $7) RETURNING id";
constexpr std::string_view kUpdatePeriod =
    "UPDATE periode_skm SET nama = $3, dari = $4, sampai = $5, dilayani = $6::bigint "
    "WHERE kode_unit = $1 AND id = $2::bigint RETURNING id";
constexpr std::string_view kDeletePeriod =
    "DELETE FROM periode_skm WHERE kode_unit = $1 AND id = $2::bigint RETURNING id";

SurveyPeriod PeriodOf(const QueryResult& r, int i) {
    return SurveyPeriod{r.Int(i, 0),  r.Text(i, 1), r.Text(i, 2),
                        r.Text(i, 3), r.Text(i, 4), r.IsNull(i, 5) ? std::nullopt : std::optional<int64_t>(r.Int(i, 5)),
                        r.Int(i, 6),  r.Int(i, 7)};
}

Param ServedArg(const SurveyPeriod& p) {
    return p.served ? Arg::Int(*p.served) : Arg::Null();
}

}  // namespace

Result<int64_t> PostgresReview::AddRevision(const ProgramRevision& revision) {
    return RunRetrying(
        pool_,
        [&](Connection& c) -> Result<int64_t> {
            auto insert = c.Query(kInsertRevision, {Arg::Text(revision.program), Arg::Text(revision.date),
                                                    Arg::Text(revision.aspect), Arg::Text(revision.summary),
                                                    Arg::Int(revision.recorded_by), Arg::Int(revision.recorded_at)});
            if (!insert) return insert.error();
            return insert->Int(0, 0);
        },
        kMaxAttempts);
}

Result<std::vector<ProgramRevision>> PostgresReview::Revisions(const std::string& program) {
    return RunRetrying(
        pool_,
        [&](Connection& c) -> Result<std::vector<ProgramRevision>> {
            auto select = c.Query(kSelectRevisions, {Arg::Text(program)});
            if (!select) return select.error();
            std::vector<ProgramRevision> out;
            out.reserve(static_cast<size_t>(select->Rows()));
            for (int i = 0; i < select->Rows(); ++i) {
                out.push_back(ProgramRevision{select->Int(i, 0), select->Text(i, 1), select->Text(i, 2),
                                              select->Text(i, 3), select->Text(i, 4), select->Int(i, 5),
                                              select->Int(i, 6)});
            }
            return out;
        },
        kMaxAttempts);
}

Result<int64_t> PostgresReview::SaveSurveyPeriod(const SurveyPeriod& period) {
    return RunRetrying(
        pool_,
        [&](Connection& c) -> Result<int64_t> {
            auto tx = Transaction::Begin(c);
            if (!tx) return tx.error();
            if (auto locked = c.Query(kLockUnit, {Arg::Text(period.unit)}); !locked) return locked.error();
            auto overlap = c.Query(kOverlapping, {Arg::Text(period.unit), Arg::Int(period.id), Arg::Text(period.from),
                                                  Arg::Text(period.to)});
            if (!overlap) return overlap.error();
            if (overlap->Rows() > 0) return review_parts::PeriodOverlaps(PeriodOf(*overlap, 0));
            int64_t id = period.id;
            if (id == 0) {
                auto insert = c.Query(kInsertPeriod, {Arg::Text(period.unit), Arg::Text(period.name),
                                                      Arg::Text(period.from), Arg::Text(period.to), ServedArg(period),
                                                      Arg::Int(period.created_by), Arg::Int(period.created_at)});
                if (!insert) return insert.error();
                id = insert->Int(0, 0);
            } else {
                auto update =
                    c.Query(kUpdatePeriod, {Arg::Text(period.unit), Arg::Int(period.id), Arg::Text(period.name),
                                            Arg::Text(period.from), Arg::Text(period.to), ServedArg(period)});
                if (!update) return update.error();
                if (update->Rows() == 0) return review_parts::PeriodNotFound(period.unit, period.id);
            }
            if (auto ok = tx->Commit(); !ok) return ok.error();
            return id;
        },
        kMaxAttempts);
}

Result<std::vector<SurveyPeriod>> PostgresReview::SurveyPeriods(const std::string& unit) {
    return RunRetrying(
        pool_,
        [&](Connection& c) -> Result<std::vector<SurveyPeriod>> {
            auto select = c.Query(kSelectPeriods, {Arg::Text(unit)});
            if (!select) return select.error();
            std::vector<SurveyPeriod> out;
            out.reserve(static_cast<size_t>(select->Rows()));
            for (int i = 0; i < select->Rows(); ++i) out.push_back(PeriodOf(*select, i));
            return out;
        },
        kMaxAttempts);
}

Result<void> PostgresReview::DeleteSurveyPeriod(const std::string& unit, int64_t id) {
    return RunRetrying(
        pool_,
        [&](Connection& c) -> Result<void> {
            auto removed = c.Query(kDeletePeriod, {Arg::Text(unit), Arg::Int(id)});
            if (!removed) return removed.error();
            if (removed->Rows() == 0) return review_parts::PeriodNotFound(unit, id);
            return {};
        },
        kMaxAttempts);
}

}  // namespace bangkom::storage::postgres
