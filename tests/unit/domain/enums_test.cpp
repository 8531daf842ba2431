#include "domain/enums.hpp"

#include <gtest/gtest.h>

#include <set>
#include <string>

namespace bangkom::domain {
namespace {

// Every code of E parses back to an enumerator whose Code is that code, and codes are unique.
template <class E>
void ExpectRoundTrip(size_t expected_count) {
    const auto codes = AllCodes<E>();
    ASSERT_EQ(codes.size(), expected_count);
    std::set<std::string_view> seen;
    for (size_t i = 0; i < codes.size(); ++i) {
        const auto parsed = FromCode<E>(codes[i]);
        ASSERT_TRUE(parsed.has_value()) << codes[i];
        EXPECT_EQ(static_cast<size_t>(*parsed), i);
        EXPECT_EQ(Code(*parsed), codes[i]);
        EXPECT_TRUE(seen.insert(codes[i]).second) << "duplicate " << codes[i];
    }
    EXPECT_FALSE(FromCode<E>("").has_value());
    EXPECT_FALSE(FromCode<E>("tidak_ada").has_value());
}

TEST(Enums, EveryEnumRoundTripsThroughItsCodes) {
    ExpectRoundTrip<Lang>(2);
    ExpectRoundTrip<EmploymentStatus>(2);
    ExpectRoundTrip<CompetencyKind>(3);
    ExpectRoundTrip<PositionKind>(13);
    ExpectRoundTrip<AssessmentSource>(4);
    ExpectRoundTrip<Expectation>(3);
    ExpectRoundTrip<Predikat>(5);
    ExpectRoundTrip<DevelopmentForm>(14);
    ExpectRoundTrip<TestKind>(2);
    ExpectRoundTrip<Relationship>(4);
    ExpectRoundTrip<Sex>(2);
    ExpectRoundTrip<ProposalStatus>(5);
    ExpectRoundTrip<Role>(6);
}

TEST(Enums, CodesAreWrittenAsInFormatsMd) {
    EXPECT_EQ(Code(DevelopmentForm::pelatihan_klasikal), "pelatihan_klasikal");
    EXPECT_EQ(Code(DevelopmentForm::e_learning), "e_learning");
    EXPECT_EQ(Code(CompetencyKind::sosial_kultural), "sosial_kultural");
    EXPECT_EQ(Code(PositionKind::jpt_pratama), "jpt_pratama");
    EXPECT_EQ(Code(Expectation::di_bawah), "di_bawah");
    EXPECT_EQ(Code(Predikat::butuh_perbaikan), "butuh_perbaikan");
    EXPECT_EQ(Code(Sex::P), "P");
    EXPECT_EQ(Code(Role::admin_bkd), "admin_bkd");
    EXPECT_EQ(Code(Lang::en), "en");
    EXPECT_EQ(Code(EmploymentStatus::pppk), "pppk");
}

TEST(Enums, CodesAreCaseSensitiveAndExact) {
    EXPECT_FALSE(FromCode<EmploymentStatus>("PNS").has_value());
    EXPECT_FALSE(FromCode<Sex>("l").has_value());
    EXPECT_FALSE(FromCode<DevelopmentForm>(" bimtek").has_value());
    EXPECT_FALSE(FromCode<DevelopmentForm>("e-learning").has_value());
    EXPECT_EQ(FromCode<DevelopmentForm>("e_learning"), DevelopmentForm::e_learning);
    EXPECT_EQ(FromCode<Relationship>("bawahan"), Relationship::bawahan);
}

TEST(Enums, OnlySelfPacedFormsNeedNoAttendance) {
    for (auto code : AllCodes<DevelopmentForm>()) {
        const auto form = *FromCode<DevelopmentForm>(code);
        const bool self_paced = form == DevelopmentForm::e_learning || form == DevelopmentForm::belajar_mandiri ||
                                form == DevelopmentForm::komunitas_belajar;
        EXPECT_EQ(NeedsAttendance(form), !self_paced) << code;
    }
}

}  // namespace
}  // namespace bangkom::domain
