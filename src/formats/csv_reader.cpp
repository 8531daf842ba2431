// ReadCsv: one pass over the bytes, fields as views into the input (quoted fields with doubled quotes are
// unescaped into one reused scratch buffer), so the only allocations are the cells themselves.
#include <algorithm>
#include <cstring>
#include <string>
#include <string_view>
#include <vector>

#include "formats/csv_text.hpp"
#include "formats/table.hpp"

namespace bangkom::formats {

namespace {

using detail::Pick;
using domain::Lang;

constexpr std::string_view kBom = "\xEF\xBB\xBF";
constexpr size_t kMaxDetails = 1000;

// Counts ',' and ';' outside quotes on the first record; the more frequent one wins, a tie gives ','.
char DetectSeparator(std::string_view data) {
    size_t commas = 0;
    size_t semicolons = 0;
    bool quoted = false;
    for (const char c : data) {
        if (c == '"') {
            quoted = !quoted;
        } else if (!quoted) {
            if (c == '\n' || c == '\r') break;
            if (c == ',') ++commas;
            if (c == ';') ++semicolons;
        }
    }
    return semicolons > commas ? ';' : ',';
}

// Reads one record at a time. A field is a span of the input or of scratch_ (when it had to be unescaped).
class RecordScanner {
  public:
    RecordScanner(std::string_view data, char separator) : data_(data), separator_(separator) {}

    bool AtEnd() const { return pos_ >= data_.size(); }
    // Parses the next record; false when a quoted field is not closed before the end of the file.
    bool Next();
    size_t FieldCount() const { return fields_.size(); }
    std::string_view Field(size_t i) const {
        const Span& s = fields_[i];
        return (s.in_scratch ? std::string_view(scratch_) : data_).substr(s.begin, s.length);
    }
    bool AllBlank() const {
        for (size_t i = 0; i < fields_.size(); ++i) {
            if (!detail::IsBlank(Field(i))) return false;
        }
        return true;
    }

  private:
    struct Span {
        size_t begin;
        size_t length;
        bool in_scratch;
    };
    bool IsEndOfField(char c) const { return c == separator_ || c == '\n' || c == '\r'; }
    void ScanUnquoted();
    bool ScanQuoted();
    void SkipLineEnd();

    std::string_view data_;
    char separator_;
    size_t pos_ = 0;
    std::vector<Span> fields_;
    std::string scratch_;
};

bool RecordScanner::Next() {
    fields_.clear();
    scratch_.clear();
    while (true) {
        if (pos_ < data_.size() && data_[pos_] == '"') {
            if (!ScanQuoted()) return false;
        } else {
            ScanUnquoted();
        }
        if (pos_ < data_.size() && data_[pos_] == separator_) {
            ++pos_;
            continue;
        }
        SkipLineEnd();
        return true;
    }
}

void RecordScanner::ScanUnquoted() {
    const size_t begin = pos_;
    while (pos_ < data_.size() && !IsEndOfField(data_[pos_])) ++pos_;
    fields_.push_back({begin, pos_ - begin, false});
}

// RFC 4180 field; text after the closing quote is kept as written, as Excel does ("a"b → ab).
bool RecordScanner::ScanQuoted() {
    const size_t open = ++pos_;
    size_t close = data_.find('"', pos_);
    if (close == std::string_view::npos) return false;
    const bool simple = close + 1 >= data_.size() || IsEndOfField(data_[close + 1]);
    if (simple) {
        fields_.push_back({open, close - open, false});
        pos_ = close + 1;
        return true;
    }
    const size_t begin = scratch_.size();
    while (true) {
        scratch_.append(data_.substr(pos_, close - pos_));
        pos_ = close + 1;
        if (pos_ < data_.size() && data_[pos_] == '"') {  // doubled quote
            scratch_.push_back('"');
            close = data_.find('"', ++pos_);
            if (close == std::string_view::npos) return false;
            continue;
        }
        break;
    }
    const size_t rest = pos_;
    while (pos_ < data_.size() && !IsEndOfField(data_[pos_])) ++pos_;
    scratch_.append(data_.substr(rest, pos_ - rest));
    fields_.push_back({begin, scratch_.size() - begin, true});
    return true;
}

void RecordScanner::SkipLineEnd() {
    if (pos_ < data_.size() && data_[pos_] == '\r') ++pos_;
    if (pos_ < data_.size() && data_[pos_] == '\n') ++pos_;
}

struct Collector {
    Lang lang;
    std::vector<ErrorDetail> details;

    void Add(int row, std::string column, std::string message) {
        if (details.size() < kMaxDetails) details.push_back({row, std::move(column), std::move(message)});
    }
    Error Make() && {
        Error error = MakeError(ErrorCode::invalid_argument,
                                Pick(lang, "Berkas CSV tidak dapat dibaca", "The CSV file cannot be read"));
        error.details = std::move(details);
        return error;
    }
};

// Returns false (and records the error) when a field is not valid UTF-8.
bool CheckUtf8(const RecordScanner& scanner, int row, Collector& errors) {
    for (size_t i = 0; i < scanner.FieldCount(); ++i) {
        if (!detail::IsValidUtf8(scanner.Field(i))) {
            errors.Add(row, detail::ColumnLetters(static_cast<int>(i)),
                       Pick(errors.lang, "teks bukan UTF-8 yang sah; simpan berkas sebagai CSV UTF-8",
                            "text is not valid UTF-8; save the file as CSV UTF-8"));
            return false;
        }
    }
    return true;
}

void ReadHeader(const RecordScanner& scanner, Table& table) {
    for (size_t i = 0; i < scanner.FieldCount(); ++i) {
        table.header.emplace_back(detail::Trim(scanner.Field(i)));
    }
    // Excel often writes separators after the last column: those header cells are not columns.
    while (!table.header.empty() && table.header.back().empty()) table.header.pop_back();
}

void AddRow(const RecordScanner& scanner, int row, Table& table, Collector& errors) {
    const size_t width = table.header.size();
    for (size_t i = width; i < scanner.FieldCount(); ++i) {
        if (!detail::IsBlank(scanner.Field(i))) {
            errors.Add(row, detail::ColumnLetters(static_cast<int>(i)),
                       Pick(errors.lang, "baris ini punya lebih banyak kolom daripada baris judul",
                            "this row has more columns than the header row"));
            return;
        }
    }
    std::vector<Cell> cells(width);
    const size_t filled = std::min(width, scanner.FieldCount());
    for (size_t i = 0; i < filled; ++i) {
        std::string_view field = scanner.Field(i);
        if (detail::IsBlank(field)) continue;
        // Our own exports guard formula-like text with an apostrophe (csv_writer.cpp): read it as written.
        if (field.size() > 1 && field.front() == '\'' && detail::LooksLikeFormula(field.substr(1)))
            field.remove_prefix(1);
        cells[i].type = CellType::text;
        cells[i].text.assign(field);
    }
    table.rows.push_back(std::move(cells));
    table.row_numbers.push_back(row);
}

}  // namespace

Result<Table> ReadCsv(std::string_view bytes, Lang lang) {
    if (bytes.starts_with(kBom)) bytes.remove_prefix(kBom.size());
    Table table;
    table.separator = DetectSeparator(bytes.substr(std::min(bytes.size(), bytes.find_first_not_of("\r\n"))));
    table.decimal_comma = table.separator == ';';
    RecordScanner scanner(bytes, table.separator);
    Collector errors{lang, {}};
    bool have_header = false;
    const size_t line_ends = static_cast<size_t>(std::count(bytes.begin(), bytes.end(), '\n'));
    table.rows.reserve(line_ends + 1);
    table.row_numbers.reserve(line_ends + 1);
    for (int row = 1; !scanner.AtEnd(); ++row) {
        if (!scanner.Next()) {
            errors.Add(row, "",
                       Pick(lang, "tanda kutip (\") dibuka tetapi tidak pernah ditutup",
                            "a quote (\") is opened but never closed"));
            return std::move(errors).Make();
        }
        if (!CheckUtf8(scanner, row, errors)) {
            if (!have_header) return std::move(errors).Make();
            continue;
        }
        if (scanner.AllBlank()) continue;
        if (!have_header) {
            ReadHeader(scanner, table);
            have_header = true;
        } else {
            AddRow(scanner, row, table, errors);
        }
    }
    if (!errors.details.empty()) return std::move(errors).Make();
    if (!have_header || table.header.empty()) {
        return MakeError(ErrorCode::invalid_argument, Pick(lang, "Berkas kosong: baris judul kolom tidak ditemukan",
                                                           "The file is empty: no header row found"));
    }
    return table;
}

}  // namespace bangkom::formats
