#include "store_contract.hpp"

#include <cstdio>

namespace bangkom::storage::contract {

domain::Nip TestNip(int n) {
    char digits[19];
    std::snprintf(digits, sizeof digits, "198609262015%06d", n);
    auto nip = domain::Nip::ParseReference(digits);
    EXPECT_TRUE(nip.ok()) << digits;
    return nip.ok() ? *nip : domain::Nip{};
}

domain::Date Day(int year, int month, int day) {
    auto date = domain::Date::FromYmd(year, month, day);
    EXPECT_TRUE(date.ok());
    return date.ok() ? *date : domain::Date{};
}

domain::Agency MakeAgency(const std::string& code, const std::string& name) {
    return domain::Agency{code, name, code + "-short", domain::Money{1'500'000}};
}

domain::ServiceUnit MakeUnit(const std::string& code, const std::string& agency) {
    return domain::ServiceUnit{code, "Unit " + code, agency};
}

domain::Competency MakeCompetency(const std::string& code, const std::string& name) {
    domain::Competency c;
    c.code = code;
    c.name = name;
    c.kind = domain::CompetencyKind::teknis;
    c.sector = "kesehatan";
    c.description = "Deskripsi " + code;
    c.level_descriptions = {"satu", "dua", "tiga", "empat", "lima"};
    return c;
}

domain::Position MakePosition(const std::string& code, const std::string& agency) {
    return domain::Position{code, "Jabatan " + code, domain::PositionKind::pelaksana, agency, "umum"};
}

domain::Employee MakeEmployee(int n, const std::string& name, const std::string& position, const std::string& agency,
                              std::optional<int> supervisor) {
    domain::Employee e;
    e.nip = TestNip(n);
    e.name = name;
    e.position_code = position;
    e.agency_code = agency;
    if (supervisor) e.supervisor_nip = TestNip(*supervisor);
    e.email = "pegawai" + std::to_string(n) + "@example.go.id";
    return e;
}

domain::Program MakeProgram(const std::string& code, const std::string& competency) {
    domain::Program p;
    p.code = code;
    p.name = "Program " + code;
    p.institution = "BPSDM";
    p.form = domain::DevelopmentForm::pelatihan_klasikal;
    p.jp = 24;
    p.cost_per_participant = domain::Money{2'500'000};
    p.raises = {{competency, 1}};
    p.max_level = 4;
    return p;
}

domain::Offering MakeOffering(const std::string& code, const std::string& program) {
    return domain::Offering{code, program, Day(2027, 3, 1), Day(2027, 3, 5), 30, "Surabaya"};
}

UpsertCounts MustUpsert(Store& store, const domain::Records& records) {
    auto counts = store.Upsert(records);
    EXPECT_TRUE(counts.ok()) << (counts.ok() ? "" : counts.error().message);
    return counts.ok() ? *counts : UpsertCounts{};
}

void SeedWorld(Store& store) {
    using V = std::vector<domain::Agency>;
    MustUpsert(store, V{MakeAgency("A1", "Dinas Kesehatan"), MakeAgency("A2", "Dinas Pendidikan")});
    MustUpsert(store, std::vector<domain::ServiceUnit>{MakeUnit("U1", "A1"), MakeUnit("U2", "A2")});
    MustUpsert(store, std::vector<domain::Competency>{MakeCompetency("K1", "Pelayanan Publik"),
                                                      MakeCompetency("K2", "Integritas")});
    MustUpsert(store, std::vector<domain::Position>{MakePosition("P1", "A1"), MakePosition("P2", "A2")});
    MustUpsert(store, std::vector<domain::Employee>{
                          MakeEmployee(1, "Budi Santoso", "P1", "A1"), MakeEmployee(2, "Siti Aminah", "P1", "A1", 1),
                          MakeEmployee(3, "Agus Salim", "P1", "A1", 1), MakeEmployee(4, "Dewi Lestari", "P2", "A2")});
    MustUpsert(store, std::vector<domain::Program>{MakeProgram("PR1", "K1")});
    MustUpsert(store, std::vector<domain::Offering>{MakeOffering("AN1", "PR1")});
}

}  // namespace bangkom::storage::contract
