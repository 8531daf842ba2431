#pragma once
// The columns of every kind of FORMATS.md, and the mapping between table rows and domain records.

#include <functional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <unordered_set>
#include <vector>

#include "domain/kinds.hpp"
#include "formats/table.hpp"

namespace bangkom::formats {

enum class ColumnType { code, text, integer, decimal, money, date, enum_code, nip, raises };

struct ColumnSpec {
    std::string_view name;  // FORMATS.md column name, lowercase
    bool required = false;
    ColumnType type = ColumnType::text;
    std::string_view description_id;
    std::string_view description_en;
    std::string_view example;  // the template's example row
};

struct KindSpec {
    domain::Kind kind;
    std::string_view title_id;  // "Unit layanan"
    std::string_view title_en;  // "Service units"
    std::vector<ColumnSpec> columns;
    std::vector<std::string_view> key_columns;  // empty: appended kind
};

const KindSpec& SpecOf(domain::Kind kind);

/// What a parse needs beyond the file: existing keys per referenced kind, the import year (usulan),
/// and the keyed hash for 360 raters.
struct ParseContext {
    domain::Lang lang = domain::Lang::id;
    int year = 0;
    std::unordered_map<domain::Kind, std::unordered_set<std::string>> existing_keys;
    std::function<std::string(std::string_view nip)> hash_rater;
};

/// Maps every row to a record, checking column names, types, enumerations, domain rules, references
/// (to existing keys or keys defined earlier in dependency order, including in the same file) and
/// duplicate keys within the file. On any error: every error, as details {row, column, message}
/// with messages in ctx.lang, and nothing else.
Result<domain::Records> ParseRecords(domain::Kind kind, const Table& table, const ParseContext& ctx);

/// One row per record in SpecOf(kind).columns order, typed cells (numbers as numbers, dates ISO).
std::vector<std::vector<Cell>> ToRows(const domain::Records& records);

/// "baris 57, kolom nip: ..." / "row 57, column nip: ..." for one detail.
std::string FormatDetail(const ErrorDetail& detail, domain::Lang lang);

/// The downloadable template: sheet 1 = header + one example row; sheet 2 = each column explained.
Result<std::string> TemplateXlsx(domain::Kind kind, domain::Lang lang);

}  // namespace bangkom::formats
