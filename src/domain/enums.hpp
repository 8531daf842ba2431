#pragma once
// The code lists of DOMAIN.md and FORMATS.md. Codes are written exactly as listed (lowercase).

#include <optional>
#include <span>
#include <string_view>

namespace bangkom::domain {

/// Language of messages and documents: Indonesian first, English second.
enum class Lang { id, en };

enum class EmploymentStatus { pns, pppk };
enum class CompetencyKind { teknis, manajerial, sosial_kultural };
enum class PositionKind {
    jpt_madya,
    jpt_pratama,
    administrator,
    pengawas,
    pelaksana,
    ahli_utama,
    ahli_madya,
    ahli_muda,
    ahli_pertama,
    penyelia,
    mahir,
    terampil,
    pemula
};
enum class AssessmentSource { asesmen, atasan, rekan, mandiri };
/// SKP "di atas / sesuai / di bawah ekspektasi".
enum class Expectation { di_atas, sesuai, di_bawah };
enum class Predikat { sangat_baik, baik, butuh_perbaikan, kurang, sangat_kurang };
enum class DevelopmentForm {
    pelatihan_klasikal,
    bimtek,
    seminar,
    workshop,
    kursus,
    e_learning,
    pelatihan_jarak_jauh,
    coaching,
    mentoring,
    magang,
    patok_banding,
    belajar_mandiri,
    komunitas_belajar,
    pendidikan
};
enum class TestKind { pre, post };
enum class Relationship { atasan, rekan, bawahan, mandiri };
enum class Sex { L, P };
enum class ProposalStatus { draft, submitted, approved, returned, rejected };
/// Users' roles (ARCHITECTURE.md "Users and roles").
enum class Role { asn, atasan, pengelola_opd, admin_bkd, lembaga_mitra, auditor };

/// The code of an enumerator ("pelatihan_klasikal"); one overload per enum.
std::string_view Code(EmploymentStatus v);
std::string_view Code(CompetencyKind v);
std::string_view Code(PositionKind v);
std::string_view Code(AssessmentSource v);
std::string_view Code(Expectation v);
std::string_view Code(Predikat v);
std::string_view Code(DevelopmentForm v);
std::string_view Code(TestKind v);
std::string_view Code(Relationship v);
std::string_view Code(Sex v);
std::string_view Code(ProposalStatus v);
std::string_view Code(Role v);
std::string_view Code(Lang v);

/// Parses an exact code; nullopt when unknown. Usage: FromCode<DevelopmentForm>("e_learning").
template <class E>
std::optional<E> FromCode(std::string_view code);

/// Every code of an enum, in declaration order (for error messages listing the allowed values).
template <class E>
std::span<const std::string_view> AllCodes();

/// Forms that need the person present (all but e_learning, belajar_mandiri, komunitas_belajar; PLANNING.md).
bool NeedsAttendance(DevelopmentForm form);

}  // namespace bangkom::domain
