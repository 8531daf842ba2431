// ListRecords on PostgreSQL: one page of a kind with search, sort, paging and scope filters. The WHERE and ORDER
// BY clauses are assembled only from the constants of kind_tables.cpp; every value from the query is a
// parameter. Mirrors sqlite/record_list.cpp: NULLs sort first ascending (as SQLite does), search is a
// case-insensitive substring with % _ \ taken literally.

#include <algorithm>

#include "storage/kind_tables.hpp"
#include "storage/postgres/record_sql.hpp"
#include "storage/postgres/record_store.hpp"

namespace bangkom::storage::postgres {

namespace {

struct Filter {
    std::string where;  // "" or " WHERE ...", with `?` parameters (numbered at the end)
    Params params;

    void Add(const std::string& condition) { where += (where.empty() ? " WHERE " : " AND ") + condition; }
};

// ILIKE pattern matching `text` anywhere, with % _ \ taken literally.
std::string ContainsPattern(const std::string& text) {
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += c;
    }
    return pattern + "%";
}

void AddSearch(const KindTable& table, const std::string& search, Filter& filter) {
    if (search.empty()) return;
    std::string condition = "(";
    const std::string pattern = ContainsPattern(search);
    for (size_t i = 0; i < table.search_columns.size(); ++i) {
        condition += (i > 0 ? " OR " : "") + std::string(table.search_columns[i]) + " ILIKE ? ESCAPE '\\'";
        filter.params.push_back(Arg::Text(pattern));
    }
    filter.Add(condition + ")");
}

Filter BuildFilter(const KindTable& table, const ListQuery& query) {
    Filter filter;
    AddSearch(table, query.search, filter);
    if (!query.agency_code.empty() && !table.agency_condition.empty()) {
        filter.Add("(" + std::string(table.agency_condition) + ")");
        filter.params.push_back(Arg::Text(query.agency_code));
    }
    const std::string nip_column(table.nip_column);
    if (!query.nip.empty() && !nip_column.empty()) {
        filter.Add(nip_column + " = ?");
        filter.params.push_back(Arg::Text(query.nip));
    }
    if (!query.team_of.empty() && !nip_column.empty()) {
        filter.Add("(" + nip_column + " = ? OR " + nip_column + std::string(kTeamCondition) + ")");
        filter.params.push_back(Arg::Text(query.team_of));
        filter.params.push_back(Arg::Text(query.team_of));
    }
    return filter;
}

Result<std::string> OrderBy(const KindTable& table, const KindSql& sql, const ListQuery& query) {
    // SQLite sorts NULL before every value; so do we, both ways round.
    const std::string direction = query.descending ? " DESC NULLS LAST" : " NULLS FIRST";
    if (query.sort_by.empty() || query.sort_by == table.unsortable_column) {
        if (table.key_count == 0) return " ORDER BY id" + direction;
        std::string order = " ORDER BY ";
        for (size_t i = 0; i < static_cast<size_t>(table.key_count); ++i) {
            order += (i > 0 ? ", " : "") + std::string(table.columns[i]) + direction;
        }
        return order;
    }
    const auto found = std::find(table.columns.begin(), table.columns.end(), query.sort_by);
    if (found == table.columns.end()) return UnknownSortColumn(table, query.sort_by);
    return " ORDER BY " + std::string(*found) + direction + ", " + sql.order_by_key;
}

}  // namespace

Result<RecordPage> ListRecords(Connection& connection, domain::Kind kind, const ListQuery& query) {
    if (query.offset < 0 || query.limit < 0) {
        return MakeError(ErrorCode::invalid_argument, "offset dan limit tidak boleh negatif (must not be negative)");
    }
    const KindTable& table = TableOf(kind);
    const KindSql& sql = SqlOf(kind);
    auto order = OrderBy(table, sql, query);
    if (!order) return order.error();
    Filter filter = BuildFilter(table, query);

    // One snapshot: the total and the page agree.
    auto tx = Transaction::BeginRead(connection);
    if (!tx) return tx.error();
    RecordPage page{domain::EmptyRecords(kind), 0};
    auto total = connection.QueryOnce(NumberParameters(sql.count + filter.where), filter.params);
    if (!total) return total.error();
    page.total = total->Int(0, 0);

    // LIMIT NULL is LIMIT ALL.
    filter.params.push_back(query.limit == 0 ? Arg::Null() : Arg::Int(query.limit));
    filter.params.push_back(Arg::Int(query.offset));
    auto rows =
        connection.QueryOnce(NumberParameters(sql.select + filter.where + *order + " LIMIT ? OFFSET ?"), filter.params);
    if (!rows) return rows.error();
    if (auto ok = ReadRecords(connection, *rows, page.items); !ok) return ok.error();
    if (auto ok = tx->Commit(); !ok) return ok.error();
    return page;
}

}  // namespace bangkom::storage::postgres
