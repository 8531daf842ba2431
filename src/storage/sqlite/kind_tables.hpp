#pragma once
// The SQLite SQL text of each kind, built once from the backend-neutral KindTable (storage/kind_tables.hpp):
// ?N parameters, INSERT ... ON CONFLICT DO NOTHING followed by UPDATE. Input only ever arrives as parameters.

#include <string>

#include "domain/kinds.hpp"
#include "storage/kind_tables.hpp"

namespace bangkom::storage::sqlite {

/// SQL texts of one kind, built once from its KindTable.
struct KindSql {
    std::string insert;        // keyed: ON CONFLICT (key) DO NOTHING, so changes() tells insert from update
    std::string update;        // keyed kinds: same parameter numbers as insert
    std::string select;        // "SELECT [id,] columns FROM table" (no WHERE)
    std::string count;         // "SELECT COUNT(*) FROM table"
    std::string by_key;        // select ... WHERE first key column = ?1 (single-column keys)
    std::string keys;          // SELECT first key column ... ORDER BY it
    std::string order_by_key;  // "k1, k2" or "id"
};

const KindSql& SqlOf(domain::Kind kind);

}  // namespace bangkom::storage::sqlite
