// WriteXlsx with libxlsxwriter. It can only write to a path, so the workbook goes to a private temporary
// file (constant-memory mode: a large export does not hold a second copy of every cell), read back whole.
#include <unistd.h>
#include <xlsxwriter.h>

#include <algorithm>
#include <cstdio>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <set>
#include <string>
#include <vector>

#include "formats/csv_text.hpp"
#include "formats/table.hpp"

namespace bangkom::formats {

namespace {

constexpr size_t kMaxSheetName = 31;  // characters, Excel's limit
constexpr double kMaxAutoWidth = 60;
constexpr double kMinAutoWidth = 8;
constexpr lxw_color_t kHeaderFill = 0xDDEBF7;  // light blue

// The temporary file of one export; removed however the export ends.
class TempFile {
  public:
    TempFile() {
        const std::string dir = std::filesystem::temp_directory_path().string();
        std::string pattern = dir + "/bangkom-xlsx-XXXXXX";
        const int fd = mkstemp(pattern.data());
        if (fd >= 0) {
            close(fd);
            path_ = pattern;
        }
        dir_ = dir;
    }
    ~TempFile() {
        if (!path_.empty()) std::remove(path_.c_str());
    }
    TempFile(const TempFile&) = delete;
    TempFile& operator=(const TempFile&) = delete;

    const std::string& path() const { return path_; }
    std::string& dir() { return dir_; }

  private:
    std::string path_;
    std::string dir_;
};

Error WriteError(std::string_view what) {
    return MakeError(ErrorCode::internal,
                     "Gagal membuat berkas XLSX / Failed to create the XLSX file: " + std::string(what));
}

// Truncates to at most `max` code points without splitting one.
std::string TruncateChars(std::string text, size_t max) {
    size_t chars = 0;
    for (size_t i = 0; i < text.size(); ++i) {
        if ((static_cast<unsigned char>(text[i]) & 0xC0) != 0x80 && ++chars > max) {
            text.resize(i);
            break;
        }
    }
    return text;
}

std::string Lowercase(std::string text) {
    for (char& c : text) c = static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    return text;
}

// Excel's rules: at most 31 characters, none of []:*?/\, no apostrophe at either end, unique ignoring case.
std::vector<std::string> SheetNames(const std::vector<Sheet>& sheets) {
    std::vector<std::string> names;
    std::set<std::string> taken;
    for (const Sheet& sheet : sheets) {
        std::string base = sheet.name;
        for (char& c : base) {
            if (std::string_view("[]:*?/\\").find(c) != std::string_view::npos) c = '_';
        }
        while (!base.empty() && base.front() == '\'') base.erase(base.begin());
        while (!base.empty() && base.back() == '\'') base.pop_back();
        if (base.empty()) base = "Sheet" + std::to_string(names.size() + 1);
        std::string name = TruncateChars(base, kMaxSheetName);
        for (int n = 2; taken.contains(Lowercase(name)); ++n) {
            const std::string suffix = " (" + std::to_string(n) + ")";
            name = TruncateChars(base, kMaxSheetName - suffix.size());
            while (name.ends_with(' ')) name.pop_back();
            name += suffix;
        }
        taken.insert(Lowercase(name));
        names.push_back(std::move(name));
    }
    return names;
}

double AutoWidth(const Sheet& sheet, size_t column) {
    size_t widest = detail::Utf8Length(sheet.header[column]) + 3;  // room for the filter button
    for (const auto& row : sheet.rows) {
        if (column < row.size()) widest = std::max(widest, detail::Utf8Length(row[column].text) + 1);
    }
    return std::clamp(static_cast<double>(widest), kMinAutoWidth, kMaxAutoWidth);
}

bool IsHex(char c) {
    return (c >= '0' && c <= '9') || (c >= 'A' && c <= 'F') || (c >= 'a' && c <= 'f');
}

// Excel reads "_xHHHH_" in a string as an escaped character; libxlsxwriter does not protect literal ones, so
// their underscore is escaped here ("_x005F_") to come back unchanged.
std::string ProtectEscapes(const std::string& text) {
    std::string out;
    for (size_t i = 0; i < text.size(); ++i) {
        const bool escape_like = text.compare(i, 2, "_x") == 0 && i + 6 < text.size() && text[i + 6] == '_' &&
                                 std::all_of(text.begin() + i + 2, text.begin() + i + 6, IsHex);
        out += escape_like ? "_x005F_" : std::string(1, text[i]);
    }
    return out;
}

lxw_error WriteString(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const std::string& text, lxw_format* format) {
    if (text.find("_x") == std::string::npos) return worksheet_write_string(ws, row, col, text.c_str(), format);
    return worksheet_write_string(ws, row, col, ProtectEscapes(text).c_str(), format);
}

lxw_error WriteCell(lxw_worksheet* ws, lxw_row_t row, lxw_col_t col, const Cell& cell) {
    switch (cell.type) {
        case CellType::empty: return LXW_NO_ERROR;
        case CellType::number: return worksheet_write_number(ws, row, col, cell.number, nullptr);
        case CellType::boolean: return worksheet_write_boolean(ws, row, col, cell.number != 0 ? 1 : 0, nullptr);
        case CellType::text: return WriteString(ws, row, col, cell.text, nullptr);
    }
    return LXW_NO_ERROR;
}

lxw_error WriteSheet(lxw_worksheet* ws, const Sheet& sheet, lxw_format* header_format) {
    const auto columns = static_cast<lxw_col_t>(sheet.header.size());
    for (lxw_col_t c = 0; c < columns; ++c) {
        const bool given = c < sheet.column_widths.size() && sheet.column_widths[c] > 0;
        const double width = given ? sheet.column_widths[c] : AutoWidth(sheet, c);
        if (const lxw_error e = worksheet_set_column(ws, c, c, width, nullptr)) return e;
        const std::string& name = sheet.header[c];
        if (const lxw_error e = WriteString(ws, 0, c, name, header_format)) return e;
    }
    worksheet_freeze_panes(ws, 1, 0);
    if (columns > 0) {
        const auto last_row = static_cast<lxw_row_t>(sheet.rows.size());
        if (const lxw_error e = worksheet_autofilter(ws, 0, 0, last_row, columns - 1)) return e;
    }
    for (size_t r = 0; r < sheet.rows.size(); ++r) {
        const auto& row = sheet.rows[r];
        for (size_t c = 0; c < row.size(); ++c) {
            const auto cell_row = static_cast<lxw_row_t>(r + 1);
            if (const lxw_error e = WriteCell(ws, cell_row, static_cast<lxw_col_t>(c), row[c])) return e;
        }
    }
    return LXW_NO_ERROR;
}

Result<std::string> ReadWholeFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return WriteError("cannot read the temporary file");
    return std::string(std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>());
}

}  // namespace

Result<std::string> WriteXlsx(const std::vector<Sheet>& sheets) {
    for (const Sheet& sheet : sheets) {
        if (sheet.rows.size() + 1 > LXW_ROW_MAX || sheet.header.size() > LXW_COL_MAX) {
            return MakeError(ErrorCode::invalid_argument,
                             "Data melebihi batas lembar Excel (1.048.576 baris, 16.384 kolom) / "
                             "The data exceed an Excel sheet's limits (1,048,576 rows, 16,384 columns)");
        }
    }
    TempFile file;
    if (file.path().empty()) return WriteError("cannot create a temporary file");
    lxw_workbook_options options{LXW_TRUE, file.dir().data(), LXW_FALSE};
    lxw_workbook* workbook = workbook_new_opt(file.path().c_str(), &options);
    if (workbook == nullptr) return WriteError("cannot open the workbook");
    lxw_format* header_format = workbook_add_format(workbook);
    format_set_bold(header_format);
    format_set_pattern(header_format, LXW_PATTERN_SOLID);
    format_set_bg_color(header_format, kHeaderFill);
    const std::vector<std::string> names = SheetNames(sheets);
    lxw_error error = LXW_NO_ERROR;
    for (size_t i = 0; i < sheets.size() && error == LXW_NO_ERROR; ++i) {
        lxw_worksheet* ws = workbook_add_worksheet(workbook, names[i].c_str());
        error = ws == nullptr ? LXW_ERROR_SHEETNAME_ALREADY_USED : WriteSheet(ws, sheets[i], header_format);
    }
    const lxw_error closed = workbook_close(workbook);  // frees the workbook even after an error
    if (error != LXW_NO_ERROR) return WriteError(lxw_strerror(error));
    if (closed != LXW_NO_ERROR) return WriteError(lxw_strerror(closed));
    return ReadWholeFile(file.path());
}

}  // namespace bangkom::formats
