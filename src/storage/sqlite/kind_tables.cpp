#include "storage/sqlite/kind_tables.hpp"

#include <cstddef>
#include <variant>
#include <vector>

namespace bangkom::storage::sqlite {

namespace {

KindSql BuildSql(const KindTable& t) {
    KindSql sql;
    const std::string table(t.table);
    sql.insert = InsertSql(t, '?');
    sql.update = UpdateSql(t, '?');
    sql.select = "SELECT " + std::string(t.has_id ? "id, " : "") + JoinNames(t.columns, ", ") + " FROM " + table;
    sql.count = "SELECT COUNT(*) FROM " + table;
    sql.order_by_key = t.key_count > 0 ? JoinNames(t.key_columns(), ", ") : std::string("id");
    if (t.key_count > 0) {
        const std::string key(t.columns[0]);
        sql.by_key = sql.select + " WHERE " + key + " = ?1";
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

}  // namespace bangkom::storage::sqlite
