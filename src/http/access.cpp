#include "http/access.hpp"

namespace bangkom::http {
using domain::Kind;
using domain::Role;

namespace {

bool IsAgencyKind(Kind kind) {
    return kind == Kind::unit_layanan || kind == Kind::jabatan || kind == Kind::standar_kompetensi ||
           kind == Kind::skm || kind == Kind::reaksi || IsEmployeeTiedKind(kind);
}

bool FieldEquals(const boost::json::object& record, const char* field, const std::string& expected) {
    const auto* value = record.if_contains(field);
    return value != nullptr && value->is_string() && value->get_string() == expected;
}

}  // namespace

bool IsCatalogKind(Kind kind) {
    return kind == Kind::opd || kind == Kind::kompetensi || kind == Kind::program || kind == Kind::angkatan;
}

bool IsEmployeeTiedKind(Kind kind) {
    return kind == Kind::pegawai || kind == Kind::penilaian || kind == Kind::kinerja || kind == Kind::riwayat_jp ||
           kind == Kind::usulan || kind == Kind::tes || kind == Kind::umpan_balik_360;
}

bool IsSingleKeyKind(Kind kind) {
    return kind == Kind::opd || kind == Kind::unit_layanan || kind == Kind::kompetensi || kind == Kind::jabatan ||
           kind == Kind::pegawai || kind == Kind::program || kind == Kind::angkatan;
}

ReadScope ReadScopeOf(const storage::User& user, Kind kind) {
    ReadScope scope;
    if (user.role == Role::admin_bkd || user.role == Role::auditor || IsCatalogKind(kind)) {
        scope.allowed = true;
        return scope;
    }
    switch (user.role) {
        case Role::pengelola_opd:
            scope.allowed = IsAgencyKind(kind) && !user.agency_code.empty();
            scope.agency_code = user.agency_code;
            break;
        case Role::atasan:
            scope.allowed = IsEmployeeTiedKind(kind) && !user.nip.empty();
            scope.team_of = user.nip;
            break;
        case Role::asn:
            scope.allowed = IsEmployeeTiedKind(kind) && !user.nip.empty();
            scope.nip = user.nip;
            break;
        default: break;
    }
    return scope;
}

void ApplyScope(const ReadScope& scope, storage::ListQuery& query) {
    query.agency_code = scope.agency_code;
    query.nip = scope.nip;
    query.team_of = scope.team_of;
}

bool RecordInScope(const ReadScope& scope, const boost::json::object& record) {
    if (!scope.allowed) return false;
    if (!scope.agency_code.empty() && !FieldEquals(record, "kode_opd", scope.agency_code)) return false;
    if (!scope.nip.empty() && !FieldEquals(record, "nip", scope.nip)) return false;
    if (!scope.team_of.empty() && !FieldEquals(record, "nip", scope.team_of) &&
        !FieldEquals(record, "nip_atasan", scope.team_of)) {
        return false;
    }
    return true;
}

bool CanImport(const storage::User& user, Kind kind) {
    if (user.role == Role::admin_bkd) return true;
    if (user.role != Role::pengelola_opd || user.agency_code.empty()) return false;
    return kind != Kind::opd && kind != Kind::kompetensi && kind != Kind::program && kind != Kind::angkatan;
}

}  // namespace bangkom::http
