// The reaction survey's answers on PostgreSQL: the SQL of sqlite/delivery_reactions.cpp in the $n form. The mark's
// primary key settles two answers sent at once (ON CONFLICT waits for the other transaction).

#include "storage/delivery_parts.hpp"
#include "storage/postgres/delivery_repository.hpp"

namespace bangkom::storage::postgres {

namespace {

constexpr std::string_view kInsertReceipt =
    "INSERT INTO reaksi_tanda (kode_angkatan, nip) VALUES ($1, $2) ON CONFLICT (kode_angkatan, nip) DO NOTHING "
    "RETURNING 1";
// $10 = the row's id: NULL (the identity's next) for a named answer, random for an anonymous one.
constexpr std::string_view kInsertReaction =
    "INSERT INTO reaksi (id, kode_angkatan, nip, relevansi, materi, pengajar, metode, sarana, manfaat, saran) "
    "VALUES (COALESCE($10::bigint, nextval(pg_get_serial_sequence('reaksi', 'id'))), $1, $2, $3, $4, $5, $6, $7, "
    "$8, $9)";
constexpr std::string_view kSelectReceipts =
    "SELECT kode_angkatan, nip FROM reaksi_tanda WHERE ($1 = '' OR kode_angkatan = $1) AND ($2 = '' OR nip = $2) "
    "ORDER BY kode_angkatan, nip";

}  // namespace

Result<void> PostgresDelivery::SubmitReaction(const domain::ReactionAnswer& answer, const std::string& nip) {
    return Run([&](Connection& c) -> Result<void> {
        auto tx = Transaction::Begin(c);
        if (!tx) return tx.error();
        auto receipt = c.Query(kInsertReceipt, {Arg::Text(answer.offering_code), Arg::Text(nip)});
        if (!receipt) return receipt.error();
        if (receipt->Rows() == 0) return delivery_parts::AlreadyReacted(answer.offering_code);
        Params row{Arg::Text(answer.offering_code), Arg::TextOrNull(answer.nip ? answer.nip->str() : "")};
        for (const auto& item : answer.items) row.push_back(item ? Arg::Int(*item) : Arg::Null());
        row.push_back(Arg::Text(answer.suggestion));
        row.push_back(answer.nip ? Arg::Null() : Arg::Int(delivery_parts::AnonymousReactionId()));
        auto insert = c.Query(kInsertReaction, std::span<const Param>(row));
        if (!insert) return insert.error();
        return tx->Commit();
    });
}

Result<std::vector<ReactionReceipt>> PostgresDelivery::ReactionReceipts(const std::string& offering,
                                                                        const std::string& nip) {
    return Run([&](Connection& c) -> Result<std::vector<ReactionReceipt>> {
        auto select = c.Query(kSelectReceipts, {Arg::Text(offering), Arg::Text(nip)});
        if (!select) return select.error();
        std::vector<ReactionReceipt> out;
        out.reserve(static_cast<size_t>(select->Rows()));
        for (int i = 0; i < select->Rows(); ++i) out.push_back(ReactionReceipt{select->Text(i, 0), select->Text(i, 1)});
        return out;
    });
}

}  // namespace bangkom::storage::postgres
