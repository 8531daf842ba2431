#include "formats/values.hpp"

#include <gtest/gtest.h>

#include <cmath>
#include <limits>

namespace bangkom::formats {
namespace {

Cell Text(std::string s) {
    return Cell{CellType::text, std::move(s), 0};
}
Cell Number(double x) {
    return Cell{CellType::number, "", x};
}
Cell Empty() {
    return Cell{};
}
domain::Date Ymd(int y, int m, int d) {
    return domain::Date::FromYmd(y, m, d).value();
}

// --- CellText

TEST(CellText, TrimsTextAndWritesNumbers) {
    EXPECT_EQ(CellText(Text("  Dinas Kesehatan \t")), "Dinas Kesehatan");
    EXPECT_EQ(CellText(Text("\xC2\xA0M.01\xC2\xA0")), "M.01");
    EXPECT_EQ(CellText(Empty()), "");
    EXPECT_EQ(CellText(Number(46096)), "46096");
    EXPECT_EQ(CellText(Number(3.5)), "3.5");
    EXPECT_EQ(CellText(Number(-2)), "-2");
    EXPECT_EQ(CellText(Cell{CellType::number, "12", 12}), "12");
    EXPECT_EQ(CellText(Cell{CellType::boolean, "", 1}), "TRUE");
    EXPECT_EQ(CellText(Cell{CellType::boolean, "", 0}), "FALSE");
}

// --- ParseDecimal

TEST(ParseDecimal, AcceptsDotDecimalsAndNumberCells) {
    EXPECT_EQ(ParseDecimal(Text("3.5"), false), 3.5);
    EXPECT_EQ(ParseDecimal(Text(" 3.5 "), true), 3.5);
    EXPECT_EQ(ParseDecimal(Text("4"), false), 4.0);
    EXPECT_EQ(ParseDecimal(Text("-1.25"), false), -1.25);
    EXPECT_EQ(ParseDecimal(Text("+2.5"), false), 2.5);
    EXPECT_EQ(ParseDecimal(Number(2.75), false), 2.75);
}

TEST(ParseDecimal, DecimalCommaOnlyWhenAllowed) {
    EXPECT_EQ(ParseDecimal(Text("3,5"), true), 3.5);
    EXPECT_FALSE(ParseDecimal(Text("3,5"), false).has_value());
}

TEST(ParseDecimal, RejectsNonNumbers) {
    for (const char* text :
         {"", "  ", "abc", "3.5.1", "3,5,1", "3.", ".5", "1e3", "inf", "nan", "3 5", "3,5.1", "--1", "Rp 3"}) {
        EXPECT_FALSE(ParseDecimal(Text(text), true).has_value()) << text;
    }
    EXPECT_FALSE(ParseDecimal(Empty(), false).has_value());
    EXPECT_FALSE(ParseDecimal(Number(std::numeric_limits<double>::infinity()), false).has_value());
    EXPECT_FALSE(ParseDecimal(Cell{CellType::boolean, "TRUE", 1}, false).has_value());
}

// --- ParseInteger

TEST(ParseInteger, AcceptsWholeNumbers) {
    EXPECT_EQ(ParseInteger(Text("12")), 12);
    EXPECT_EQ(ParseInteger(Text(" 007 ")), 7);
    EXPECT_EQ(ParseInteger(Text("-3")), -3);
    EXPECT_EQ(ParseInteger(Text("+3")), 3);
    EXPECT_EQ(ParseInteger(Number(12.0)), 12);
    EXPECT_EQ(ParseInteger(Number(0)), 0);
}

TEST(ParseInteger, RejectsFractionsAndText) {
    for (const char* text : {"12.5", "12.0", "12,0", "", "x", "1 2", "-", "99999999999999999999"}) {
        EXPECT_FALSE(ParseInteger(Text(text)).has_value()) << text;
    }
    EXPECT_FALSE(ParseInteger(Number(12.5)).has_value());
    EXPECT_FALSE(ParseInteger(Number(1e30)).has_value());
    EXPECT_FALSE(ParseInteger(Number(std::nan(""))).has_value());
    EXPECT_FALSE(ParseInteger(Empty()).has_value());
}

// --- ParseMoney

TEST(ParseMoney, AllImportFormsAreTheSameValue) {
    for (const char* text : {"1500000", "1.500.000", "Rp 1.500.000", "Rp1.500.000", "Rp. 1.500.000", "rp 1500000",
                             "RP.1.500.000", " Rp  1.500.000 "}) {
        const auto money = ParseMoney(Text(text));
        ASSERT_TRUE(money.has_value()) << text;
        EXPECT_EQ(money->rupiah, 1500000) << text;
    }
    EXPECT_EQ(ParseMoney(Number(1500000))->rupiah, 1500000);
    EXPECT_EQ(ParseMoney(Text("0"))->rupiah, 0);
    EXPECT_EQ(ParseMoney(Text("1.000"))->rupiah, 1000);
    EXPECT_EQ(ParseMoney(Text("999"))->rupiah, 999);
}

TEST(ParseMoney, RejectsCommaGroupingAsAmbiguous) {
    EXPECT_FALSE(ParseMoney(Text("1,500,000")).has_value());
    EXPECT_FALSE(ParseMoney(Text("Rp 1,500,000")).has_value());
}

TEST(ParseMoney, RejectsNegativeDecimalsAndBadGrouping) {
    for (const char* text : {"-1500000", "-Rp 1.500.000", "Rp -1.500.000", "1500000.50", "1.5", "1.500.00", "1.5000",
                             "1500.000", "0.500", ".500", "1.500.", "1..500", "", "Rp", "Rp.", "Rp 1.500.000,-",
                             "1.500.000,00", "satu juta", "99999999999999999999"}) {
        EXPECT_FALSE(ParseMoney(Text(text)).has_value()) << text;
    }
    EXPECT_FALSE(ParseMoney(Number(-1)).has_value());
    EXPECT_FALSE(ParseMoney(Number(1500.5)).has_value());
    EXPECT_FALSE(ParseMoney(Empty()).has_value());
}

// --- DateFromExcelSerial

TEST(DateFromExcelSerial, HonoursThe1900LeapYearBug) {
    EXPECT_EQ(DateFromExcelSerial(1), Ymd(1900, 1, 1));
    EXPECT_EQ(DateFromExcelSerial(59), Ymd(1900, 2, 28));
    EXPECT_FALSE(DateFromExcelSerial(60).has_value());  // the fictitious 1900-02-29
    EXPECT_EQ(DateFromExcelSerial(61), Ymd(1900, 3, 1));
    EXPECT_EQ(DateFromExcelSerial(25569), Ymd(1970, 1, 1));
    EXPECT_EQ(DateFromExcelSerial(45366), Ymd(2024, 3, 15));
    EXPECT_EQ(DateFromExcelSerial(46096), Ymd(2026, 3, 15));
}

TEST(DateFromExcelSerial, TakesTheDayPartOfFractions) {
    EXPECT_EQ(DateFromExcelSerial(45366.75), Ymd(2024, 3, 15));
    EXPECT_EQ(DateFromExcelSerial(45366.0001), Ymd(2024, 3, 15));
    EXPECT_EQ(DateFromExcelSerial(1.5), Ymd(1900, 1, 1));
}

TEST(DateFromExcelSerial, RejectsOutOfRange) {
    EXPECT_FALSE(DateFromExcelSerial(0).has_value());
    EXPECT_FALSE(DateFromExcelSerial(0.5).has_value());
    EXPECT_FALSE(DateFromExcelSerial(-5).has_value());
    EXPECT_FALSE(DateFromExcelSerial(1e12).has_value());
    EXPECT_FALSE(DateFromExcelSerial(std::nan("")).has_value());
    EXPECT_EQ(DateFromExcelSerial(109939), Ymd(2200, 12, 31));  // the last supported date
    EXPECT_FALSE(DateFromExcelSerial(109940).has_value());
}

// --- ParseDate

TEST(ParseDate, AcceptsIsoAndDayMonthYear) {
    EXPECT_EQ(ParseDate(Text("2027-03-15")), Ymd(2027, 3, 15));
    EXPECT_EQ(ParseDate(Text(" 2027-03-15 ")), Ymd(2027, 3, 15));
    EXPECT_EQ(ParseDate(Text("15/03/2027")), Ymd(2027, 3, 15));
    EXPECT_EQ(ParseDate(Text("5/3/2027")), Ymd(2027, 3, 5));
    EXPECT_EQ(ParseDate(Text("05/3/2027")), Ymd(2027, 3, 5));
    EXPECT_EQ(ParseDate(Text("29/02/2024")), Ymd(2024, 2, 29));
}

TEST(ParseDate, AcceptsExcelSerialsFromNumbersAndDigitText) {
    EXPECT_EQ(ParseDate(Number(45366)), Ymd(2024, 3, 15));
    EXPECT_EQ(ParseDate(Text("45366")), Ymd(2024, 3, 15));
    EXPECT_FALSE(ParseDate(Number(60)).has_value());
    EXPECT_FALSE(ParseDate(Text("60")).has_value());
}

TEST(ParseDate, RejectsImpossibleAndOtherForms) {
    for (const char* text :
         {"29/02/2023", "29/02/1900", "31/04/2027", "15/13/2027", "0/1/2027", "15/03/27", "015/03/2027", "15-03-2027",
          "2027-02-29", "2027/03/15", "15/03/2027/1", "15//2027", "", "besok", "20270315", "0", "2027-03-15T00:00"}) {
        EXPECT_FALSE(ParseDate(Text(text)).has_value()) << text;
    }
    EXPECT_FALSE(ParseDate(Empty()).has_value());
}

}  // namespace
}  // namespace bangkom::formats
