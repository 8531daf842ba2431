// Export use case: every record of a kind within the caller's scope, as the same columns the import takes,
// so that an exported file can be edited and imported again.

#include <algorithm>

#include "formats/kind_spec.hpp"
#include "services/import_service.hpp"

namespace bangkom::services {

Result<std::string> ExportKind(storage::Store& store, domain::Kind kind, ExportFormat format,
                               const storage::ListQuery& scope) {
    storage::ListQuery query = scope;
    query.offset = 0;
    query.limit = 0;
    auto page = store.List(kind, query);
    if (!page) return page.error();
    const auto& spec = formats::SpecOf(kind);
    std::vector<std::string> header;
    std::vector<double> widths;
    for (const auto& column : spec.columns) {
        header.emplace_back(column.name);
        widths.push_back(std::max<double>(12, static_cast<double>(column.name.size()) + 4));
    }
    auto rows = formats::ToRows(page->items);
    if (format == ExportFormat::csv) return formats::WriteCsv(header, rows);
    return formats::WriteXlsx(
        {formats::Sheet{std::string(spec.title_id), std::move(header), std::move(rows), std::move(widths)}});
}

}  // namespace bangkom::services
