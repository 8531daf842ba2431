#include "domain/money.hpp"

#include <gtest/gtest.h>

#include <limits>

namespace bangkom::domain {
namespace {

TEST(MoneyDisplay, GroupsThousandsWithDots) {
    EXPECT_EQ(Money{1500000}.ToDisplay(), "Rp 1.500.000");
    EXPECT_EQ(Money{0}.ToDisplay(), "Rp 0");
    EXPECT_EQ(Money{999}.ToDisplay(), "Rp 999");
    EXPECT_EQ(Money{1000}.ToDisplay(), "Rp 1.000");
    EXPECT_EQ(Money{12345}.ToDisplay(), "Rp 12.345");
    EXPECT_EQ(Money{123456789012}.ToDisplay(), "Rp 123.456.789.012");
}

TEST(MoneyDisplay, NegativeHasTheSignBeforeRp) {
    EXPECT_EQ(Money{-1500000}.ToDisplay(), "-Rp 1.500.000");
    EXPECT_EQ(Money{-5}.ToDisplay(), "-Rp 5");
    EXPECT_EQ(Money{std::numeric_limits<int64_t>::min()}.ToDisplay(), "-Rp 9.223.372.036.854.775.808");
}

TEST(MoneyArithmetic, AddsAndCompares) {
    EXPECT_EQ(Money{100} + Money{250}, Money{350});
    EXPECT_LT(Money{100}, Money{250});
}

}  // namespace
}  // namespace bangkom::domain
