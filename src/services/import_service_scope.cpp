// Roles and scopes of imports: admin_bkd imports everything; pengelola_opd imports the agency-tied kinds, and
// only rows of its own agency (directly by kode_opd, or through the position, unit or employee a row names).

#include <optional>
#include <unordered_set>

#include "formats/kind_spec.hpp"
#include "services/import_service_parts.hpp"

namespace bangkom::services::import_parts {
namespace {

using domain::Kind;

std::string Msg(domain::Lang lang, std::string_view id, std::string_view en) {
    return std::string(lang == domain::Lang::en ? en : id);
}

/// How a row of a kind is tied to an agency: its agency code itself (via opd), or a key of a record of
/// `via` that must be among the agency's records.
struct Tie {
    Kind via;
    std::string_view column;
};

std::optional<Tie> TieOf(Kind kind) {
    switch (kind) {
        case Kind::unit_layanan:
        case Kind::jabatan:
        case Kind::pegawai: return Tie{Kind::opd, "kode_opd"};
        case Kind::standar_kompetensi: return Tie{Kind::jabatan, "kode_jabatan"};
        case Kind::skm: return Tie{Kind::unit_layanan, "kode_unit"};
        case Kind::umpan_balik_360: return Tie{Kind::pegawai, "nip_dinilai"};
        case Kind::penilaian:
        case Kind::kinerja:
        case Kind::riwayat_jp:
        case Kind::usulan:
        case Kind::tes:
        case Kind::reaksi: return Tie{Kind::pegawai, "nip"};
        default: return std::nullopt;
    }
}

// The value of each record that ties it to an agency; nullopt when the row is not tied (anonymous reaction).
std::optional<std::string> TieKey(const domain::ServiceUnit& r) {
    return r.agency_code;
}
std::optional<std::string> TieKey(const domain::Position& r) {
    return r.agency_code;
}
std::optional<std::string> TieKey(const domain::Employee& r) {
    return r.agency_code;
}
std::optional<std::string> TieKey(const domain::PositionStandard& r) {
    return r.position_code;
}
std::optional<std::string> TieKey(const domain::SurveyResponse& r) {
    return r.unit_code;
}
std::optional<std::string> TieKey(const domain::Feedback360& r) {
    return r.rated_nip.str();
}
std::optional<std::string> TieKey(const domain::Assessment& r) {
    return r.nip.str();
}
std::optional<std::string> TieKey(const domain::PerformanceRating& r) {
    return r.nip.str();
}
std::optional<std::string> TieKey(const domain::JpHistoryEntry& r) {
    return r.nip.str();
}
std::optional<std::string> TieKey(const domain::Proposal& r) {
    return r.nip.str();
}
std::optional<std::string> TieKey(const domain::TestScore& r) {
    return r.nip.str();
}
std::optional<std::string> TieKey(const domain::ReactionAnswer& r) {
    return r.nip ? std::optional<std::string>(r.nip->str()) : std::nullopt;
}
template <class R>
std::optional<std::string> TieKey(const R&) {
    return std::nullopt;
}

std::string ItemKey(const domain::ServiceUnit& r) {
    return r.code;
}
std::string ItemKey(const domain::Position& r) {
    return r.code;
}
std::string ItemKey(const domain::Employee& r) {
    return r.nip.str();
}
template <class R>
std::string ItemKey(const R&) {
    return {};
}

/// The keys of the records of `via` that belong to `agency`. Fills `keys` rather than returning
/// Result<unordered_set>: GCC 12 reports a false free-nonheap-object error on that variant.
Result<void> AgencyKeys(storage::Store& store, Kind via, const std::string& agency,
                        std::unordered_set<std::string>& keys) {
    storage::ListQuery query;
    query.agency_code = agency;
    query.limit = 0;
    auto page = store.List(via, query);
    if (!page) return page.error();
    std::visit(
        [&](const auto& items) {
            for (const auto& item : items) keys.insert(ItemKey(item));
        },
        page->items);
    return {};
}

std::string_view KeyColumn(Kind kind) {
    switch (kind) {
        case Kind::unit_layanan: return "kode_unit";
        case Kind::jabatan: return "kode_jabatan";
        default: return "nip";
    }
}

/// The keys of `kind` stored under an agency other than `agency` (units, positions, employees).
Result<void> KeysOfOtherAgencies(storage::Store& store, Kind kind, const std::string& agency,
                                 std::unordered_set<std::string>& keys) {
    auto all = store.Keys(kind);
    if (!all) return all.error();
    std::unordered_set<std::string> own;
    if (auto listed = AgencyKeys(store, kind, agency, own); !listed) return listed.error();
    for (auto& key : *all) {
        if (!own.contains(key)) keys.insert(std::move(key));
    }
    return {};
}

}  // namespace

bool IsCatalogKind(Kind kind) {
    return kind == Kind::opd || kind == Kind::kompetensi || kind == Kind::program || kind == Kind::angkatan;
}

std::vector<Kind> ReferencedKinds(Kind kind) {
    switch (kind) {
        case Kind::opd:
        case Kind::kompetensi: return {};
        case Kind::unit_layanan:
        case Kind::jabatan: return {Kind::opd};
        case Kind::standar_kompetensi: return {Kind::jabatan, Kind::kompetensi};
        case Kind::pegawai: return {Kind::opd, Kind::unit_layanan, Kind::jabatan, Kind::pegawai};
        case Kind::penilaian:
        case Kind::usulan:
        case Kind::umpan_balik_360: return {Kind::pegawai, Kind::kompetensi};
        case Kind::kinerja:
        case Kind::riwayat_jp: return {Kind::pegawai};
        case Kind::program: return {Kind::kompetensi};
        case Kind::angkatan: return {Kind::program};
        case Kind::skm: return {Kind::unit_layanan};
        case Kind::tes:
        case Kind::reaksi: return {Kind::angkatan, Kind::pegawai};
    }
    return {};
}

Result<void> CheckImportRole(Kind kind, const Actor& actor, domain::Lang lang) {
    if (actor.role == domain::Role::admin_bkd) return {};
    const auto& spec = formats::SpecOf(kind);
    if (actor.role != domain::Role::pengelola_opd) {
        return MakeError(ErrorCode::forbidden,
                         Msg(lang, "Peran Anda tidak dapat mengimpor data.", "Your role cannot import data."));
    }
    if (IsCatalogKind(kind)) {
        return MakeError(ErrorCode::forbidden,
                         Msg(lang, "Hanya admin BKD yang dapat mengimpor data " + std::string(spec.title_id) + ".",
                             "Only the BKD administrator can import " + std::string(spec.title_en) + "."));
    }
    if (actor.agency_code.empty()) {
        return MakeError(ErrorCode::forbidden, Msg(lang, "Akun pengelola OPD ini belum terhubung ke OPD.",
                                                   "This agency manager account is not linked to an agency."));
    }
    return {};
}

Result<std::vector<ErrorDetail>> ScopeErrors(storage::Store& store, const domain::Records& records,
                                             const std::vector<int>& row_numbers, const Actor& actor,
                                             domain::Lang lang) {
    std::vector<ErrorDetail> errors;
    const auto tie = TieOf(domain::KindOf(records));
    if (actor.role == domain::Role::admin_bkd || !tie) return errors;
    std::unordered_set<std::string> allowed;
    if (tie->via != Kind::opd) {
        if (auto listed = AgencyKeys(store, tie->via, actor.agency_code, allowed); !listed) return listed.error();
    }
    // Master rows tied by kode_opd (units, positions, employees) may not take over a key of another agency:
    // moving an employee between agencies is the BKD's decision.
    std::unordered_set<std::string> elsewhere;
    if (tie->via == Kind::opd) {
        if (auto found = KeysOfOtherAgencies(store, domain::KindOf(records), actor.agency_code, elsewhere); !found) {
            return found.error();
        }
    }
    const std::string message_id = " bukan milik OPD Anda (" + actor.agency_code + ")";
    const std::string message_en = " does not belong to your agency (" + actor.agency_code + ")";
    std::visit(
        [&](const auto& items) {
            for (size_t i = 0; i < items.size(); ++i) {
                const auto key = TieKey(items[i]);
                if (!key) continue;
                const int row = i < row_numbers.size() ? row_numbers[i] : static_cast<int>(i) + 2;
                const bool ok = tie->via == Kind::opd ? *key == actor.agency_code : allowed.contains(*key);
                if (ok) {
                    if (const std::string own = ItemKey(items[i]); !own.empty() && elsewhere.contains(own)) {
                        errors.push_back({row, std::string(KeyColumn(domain::KindOf(records))),
                                          "'" + own + "'" +
                                              Msg(lang,
                                                  " sudah terdaftar di OPD lain; pemindahan antar-OPD dilakukan oleh "
                                                  "admin BKD",
                                                  " is registered in another agency; moving it between agencies is for "
                                                  "the BKD administrator")});
                    }
                    continue;
                }
                errors.push_back({row, std::string(tie->column), "'" + *key + "'" + Msg(lang, message_id, message_en)});
            }
        },
        records);
    return errors;
}

}  // namespace bangkom::services::import_parts
