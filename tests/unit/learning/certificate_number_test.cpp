// Certificate numbers: canonical form, forgiving input, and the check symbol catching every single mistyped symbol.

#include "learning/certificate_number.hpp"

#include <gtest/gtest.h>

namespace bangkom::learning {
namespace {

TEST(CertificateNumber, HasTheDocumentedShapeAndReadsBack) {
    const std::string number = MakeCertificateNumber(2026, {0, 1, 2, 3, 4, 5, 31});
    ASSERT_EQ(number.size(), std::string("BKM-2026-XXXX-XXXX").size());
    EXPECT_EQ(number.substr(0, 16), "BKM-2026-0123-45");
    EXPECT_EQ(number[16], 'Z');  // the seventh random symbol; the eighth is the check
    const auto parsed = ParseCertificateNumber(number);
    EXPECT_EQ(parsed.problem, CertificateNumberProblem::none);
    EXPECT_EQ(parsed.number, number);
}

TEST(CertificateNumber, AcceptsWhatPeopleTypeAndRepairsLookAlikes) {
    // Random symbols 0 and 1 are typed as the letters O and l, in lower case, without hyphens.
    const std::string number = MakeCertificateNumber(2027, {0, 1, 10, 20, 30, 0, 1});
    std::string typed = " bkm 2027 ";
    for (char c : number.substr(9)) {
        if (c == '-') continue;
        typed.push_back(c == '0' ? 'o' : c == '1' ? 'l' : static_cast<char>(std::tolower(c)));
    }
    const auto parsed = ParseCertificateNumber(typed);
    ASSERT_EQ(parsed.problem, CertificateNumberProblem::none) << typed;
    EXPECT_EQ(parsed.number, number);
}

TEST(CertificateNumber, EverySingleWrongSymbolIsCaughtByTheCheck) {
    const std::string number = MakeCertificateNumber(2026, {7, 19, 3, 28, 11, 0, 25});
    int checked = 0;
    for (size_t i = 9; i < number.size(); ++i) {
        if (number[i] == '-') continue;
        for (char replacement : kCrockford) {
            if (replacement == number[i]) continue;
            std::string wrong = number;
            wrong[i] = replacement;
            EXPECT_EQ(ParseCertificateNumber(wrong).problem, CertificateNumberProblem::wrong_check) << wrong;
            ++checked;
        }
    }
    EXPECT_EQ(checked, 8 * 31);
    std::string wrong_year = number;
    wrong_year[7] = '7';  // 2027 instead of 2026
    EXPECT_EQ(ParseCertificateNumber(wrong_year).problem, CertificateNumberProblem::wrong_check);
}

TEST(CertificateNumber, MalformedTextIsNotANumber) {
    for (const char* text : {"", "BKM-2026", "XYZ-2026-0123-456Z", "BKM-20A6-0123-456Z", "BKM-2026-0123-456Z9",
                             "BKM-2026-01U3-456Z", "BKM-1800-0123-456Z", "../../etc/passwd"}) {
        EXPECT_EQ(ParseCertificateNumber(text).problem, CertificateNumberProblem::malformed) << text;
    }
}

TEST(CertificateNumber, RandomValuesAreTakenModulo32) {
    EXPECT_EQ(MakeCertificateNumber(2026, {32, 33, 34, 35, 36, 37, 63}),
              MakeCertificateNumber(2026, {0, 1, 2, 3, 4, 5, 31}));
}

}  // namespace
}  // namespace bangkom::learning
