// SqlParticipation: proposals (on the usulan table), their history, +1 votes and proposal windows.

#include <cctype>
#include <charconv>
#include <string>

#include "domain/enums.hpp"
#include "storage/participation_repository_sql.hpp"

namespace bangkom::storage::participation {

using domain::ProposalStatus;

namespace {

constexpr std::string_view kSelectProposals =
    "SELECT u.id, u.nip, u.kode_kompetensi, u.tahun, u.alasan, u.bentuk, u.prioritas, u.status, p.nama, "
    "p.kode_opd, COALESCE(o.nama_opd, ''), COALESCE(k.nama, ''), COALESCE(p.nip_atasan, ''), "
    "COALESCE(m.reviewer_nip, ''), COALESCE(r.nip, ''), COALESCE(r.nama, ''), COALESCE(m.last_comment, ''), "
    "(SELECT COUNT(*) FROM proposal_votes v WHERE v.usulan_id = u.id), "
    "(SELECT COUNT(*) FROM proposal_votes v WHERE v.usulan_id = u.id AND v.nip = ?1), "
    "COALESCE(m.created_at, 0), COALESCE(m.updated_at, 0) "
    "FROM usulan u JOIN pegawai p ON p.nip = u.nip "
    "LEFT JOIN opd o ON o.kode_opd = p.kode_opd "
    "LEFT JOIN kompetensi k ON k.kode = u.kode_kompetensi "
    "LEFT JOIN proposal_meta m ON m.usulan_id = u.id "
    "LEFT JOIN pegawai r ON r.nip = COALESCE(NULLIF(m.reviewer_nip, ''), p.nip_atasan) "
    "WHERE 1 = 1";
constexpr std::string_view kOrderProposals = " ORDER BY COALESCE(m.updated_at, 0) DESC, u.id DESC";

constexpr std::string_view kInsertProposal =
    "INSERT INTO usulan (nip, kode_kompetensi, tahun, alasan, bentuk, prioritas, status) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7) RETURNING id";
constexpr std::string_view kInsertMeta =
    "INSERT INTO proposal_meta (usulan_id, reviewer_nip, last_comment, created_at, updated_at) "
    "VALUES (?1, '', '', ?2, ?2) ON CONFLICT (usulan_id) DO NOTHING";
constexpr std::string_view kUpdateMeta =
    "UPDATE proposal_meta SET last_comment = ?2, updated_at = ?3 WHERE usulan_id = ?1";
constexpr std::string_view kUpdateReviewer = "UPDATE proposal_meta SET reviewer_nip = ?2 WHERE usulan_id = ?1";
constexpr std::string_view kUpdateProposal =
    "UPDATE usulan SET kode_kompetensi = ?2, tahun = ?3, alasan = ?4, bentuk = ?5, prioritas = ?6, status = ?7 "
    "WHERE id = ?1 AND status = ?8";
constexpr std::string_view kCountProposal = "SELECT COUNT(*) FROM usulan WHERE id = ?1";
constexpr std::string_view kDeleteProposal = "DELETE FROM usulan WHERE id = ?1 AND status = ?2";
constexpr std::string_view kInsertHistory =
    "INSERT INTO proposal_history (usulan_id, at, user_id, username, action, from_status, to_status, comment) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8)";
constexpr std::string_view kSelectHistory =
    "SELECT id, usulan_id, at, user_id, username, action, from_status, to_status, comment FROM proposal_history "
    "WHERE usulan_id = ?1 ORDER BY id";

constexpr std::string_view kInsertVote = "INSERT INTO proposal_votes (usulan_id, nip, at) VALUES (?1, ?2, ?3)";
constexpr std::string_view kDeleteVote = "DELETE FROM proposal_votes WHERE usulan_id = ?1 AND nip = ?2";
constexpr std::string_view kCountVotes = "SELECT COUNT(*) FROM proposal_votes WHERE usulan_id = ?1";
constexpr std::string_view kCountVote = "SELECT COUNT(*) FROM proposal_votes WHERE usulan_id = ?1 AND nip = ?2";

constexpr std::string_view kSelectWindows =
    "SELECT tahun, kode_opd, opens, closes, updated_at, updated_by FROM proposal_windows";
constexpr std::string_view kPutWindow =
    "INSERT INTO proposal_windows (tahun, kode_opd, opens, closes, updated_at, updated_by) "
    "VALUES (?1, ?2, ?3, ?4, ?5, ?6) ON CONFLICT (tahun, kode_opd) DO UPDATE SET opens = excluded.opens, "
    "closes = excluded.closes, updated_at = excluded.updated_at, updated_by = excluded.updated_by";

Error ProposalNotFound(int64_t id) {
    return MakeError(ErrorCode::not_found, "Usulan " + std::to_string(id) + " tidak ditemukan (proposal " +
                                               std::to_string(id) + " not found)");
}

Error StatusChanged(int64_t id) {
    return MakeError(ErrorCode::failed_precondition,
                     "Status usulan " + std::to_string(id) + " sudah berubah (the proposal's status has changed)");
}

SqlValue Code(std::string_view code) {
    return std::string(code);
}

Result<ProposalView> ReadProposal(const SqlRow& row) {
    ProposalView v;
    domain::Proposal& p = v.proposal;
    p.id = Int(row, 0);
    auto nip = domain::Nip::ParseReference(Text(row, 1));
    if (!nip) return nip.error();
    p.nip = *nip;
    p.competency_code = Text(row, 2);
    p.year = static_cast<int>(Int(row, 3));
    p.reason = Text(row, 4);
    if (row[5]) p.form = domain::FromCode<domain::DevelopmentForm>(*row[5]);
    p.priority = static_cast<int>(Int(row, 6));
    const auto status = domain::FromCode<ProposalStatus>(Text(row, 7));
    if (!status) return MakeError(ErrorCode::internal, "Status usulan tidak dikenal (unknown status): " + Text(row, 7));
    p.status = *status;
    v.name = Text(row, 8);
    v.agency_code = Text(row, 9);
    v.agency_name = Text(row, 10);
    v.competency_name = Text(row, 11);
    v.supervisor_nip = Text(row, 12);
    v.assigned_reviewer = Text(row, 13);
    v.reviewer_nip = Text(row, 14);
    v.reviewer_name = Text(row, 15);
    v.last_comment = Text(row, 16);
    v.votes = Int(row, 17);
    v.voted = Int(row, 18) > 0;
    v.created_at = Int(row, 19);
    v.updated_at = Int(row, 20);
    return v;
}

/// The WHERE conditions of a filter, appended to kSelectProposals; ?1 is the voter.
struct FilterSql {
    std::string sql;
    std::vector<SqlValue> params;

    std::string Next(SqlValue value) {
        params.push_back(std::move(value));
        return "?" + std::to_string(params.size());
    }
    void Equal(std::string_view column, const std::string& value) {
        if (!value.empty()) sql += " AND " + std::string(column) + " = " + Next(value);
    }
};

FilterSql BuildFilter(const ProposalFilter& f) {
    FilterSql out;
    out.params.emplace_back(f.voter_nip);
    if (f.id != 0) out.sql += " AND u.id = " + out.Next(f.id);
    out.Equal("p.kode_opd", f.agency_code);
    out.Equal("u.nip", f.nip);
    if (!f.exclude_nip.empty()) out.sql += " AND u.nip <> " + out.Next(f.exclude_nip);
    if (!f.team_of.empty()) {
        const std::string n = out.Next(f.team_of);
        out.sql += " AND (u.nip = " + n + " OR p.nip_atasan = " + n + " OR m.reviewer_nip = " + n + ")";
    }
    out.Equal("r.nip", f.reviewer_nip);
    if (f.without_reviewer) out.sql += " AND r.nip IS NULL";
    if (!f.statuses.empty()) {
        out.sql += " AND u.status IN (";
        for (size_t i = 0; i < f.statuses.size(); ++i) {
            out.sql += (i > 0 ? ", " : "") + out.Next(Code(domain::Code(f.statuses[i])));
        }
        out.sql += ")";
    }
    if (f.year != 0) out.sql += " AND u.tahun = " + out.Next(int64_t{f.year});
    out.Equal("u.kode_kompetensi", f.competency_code);
    if (!f.search.empty()) {
        std::string pattern = "%";
        for (const char c : f.search) pattern += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        pattern += "%";
        const std::string n = out.Next(pattern);
        out.sql += " AND (lower(u.nip) LIKE " + n + " OR lower(p.nama) LIKE " + n +
                   " OR lower(u.kode_kompetensi) LIKE " + n + " OR lower(COALESCE(k.nama, '')) LIKE " + n + ")";
    }
    return out;
}

Result<void> InsertHistory(SqlSession& s, int64_t proposal_id, const ProposalHistoryEntry& h) {
    const std::string from = h.from ? std::string(domain::Code(*h.from)) : std::string();
    auto done = s.Execute(kInsertHistory, {proposal_id, h.at, h.user_id, h.username, h.action, from,
                                           Code(domain::Code(h.to)), h.comment});
    if (!done) return done.error();
    return {};
}

Result<int64_t> Scalar(SqlSession& s, std::string_view sql, std::initializer_list<SqlValue> params) {
    auto rows = s.Query(sql, params);
    if (!rows) return rows.error();
    if (rows->empty()) return int64_t{0};
    return Int(rows->front(), 0);
}

SqlValue FormValue(const domain::Proposal& p) {
    if (!p.form) return nullptr;
    return std::string(domain::Code(*p.form));
}

}  // namespace

std::string Text(const SqlRow& row, size_t col) {
    return col < row.size() && row[col] ? *row[col] : std::string();
}

int64_t Int(const SqlRow& row, size_t col) {
    const std::string text = Text(row, col);
    int64_t value = 0;
    std::from_chars(text.data(), text.data() + text.size(), value);
    return value;
}

Result<void> InsertNotifications(SqlSession& s, const std::vector<Notification>& notifications) {
    static constexpr std::string_view kInsert =
        "INSERT INTO notifications (user_id, type, title_id, title_en, usulan_id, thread_id, created_at, is_read) "
        "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, 0)";
    for (const Notification& n : notifications) {
        auto done =
            s.Execute(kInsert, {n.user_id, n.type, n.title_id, n.title_en, n.proposal_id, n.thread_id, n.created_at});
        if (!done) return done.error();
    }
    return {};
}

Result<int64_t> SqlParticipation::CreateProposal(const domain::Proposal& p, const ProposalHistoryEntry& history,
                                                 const std::vector<Notification>& notifications, int64_t at) {
    int64_t id = 0;
    auto done = Transact(true, [&](SqlSession& s) -> Result<void> {
        auto rows = s.Query(kInsertProposal, {p.nip.str(), p.competency_code, int64_t{p.year}, p.reason, FormValue(p),
                                              int64_t{p.priority}, Code(domain::Code(p.status))});
        if (!rows) return rows.error();
        if (rows->empty()) return MakeError(ErrorCode::internal, "INSERT usulan tidak mengembalikan id (no id)");
        id = Int(rows->front(), 0);
        if (auto meta = s.Execute(kInsertMeta, {id, at}); !meta) return meta.error();
        if (auto h = InsertHistory(s, id, history); !h) return h;
        std::vector<Notification> with_id = notifications;
        for (auto& n : with_id) n.proposal_id = id;
        return InsertNotifications(s, with_id);
    });
    if (!done) return done.error();
    return id;
}

Result<void> SqlParticipation::ChangeProposal(const ProposalChange& c) {
    const domain::Proposal& p = c.proposal;
    return Transact(true, [&](SqlSession& s) -> Result<void> {
        auto changed = s.Execute(kUpdateProposal,
                                 {p.id, p.competency_code, int64_t{p.year}, p.reason, FormValue(p), int64_t{p.priority},
                                  Code(domain::Code(p.status)), Code(domain::Code(c.expected_status))});
        if (!changed) return changed.error();
        if (*changed == 0) {
            auto exists = Scalar(s, kCountProposal, {p.id});
            if (!exists) return exists.error();
            return *exists == 0 ? ProposalNotFound(p.id) : StatusChanged(p.id);
        }
        if (auto meta = s.Execute(kInsertMeta, {p.id, c.at}); !meta) return meta.error();
        if (auto meta = s.Execute(kUpdateMeta, {p.id, c.last_comment, c.at}); !meta) return meta.error();
        if (c.assigned_reviewer) {
            if (auto r = s.Execute(kUpdateReviewer, {p.id, *c.assigned_reviewer}); !r) return r.error();
        }
        if (auto h = InsertHistory(s, p.id, c.history); !h) return h;
        return InsertNotifications(s, c.notifications);
    });
}

Result<void> SqlParticipation::DeleteProposal(int64_t id, ProposalStatus expected) {
    return Transact(true, [&](SqlSession& s) -> Result<void> {
        auto deleted = s.Execute(kDeleteProposal, {id, Code(domain::Code(expected))});
        if (!deleted) return deleted.error();
        if (*deleted > 0) return {};
        auto exists = Scalar(s, kCountProposal, {id});
        if (!exists) return exists.error();
        return *exists == 0 ? ProposalNotFound(id) : StatusChanged(id);
    });
}

Result<std::vector<ProposalView>> SqlParticipation::ListProposals(const ProposalFilter& filter) {
    const FilterSql where = BuildFilter(filter);
    const std::string sql = std::string(kSelectProposals) + where.sql + std::string(kOrderProposals);
    std::vector<ProposalView> out;
    auto done = Transact(false, [&](SqlSession& s) -> Result<void> {
        auto rows = s.Query(sql, where.params);
        if (!rows) return rows.error();
        out.clear();
        out.reserve(rows->size());
        for (const SqlRow& row : *rows) {
            auto view = ReadProposal(row);
            if (!view) return view.error();
            out.push_back(std::move(*view));
        }
        return {};
    });
    if (!done) return done.error();
    return out;
}

Result<ProposalView> SqlParticipation::GetProposal(int64_t id, const std::string& voter_nip) {
    ProposalFilter filter;
    filter.id = id;
    filter.voter_nip = voter_nip;
    auto list = ListProposals(filter);
    if (!list) return list.error();
    if (list->empty()) return ProposalNotFound(id);
    return std::move(list->front());
}

Result<std::vector<ProposalHistoryEntry>> SqlParticipation::History(int64_t proposal_id) {
    std::vector<ProposalHistoryEntry> out;
    auto done = Transact(false, [&](SqlSession& s) -> Result<void> {
        auto rows = s.Query(kSelectHistory, {proposal_id});
        if (!rows) return rows.error();
        out.clear();
        for (const SqlRow& row : *rows) {
            ProposalHistoryEntry h;
            h.id = Int(row, 0);
            h.proposal_id = Int(row, 1);
            h.at = Int(row, 2);
            h.user_id = Int(row, 3);
            h.username = Text(row, 4);
            h.action = Text(row, 5);
            if (!Text(row, 6).empty()) h.from = domain::FromCode<ProposalStatus>(Text(row, 6));
            h.to = domain::FromCode<ProposalStatus>(Text(row, 7)).value_or(ProposalStatus::draft);
            h.comment = Text(row, 8);
            out.push_back(std::move(h));
        }
        return {};
    });
    if (!done) return done.error();
    return out;
}

Result<int64_t> SqlParticipation::AddVote(int64_t proposal_id, const std::string& nip, int64_t at) {
    int64_t votes = 0;
    auto done = Transact(true, [&](SqlSession& s) -> Result<void> {
        auto exists = Scalar(s, kCountProposal, {proposal_id});
        if (!exists) return exists.error();
        if (*exists == 0) return ProposalNotFound(proposal_id);
        auto mine = Scalar(s, kCountVote, {proposal_id, nip});
        if (!mine) return mine.error();
        if (*mine > 0) {
            return MakeError(ErrorCode::conflict, "Dukungan (+1) sudah diberikan (the +1 was already given)");
        }
        if (auto ins = s.Execute(kInsertVote, {proposal_id, nip, at}); !ins) return ins.error();
        auto count = Scalar(s, kCountVotes, {proposal_id});
        if (!count) return count.error();
        votes = *count;
        return {};
    });
    if (!done) return done.error();
    return votes;
}

Result<int64_t> SqlParticipation::RemoveVote(int64_t proposal_id, const std::string& nip) {
    int64_t votes = 0;
    auto done = Transact(true, [&](SqlSession& s) -> Result<void> {
        auto deleted = s.Execute(kDeleteVote, {proposal_id, nip});
        if (!deleted) return deleted.error();
        if (*deleted == 0) {
            return MakeError(ErrorCode::not_found, "Dukungan (+1) tidak ditemukan (no +1 to remove)");
        }
        auto count = Scalar(s, kCountVotes, {proposal_id});
        if (!count) return count.error();
        votes = *count;
        return {};
    });
    if (!done) return done.error();
    return votes;
}

Result<std::optional<ProposalWindow>> SqlParticipation::FindWindow(int year, const std::string& agency_code) {
    auto list = ListWindows(year, agency_code);
    if (!list) return list.error();
    if (list->empty() || year == 0 || agency_code.empty()) return std::optional<ProposalWindow>();
    return std::optional<ProposalWindow>(list->front());
}

Result<std::vector<ProposalWindow>> SqlParticipation::ListWindows(int year, const std::string& agency_code) {
    FilterSql where;
    if (year != 0) where.sql += " AND tahun = " + where.Next(int64_t{year});
    where.Equal("kode_opd", agency_code);
    const std::string sql = std::string(kSelectWindows) + " WHERE 1 = 1" + where.sql + " ORDER BY tahun, kode_opd";
    std::vector<ProposalWindow> out;
    auto done = Transact(false, [&](SqlSession& s) -> Result<void> {
        auto rows = s.Query(sql, where.params);
        if (!rows) return rows.error();
        out.clear();
        for (const SqlRow& row : *rows) {
            auto opens = domain::Date::ParseIso(Text(row, 2));
            auto closes = domain::Date::ParseIso(Text(row, 3));
            if (!opens || !closes) return MakeError(ErrorCode::internal, "Tanggal jendela rusak (bad window date)");
            out.push_back(ProposalWindow{static_cast<int>(Int(row, 0)), Text(row, 1), *opens, *closes, Int(row, 4),
                                         Text(row, 5)});
        }
        return {};
    });
    if (!done) return done.error();
    return out;
}

Result<void> SqlParticipation::PutWindow(const ProposalWindow& w) {
    return Transact(true, [&](SqlSession& s) -> Result<void> {
        auto done = s.Execute(kPutWindow, {int64_t{w.year}, w.agency_code, w.opens.ToIso(), w.closes.ToIso(),
                                           w.updated_at, w.updated_by});
        if (!done) return done.error();
        return {};
    });
}

}  // namespace bangkom::storage::participation
