#include "storage/postgres/record_sql.hpp"

#include <cstddef>
#include <variant>
#include <vector>

namespace bangkom::storage::postgres {

namespace {

KindSql BuildSql(const KindTable& t) {
    KindSql sql;
    const std::string table(t.table);
    sql.insert = InsertSql(t, '$');
    sql.update = UpdateSql(t, '$');
    sql.select = "SELECT " + std::string(t.has_id ? "id, " : "") + JoinNames(t.columns, ", ") + " FROM " + table;
    sql.count = "SELECT COUNT(*) FROM " + table;
    sql.order_by_key = t.key_count > 0 ? JoinNames(t.key_columns(), ", ") : std::string("id");
    sql.copy = "COPY " + table + " (" + JoinNames(t.columns, ", ") + ") FROM STDIN";
    if (t.key_count > 0) {
        sql.key_exists = "SELECT 1 FROM " + table + " WHERE ";
        for (size_t i = 0; i < static_cast<size_t>(t.key_count); ++i) {
            sql.key_exists += (i > 0 ? " AND " : "") + std::string(t.columns[i]) + " = " + Placeholder('$', i);
        }
        const std::string key(t.columns[0]);
        sql.by_key = sql.select + " WHERE " + key + " = $1";
        sql.keys = "SELECT " + key + " FROM " + table + " ORDER BY " + key;
    }
    return sql;
}

}  // namespace

const KindSql& SqlOf(domain::Kind kind) {
    static const std::vector<KindSql> all = [] {
        std::vector<KindSql> built;
        for (size_t i = 0; i < std::variant_size_v<domain::Records>; ++i) {
            built.push_back(BuildSql(TableOf(static_cast<domain::Kind>(i))));
        }
        return built;
    }();
    return all[static_cast<size_t>(kind)];
}

std::string NumberParameters(std::string_view sql, int first) {
    std::string out;
    out.reserve(sql.size() + 16);
    int next = first;
    for (const char c : sql) {
        if (c == '?') {
            out += "$" + std::to_string(next++);
        } else {
            out += c;
        }
    }
    return out;
}

}  // namespace bangkom::storage::postgres
