#pragma once
// How each FORMATS.md kind is stored: its table, columns (the FORMATS.md names), key, search columns and scope
// conditions. All SQL about records is built once from these constants, never from input: a ListQuery's
// sort_by is only ever matched against `columns`.

#include <span>
#include <string>
#include <string_view>

#include "domain/kinds.hpp"

namespace bangkom::storage::sqlite {

struct KindTable {
    std::string_view table;
    /// Bound and read in this order (after the id when has_id); the key columns come first.
    std::span<const std::string_view> columns;
    int key_count = 0;    // leading columns forming the key; 0 = appended kind (every row inserts)
    bool has_id = false;  // a generated INTEGER id, read before the columns, never bound
    std::span<const std::string_view> search_columns;
    /// A condition with one parameter (the agency code) selecting the rows tied to an agency; empty when the
    /// kind is not tied to one (the shared catalog: kompetensi, program, angkatan).
    std::string_view agency_condition;
    /// The column naming the employee of a row; empty when the kind is not tied to an employee.
    std::string_view nip_column;
    /// FORMATS.md columns with no stored column to sort by (program's kompetensi list, the hashed
    /// nip_penilai): sorting by them keeps key order rather than failing.
    std::string_view unsortable_column = "";
};

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

const KindTable& TableOf(domain::Kind kind);
const KindSql& SqlOf(domain::Kind kind);
/// True for the keyed master kinds with a one-column key (Keys and Get serve these).
bool HasSingleKey(domain::Kind kind);

}  // namespace bangkom::storage::sqlite
