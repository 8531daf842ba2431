#pragma once
// How each FORMATS.md kind is stored, for every backend: its table, columns (the FORMATS.md names), key,
// search columns and scope conditions. Each backend builds its SQL text once from these constants (sqlite/ with
// ?N parameters, postgres/ with $N), never from input: a ListQuery's sort_by is only ever matched against
// `columns`.

#include <span>
#include <string>
#include <string_view>

#include "domain/kinds.hpp"
#include "domain/result.hpp"

namespace bangkom::storage {

struct KindTable {
    std::string_view table;
    /// Bound and read in this order (after the id when has_id); the key columns come first.
    std::span<const std::string_view> columns;
    int key_count = 0;    // leading columns forming the key; 0 = appended kind (every row inserts)
    bool has_id = false;  // a generated integer id, read before the columns, never bound
    std::span<const std::string_view> search_columns;
    /// A condition with one anonymous parameter `?` (the agency code) selecting the rows tied to an agency;
    /// empty when the kind is not tied to one (the shared catalog: kompetensi, program, angkatan). A backend
    /// whose parameters are numbered renumbers the `?`.
    std::string_view agency_condition;
    /// The column naming the employee of a row; empty when the kind is not tied to an employee.
    std::string_view nip_column;
    /// FORMATS.md columns with no stored column to sort by (program's kompetensi list, the hashed
    /// nip_penilai): sorting by them keeps key order rather than failing.
    std::string_view unsortable_column = "";

    std::span<const std::string_view> key_columns() const { return columns.first(static_cast<size_t>(key_count)); }
};

const KindTable& TableOf(domain::Kind kind);
/// True for the keyed master kinds with a one-column key (Keys and Get serve these).
bool HasSingleKey(domain::Kind kind);

/// "a, b, c" from column names: the building block of every backend's SQL text.
std::string JoinNames(std::span<const std::string_view> names, std::string_view separator);

/// The placeholder of parameter i (0-based) in a dialect: prefix '?' (SQLite) → "?1", '$' (PostgreSQL) → "$1".
std::string Placeholder(char prefix, size_t i);
/// "INSERT INTO t (columns) VALUES (p1, …)", keyed kinds with "ON CONFLICT (key) DO NOTHING" so that the affected
/// row count tells an insert from an existing key.
std::string InsertSql(const KindTable& t, char prefix);
/// "UPDATE t SET non-key columns WHERE key columns", with the parameter numbers of InsertSql; empty for appended
/// kinds.
std::string UpdateSql(const KindTable& t, char prefix);

/// The "team" scope: rows whose employee column is one of the employees supervised by the `?` parameter.
inline constexpr std::string_view kTeamCondition = " IN (SELECT s.nip FROM pegawai s WHERE s.nip_atasan = ?)";

/// The error of Keys / Get for a kind without a one-column key.
Error NotSingleKeyed(domain::Kind kind);
/// The error of Get when the key is absent.
Error RecordNotFound(domain::Kind kind, const std::string& key);
/// The error of a List with an unknown sort column.
Error UnknownSortColumn(const KindTable& table, const std::string& column);
/// Names the failing record of a batch (0-based index → "ke-1") so that the importer can point at it.
Error AtRecord(Error error, size_t index);

}  // namespace bangkom::storage
