// The worksheet part → Table, scanned tag by tag. Cells are placed by their reference ("C7"), so skipped
// columns and rows are fine; rows keep Excel's number for error messages.
#include <charconv>
#include <cstdlib>
#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "formats/csv_text.hpp"
#include "formats/xlsx_scanner.hpp"
#include "formats/xlsx_xml.hpp"

namespace bangkom::formats::detail {

namespace {

using domain::Lang;

constexpr size_t kMaxRows = 1'000'000;
constexpr int kMaxColumns = 200;
constexpr size_t kMaxDetails = 1000;

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

Cell BlankOrText(std::string text) {
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
    if (ec != std::errc() || end != value.data() + value.size()) return BlankOrText(std::string(value));
    char buffer[32];
    const auto [text_end, text_ec] = std::to_chars(buffer, buffer + sizeof buffer, cell.number);
    cell.type = CellType::number;
    cell.text.assign(buffer, text_ec == std::errc() ? text_end : buffer);
    return cell;
}

// A cell as scanned: its attributes and the text of <v> or of the inline string's <t> elements.
struct RawCell {
    int column = -1;  // from the reference; -1 when it has none
    std::string type;
    std::string value;
    std::string inline_text;
};

class SheetBuilder {
  public:
    SheetBuilder(const std::vector<std::string>& shared, Lang lang) : shared_(shared), lang_(lang) {}
    void BeginRow(int given_number);
    // False on an error that stops reading (a limit).
    bool AddCell(RawCell& raw);
    bool EndRow();
    bool stopped() const { return fatal_.has_value(); }
    Result<Table> Finish() &&;

  private:
    std::optional<Cell> ReadCell(RawCell& raw, int row, int column);
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
    int column_ = -1;
    std::vector<std::pair<int, Cell>> cells_;  // the non-empty cells of the current row
    std::vector<ErrorDetail> details_;
    std::optional<Error> fatal_;
};

std::optional<Cell> SheetBuilder::ReadCell(RawCell& raw, int row, int column) {
    const std::string_view type = raw.type;
    if (type == "inlineStr") return BlankOrText(DecodeExcelEscapes(raw.inline_text));
    const std::string_view value = raw.value;
    if (value.empty()) return Cell{};  // a styled cell without a value
    if (type == "s") {
        unsigned long index = 0;
        const auto [end, ec] = std::from_chars(value.data(), value.data() + value.size(), index);
        if (ec != std::errc() || end != value.data() + value.size() || index >= shared_.size()) {
            AddDetail(row, column, "sel merujuk ke teks bersama yang tidak ada (berkas rusak)",
                      "the cell refers to a shared string that does not exist (damaged file)");
            return std::nullopt;
        }
        return BlankOrText(shared_[index]);
    }
    if (type == "b") {
        Cell cell;
        cell.type = CellType::boolean;
        cell.number = value == "1" ? 1 : 0;
        cell.text = cell.number != 0 ? "TRUE" : "FALSE";
        return cell;
    }
    if (type == "str" || type == "e" || type == "d") return BlankOrText(std::move(raw.value));
    return NumberCell(value);
}

void SheetBuilder::BeginRow(int given_number) {
    row_number_ = given_number > 0 ? given_number : row_number_ + 1;
    column_ = -1;
    cells_.clear();
}

bool SheetBuilder::AddCell(RawCell& raw) {
    column_ = raw.column >= 0 ? raw.column : column_ + 1;
    std::optional<Cell> cell = ReadCell(raw, row_number_, column_);
    if (!cell || cell->type == CellType::empty) return true;
    if (cell->type == CellType::text && !IsValidUtf8(cell->text)) {
        AddDetail(row_number_, column_, "teks bukan UTF-8 yang sah (berkas rusak)",
                  "text is not valid UTF-8 (damaged file)");
        return true;
    }
    if (column_ >= kMaxColumns) {
        fatal_ = MakeError(ErrorCode::invalid_argument, Pick(lang_, "Lembar kerja punya lebih dari 200 kolom berisi",
                                                             "The worksheet has more than 200 columns with values"));
        return false;
    }
    cells_.emplace_back(column_, std::move(*cell));
    return true;
}

bool SheetBuilder::EndRow() {
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

std::vector<std::string> ParseSharedStrings(std::string_view xml) {
    std::vector<std::string> strings;
    XmlScanner scanner(xml);
    XmlTag tag;
    std::string text;
    bool in_item = false;
    bool in_phonetic = false;  // <rPh> runs are reading aids, not part of the text
    while (scanner.NextTag(tag)) {
        if (tag.name == "si") {
            if (!tag.end) text.clear();
            in_item = !tag.end && !tag.self_closing;
            if (tag.end || tag.self_closing) strings.push_back(DecodeExcelEscapes(text));
        } else if (tag.name == "rPh") {
            in_phonetic = !tag.end && !tag.self_closing;
        } else if (tag.name == "t" && in_item && !in_phonetic && !tag.end && !tag.self_closing) {
            scanner.AppendText(text);
        }
    }
    return strings;
}

namespace {

// Feeds one tag of <sheetData> to the builder; false when reading must stop.
struct ScanState {
    RawCell cell;
    bool in_inline = false;    // inside <is>
    bool in_phonetic = false;  // inside <rPh>, whose text is a reading aid, not part of the value
};

bool OnSheetTag(const XmlTag& tag, XmlScanner& scanner, SheetBuilder& builder, ScanState& state) {
    RawCell& cell = state.cell;
    const bool opens = !tag.end && !tag.self_closing;
    if (tag.name == "row") {
        if (!tag.end) builder.BeginRow(std::atoi(std::string(AttributeValue(tag.attributes, "r")).c_str()));
        return tag.end || tag.self_closing ? builder.EndRow() : true;
    }
    if (tag.name == "c") {
        if (!tag.end) {
            cell.column = ColumnOf(AttributeValue(tag.attributes, "r"));
            cell.type.assign(AttributeValue(tag.attributes, "t"));
            cell.value.clear();
            cell.inline_text.clear();
        }
        return tag.end || tag.self_closing ? builder.AddCell(cell) : true;
    }
    if (tag.name == "is") state.in_inline = opens;
    if (tag.name == "rPh") state.in_phonetic = opens;
    if (opens && tag.name == "v") scanner.AppendText(cell.value);
    if (opens && tag.name == "t" && state.in_inline && !state.in_phonetic) scanner.AppendText(cell.inline_text);
    return true;
}

}  // namespace

Result<Table> SheetToTable(std::string_view xml, const std::vector<std::string>& shared_strings, Lang lang) {
    SheetBuilder builder(shared_strings, lang);
    XmlScanner scanner(xml);
    XmlTag tag;
    while (scanner.NextTag(tag) && tag.name != "sheetData") {
    }
    bool complete = tag.name == "sheetData" && tag.self_closing;
    ScanState state;
    while (!complete && scanner.NextTag(tag)) {
        if (tag.name == "sheetData" && tag.end) {
            complete = true;
        } else if (!OnSheetTag(tag, scanner, builder, state)) {
            break;
        }
    }
    if (!builder.stopped() && (!complete || scanner.failed())) {
        return MakeError(ErrorCode::invalid_argument, Pick(lang, "Berkas XLSX rusak: lembar kerja tidak lengkap",
                                                           "The XLSX file is damaged: the worksheet is incomplete"));
    }
    return std::move(builder).Finish();
}

}  // namespace bangkom::formats::detail
