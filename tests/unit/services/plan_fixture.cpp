#include "plan_fixture.hpp"

#include <gtest/gtest.h>

namespace bangkom::services::plan_test {

namespace {

domain::Date D(int y, int m, int d) {
    return domain::Date::FromYmd(y, m, d).value();
}

domain::Nip N(const std::string& digits) {
    return domain::Nip::ParseReference(digits).value();
}

domain::Employee MakeEmployee(const std::string& nip, const std::string& agency, domain::EmploymentStatus status) {
    domain::Employee e;
    e.nip = N(nip);
    e.name = "Pegawai " + nip.substr(15);
    e.position_code = "P1";
    e.agency_code = agency;
    e.status = status;
    return e;
}

domain::Program MakeProgram(const std::string& code, domain::DevelopmentForm form, int jp, int64_t cost,
                            const std::string& competency, int levels, int max_level) {
    domain::Program p;
    p.code = code;
    p.name = "Program " + code;
    p.form = form;
    p.jp = jp;
    p.cost_per_participant = domain::Money{cost};
    p.raises = {{competency, levels}};
    p.max_level = max_level;
    return p;
}

domain::Offering MakeOffering(const std::string& code, const std::string& program, domain::Date start, int days,
                              int capacity) {
    return domain::Offering{code, program, start, start.AddDays(days - 1), capacity, "Jambi"};
}

domain::Proposal MakeProposal(const std::string& nip, const std::string& competency, int year) {
    domain::Proposal p;
    p.nip = N(nip);
    p.competency_code = competency;
    p.year = year;
    p.status = domain::ProposalStatus::approved;
    return p;
}

}  // namespace

PlanCatalog WorldCatalog() {
    using domain::DevelopmentForm;
    PlanCatalog catalog;
    catalog.agencies = {{"A1", "Dinas Satu", "", domain::Money{10'000'000}},
                        {"A2", "Dinas Dua", "", domain::Money{5'000'000}}};
    catalog.programs = {MakeProgram("PR1", DevelopmentForm::pelatihan_klasikal, 24, 2'000'000, "K1", 1, 5),
                        MakeProgram("PR2", DevelopmentForm::e_learning, 10, 0, "K3", 2, 5),
                        MakeProgram("PR3", DevelopmentForm::bimtek, 8, 1'000'000, "K2", 1, 2)};
    catalog.offerings = {
        MakeOffering("AN3", "PR3", D(2027, 5, 1), 2, 0), MakeOffering("AN1", "PR1", D(2027, 3, 1), 5, 20),
        MakeOffering("AN2", "PR2", D(2027, 4, 1), 30, 0), MakeOffering("AN0", "PR1", D(2026, 3, 1), 5, 20)};
    return catalog;
}

std::vector<domain::Records> WorldRecords() {
    using domain::AssessmentSource;
    using domain::EmploymentStatus;
    const PlanCatalog catalog = WorldCatalog();
    std::vector<domain::Records> out;
    out.emplace_back(catalog.agencies);
    out.emplace_back(std::vector<domain::Competency>{{"K1", "Satu", domain::CompetencyKind::teknis, "", "", {}},
                                                     {"K2", "Dua", domain::CompetencyKind::teknis, "", "", {}},
                                                     {"K3", "Tiga", domain::CompetencyKind::manajerial, "", "", {}}});
    out.emplace_back(std::vector<domain::Position>{{"P1", "Analis", domain::PositionKind::ahli_pertama, "A1", ""},
                                                   {"P2", "Kepala", domain::PositionKind::administrator, "A1", ""}});
    out.emplace_back(
        std::vector<domain::PositionStandard>{{"P1", "K1", 3, 1.0}, {"P1", "K2", 2, 2.0}, {"P2", "K3", 4, 1.0}});
    domain::Employee e1 = MakeEmployee(kE1, "A1", EmploymentStatus::pns);
    e1.target_position_code = "P2";
    out.emplace_back(std::vector<domain::Employee>{e1, MakeEmployee(kE2, "A1", EmploymentStatus::pppk),
                                                   MakeEmployee(kE3, "A2", EmploymentStatus::pns)});
    out.emplace_back(std::vector<domain::Assessment>{{N(kE1), "K1", 1, AssessmentSource::asesmen, D(2026, 6, 1)},
                                                     {N(kE1), "K2", 2, AssessmentSource::asesmen, D(2026, 6, 1)},
                                                     {N(kE1), "K3", 2, AssessmentSource::asesmen, D(2026, 6, 1)},
                                                     {N(kE2), "K1", 3, AssessmentSource::atasan, D(2026, 6, 1)}});
    out.emplace_back(std::vector<domain::JpHistoryEntry>{{N(kE1), "Seminar", D(2027, 1, 10), D(2027, 1, 10), 8, "", ""},
                                                         {N(kE1), "Diklat", D(2026, 2, 1), D(2026, 2, 5), 30, "", ""}});
    out.emplace_back(std::vector<domain::Proposal>{MakeProposal(kE1, "K1", 2027), MakeProposal(kE1, "K2", 2026)});
    out.emplace_back(catalog.programs);
    out.emplace_back(catalog.offerings);
    return out;
}

analysis::Snapshot WorldSnapshot() {
    auto snapshot = analysis::BuildSnapshot(WorldRecords());
    EXPECT_TRUE(snapshot.ok());
    return std::move(snapshot).value();
}

analysis::Settings WorldAnalysisSettings() {
    analysis::Settings settings;
    settings.analysis_date = PlanAnalysisDate(2027).value();
    settings.threads = 1;
    return settings;
}

}  // namespace bangkom::services::plan_test
