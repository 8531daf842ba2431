// The downloadable import template of a kind: the columns with an example row, and a guide sheet.

#include <algorithm>
#include <charconv>

#include "formats/kind_spec.hpp"

namespace bangkom::formats {
namespace {

std::string_view TypeName(ColumnType type, bool en) {
    switch (type) {
        case ColumnType::code: return en ? "code" : "kode";
        case ColumnType::text: return en ? "text" : "teks";
        case ColumnType::integer: return en ? "whole number" : "bilangan bulat";
        case ColumnType::decimal: return en ? "decimal number" : "angka desimal";
        case ColumnType::money: return "Rupiah";
        case ColumnType::date: return en ? "date" : "tanggal";
        case ColumnType::enum_code: return en ? "choice (code)" : "pilihan (kode)";
        case ColumnType::nip: return "NIP";
        case ColumnType::raises: return en ? "competencies (CODE:LEVELS;...)" : "kompetensi (KODE:LEVEL;...)";
    }
    return "";
}

/// The example as Excel should hold it: numbers as numbers so that the sheet sums and sorts them.
Cell ExampleCell(const ColumnSpec& column) {
    if (column.example.empty()) return {};
    const bool numeric =
        column.type == ColumnType::integer || column.type == ColumnType::decimal || column.type == ColumnType::money;
    double value = 0;
    const char* end = column.example.data() + column.example.size();
    if (numeric && std::from_chars(column.example.data(), end, value).ptr == end) {
        return {CellType::number, std::string(column.example), value};
    }
    return {CellType::text, std::string(column.example), 0};
}

}  // namespace

Result<std::string> TemplateXlsx(domain::Kind kind, domain::Lang lang) {
    const bool en = lang == domain::Lang::en;
    const KindSpec& spec = SpecOf(kind);
    Sheet data{"Data", {}, {{}}, {}};
    Sheet guide{en ? "Guide" : "Petunjuk",
                en ? std::vector<std::string>{"column", "required", "type", "description", "example"}
                   : std::vector<std::string>{"kolom", "wajib", "jenis", "keterangan", "contoh"},
                {},
                {24, 10, 22, 80, 30}};
    for (const auto& column : spec.columns) {
        data.header.emplace_back(column.name);
        data.rows.front().push_back(ExampleCell(column));
        data.column_widths.push_back(std::max<double>(14, column.name.size() + 4));
        guide.rows.push_back(
            {TextCell(column.name), TextCell(column.required ? (en ? "yes" : "ya") : (en ? "no" : "tidak")),
             TextCell(TypeName(column.type, en)), TextCell(en ? column.description_en : column.description_id),
             column.example.empty() ? Cell{} : TextCell(column.example)});
    }
    return WriteXlsx({data, guide});
}

}  // namespace bangkom::formats
