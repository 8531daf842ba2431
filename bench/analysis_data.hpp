#pragma once
// The national data set of analysis_bench: ~550 agencies, 4.3 million employees, ~40 million assessments,
// generated deterministically (splitmix64, fixed seed) into any sink, so that the engine's snapshot and the
// SQLite tables receive exactly the same rows.
//
// Shape: 9 managerial/socio-cultural competencies (M.01-M.08, SK.01) and 20 sectors × 15 technical ones;
// 40 positions per agency, each requiring the 9 at the default level of its kind and 3 technical ones of its
// sector; agencies of unequal size (weights 1-10); 10% with a target position, 20% PPPK; per required
// competency a 60% chance of being rated (source asesmen 15%, atasan 35%, rekan 30% with 1-3 peers, mandiri
// 20%) on a day in 2022-01-01 .. 2027-05-31 (so part of them fall outside the 3-year window), levels 1-5 in
// halves; SKP 2026 for 92%, JP entries in 2027 for most, an approved 2027 proposal for 5%.

#include <array>
#include <cstdint>
#include <cstdio>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/enums.hpp"

namespace bangkom::bench {

struct Rng {
    uint64_t state;
    uint64_t Next() {
        uint64_t z = (state += 0x9E3779B97F4A7C15ULL);
        z = (z ^ (z >> 30)) * 0xBF58476D1CE4E5B9ULL;
        z = (z ^ (z >> 27)) * 0x94D049BB133111EBULL;
        return z ^ (z >> 31);
    }
    double Unit() { return static_cast<double>(Next() >> 11) * 0x1.0p-53; }
    int Below(int n) { return static_cast<int>(Next() % static_cast<uint64_t>(n)); }
};

struct NationalSpec {
    int64_t employees = 4'300'000;
    int agencies = 550;
    uint64_t seed = 20231;
};

inline constexpr int kManagerial = 9;
inline constexpr int kSectors = 20;
inline constexpr int kTechnicalPerSector = 15;
inline constexpr int kCompetencies = kManagerial + kSectors * kTechnicalPerSector;
inline constexpr int kPositionsPerAgency = 40;
inline constexpr int kTechnicalPerPosition = 3;

inline std::string CompetencyCode(int c) {
    char code[16];
    if (c < 8) {
        std::snprintf(code, sizeof code, "M.%02d", c + 1);
    } else if (c == 8) {
        std::snprintf(code, sizeof code, "SK.01");
    } else {
        const int t = c - kManagerial;
        std::snprintf(code, sizeof code, "T.%02d.%02d", t / kTechnicalPerSector, t % kTechnicalPerSector + 1);
    }
    return code;
}
inline std::string AgencyCode(int a) {
    char code[16];
    std::snprintf(code, sizeof code, "OPD%04d", a);
    return code;
}
inline std::string PositionCode(int a, int k) {
    return AgencyCode(a) + "-J" + std::to_string(k);
}
inline std::string SectorCode(int s) {
    return "bidang" + std::to_string(s);
}
inline std::string NipOf(int64_t i) {
    char nip[24];
    std::snprintf(nip, sizeof nip, "%018lld", static_cast<long long>(100'000'000'000'000'000LL + i));
    return nip;
}

/// Kind of position k of an agency: few leaders, many pelaksana and functional staff.
inline domain::PositionKind KindOf(int k) {
    using K = domain::PositionKind;
    static constexpr std::array<K, kPositionsPerAgency> kKinds = {
        K::jpt_pratama,  K::administrator, K::administrator, K::pengawas,  K::pengawas,     K::pengawas,
        K::pengawas,     K::ahli_madya,    K::ahli_muda,     K::ahli_muda, K::ahli_pertama, K::ahli_pertama,
        K::ahli_pertama, K::terampil,      K::terampil,      K::mahir,     K::penyelia,     K::pelaksana};
    return k < 18 ? kKinds[static_cast<size_t>(k)] : (k % 3 == 0 ? K::ahli_pertama : K::pelaksana);
}
/// DOMAIN.md's default managerial level per kind.
inline int DefaultLevel(domain::PositionKind kind) {
    using K = domain::PositionKind;
    switch (kind) {
        case K::jpt_madya:
        case K::ahli_utama: return 5;
        case K::jpt_pratama:
        case K::ahli_madya: return 4;
        case K::administrator:
        case K::ahli_muda: return 3;
        case K::pengawas:
        case K::ahli_pertama:
        case K::penyelia: return 2;
        default: return 1;
    }
}

struct StandardRow {
    int competency;
    int level;
    double weight;
};

/// The standard of position k of agency a (managerial first, then technical, competency ids ascending).
inline std::vector<StandardRow> StandardOf(int a, int k) {
    std::vector<StandardRow> rows;
    const int level = DefaultLevel(KindOf(k));
    for (int c = 0; c < kManagerial; ++c) rows.push_back({c, level, c == 0 ? 2.0 : 1.0});
    const int sector = (a + k) % kSectors;
    for (int t = 0; t < kTechnicalPerPosition; ++t) {
        const int c = kManagerial + sector * kTechnicalPerSector + (k + t * 5) % kTechnicalPerSector;
        rows.push_back({c, 1 + (k + t) % 4, 1.5});
    }
    return rows;
}

/// Sink interface (duck-typed): Agency(a), Competency(c), Position(a, k), Standard(a, k, row),
/// Employee(i, a, k, target_k or -1, status), Assessment(i, c, source, date, level), Rating(i, year, predikat),
/// Jp(i, date, jp), Proposal(i, c, year).
template <class Sink>
void GenerateNational(const NationalSpec& spec, Sink& sink) {
    for (int c = 0; c < kCompetencies; ++c) sink.Competency(c);
    std::vector<int64_t> sizes(static_cast<size_t>(spec.agencies));
    int64_t weight_sum = 0;
    for (int a = 0; a < spec.agencies; ++a) weight_sum += 1 + a % 10;
    int64_t assigned = 0;
    for (int a = 0; a < spec.agencies; ++a) {
        sizes[static_cast<size_t>(a)] = spec.employees * (1 + a % 10) / weight_sum;
        assigned += sizes[static_cast<size_t>(a)];
    }
    sizes[0] += spec.employees - assigned;
    const int32_t first_day = static_cast<int32_t>(domain::Date::FromYmd(2022, 1, 1).value().DaysSinceEpoch());
    const int32_t span = static_cast<int32_t>(domain::Date::FromYmd(2027, 5, 31).value().DaysSinceEpoch()) - first_day;
    Rng rng{spec.seed};
    int64_t i = 0;
    for (int a = 0; a < spec.agencies; ++a) {
        sink.Agency(a);
        for (int k = 0; k < kPositionsPerAgency; ++k) {
            sink.Position(a, k);
            for (const auto& row : StandardOf(a, k)) sink.Standard(a, k, row);
        }
        for (int64_t n = 0; n < sizes[static_cast<size_t>(a)]; ++n, ++i) {
            const int k = rng.Unit() < 0.3 ? rng.Below(18) : 18 + rng.Below(kPositionsPerAgency - 18);
            const int target = rng.Unit() < 0.1 ? rng.Below(8) : -1;
            sink.Employee(i, a, k, target,
                          rng.Unit() < 0.2 ? domain::EmploymentStatus::pppk : domain::EmploymentStatus::pns);
            for (const auto& row : StandardOf(a, k)) {
                if (rng.Unit() >= 0.6) continue;
                const double u = rng.Unit();
                const auto source = u < 0.15  ? domain::AssessmentSource::asesmen
                                    : u < 0.5 ? domain::AssessmentSource::atasan
                                    : u < 0.8 ? domain::AssessmentSource::rekan
                                              : domain::AssessmentSource::mandiri;
                const int ratings = source == domain::AssessmentSource::rekan ? 1 + rng.Below(3) : 1;
                for (int r = 0; r < ratings; ++r) {
                    const auto date = domain::Date::FromDaysSinceEpoch(first_day + rng.Below(span + 1));
                    sink.Assessment(i, row.competency, source, date, 1.0 + 0.5 * rng.Below(9));
                }
            }
            if (rng.Unit() < 0.92) {
                const double u = rng.Unit();
                const auto p = u < 0.15   ? domain::Predikat::sangat_baik
                               : u < 0.75 ? domain::Predikat::baik
                               : u < 0.9  ? domain::Predikat::butuh_perbaikan
                               : u < 0.97 ? domain::Predikat::kurang
                                          : domain::Predikat::sangat_kurang;
                sink.Rating(i, 2026, p);
            }
            const int entries = rng.Below(4);
            for (int j = 0; j < entries; ++j) {
                sink.Jp(i, domain::Date::FromYmd(2027, 1 + j, 10).value(), 2 + rng.Below(23));
            }
            if (rng.Unit() < 0.05) sink.Proposal(i, rng.Below(kManagerial), 2027);
        }
    }
}

}  // namespace bangkom::bench
