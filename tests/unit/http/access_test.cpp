#include "http/access.hpp"

#include <gtest/gtest.h>

namespace bangkom::http {
namespace {
using domain::Kind;
using domain::Role;

storage::User UserOf(Role role, std::string agency = "", std::string nip = "") {
    storage::User u;
    u.role = role;
    u.agency_code = std::move(agency);
    u.nip = std::move(nip);
    return u;
}

TEST(ReadScope, AdminAndAuditorReadEverythingUnfiltered) {
    for (Role role : {Role::admin_bkd, Role::auditor}) {
        for (Kind kind : domain::AllKinds()) {
            const auto s = ReadScopeOf(UserOf(role), kind);
            EXPECT_TRUE(s.allowed);
            EXPECT_TRUE(s.agency_code.empty() && s.nip.empty() && s.team_of.empty());
        }
    }
}

TEST(ReadScope, CatalogIsForEveryone) {
    for (Role role : {Role::asn, Role::atasan, Role::pengelola_opd, Role::lembaga_mitra}) {
        for (Kind kind : {Kind::opd, Kind::kompetensi, Kind::program, Kind::angkatan}) {
            EXPECT_TRUE(ReadScopeOf(UserOf(role, "X", "1"), kind).allowed);
        }
    }
}

TEST(ReadScope, PengelolaSeesItsAgency) {
    const auto user = UserOf(Role::pengelola_opd, "DINKES");
    const auto s = ReadScopeOf(user, Kind::pegawai);
    EXPECT_TRUE(s.allowed);
    EXPECT_EQ(s.agency_code, "DINKES");
    EXPECT_TRUE(ReadScopeOf(user, Kind::skm).allowed);
    EXPECT_TRUE(ReadScopeOf(user, Kind::standar_kompetensi).allowed);
    EXPECT_FALSE(ReadScopeOf(UserOf(Role::pengelola_opd), Kind::pegawai).allowed);  // no agency: nothing
}

TEST(ReadScope, AtasanSeesTeamAsnSeesSelf) {
    const auto team = ReadScopeOf(UserOf(Role::atasan, "A", "111"), Kind::penilaian);
    EXPECT_TRUE(team.allowed);
    EXPECT_EQ(team.team_of, "111");
    const auto self = ReadScopeOf(UserOf(Role::asn, "A", "222"), Kind::riwayat_jp);
    EXPECT_TRUE(self.allowed);
    EXPECT_EQ(self.nip, "222");
    EXPECT_FALSE(ReadScopeOf(UserOf(Role::asn, "A", "222"), Kind::skm).allowed);
    EXPECT_FALSE(ReadScopeOf(UserOf(Role::atasan, "A", "111"), Kind::reaksi).allowed);
    EXPECT_FALSE(ReadScopeOf(UserOf(Role::asn, "A", "222"), Kind::jabatan).allowed);
    EXPECT_FALSE(ReadScopeOf(UserOf(Role::asn, "A"), Kind::pegawai).allowed);  // not linked to an employee
}

TEST(ReadScope, MitraOnlyCatalog) {
    EXPECT_FALSE(ReadScopeOf(UserOf(Role::lembaga_mitra), Kind::pegawai).allowed);
    EXPECT_FALSE(ReadScopeOf(UserOf(Role::lembaga_mitra), Kind::skm).allowed);
}

TEST(ApplyScope, CopiesFilters) {
    ReadScope s{true, "A", "1", "2"};
    storage::ListQuery q;
    ApplyScope(s, q);
    EXPECT_EQ(q.agency_code, "A");
    EXPECT_EQ(q.nip, "1");
    EXPECT_EQ(q.team_of, "2");
}

TEST(RecordInScope, ComparesAgencyNipAndSupervisor) {
    const boost::json::object record{{"nip", "222"}, {"kode_opd", "A"}, {"nip_atasan", "111"}};
    EXPECT_TRUE(RecordInScope(ReadScope{true, "", "", ""}, record));
    EXPECT_TRUE(RecordInScope(ReadScope{true, "A", "", ""}, record));
    EXPECT_FALSE(RecordInScope(ReadScope{true, "B", "", ""}, record));
    EXPECT_TRUE(RecordInScope(ReadScope{true, "", "222", ""}, record));
    EXPECT_FALSE(RecordInScope(ReadScope{true, "", "333", ""}, record));
    EXPECT_TRUE(RecordInScope(ReadScope{true, "", "", "111"}, record));
    EXPECT_TRUE(RecordInScope(ReadScope{true, "", "", "222"}, record));
    EXPECT_FALSE(RecordInScope(ReadScope{true, "", "", "999"}, record));
    EXPECT_FALSE(RecordInScope(ReadScope{false, "", "", ""}, record));
}

TEST(CanImport, AdminEverythingPengelolaAgencyKindsOthersNothing) {
    for (Kind kind : domain::AllKinds()) EXPECT_TRUE(CanImport(UserOf(Role::admin_bkd), kind));
    const auto p = UserOf(Role::pengelola_opd, "A");
    EXPECT_TRUE(CanImport(p, Kind::pegawai));
    EXPECT_TRUE(CanImport(p, Kind::skm));
    EXPECT_TRUE(CanImport(p, Kind::umpan_balik_360));
    EXPECT_FALSE(CanImport(p, Kind::opd));
    EXPECT_FALSE(CanImport(p, Kind::program));
    EXPECT_FALSE(CanImport(UserOf(Role::pengelola_opd), Kind::pegawai));
    for (Role role : {Role::auditor, Role::asn, Role::atasan, Role::lembaga_mitra}) {
        EXPECT_FALSE(CanImport(UserOf(role, "A", "1"), Kind::pegawai));
    }
}

TEST(KindSets, SingleKeyKinds) {
    EXPECT_TRUE(IsSingleKeyKind(Kind::pegawai));
    EXPECT_TRUE(IsSingleKeyKind(Kind::angkatan));
    EXPECT_FALSE(IsSingleKeyKind(Kind::penilaian));
    EXPECT_FALSE(IsSingleKeyKind(Kind::skm));
}

}  // namespace
}  // namespace bangkom::http
