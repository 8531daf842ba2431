#pragma once
// The PostgreSQL SQL text of each kind, built once from the backend-neutral KindTable
// (storage/kind_tables.hpp): $N parameters, INSERT ... ON CONFLICT DO NOTHING followed by UPDATE for the rows
// that already existed (which tells inserts from updates exactly). Input only ever arrives as parameters.

#include <string>
#include <string_view>

#include "domain/kinds.hpp"
#include "storage/kind_tables.hpp"

namespace bangkom::storage::postgres {

struct KindSql {
    std::string insert;        // keyed: ON CONFLICT (key) DO NOTHING, so 0 affected rows means "existed"
    std::string update;        // keyed kinds: same parameter numbers as insert
    std::string select;        // "SELECT [id,] columns FROM table" (no WHERE)
    std::string count;         // "SELECT COUNT(*) FROM table"
    std::string by_key;        // select ... WHERE first key column = $1 (single-column keys)
    std::string keys;          // SELECT first key column ... ORDER BY it
    std::string order_by_key;  // "k1, k2" or "id"
    std::string copy;          // COPY table (columns) FROM STDIN: the bulk path of a batch of new rows
    std::string key_exists;    // keyed kinds: SELECT 1 FROM table WHERE k1 = $1 AND ... (the key's parameters)
};

const KindSql& SqlOf(domain::Kind kind);

/// Replaces each `?` of `sql` by $first, $first+1, ... (the shared scope conditions are written with `?`).
/// Only for SQL assembled from constants: a `?` inside a literal would be renumbered too.
std::string NumberParameters(std::string_view sql, int first = 1);

}  // namespace bangkom::storage::postgres
