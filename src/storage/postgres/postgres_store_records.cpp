// Records of PostgresStore (upsert, list, keys, get, count). A stub until the record methods land: every call
// answers failed_precondition.

#include "storage/postgres/postgres_store.hpp"

namespace bangkom::storage::postgres {

namespace {

Error NotYet() {
    return MakeError(ErrorCode::failed_precondition,
                     "Data rekaman di PostgreSQL belum diimplementasikan (PostgreSQL records are not implemented yet)");
}

}  // namespace

Result<UpsertCounts> PostgresStore::Upsert(const domain::Records& /*records*/) {
    return NotYet();
}

Result<RecordPage> PostgresStore::List(domain::Kind /*kind*/, const ListQuery& /*query*/) {
    return NotYet();
}

Result<std::vector<std::string>> PostgresStore::Keys(domain::Kind /*kind*/) {
    return NotYet();
}

Result<domain::Records> PostgresStore::Get(domain::Kind /*kind*/, const std::string& /*key*/) {
    return NotYet();
}

Result<int64_t> PostgresStore::Count(domain::Kind /*kind*/) {
    return NotYet();
}

}  // namespace bangkom::storage::postgres
