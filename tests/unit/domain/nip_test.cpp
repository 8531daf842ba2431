#include "domain/nip.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>

namespace bangkom::domain {
namespace {

using ::testing::HasSubstr;

constexpr const char* kValid = "198609262015051001";

std::string ParseError(std::string_view text, EmploymentStatus status = EmploymentStatus::pns, Lang lang = Lang::id) {
    const auto r = Nip::Parse(text, status, lang);
    if (r.ok()) return "(accepted)";
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
    return r.error().message;
}

TEST(NipParse, AcceptsAValidPnsNumber) {
    const auto nip = Nip::Parse(kValid);
    ASSERT_TRUE(nip.ok());
    EXPECT_EQ(nip->str(), kValid);
    EXPECT_EQ(nip->Grouped(), "19860926 201505 1 001");
}

TEST(NipParse, AcceptsSurroundingSpacesAndTheGroupedForm) {
    for (const char* text : {"  198609262015051001 ", "19860926 201505 1 001", " 19860926 201505 1 001\t"}) {
        const auto nip = Nip::Parse(text);
        ASSERT_TRUE(nip.ok()) << text;
        EXPECT_EQ(nip->str(), kValid);
    }
}

TEST(NipParse, RejectsOtherSpacing) {
    for (const char* text : {"19860926  201505 1 001", "1986092 6201505 1 001", "19860926 2015051001",
                             "19860926-201505-1-001", "198609 26201505 1001"}) {
        EXPECT_EQ(ParseError(text), "NIP harus 18 digit angka") << text;
    }
}

TEST(NipParse, RejectsWrongLengthOrLetters) {
    for (const char* text : {"", "   ", "19860926201505100", "1986092620150510011", "19860926201505100A",
                             "l98609262015051001", "１98609262015051001"}) {
        EXPECT_EQ(ParseError(text), "NIP harus 18 digit angka") << text;
    }
}

TEST(NipParse, RejectsABirthDateThatDoesNotExist) {
    EXPECT_THAT(ParseError("198602302015051001"), HasSubstr("Tanggal lahir"));
    EXPECT_THAT(ParseError("198613012015051001"), HasSubstr("Tanggal lahir"));
    EXPECT_THAT(ParseError("198609002015051001"), HasSubstr("Tanggal lahir"));
    EXPECT_THAT(ParseError("198702292015051001"), HasSubstr("Tanggal lahir"));  // 1987 is not a leap year
    EXPECT_TRUE(Nip::Parse("198802292015051001").ok());                         // 1988 is
}

TEST(NipParse, RejectsAnAppointmentMonthOutside1To12) {
    EXPECT_THAT(ParseError("198609262015131001"), HasSubstr("Bulan pengangkatan"));
    EXPECT_THAT(ParseError("198609262015001001"), HasSubstr("Bulan pengangkatan"));
    EXPECT_TRUE(Nip::Parse("198609262015121001").ok());
    EXPECT_TRUE(Nip::Parse("198609262015011001").ok());
}

TEST(NipParse, AppointmentMustNotPrecedeTheMonthOfThe18thBirthday) {
    // Born 26 September 1986: 18 in September 2004.
    EXPECT_THAT(ParseError("198609262004081001"), HasSubstr("18 tahun"));
    EXPECT_THAT(ParseError("198609262003121001"), HasSubstr("18 tahun"));
    EXPECT_THAT(ParseError("198609261985011001"), HasSubstr("18 tahun"));
    EXPECT_TRUE(Nip::Parse("198609262004091001").ok());
    EXPECT_TRUE(Nip::Parse("198609262004101001").ok());
}

TEST(NipParse, SexDigitMustBe1Or2) {
    EXPECT_THAT(ParseError("198609262015053001"), HasSubstr("jenis kelamin"));
    EXPECT_THAT(ParseError("198609262015050001"), HasSubstr("jenis kelamin"));
    EXPECT_TRUE(Nip::Parse("198609262015052001").ok());
}

TEST(NipParse, SequenceMustNotBe000) {
    EXPECT_THAT(ParseError("198609262015051000"), HasSubstr("000"));
    EXPECT_TRUE(Nip::Parse("198609262015051002").ok());
    EXPECT_TRUE(Nip::Parse("198609262015051999").ok());
}

TEST(NipParse, PppkNumbersNeedOnly18Digits) {
    for (const char* text : {"000000000000000000", "198609262015131000", "19860926 201505 3 000"}) {
        EXPECT_TRUE(Nip::Parse(text, EmploymentStatus::pppk).ok()) << text;
        EXPECT_FALSE(Nip::Parse(text, EmploymentStatus::pns).ok()) << text;
    }
    EXPECT_EQ(ParseError("12345", EmploymentStatus::pppk), "NIP harus 18 digit angka");
    EXPECT_EQ(ParseError("12345678901234567X", EmploymentStatus::pppk), "NIP harus 18 digit angka");
}

TEST(NipParse, MessagesInEnglishWhenAsked) {
    EXPECT_EQ(ParseError("123", EmploymentStatus::pns, Lang::en), "The NIP must be 18 digits");
    EXPECT_THAT(ParseError("198602302015051001", EmploymentStatus::pns, Lang::en), HasSubstr("birth date"));
    EXPECT_THAT(ParseError("198609262015131001", EmploymentStatus::pns, Lang::en), HasSubstr("appointment month"));
    EXPECT_THAT(ParseError("198609262004081001", EmploymentStatus::pns, Lang::en), HasSubstr("18th birthday"));
    EXPECT_THAT(ParseError("198609262015053001", EmploymentStatus::pns, Lang::en), HasSubstr("sex digit"));
    EXPECT_THAT(ParseError("198609262015051000", EmploymentStatus::pns, Lang::en), HasSubstr("sequence"));
}

TEST(NipParseReference, ChecksOnlyLengthAndDigits) {
    const auto nip = Nip::ParseReference(" 19860926 201505 3 000 ");
    ASSERT_TRUE(nip.ok());
    EXPECT_EQ(nip->str(), "198609262015053000");
    const auto bad = Nip::ParseReference("1986");
    ASSERT_FALSE(bad.ok());
    EXPECT_EQ(bad.error().code, ErrorCode::invalid_argument);
    EXPECT_EQ(bad.error().message, "NIP harus 18 digit angka");
    EXPECT_EQ(Nip::ParseReference("1986", Lang::en).error().message, "The NIP must be 18 digits");
}

TEST(NipBirthDate, ReadsTheFirstEightDigits) {
    const auto birth = Nip::Parse(kValid)->BirthDate();
    ASSERT_TRUE(birth.ok());
    EXPECT_EQ(birth->ToIso(), "1986-09-26");
}

TEST(NipBirthDate, FailsForNumbersWithoutABirthDate) {
    EXPECT_FALSE(Nip::Parse("000000000000000000", EmploymentStatus::pppk)->BirthDate().ok());
    EXPECT_FALSE(Nip().BirthDate().ok());
}

TEST(NipCompare, ComparesByDigits) {
    EXPECT_EQ(*Nip::Parse("19860926 201505 1 001"), *Nip::Parse(kValid));
    EXPECT_LT(*Nip::Parse("198609262015051001"), *Nip::Parse("198609262015051002"));
    EXPECT_EQ(Nip().Grouped(), "");
}

}  // namespace
}  // namespace bangkom::domain
