#pragma once
// Roles and scopes of docs/api.md: which kinds a user may read (and with which filters) or import.

#include <boost/json/object.hpp>

#include "domain/kinds.hpp"
#include "storage/store.hpp"

namespace bangkom::http {

/// How far a user may see one kind: not at all, or through these ListQuery filters (empty = no filter).
struct ReadScope {
    bool allowed = false;
    std::string agency_code;
    std::string nip;
    std::string team_of;
};

/// opd, kompetensi, program, angkatan: every signed-in user reads them.
bool IsCatalogKind(domain::Kind kind);
/// pegawai, penilaian, kinerja, riwayat_jp, usulan, tes, umpan_balik_360.
bool IsEmployeeTiedKind(domain::Kind kind);
/// The keyed master kinds that GET /data/{kind}/{key} answers.
bool IsSingleKeyKind(domain::Kind kind);

ReadScope ReadScopeOf(const storage::User& user, domain::Kind kind);
/// Copies the scope's filters into a list query.
void ApplyScope(const ReadScope& scope, storage::ListQuery& query);
/// Whether one record (as JSON) lies within the scope: kode_opd, nip, nip_atasan are compared.
bool RecordInScope(const ReadScope& scope, const boost::json::object& record);
/// admin_bkd: every kind; pengelola_opd: the agency kinds of docs/api.md; everyone else: none.
bool CanImport(const storage::User& user, domain::Kind kind);

}  // namespace bangkom::http
