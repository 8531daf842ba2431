// WriteCsv: what Excel (and our own ReadCsv) opens without a dialog: BOM, ',' separator, CRLF.
#include <charconv>
#include <string>
#include <string_view>

#include "formats/csv_text.hpp"
#include "formats/table.hpp"

namespace bangkom::formats {

namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool NeedsQuotes(std::string_view field) {
    if (field.find_first_of(",\"\r\n") != std::string_view::npos) return true;
    // Spaces at the ends survive any reader only when quoted.
    return !field.empty() && (field.front() == ' ' || field.back() == ' ');
}

void AppendField(std::string& out, std::string_view field) {
    if (!NeedsQuotes(field)) {
        out.append(field);
        return;
    }
    out.push_back('"');
    for (const char c : field) {
        if (c == '"') out.push_back('"');
        out.push_back(c);
    }
    out.push_back('"');
}

void AppendCell(std::string& out, const Cell& cell) {
    if (cell.type == CellType::number && cell.text.empty()) {
        char buffer[32];
        const auto [end, ec] = std::to_chars(buffer, buffer + sizeof buffer, cell.number);
        out.append(buffer, ec == std::errc() ? end : buffer);
    } else if (cell.type == CellType::boolean && cell.text.empty()) {
        out.append(cell.number != 0 ? "TRUE" : "FALSE");
    } else if (cell.type != CellType::empty && detail::LooksLikeFormula(cell.text)) {
        AppendField(out, "'" + cell.text);  // text, never a formula, when a spreadsheet opens the file
    } else if (cell.type != CellType::empty) {
        AppendField(out, cell.text);
    }
}

}  // namespace

std::string WriteCsv(const std::vector<std::string>& header, const std::vector<std::vector<Cell>>& rows) {
    std::string out(kBom);
    out.reserve(64 + rows.size() * header.size() * 12);
    for (size_t i = 0; i < header.size(); ++i) {
        if (i > 0) out.push_back(',');
        AppendField(out, header[i]);
    }
    out.append("\r\n");
    for (const auto& row : rows) {
        for (size_t i = 0; i < row.size(); ++i) {
            if (i > 0) out.push_back(',');
            AppendCell(out, row[i]);
        }
        out.append("\r\n");
    }
    return out;
}

}  // namespace bangkom::formats
