#pragma once
// Parsing of single cell values by FORMATS.md's rules: decimals, Rupiah, dates, integers.

#include <optional>
#include <string_view>

#include "domain/date.hpp"
#include "domain/money.hpp"
#include "formats/table.hpp"

namespace bangkom::formats {

/// "3.5"; "3,5" only when decimal_comma. Number cells as they are.
std::optional<double> ParseDecimal(const Cell& cell, bool decimal_comma);
/// Whole numbers only ("12", number cell 12.0); "12.5" → nullopt.
std::optional<long long> ParseInteger(const Cell& cell);
/// Whole Rupiah: 1500000, "1500000", "1.500.000", "Rp 1.500.000", "Rp1.500.000", "Rp. 1.500.000";
/// number cells must be whole. Negative → nullopt.
std::optional<domain::Money> ParseMoney(const Cell& cell);
/// "2027-03-15", "15/03/2027" (also "5/3/2027"), or an Excel serial date (number cell, or a text of digits
/// from XLSX) with the 1900 leap-year bug honoured (serial 61 = 1900-03-01).
std::optional<domain::Date> ParseDate(const Cell& cell);
/// Excel serial day → date (serial 1 = 1900-01-01, 60 = the fictitious 1900-02-29 → nullopt).
std::optional<domain::Date> DateFromExcelSerial(double serial);
/// Trimmed text of a cell (numbers as their text form).
std::string CellText(const Cell& cell);

}  // namespace bangkom::formats
