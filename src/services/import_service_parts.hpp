#pragma once
// Internal to services/: who may import what (docs/api.md "Roles and scopes"), and what an import checks
// its references against.

#include <string>
#include <vector>

#include "services/import_service.hpp"

namespace bangkom::services::import_parts {

/// Catalog kinds are shared by every agency: only admin_bkd imports them.
bool IsCatalogKind(domain::Kind kind);
/// The kinds whose stored keys an import of `kind` refers to.
std::vector<domain::Kind> ReferencedKinds(domain::Kind kind);
/// forbidden when the actor's role may not import `kind` at all.
Result<void> CheckImportRole(domain::Kind kind, const Actor& actor, domain::Lang lang);
/// For pengelola_opd: one error per row that does not belong to the actor's agency. `row_numbers` holds the
/// file row of each record.
Result<std::vector<ErrorDetail>> ScopeErrors(storage::Store& store, const domain::Records& records,
                                             const std::vector<int>& row_numbers, const Actor& actor,
                                             domain::Lang lang);

}  // namespace bangkom::services::import_parts
