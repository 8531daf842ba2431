#pragma once
// The kinds of data of FORMATS.md as one closed set, and a batch of records of one kind.

#include <optional>
#include <span>
#include <string_view>
#include <variant>
#include <vector>

#include "domain/records.hpp"

namespace bangkom::domain {

enum class Kind {
    opd,
    unit_layanan,
    kompetensi,
    jabatan,
    standar_kompetensi,
    pegawai,
    penilaian,
    kinerja,
    program,
    angkatan,
    riwayat_jp,
    usulan,
    skm,
    tes,
    reaksi,
    umpan_balik_360
};

/// "opd", "unit_layanan", ... as in FORMATS.md (and the CLI's KIND argument).
std::string_view KindCode(Kind kind);
std::optional<Kind> KindFromCode(std::string_view code);
/// Every kind, in dependency order (a kind only references kinds before it).
std::span<const Kind> AllKinds();

/// Records of one kind; the alternative's index equals static_cast<int>(Kind).
using Records =
    std::variant<std::vector<Agency>, std::vector<ServiceUnit>, std::vector<Competency>, std::vector<Position>,
                 std::vector<PositionStandard>, std::vector<Employee>, std::vector<Assessment>,
                 std::vector<PerformanceRating>, std::vector<Program>, std::vector<Offering>,
                 std::vector<JpHistoryEntry>, std::vector<Proposal>, std::vector<SurveyResponse>,
                 std::vector<TestScore>, std::vector<ReactionAnswer>, std::vector<Feedback360>>;

inline Kind KindOf(const Records& r) {
    return static_cast<Kind>(r.index());
}
/// An empty batch of the given kind.
Records EmptyRecords(Kind kind);
inline size_t RecordCount(const Records& r) {
    return std::visit([](const auto& v) { return v.size(); }, r);
}

}  // namespace bangkom::domain
