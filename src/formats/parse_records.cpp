// ParseRecords: the header check, the dispatch to each kind's mapper, duplicate keys and the final error.

#include <algorithm>
#include <cassert>
#include <tuple>

#include "formats/kind_spec.hpp"
#include "formats/parse_records_parts.hpp"
#include "formats/values.hpp"

namespace bangkom::formats {
namespace parse {
namespace {

std::string LowerTrimmed(std::string_view text) {
    while (!text.empty() && (text.front() == ' ' || text.front() == '\t')) text.remove_prefix(1);
    while (!text.empty() && (text.back() == ' ' || text.back() == '\t')) text.remove_suffix(1);
    std::string out(text);
    for (char& c : out) {
        if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
    }
    return out;
}

/// Excel's letters of a 0-based column index: 0 → A, 26 → AA.
std::string ColumnLetters(size_t index) {
    std::string letters;
    for (size_t n = index + 1; n > 0; n = (n - 1) / 26)
        letters.insert(letters.begin(), static_cast<char>('A' + (n - 1) % 26));
    return letters;
}

std::string JoinNames(const std::vector<std::string>& names) {
    std::string out;
    for (const auto& name : names) out += (out.empty() ? "" : ", ") + name;
    return out;
}

}  // namespace

RowParser::RowParser(const KindSpec& spec, const Table& table, const ParseContext& ctx)
    : spec_(spec), table_(table), ctx_(ctx) {
    assert(spec.columns.size() <= 64);  // failed_cols_ holds one bit per column
}

std::string RowParser::Msg(std::string_view id, std::string_view en) const {
    return std::string(ctx_.lang == domain::Lang::en ? en : id);
}

bool RowParser::MapHeader() {
    table_col_.assign(spec_.columns.size(), -1);
    std::vector<std::string> unknown;
    for (size_t t = 0; t < table_.header.size(); ++t) {
        const std::string name = LowerTrimmed(table_.header[t]);
        if (name.empty()) {  // Excel often leaves unnamed empty columns at the right: only data there is wrong
            if (ColumnHasData(t)) {
                errors_.push_back({1, "",
                                   Msg("kolom " + ColumnLetters(t) + " berisi data tetapi tidak bernama di header",
                                       "column " + ColumnLetters(t) + " holds data but has no name in the header")});
            }
            continue;
        }
        auto it = std::find_if(spec_.columns.begin(), spec_.columns.end(),
                               [&](const ColumnSpec& c) { return c.name == name; });
        if (it == spec_.columns.end()) {
            unknown.push_back(table_.header[t]);
            continue;
        }
        auto& slot = table_col_[it - spec_.columns.begin()];
        if (slot >= 0) {
            errors_.push_back({1, name,
                               Msg("kolom ini muncul lebih dari sekali di header",
                                   "this column appears more than once in the header")});
            continue;
        }
        slot = static_cast<int>(t);
    }
    std::vector<std::string> missing;
    for (size_t c = 0; c < spec_.columns.size(); ++c) {
        if (spec_.columns[c].required && table_col_[c] < 0) missing.emplace_back(spec_.columns[c].name);
    }
    if (!unknown.empty() || !missing.empty()) HeaderError(unknown, missing);
    return errors_.empty();
}

void RowParser::HeaderError(const std::vector<std::string>& unknown, const std::vector<std::string>& missing) {
    std::string message;
    if (!unknown.empty()) message += Msg("Kolom tidak dikenal: ", "Unknown columns: ") + JoinNames(unknown) + ". ";
    if (!missing.empty()) {
        message += Msg("Kolom wajib tidak ada: ", "Missing required columns: ") + JoinNames(missing) + ". ";
    }
    std::vector<std::string> expected;
    for (const auto& c : spec_.columns) expected.push_back(std::string(c.name) + (c.required ? "*" : ""));
    message += Msg("Kolom yang diharapkan (* = wajib): ", "Expected columns (* = required): ") + JoinNames(expected);
    errors_.push_back({1, "", std::move(message)});
}

bool RowParser::ColumnHasData(size_t table_col) const {
    for (const auto& row : table_.rows) {
        if (table_col < row.size() && row[table_col].type != CellType::empty && !CellText(row[table_col]).empty()) {
            return true;
        }
    }
    return false;
}

int RowParser::Col(std::string_view name) const {
    for (size_t c = 0; c < spec_.columns.size(); ++c) {
        if (spec_.columns[c].name == name) return static_cast<int>(c);
    }
    assert(false && "column not in the kind's spec");
    return -1;
}

void RowParser::SetRow(size_t index) {
    row_ = &table_.rows[index];
    row_number_ = index < table_.row_numbers.size() ? table_.row_numbers[index] : static_cast<int>(index) + 2;
    row_failed_ = false;
    failed_cols_ = 0;
}

void RowParser::Fail(int col, std::string_view message_id, std::string_view message_en) {
    FailAt(row_number_, col, Msg(message_id, message_en));
}

void RowParser::FailAt(int row_number, int col, std::string message) {
    if (row_number == row_number_) {
        row_failed_ = true;
        if (col >= 0) failed_cols_ |= uint64_t{1} << col;
    }
    errors_.push_back({row_number, col >= 0 ? std::string(spec_.columns[col].name) : "", std::move(message)});
}

void RowParser::AddValidation(const Error& error) {
    if (error.details.empty()) {
        if (!row_failed_) FailAt(row_number_, -1, error.message);
        return;
    }
    for (const auto& d : error.details) {
        auto it = std::find_if(spec_.columns.begin(), spec_.columns.end(),
                               [&](const ColumnSpec& c) { return c.name == d.column; });
        const int col = it == spec_.columns.end() ? -1 : static_cast<int>(it - spec_.columns.begin());
        // A cell that already failed its type check would only repeat itself through its default value.
        if (col >= 0 && (failed_cols_ >> col & 1)) continue;
        if (col < 0 && row_failed_) continue;
        row_failed_ = true;
        errors_.push_back({row_number_, d.column, d.message});
    }
}

void RowParser::NoteKey(std::initializer_list<std::string_view> parts) {
    // Two independent 64-bit hashes instead of a set of strings: a million-row file stays small in memory.
    for (std::string_view part : parts) {
        if (part.empty()) return;  // a required key cell already failed on this row
    }
    uint64_t h1 = 1469598103934665603ULL;
    uint64_t h2 = 0x9e3779b97f4a7c15ULL;
    for (std::string_view part : parts) {
        for (unsigned char c : part) {
            h1 = (h1 ^ c) * 1099511628211ULL;
            h2 = (h2 + c) * 0xff51afd7ed558ccdULL;
            h2 ^= h2 >> 29;
        }
        h1 = (h1 ^ 0x1f) * 1099511628211ULL;
        h2 = (h2 + 0x1f) * 0xc4ceb9fe1a85ec53ULL;
    }
    keys_.push_back({h1, h2, row_number_});
}

std::vector<ErrorDetail> RowParser::Finish() {
    std::sort(keys_.begin(), keys_.end(), [](const KeyMark& a, const KeyMark& b) {
        return std::tie(a.h1, a.h2, a.row_number) < std::tie(b.h1, b.h2, b.row_number);
    });
    const std::string key_column = spec_.key_columns.empty() ? "" : std::string(spec_.key_columns.front());
    size_t first = 0;  // the earliest row of the current group of equal keys
    for (size_t i = 1; i < keys_.size(); ++i) {
        if (keys_[i].h1 != keys_[first].h1 || keys_[i].h2 != keys_[first].h2) {
            first = i;
            continue;
        }
        const std::string earlier = std::to_string(keys_[first].row_number);
        errors_.push_back({keys_[i].row_number, key_column,
                           Msg("kunci ganda: sama dengan baris " + earlier, "duplicate key: same as row " + earlier)});
    }
    std::stable_sort(errors_.begin(), errors_.end(),
                     [](const ErrorDetail& a, const ErrorDetail& b) { return a.row < b.row; });
    return std::move(errors_);
}

}  // namespace parse

namespace {

using Mapper = domain::Records (*)(parse::RowParser&);

Mapper MapperOf(domain::Kind kind) {
    using namespace parse;  // NOLINT(google-build-using-namespace): the dispatch table only
    static constexpr Mapper kMappers[] = {
        ParseAgencies,          ParseServiceUnits, ParseCompetencies,    ParsePositions,
        ParsePositionStandards, ParseEmployees,    ParseAssessments,     ParsePerformanceRatings,
        ParsePrograms,          ParseOfferings,    ParseJpHistory,       ParseProposals,
        ParseSurveyResponses,   ParseTestScores,   ParseReactionAnswers, ParseFeedback360s};
    return kMappers[static_cast<size_t>(kind)];
}

Error ImportError(std::vector<ErrorDetail> details, domain::Lang lang) {
    const std::string n = std::to_string(details.size());
    Error error{ErrorCode::invalid_argument,
                lang == domain::Lang::en ? "File not imported: " + n + " errors found"
                                         : "Berkas tidak diimpor: " + n + " kesalahan ditemukan",
                std::move(details)};
    return error;
}

}  // namespace

Result<domain::Records> ParseRecords(domain::Kind kind, const Table& table, const ParseContext& ctx) {
    if (kind == domain::Kind::umpan_balik_360 && !ctx.hash_rater) {
        return MakeError(ErrorCode::internal, "ParseContext::hash_rater is required for umpan_balik_360");
    }
    parse::RowParser parser(SpecOf(kind), table, ctx);
    if (!parser.MapHeader()) return ImportError(parser.Finish(), ctx.lang);
    if (table.rows.empty()) {
        return ImportError({{2, "",
                             parser.Msg("berkas tidak berisi baris data di bawah header",
                                        "the file has no data rows below the header")}},
                           ctx.lang);
    }
    domain::Records records = MapperOf(kind)(parser);
    auto errors = parser.Finish();
    if (!errors.empty()) return ImportError(std::move(errors), ctx.lang);
    return records;
}

}  // namespace bangkom::formats
