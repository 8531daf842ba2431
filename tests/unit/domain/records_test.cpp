#include "domain/records.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

namespace bangkom::domain {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

const Nip kNip = *Nip::Parse("198609262015051001");
const Nip kOtherNip = *Nip::Parse("199001012015052003");
Date Ymd(int y, int m, int d) {
    return Date::FromYmd(y, m, d).value();
}

// The columns named by a failed validation, in order; empty when it passed.
std::vector<std::string> Columns(const Result<void>& r) {
    std::vector<std::string> out;
    if (r.ok()) return out;
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
    for (const auto& d : r.error().details) {
        EXPECT_EQ(d.row, 0);
        EXPECT_FALSE(d.message.empty());
        out.push_back(d.column);
    }
    return out;
}

std::string FirstMessage(const Result<void>& r) {
    return r.ok() || r.error().details.empty() ? "(passed)" : r.error().details[0].message;
}

TEST(IsValidCode, LengthAndEnds) {
    EXPECT_TRUE(IsValidCode("M.01"));
    EXPECT_TRUE(IsValidCode("a"));
    EXPECT_TRUE(IsValidCode("Dinas Kesehatan"));  // inner spaces are allowed
    EXPECT_TRUE(IsValidCode(std::string(64, 'x')));
    EXPECT_TRUE(IsValidCode("é" + std::string(63, 'x')));  // 64 characters, 65 bytes
    EXPECT_FALSE(IsValidCode(""));
    EXPECT_FALSE(IsValidCode(std::string(65, 'x')));
    EXPECT_FALSE(IsValidCode(" M.01"));
    EXPECT_FALSE(IsValidCode("M.01 "));
    EXPECT_FALSE(IsValidCode("M.01\t"));
}

TEST(ValidateAgency, ValidAndEachFailure) {
    Agency a{"DINKES", "Dinas Kesehatan", "Dinkes", Money{150000000}};
    EXPECT_TRUE(Validate(a).ok());
    a.budget = Money{0};
    EXPECT_TRUE(Validate(a).ok());
    a.code = " DINKES";
    a.name = "  ";
    a.budget = Money{-1};
    EXPECT_THAT(Columns(Validate(a)), ElementsAre("kode_opd", "nama_opd", "anggaran_bangkom"));
}

TEST(ValidateAgency, MessagesInIndonesianAndEnglish) {
    const Agency a{"", "", "", Money{}};
    const auto id = Validate(a, Lang::id);
    ASSERT_FALSE(id.ok());
    EXPECT_EQ(id.error().details[0].message, "Wajib diisi");
    EXPECT_THAT(id.error().message, HasSubstr("kode_opd: Wajib diisi"));
    EXPECT_THAT(id.error().message, HasSubstr("Data tidak valid"));
    const auto en = Validate(a, Lang::en);
    EXPECT_EQ(en.error().details[0].message, "Required");
    EXPECT_THAT(en.error().message, HasSubstr("Invalid data"));
    EXPECT_THAT(FirstMessage(Validate(Agency{"A ", "x", "", {}}, Lang::id)), HasSubstr("1-64 karakter"));
    EXPECT_THAT(FirstMessage(Validate(Agency{"A ", "x", "", {}}, Lang::en)), HasSubstr("1-64 characters"));
}

TEST(ValidateServiceUnit, ValidAndEachFailure) {
    ServiceUnit u{"PKM-01", "Puskesmas Putri Ayu", "DINKES"};
    EXPECT_TRUE(Validate(u).ok());
    EXPECT_THAT(Columns(Validate(ServiceUnit{"", "", ""})), ElementsAre("kode_unit", "nama_unit", "kode_opd"));
}

TEST(ValidateCompetency, ValidAndEachFailure) {
    Competency k{"M.01", "Integritas", CompetencyKind::manajerial, "", "", {}};
    EXPECT_TRUE(Validate(k).ok());
    k.code = std::string(65, 'K');
    k.name = "";
    EXPECT_THAT(Columns(Validate(k)), ElementsAre("kode", "nama"));
}

TEST(ValidatePosition, ValidAndEachFailure) {
    Position p{"J-001", "Analis Kebijakan", PositionKind::ahli_muda, "BKD", ""};
    EXPECT_TRUE(Validate(p).ok());
    EXPECT_THAT(Columns(Validate(Position{"", "", PositionKind::pelaksana, "", ""})),
                ElementsAre("kode_jabatan", "nama_jabatan", "kode_opd"));
}

TEST(ValidatePositionStandard, LevelAndWeight) {
    PositionStandard s{"J-001", "M.01", 3, 1.5};
    EXPECT_TRUE(Validate(s).ok());
    s.level = 1;
    EXPECT_TRUE(Validate(s).ok());
    s.level = 5;
    EXPECT_TRUE(Validate(s).ok());
    s.level = 6;
    EXPECT_THAT(Columns(Validate(s)), ElementsAre("level"));
    EXPECT_EQ(FirstMessage(Validate(s)), "Level harus antara 1 dan 5");
    EXPECT_EQ(FirstMessage(Validate(s, Lang::en)), "The level must be between 1 and 5");
    s.level = 0;
    EXPECT_THAT(Columns(Validate(s)), ElementsAre("level"));
    s.level = 2;
    s.weight = 0;
    EXPECT_THAT(Columns(Validate(s)), ElementsAre("bobot"));
    EXPECT_EQ(FirstMessage(Validate(s)), "Bobot harus lebih dari 0");
    s.weight = -1;
    EXPECT_THAT(Columns(Validate(s)), ElementsAre("bobot"));
    s.weight = std::nan("");
    EXPECT_THAT(Columns(Validate(s)), ElementsAre("bobot"));
    EXPECT_THAT(Columns(Validate(PositionStandard{"", "", 3, 1})), ElementsAre("kode_jabatan", "kode_kompetensi"));
}

Employee ValidEmployee() {
    Employee e;
    e.nip = kNip;
    e.name = "Siti Aminah";
    e.position_code = "J-001";
    e.agency_code = "BKD";
    return e;
}

TEST(ValidateEmployee, ValidWithAndWithoutOptionalFields) {
    Employee e = ValidEmployee();
    EXPECT_TRUE(Validate(e).ok());
    e.unit_code = "PKM-01";
    e.supervisor_nip = kOtherNip;
    e.target_position_code = "J-002";
    e.email = "siti@example.go.id";
    EXPECT_TRUE(Validate(e).ok());
}

TEST(ValidateEmployee, NipFollowsTheStatus) {
    Employee e = ValidEmployee();
    e.nip = *Nip::Parse("000000000000000000", EmploymentStatus::pppk);
    e.status = EmploymentStatus::pppk;
    EXPECT_TRUE(Validate(e).ok());
    e.status = EmploymentStatus::pns;
    EXPECT_THAT(Columns(Validate(e)), ElementsAre("nip"));
    EXPECT_THAT(FirstMessage(Validate(e)), HasSubstr("Tanggal lahir"));
    EXPECT_THAT(FirstMessage(Validate(e, Lang::en)), HasSubstr("birth date"));
    e.nip = Nip();
    EXPECT_EQ(FirstMessage(Validate(e)), "NIP harus 18 digit angka");
}

TEST(ValidateEmployee, EachFailingField) {
    Employee e = ValidEmployee();
    e.name = "";
    e.position_code = "";
    e.agency_code = "BKD ";
    e.unit_code = " PKM";
    e.supervisor_nip = Nip();
    e.target_position_code = std::string(70, 'J');
    EXPECT_THAT(Columns(Validate(e)),
                ElementsAre("nama", "kode_jabatan", "kode_opd", "kode_unit", "nip_atasan", "kode_jabatan_target"));
}

TEST(ValidateAssessment, LevelIsADecimalFrom1To5) {
    Assessment a{kNip, "M.01", 3.5, AssessmentSource::atasan, Ymd(2027, 3, 15)};
    EXPECT_TRUE(Validate(a).ok());
    a.level = 1.0;
    EXPECT_TRUE(Validate(a).ok());
    a.level = 5.0;
    EXPECT_TRUE(Validate(a).ok());
    for (double bad : {0.99, 5.01, -1.0, std::nan("")}) {
        a.level = bad;
        EXPECT_THAT(Columns(Validate(a)), ElementsAre("level")) << bad;
    }
    EXPECT_THAT(Columns(Validate(Assessment{Nip(), "", 2, AssessmentSource::mandiri, {}})),
                ElementsAre("nip", "kode_kompetensi"));
}

TEST(ValidatePerformanceRating, PredikatMustMatchTheMatrix) {
    PerformanceRating p{kNip, 2026, Expectation::di_atas, Expectation::di_atas, Predikat::sangat_baik};
    EXPECT_TRUE(Validate(p).ok());
    p.predikat = Predikat::baik;
    EXPECT_THAT(Columns(Validate(p)), ElementsAre("predikat"));
    EXPECT_THAT(FirstMessage(Validate(p)), HasSubstr("seharusnya sangat_baik"));
    EXPECT_THAT(FirstMessage(Validate(p, Lang::en)), HasSubstr("expected sangat_baik"));
}

TEST(ValidatePerformanceRating, NipAndYear) {
    PerformanceRating p{Nip(), 0, Expectation::sesuai, Expectation::sesuai, Predikat::baik};
    EXPECT_THAT(Columns(Validate(p)), ElementsAre("nip", "tahun"));
    p.nip = kNip;
    p.year = 1900;
    EXPECT_TRUE(Validate(p).ok());
    p.year = 2201;
    EXPECT_THAT(Columns(Validate(p)), ElementsAre("tahun"));
}

Program ValidProgram() {
    Program p;
    p.code = "PRG-01";
    p.name = "Pelatihan Pelayanan Prima";
    p.institution = "BPSDM Jambi";
    p.jp = 24;
    p.cost_per_participant = Money{1500000};
    p.raises = {{"M.05", 1}, {"T.KES.02", 2}};
    return p;
}

TEST(ValidateProgram, Valid) {
    Program p = ValidProgram();
    EXPECT_TRUE(Validate(p).ok());
    p.cost_per_participant = Money{0};
    p.max_level = 1;
    p.raises = {{"M.05", 4}};
    EXPECT_TRUE(Validate(p).ok());
}

TEST(ValidateProgram, EachFailingField) {
    Program p = ValidProgram();
    p.code = "";
    p.name = "";
    p.institution = "";
    p.jp = 0;
    p.cost_per_participant = Money{-5};
    p.max_level = 6;
    EXPECT_THAT(Columns(Validate(p)),
                ElementsAre("kode_program", "nama", "lembaga", "jp", "biaya_per_peserta", "level_maksimal"));
}

TEST(ValidateProgram, RaisesNeedAtLeastOneWithLevels1To4) {
    Program p = ValidProgram();
    p.raises.clear();
    EXPECT_THAT(Columns(Validate(p)), ElementsAre("kompetensi"));
    p.raises = {{"M.05", 0}};
    EXPECT_THAT(Columns(Validate(p)), ElementsAre("kompetensi"));
    p.raises = {{"M.05", 5}};
    EXPECT_THAT(Columns(Validate(p)), ElementsAre("kompetensi"));
    p.raises = {{"", 1}, {"M.01", 1}};
    EXPECT_THAT(Columns(Validate(p)), ElementsAre("kompetensi"));
    p.max_level = 0;
    p.raises = {{"M.01", 1}};
    EXPECT_THAT(Columns(Validate(p)), ElementsAre("level_maksimal"));
}

TEST(ValidateOffering, DatesAndCapacity) {
    Offering o{"ANG-01", "PRG-01", Ymd(2027, 3, 15), Ymd(2027, 3, 17), 30, "Jambi"};
    EXPECT_TRUE(Validate(o).ok());
    o.end = o.start;
    o.capacity = 0;  // unlimited
    EXPECT_TRUE(Validate(o).ok());
    o.end = Ymd(2027, 3, 14);
    o.capacity = -1;
    EXPECT_THAT(Columns(Validate(o)), ElementsAre("tanggal_selesai", "kapasitas"));
    EXPECT_EQ(FirstMessage(Validate(o)), "Tanggal selesai tidak boleh sebelum tanggal mulai");
    EXPECT_THAT(Columns(Validate(Offering{"", "", {}, {}, 0, ""})), ElementsAre("kode_angkatan", "kode_program"));
}

TEST(ValidateJpHistoryEntry, EachFailingField) {
    JpHistoryEntry h{kNip, "Bimtek SIASN", Ymd(2026, 5, 1), Ymd(2026, 5, 2), 16, "BKN", "123/BKN/2026"};
    EXPECT_TRUE(Validate(h).ok());
    h.nip = Nip();
    h.activity = "";
    h.end = Ymd(2026, 4, 30);
    h.jp = 0;
    EXPECT_THAT(Columns(Validate(h)), ElementsAre("nip", "nama_kegiatan", "tanggal_selesai", "jp"));
}

TEST(ValidateProposal, PriorityYearAndCodes) {
    Proposal p;
    p.nip = kNip;
    p.competency_code = "M.03";
    p.year = 2027;
    EXPECT_TRUE(Validate(p).ok());
    for (int priority : {1, 3}) {
        p.priority = priority;
        EXPECT_TRUE(Validate(p).ok());
    }
    p.priority = 4;
    EXPECT_THAT(Columns(Validate(p)), ElementsAre("prioritas"));
    EXPECT_EQ(FirstMessage(Validate(p)), "Prioritas harus antara 1 dan 3");
    p.priority = 0;
    p.year = 0;
    p.competency_code = "";
    p.nip = Nip();
    EXPECT_THAT(Columns(Validate(p)), ElementsAre("nip", "kode_kompetensi", "tahun", "prioritas"));
}

TEST(ValidateSurveyResponse, AnswersAgeAndLists) {
    SurveyResponse s;
    s.unit_code = "PKM-01";
    s.answers = {4, 3, 1, std::nullopt, 2, 2, 3, 4, 1};
    s.age = 35;
    s.education = "D4/S1";
    s.occupation = "Wirausaha";
    EXPECT_TRUE(Validate(s).ok());
    s.age = std::nullopt;
    s.education = "";
    s.occupation = "";
    EXPECT_TRUE(Validate(s).ok());
    s.unit_code = "";
    s.answers[1] = 5;
    s.answers[8] = 0;
    s.age = 9;
    s.education = "S4";
    s.occupation = "pns";  // lists are exact, like codes
    EXPECT_THAT(Columns(Validate(s)), ElementsAre("kode_unit", "u2", "u9", "umur", "pendidikan", "pekerjaan"));
    s.age = 121;
    EXPECT_THAT(Columns(Validate(s)), testing::Contains("umur"));
    SurveyResponse edge;
    edge.unit_code = "U";
    edge.age = 10;
    EXPECT_TRUE(Validate(edge).ok());
    edge.age = 120;
    EXPECT_TRUE(Validate(edge).ok());
}

TEST(ValidateSurveyResponse, ListMessageNamesTheAllowedValues) {
    SurveyResponse s;
    s.unit_code = "U";
    s.education = "SLTA";
    EXPECT_EQ(FirstMessage(Validate(s)), "Harus salah satu dari: SD, SMP, SMA, D1-D3, D4/S1, S2, S3");
    EXPECT_EQ(FirstMessage(Validate(s, Lang::en)), "Must be one of: SD, SMP, SMA, D1-D3, D4/S1, S2, S3");
}

TEST(ValidateTestScore, ScoreFrom0To100) {
    TestScore t{"ANG-01", kNip, TestKind::post, 0};
    EXPECT_TRUE(Validate(t).ok());
    t.score = 100;
    EXPECT_TRUE(Validate(t).ok());
    t.score = 100.5;
    EXPECT_THAT(Columns(Validate(t)), ElementsAre("skor"));
    t.score = -0.1;
    EXPECT_THAT(Columns(Validate(t)), ElementsAre("skor"));
    EXPECT_THAT(Columns(Validate(TestScore{"", Nip(), TestKind::pre, 50})), ElementsAre("kode_angkatan", "nip"));
}

TEST(ValidateReactionAnswer, ItemsFrom1To5AndOptionalNip) {
    ReactionAnswer r;
    r.offering_code = "ANG-01";
    r.items = {5, 4, 1, std::nullopt, 3, 2};
    EXPECT_TRUE(Validate(r).ok());  // anonymous
    r.nip = kNip;
    EXPECT_TRUE(Validate(r).ok());
    r.nip = Nip();
    r.items = {0, 6, 1, 1, 1, 7};
    r.offering_code = "";
    EXPECT_THAT(Columns(Validate(r)), ElementsAre("kode_angkatan", "nip", "relevansi", "materi", "manfaat"));
}

TEST(ValidateFeedback360, ScoreAndReferences) {
    Feedback360 f{0, kNip, "", Relationship::rekan, "M.02", 4.5, Ymd(2027, 1, 10)};
    EXPECT_TRUE(Validate(f).ok());
    f.score = 0.5;
    EXPECT_THAT(Columns(Validate(f)), ElementsAre("skor"));
    EXPECT_EQ(FirstMessage(Validate(f)), "Skor harus antara 1 dan 5");
    f.rated_nip = Nip();
    f.competency_code = "";
    f.score = 5;
    EXPECT_THAT(Columns(Validate(f)), ElementsAre("nip_dinilai", "kode_kompetensi"));
}

}  // namespace
}  // namespace bangkom::domain
