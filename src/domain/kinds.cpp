#include "domain/kinds.hpp"

#include <array>
#include <utility>

namespace bangkom::domain {
namespace {

constexpr std::array<std::string_view, 16> kKindCodes = {
    "opd",       "unit_layanan", "kompetensi", "jabatan",        "standar_kompetensi", "pegawai",
    "penilaian", "kinerja",      "program",    "angkatan",       "riwayat_jp",         "usulan",
    "skm",       "tes",          "reaksi",     "umpan_balik_360"};

// The enum is declared in dependency order, so the declaration order is the order to import in.
constexpr std::array<Kind, 16> kAllKinds = {Kind::opd,
                                            Kind::unit_layanan,
                                            Kind::kompetensi,
                                            Kind::jabatan,
                                            Kind::standar_kompetensi,
                                            Kind::pegawai,
                                            Kind::penilaian,
                                            Kind::kinerja,
                                            Kind::program,
                                            Kind::angkatan,
                                            Kind::riwayat_jp,
                                            Kind::usulan,
                                            Kind::skm,
                                            Kind::tes,
                                            Kind::reaksi,
                                            Kind::umpan_balik_360};

static_assert(std::variant_size_v<Records> == kAllKinds.size());

template <size_t... I>
Records MakeEmpty(size_t index, std::index_sequence<I...>) {
    Records out;
    ((index == I ? (out = Records(std::in_place_index<I>), 0) : 0), ...);
    return out;
}

}  // namespace

std::string_view KindCode(Kind kind) {
    return kKindCodes[static_cast<size_t>(kind)];
}

std::optional<Kind> KindFromCode(std::string_view code) {
    for (size_t i = 0; i < kKindCodes.size(); ++i) {
        if (kKindCodes[i] == code) return static_cast<Kind>(i);
    }
    return std::nullopt;
}

std::span<const Kind> AllKinds() {
    return kAllKinds;
}

Records EmptyRecords(Kind kind) {
    return MakeEmpty(static_cast<size_t>(kind), std::make_index_sequence<std::variant_size_v<Records>>{});
}

}  // namespace bangkom::domain
