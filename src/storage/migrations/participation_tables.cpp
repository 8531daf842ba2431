#include "storage/migrations/area_tables.hpp"

namespace bangkom::storage::migrations {

// Placeholder until the area's tables land (replace both, keep them in step).
const std::string_view kSqliteParticipationTables = "CREATE TABLE participation_pending (id INTEGER);";
const std::string_view kPostgresParticipationTables = "CREATE TABLE participation_pending (id BIGINT);";

}  // namespace bangkom::storage::migrations
