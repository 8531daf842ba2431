#include "domain/enums.hpp"

#include <array>

namespace bangkom::domain {
namespace {

// One code table per enum, indexed by the enumerator's value (declaration order).
template <class E>
struct Codes;

#define BANGKOM_CODES(E, ...)                                             \
    template <>                                                           \
    struct Codes<E> {                                                     \
        static constexpr std::string_view kList[] = {__VA_ARGS__};        \
        static constexpr size_t kSize = sizeof(kList) / sizeof(kList[0]); \
    };

BANGKOM_CODES(Lang, "id", "en")
BANGKOM_CODES(EmploymentStatus, "pns", "pppk")
BANGKOM_CODES(CompetencyKind, "teknis", "manajerial", "sosial_kultural")
BANGKOM_CODES(PositionKind, "jpt_madya", "jpt_pratama", "administrator", "pengawas", "pelaksana", "ahli_utama",
              "ahli_madya", "ahli_muda", "ahli_pertama", "penyelia", "mahir", "terampil", "pemula")
BANGKOM_CODES(AssessmentSource, "asesmen", "atasan", "rekan", "mandiri")
BANGKOM_CODES(Expectation, "di_atas", "sesuai", "di_bawah")
BANGKOM_CODES(Predikat, "sangat_baik", "baik", "butuh_perbaikan", "kurang", "sangat_kurang")
BANGKOM_CODES(DevelopmentForm, "pelatihan_klasikal", "bimtek", "seminar", "workshop", "kursus", "e_learning",
              "pelatihan_jarak_jauh", "coaching", "mentoring", "magang", "patok_banding", "belajar_mandiri",
              "komunitas_belajar", "pendidikan")
BANGKOM_CODES(TestKind, "pre", "post")
BANGKOM_CODES(Relationship, "atasan", "rekan", "bawahan", "mandiri")
BANGKOM_CODES(Sex, "L", "P")
BANGKOM_CODES(ProposalStatus, "draft", "submitted", "approved", "returned", "rejected")
BANGKOM_CODES(Role, "asn", "atasan", "pengelola_opd", "admin_bkd", "lembaga_mitra", "auditor")

#undef BANGKOM_CODES

// Guards the tables against an enumerator added to the header but not here.
static_assert(Codes<PositionKind>::kSize == static_cast<size_t>(PositionKind::pemula) + 1);
static_assert(Codes<DevelopmentForm>::kSize == static_cast<size_t>(DevelopmentForm::pendidikan) + 1);
static_assert(Codes<Predikat>::kSize == static_cast<size_t>(Predikat::sangat_kurang) + 1);
static_assert(Codes<ProposalStatus>::kSize == static_cast<size_t>(ProposalStatus::rejected) + 1);
static_assert(Codes<Role>::kSize == static_cast<size_t>(Role::auditor) + 1);
static_assert(Codes<Relationship>::kSize == static_cast<size_t>(Relationship::mandiri) + 1);
static_assert(Codes<AssessmentSource>::kSize == static_cast<size_t>(AssessmentSource::mandiri) + 1);

template <class E>
std::string_view CodeOf(E v) {
    const auto i = static_cast<size_t>(v);
    return i < Codes<E>::kSize ? Codes<E>::kList[i] : std::string_view{};
}

}  // namespace

std::string_view Code(EmploymentStatus v) {
    return CodeOf(v);
}
std::string_view Code(CompetencyKind v) {
    return CodeOf(v);
}
std::string_view Code(PositionKind v) {
    return CodeOf(v);
}
std::string_view Code(AssessmentSource v) {
    return CodeOf(v);
}
std::string_view Code(Expectation v) {
    return CodeOf(v);
}
std::string_view Code(Predikat v) {
    return CodeOf(v);
}
std::string_view Code(DevelopmentForm v) {
    return CodeOf(v);
}
std::string_view Code(TestKind v) {
    return CodeOf(v);
}
std::string_view Code(Relationship v) {
    return CodeOf(v);
}
std::string_view Code(Sex v) {
    return CodeOf(v);
}
std::string_view Code(ProposalStatus v) {
    return CodeOf(v);
}
std::string_view Code(Role v) {
    return CodeOf(v);
}
std::string_view Code(Lang v) {
    return CodeOf(v);
}

template <class E>
std::optional<E> FromCode(std::string_view code) {
    for (size_t i = 0; i < Codes<E>::kSize; ++i) {
        if (Codes<E>::kList[i] == code) return static_cast<E>(i);
    }
    return std::nullopt;
}

template <class E>
std::span<const std::string_view> AllCodes() {
    return Codes<E>::kList;
}

#define BANGKOM_INSTANTIATE(E)                                    \
    template std::optional<E> FromCode<E>(std::string_view code); \
    template std::span<const std::string_view> AllCodes<E>();

BANGKOM_INSTANTIATE(Lang)
BANGKOM_INSTANTIATE(EmploymentStatus)
BANGKOM_INSTANTIATE(CompetencyKind)
BANGKOM_INSTANTIATE(PositionKind)
BANGKOM_INSTANTIATE(AssessmentSource)
BANGKOM_INSTANTIATE(Expectation)
BANGKOM_INSTANTIATE(Predikat)
BANGKOM_INSTANTIATE(DevelopmentForm)
BANGKOM_INSTANTIATE(TestKind)
BANGKOM_INSTANTIATE(Relationship)
BANGKOM_INSTANTIATE(Sex)
BANGKOM_INSTANTIATE(ProposalStatus)
BANGKOM_INSTANTIATE(Role)

#undef BANGKOM_INSTANTIATE

bool NeedsAttendance(DevelopmentForm form) {
    return form != DevelopmentForm::e_learning && form != DevelopmentForm::belajar_mandiri &&
           form != DevelopmentForm::komunitas_belajar;
}

}  // namespace bangkom::domain
