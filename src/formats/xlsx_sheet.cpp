// The worksheet part → Table. Cells are placed by their reference ("C7"), so skipped columns and rows
// are fine; rows keep Excel's number for error messages.
#include <charconv>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "formats/csv_text.hpp"
#include "formats/xlsx_xml.hpp"

namespace bangkom::formats::detail {

namespace {

using domain::Lang;

constexpr size_t kMaxRows = 1'000'000;
constexpr int kMaxColumns = 200;
constexpr size_t kMaxDetails = 1000;

void AppendUtf8(std::string& out, unsigned code) {
    if (code < 0x80) {
        out.push_back(static_cast<char>(code));
    } else if (code < 0x800) {
        out.push_back(static_cast<char>(0xC0 | (code >> 6)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    } else {
        out.push_back(static_cast<char>(0xE0 | (code >> 12)));
        out.push_back(static_cast<char>(0x80 | ((code >> 6) & 0x3F)));
        out.push_back(static_cast<char>(0x80 | (code & 0x3F)));
    }
}

// Excel writes characters XML cannot hold as "_xHHHH_" (e.g. "_x000D_" for CR, "_x005F_" for '_').
std::string DecodeEscapes(std::string_view text) {
    if (text.find("_x") == std::string_view::npos) return std::string(text);
    std::string out;
    out.reserve(text.size());
    for (size_t i = 0; i < text.size(); ++i) {
        unsigned code = 0;
        if (text.substr(i, 2) == "_x" && i + 6 < text.size() && text[i + 6] == '_') {
            const auto [end, ec] = std::from_chars(text.data() + i + 2, text.data() + i + 6, code, 16);
            if (ec == std::errc() && end == text.data() + i + 6 && !(code >= 0xD800 && code <= 0xDFFF)) {
                AppendUtf8(out, code);
                i += 6;
                continue;
            }
        }
        out.push_back(text[i]);
    }
    return out;
}

// "C7" → 2; -1 when the reference has no valid column letters.
int ColumnOf(std::string_view ref) {
    int column = 0;
    size_t i = 0;
    for (; i < ref.size() && i < 3; ++i) {
        char c = ref[i];
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
        if (c < 'A' || c > 'Z') break;
        column = column * 26 + (c - 'A' + 1);
    }
    return i == 0 ? -1 : column - 1;
}

Cell TextCell(std::string text) {
    Cell cell;
    if (!IsBlank(text)) {
        cell.type = CellType::text;
        cell.text = std::move(text);
    }
    return cell;
}

Cell NumberCell(std::string_view value) {
    Cell cell;
    const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), cell.number);
    if (ec != std::errc() || end != value.data() + value.size()) return TextCell(std::string(value));
    char buffer[32];
    const auto [text_end, text_ec] = std::to_chars(buffer, buffer + sizeof buffer, cell.number);
    cell.type = CellType::number;
    cell.text.assign(buffer, text_ec == std::errc() ? text_end : buffer);
    return cell;
}

class SheetBuilder {
  public:
    SheetBuilder(const std::vector<std::string>& shared, Lang lang) : shared_(shared), lang_(lang) {}
    // False on an error that stops reading (a limit); the error is then in fatal().
    bool AddRow(pugi::xml_node row);
    Result<Table> Finish() &&;

  private:
    std::optional<Cell> ReadCell(pugi::xml_node c, int row, int column);
    void AddDetail(int row, int column, std::string_view id, std::string_view en) {
        if (details_.size() < kMaxDetails) details_.push_back({row, ColumnLetters(column), Pick(lang_, id, en)});
    }
    void SetHeader();
    bool AddDataRow();

    const std::vector<std::string>& shared_;
    Lang lang_;
    Table table_;
    bool have_header_ = false;
    int row_number_ = 0;
    std::vector<std::pair<int, Cell>> cells_;  // the non-empty cells of the current row
    std::vector<ErrorDetail> details_;
    std::optional<Error> fatal_;
};

std::optional<Cell> SheetBuilder::ReadCell(pugi::xml_node c, int row, int column) {
    const std::string_view type = c.attribute("t").value();
    const char* value = Child(c, "v").child_value();
    if (type == "inlineStr") return TextCell(StringItemText(Child(c, "is")));
    if (*value == '\0') return Cell{};  // a styled cell without a value
    if (type == "s") {
        unsigned long index = 0;
        const std::string_view v = value;
        const auto [end, ec] = std::from_chars(v.data(), v.data() + v.size(), index);
        if (ec != std::errc() || end != v.data() + v.size() || index >= shared_.size()) {
            AddDetail(row, column, "sel merujuk ke teks bersama yang tidak ada (berkas rusak)",
                      "the cell refers to a shared string that does not exist (damaged file)");
            return std::nullopt;
        }
        return TextCell(shared_[index]);
    }
    if (type == "b") {
        Cell cell;
        cell.type = CellType::boolean;
        cell.number = std::string_view(value) == "1" ? 1 : 0;
        cell.text = cell.number != 0 ? "TRUE" : "FALSE";
        return cell;
    }
    if (type == "str" || type == "e" || type == "d") return TextCell(value);
    return NumberCell(value);
}

bool SheetBuilder::AddRow(pugi::xml_node row) {
    const int given = row.attribute("r").as_int(0);
    row_number_ = given > 0 ? given : row_number_ + 1;
    cells_.clear();
    int column = -1;
    for (pugi::xml_node c = row.first_child(); c; c = c.next_sibling()) {
        if (c.type() != pugi::node_element || !Is(c, "c")) continue;
        const int from_ref = ColumnOf(c.attribute("r").value());
        column = from_ref >= 0 ? from_ref : column + 1;
        std::optional<Cell> cell = ReadCell(c, row_number_, column);
        if (!cell || cell->type == CellType::empty) continue;
        if (column >= kMaxColumns) {
            fatal_ =
                MakeError(ErrorCode::invalid_argument, Pick(lang_, "Lembar kerja punya lebih dari 200 kolom berisi",
                                                            "The worksheet has more than 200 columns with values"));
            return false;
        }
        cells_.emplace_back(column, std::move(*cell));
    }
    if (cells_.empty()) return true;  // fully empty rows are skipped
    if (!have_header_) {
        SetHeader();
        return true;
    }
    return AddDataRow();
}

void SheetBuilder::SetHeader() {
    have_header_ = true;
    for (auto& [column, cell] : cells_) {
        if (static_cast<size_t>(column) >= table_.header.size()) table_.header.resize(column + 1);
        table_.header[column] = std::string(Trim(cell.text));
    }
    while (!table_.header.empty() && table_.header.back().empty()) table_.header.pop_back();
}

bool SheetBuilder::AddDataRow() {
    if (table_.rows.size() >= kMaxRows) {
        fatal_ = MakeError(ErrorCode::invalid_argument, Pick(lang_, "Lembar kerja punya lebih dari 1.000.000 baris",
                                                             "The worksheet has more than 1,000,000 rows"));
        return false;
    }
    std::vector<Cell> cells(table_.header.size());
    for (auto& [column, cell] : cells_) {
        if (static_cast<size_t>(column) >= cells.size()) {
            AddDetail(row_number_, column, "ada nilai di kolom tanpa judul", "a value in a column without a header");
            return true;
        }
        cells[column] = std::move(cell);
    }
    table_.rows.push_back(std::move(cells));
    table_.row_numbers.push_back(row_number_);
    return true;
}

Result<Table> SheetBuilder::Finish() && {
    if (fatal_) return std::move(*fatal_);
    if (!details_.empty()) {
        Error error = MakeError(ErrorCode::invalid_argument,
                                Pick(lang_, "Berkas XLSX tidak dapat dibaca", "The XLSX file cannot be read"));
        error.details = std::move(details_);
        return error;
    }
    if (table_.header.empty()) {
        return MakeError(ErrorCode::invalid_argument, Pick(lang_, "Lembar pertama kosong: baris judul tidak ditemukan",
                                                           "The first sheet is empty: no header row found"));
    }
    return std::move(table_);
}

}  // namespace

std::string StringItemText(pugi::xml_node item) {
    std::string text;
    for (pugi::xml_node part = item.first_child(); part; part = part.next_sibling()) {
        if (Is(part, "t")) text += part.child_value();
        if (Is(part, "r")) text += Child(part, "t").child_value();
    }
    return DecodeEscapes(text);
}

Result<Table> SheetToTable(pugi::xml_node worksheet, const std::vector<std::string>& shared_strings, Lang lang) {
    SheetBuilder builder(shared_strings, lang);
    const pugi::xml_node data = Child(worksheet, "sheetData");
    for (pugi::xml_node row = data.first_child(); row; row = row.next_sibling()) {
        if (row.type() == pugi::node_element && Is(row, "row") && !builder.AddRow(row)) break;
    }
    return std::move(builder).Finish();
}

}  // namespace bangkom::formats::detail
