// The reaction survey's answers on SQLite (DeliveryRepository::SubmitReaction, ReactionReceipts): the mark and the
// answer in one write transaction, the mark first so that a second answer stores nothing.

#include "storage/delivery_parts.hpp"
#include "storage/sqlite/delivery_repository.hpp"

namespace bangkom::storage::sqlite {

namespace {

constexpr std::string_view kInsertReceipt =
    "INSERT INTO reaksi_tanda (kode_angkatan, nip) VALUES (?1, ?2) ON CONFLICT (kode_angkatan, nip) DO NOTHING";
// ?10 = the row's id: NULL (the next one) for a named answer, random for an anonymous one.
constexpr std::string_view kInsertReaction =
    "INSERT INTO reaksi (id, kode_angkatan, nip, relevansi, materi, pengajar, metode, sarana, manfaat, saran) "
    "VALUES (?10, ?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)";
constexpr std::string_view kSelectReceipts =
    "SELECT kode_angkatan, nip FROM reaksi_tanda WHERE (?1 = '' OR kode_angkatan = ?1) AND (?2 = '' OR nip = ?2) "
    "ORDER BY kode_angkatan, nip";

}  // namespace

Result<void> SqliteDelivery::SubmitReaction(const domain::ReactionAnswer& answer, const std::string& nip) {
    std::lock_guard lock(write_mutex_);
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    Connection& c = **lease;
    auto tx = Transaction::Begin(c);
    if (!tx) return tx.error();
    auto receipt = c.Cached(kInsertReceipt);
    if (!receipt) return receipt.error();
    (*receipt)->BindText(1, answer.offering_code);
    (*receipt)->BindText(2, nip);
    if (auto ok = (*receipt)->Run(); !ok) return ok;
    if (c.Changes() == 0) return delivery_parts::AlreadyReacted(answer.offering_code);
    auto insert = c.Cached(kInsertReaction);
    if (!insert) return insert.error();
    Statement& s = **insert;
    s.BindText(1, answer.offering_code);
    s.BindTextOrNull(2, answer.nip ? answer.nip->str() : "");
    for (size_t i = 0; i < answer.items.size(); ++i) s.BindOptionalInt(static_cast<int>(i) + 3, answer.items[i]);
    s.BindText(9, answer.suggestion);
    if (answer.nip) {
        s.BindNull(10);
    } else {
        s.BindInt(10, delivery_parts::AnonymousReactionId());
    }
    if (auto ok = s.Run(); !ok) return ok;
    return tx->Commit();
}

Result<std::vector<ReactionReceipt>> SqliteDelivery::ReactionReceipts(const std::string& offering,
                                                                      const std::string& nip) {
    auto lease = pool_.Acquire();
    if (!lease) return lease.error();
    auto select = (*lease)->Cached(kSelectReceipts);
    if (!select) return select.error();
    Statement& s = **select;
    s.BindText(1, offering);
    s.BindText(2, nip);
    std::vector<ReactionReceipt> out;
    for (;;) {
        auto row = s.Step();
        if (!row) return row.error();
        if (!*row) return out;
        out.push_back(ReactionReceipt{s.ColumnText(0), s.ColumnText(1)});
    }
}

}  // namespace bangkom::storage::sqlite
