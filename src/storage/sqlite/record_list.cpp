// ListRecords: one page of a kind with search, sort, paging and scope filters. The WHERE and ORDER BY clauses
// are assembled only from the constants of kind_tables.cpp; every value from the query is a bound parameter.

#include <algorithm>
#include <cctype>
#include <limits>

#include "storage/sqlite/kind_tables.hpp"
#include "storage/sqlite/record_store.hpp"

namespace bangkom::storage::sqlite {

namespace {

struct Filter {
    std::string where;  // "" or " WHERE ..."
    std::vector<std::string> params;

    void Add(const std::string& condition) { where += (where.empty() ? " WHERE " : " AND ") + condition; }
};

// LIKE pattern matching `text` anywhere, case-insensitively (both sides lowered), with % _ \ taken literally.
std::string ContainsPattern(const std::string& text) {
    std::string pattern = "%";
    for (const char c : text) {
        if (c == '%' || c == '_' || c == '\\') pattern += '\\';
        pattern += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return pattern + "%";
}

void AddSearch(const KindTable& table, const std::string& search, Filter& filter) {
    if (search.empty()) return;
    std::string condition = "(";
    const std::string pattern = ContainsPattern(search);
    for (size_t i = 0; i < table.search_columns.size(); ++i) {
        condition += (i > 0 ? " OR " : "") + std::string("lower(") + std::string(table.search_columns[i]) +
                     ") LIKE ? ESCAPE '\\'";
        filter.params.push_back(pattern);
    }
    filter.Add(condition + ")");
}

Filter BuildFilter(const KindTable& table, const ListQuery& query) {
    Filter filter;
    AddSearch(table, query.search, filter);
    if (!query.agency_code.empty() && !table.agency_condition.empty()) {
        filter.Add("(" + std::string(table.agency_condition) + ")");
        filter.params.push_back(query.agency_code);
    }
    const std::string nip_column(table.nip_column);
    if (!query.nip.empty() && !nip_column.empty()) {
        filter.Add(nip_column + " = ?");
        filter.params.push_back(query.nip);
    }
    if (!query.team_of.empty() && !nip_column.empty()) {
        filter.Add("(" + nip_column + " = ? OR " + nip_column + std::string(kTeamCondition) + ")");
        filter.params.push_back(query.team_of);
        filter.params.push_back(query.team_of);
    }
    return filter;
}

Result<std::string> OrderBy(const KindTable& table, const KindSql& sql, const ListQuery& query) {
    const std::string direction = query.descending ? " DESC" : "";
    if (query.sort_by.empty() || query.sort_by == table.unsortable_column) {
        if (table.key_count == 0) return " ORDER BY id" + direction;
        std::string order = " ORDER BY ";
        for (size_t i = 0; i < static_cast<size_t>(table.key_count); ++i) {
            order += (i > 0 ? ", " : "") + std::string(table.columns[i]) + direction;
        }
        return order;
    }
    const auto found = std::find(table.columns.begin(), table.columns.end(), query.sort_by);
    if (found == table.columns.end()) {
        return UnknownSortColumn(table, query.sort_by);
    }
    return " ORDER BY " + std::string(*found) + direction + ", " + sql.order_by_key;
}

void BindAll(Statement& statement, const std::vector<std::string>& params) {
    for (size_t i = 0; i < params.size(); ++i) statement.BindText(static_cast<int>(i + 1), params[i]);
}

Result<int64_t> CountMatching(Connection& connection, const KindSql& sql, const Filter& filter) {
    auto count = connection.Prepare(sql.count + filter.where);
    if (!count) return count.error();
    BindAll(*count, filter.params);
    auto row = count->Step();
    if (!row) return row.error();
    return count->ColumnInt(0);
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
    const Filter filter = BuildFilter(table, query);

    // One read transaction: the total and the page see the same snapshot.
    auto tx = Transaction::BeginRead(connection);
    if (!tx) return tx.error();
    RecordPage page{domain::EmptyRecords(kind), 0};
    auto total = CountMatching(connection, sql, filter);
    if (!total) return total.error();
    page.total = *total;

    auto select = connection.Prepare(sql.select + filter.where + *order + " LIMIT ? OFFSET ?");
    if (!select) return select.error();
    BindAll(*select, filter.params);
    const auto next = static_cast<int>(filter.params.size());
    select->BindInt(next + 1, query.limit == 0 ? std::numeric_limits<int64_t>::max() : query.limit);
    select->BindInt(next + 2, query.offset);
    if (auto ok = ReadRecords(connection, *select, page.items); !ok) return ok.error();
    if (auto ok = tx->Commit(); !ok) return ok.error();
    return page;
}

}  // namespace bangkom::storage::sqlite
