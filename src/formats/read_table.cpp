#include "formats/table.hpp"

namespace bangkom::formats {

Result<Table> ReadTable(std::string_view bytes, domain::Lang lang) {
    // An .xlsx is a zip, whose first local file header starts with "PK\3\4"; anything else is read as CSV.
    if (bytes.starts_with(std::string_view("PK\x03\x04", 4))) return ReadXlsx(bytes, lang);
    return ReadCsv(bytes, lang);
}

}  // namespace bangkom::formats
