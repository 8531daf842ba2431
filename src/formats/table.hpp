#pragma once
// A sheet of cells as read from a CSV or XLSX file, before any kind's rules apply.

#include <string>
#include <string_view>
#include <vector>

#include "domain/enums.hpp"
#include "domain/result.hpp"

namespace bangkom::formats {

enum class CellType { empty, text, number, boolean };

struct Cell {
    CellType type = CellType::empty;
    std::string text;   // text as written; for numbers the shortest round-trip form ("3.5", "46096")
    double number = 0;  // for CellType::number (Excel serial dates arrive as numbers)
};

struct Table {
    std::vector<std::string> header;      // trimmed, as written (case kept; matching is case-insensitive)
    std::vector<std::vector<Cell>> rows;  // each row padded/truncated to header.size()
    std::vector<int> row_numbers;         // the row as Excel shows it (header = 1), one per row
    bool decimal_comma = false;           // CSV with ';' separator: "3,5" is a decimal
    char separator = ',';                 // CSV only
};

/// RFC 4180 CSV, UTF-8 with or without BOM, separator ',' or ';' detected from the header line.
/// Fully empty lines are skipped. Errors (unterminated quote, invalid UTF-8) name the row.
Result<Table> ReadCsv(std::string_view bytes, domain::Lang lang);
/// The first sheet of an .xlsx (zip of XML): shared strings, inline strings, numbers, booleans.
Result<Table> ReadXlsx(std::string_view bytes, domain::Lang lang);
/// Chooses by content (zip magic "PK\3\4" → XLSX, else CSV).
Result<Table> ReadTable(std::string_view bytes, domain::Lang lang);

/// CSV per RFC 4180 with ',' separator, CRLF line ends, UTF-8 BOM (so Excel opens it as UTF-8).
std::string WriteCsv(const std::vector<std::string>& header, const std::vector<std::vector<Cell>>& rows);

/// A text cell for a written sheet; empty text → an empty cell.
Cell TextCell(std::string_view text);
/// A number cell whose text is the shortest fixed form (250000000, not 2.5e+08; 0.5, not 5e-01).
Cell NumberCell(double value);

struct Sheet {
    std::string name;
    std::vector<std::string> header;
    std::vector<std::vector<Cell>> rows;
    std::vector<double> column_widths;  // optional, in characters
};
/// An .xlsx with the given sheets (bold frozen header row, autofilter); numbers stay numbers.
Result<std::string> WriteXlsx(const std::vector<Sheet>& sheets);

}  // namespace bangkom::formats
