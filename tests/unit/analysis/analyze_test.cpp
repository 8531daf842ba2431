#include "analysis/analyze.hpp"

#include <gtest/gtest.h>

#include "analysis_fixture.hpp"

namespace bangkom::analysis {
namespace {

using domain::AssessmentSource;
using domain::PositionKind;
using domain::Predikat;
using namespace testing;  // NOLINT(google-build-using-namespace): the test helpers

// Five employees worked by hand (analysis date 2027-06-01):
// 1 OPD1 J1→J2 PNS, asesmen K.01 2, atasan K.02 2.5, SKP kurang, approved proposal K.01, 12 JP.
// 2 OPD1 J1→J3 (lower) PPPK, mandiri K.01 3, stale asesmen K.02, rekan K.02 2 and 3, SKP sangat baik, 20 JP.
// 3 OPD2 J0 (no standard), no SKP, no JP.   4 OPD2 JX (no jabatan record) PPPK.
// 5 OPD2 J1 supervised by 3, nothing assessed, SKP baik 2025 (and a 2028 SKP that is in the future).
Snapshot Scenario() {
    SnapshotBuilder b;
    b.Add(Pos("J1", PositionKind::pengawas, "umum"));
    b.Add(Pos("J2", PositionKind::administrator, "kesehatan"));
    b.Add(Pos("J3", PositionKind::pelaksana));
    b.Add(Pos("J0", PositionKind::pelaksana));
    for (const auto& s : {Std("J1", "K.01", 3, 2), Std("J1", "K.02", 2, 1), Std("J2", "K.01", 4, 1),
                          Std("J2", "K.03", 3, 1), Std("J3", "K.01", 1, 1)}) {
        b.Add(s);
    }
    b.Add(Emp(1, "OPD1", "J1", "J2"));
    b.Add(Emp(2, "OPD1", "J1", "J3", domain::EmploymentStatus::pppk));
    b.Add(Emp(3, "OPD2", "J0"));
    b.Add(Emp(4, "OPD2", "JX", "", domain::EmploymentStatus::pppk));
    auto five = Emp(5, "OPD2", "J1");
    five.supervisor_nip = N(NipText(3));
    b.Add(five);
    b.Add(Asm(1, "K.01", 2, AssessmentSource::asesmen, D(2026, 3, 1)));
    b.Add(Asm(1, "K.01", 4, AssessmentSource::mandiri, D(2027, 1, 1)));
    b.Add(Asm(1, "K.02", 2.5, AssessmentSource::atasan, D(2026, 3, 1)));
    b.Add(Skp(1, 2026, Predikat::kurang));
    b.Add(Usulan(1, "K.01", 2027, domain::ProposalStatus::approved));
    b.Add(Usulan(1, "K.02", 2026, domain::ProposalStatus::approved));  // another year: no effect
    b.Add(Jp(1, D(2027, 2, 1), 12));
    b.Add(Jp(1, D(2026, 2, 1), 40));
    b.Add(Asm(2, "K.01", 3, AssessmentSource::mandiri, D(2025, 5, 1)));
    b.Add(Asm(2, "K.02", 1, AssessmentSource::asesmen, D(2023, 1, 1)));
    b.Add(Asm(2, "K.02", 2, AssessmentSource::rekan, D(2026, 2, 1)));
    b.Add(Asm(2, "K.02", 3, AssessmentSource::rekan, D(2026, 8, 1)));
    b.Add(Skp(2, 2026, Predikat::sangat_baik));
    b.Add(Jp(2, D(2027, 1, 10), 10));
    b.Add(Jp(2, D(2027, 3, 10), 10));
    b.Add(Skp(5, 2025, Predikat::baik));
    b.Add(Skp(5, 2028, Predikat::sangat_kurang));
    return b.Build().value();
}

const EmployeeGaps& Find(const GapReport& r, int i) {
    for (const auto& e : r.employees) {
        if (e.nip == NipText(i)) return e;
    }
    throw std::runtime_error("employee not in report");
}

const GapStats& Group(const std::vector<GroupStats>& groups, const std::string& key) {
    for (const auto& g : groups) {
        if (g.key == key) return g.stats;
    }
    throw std::runtime_error("group not in report: " + key);
}

GapReport Analyzed(const Snapshot& s, const Scope& scope = Scope::All(), Settings settings = At(D(2027, 6, 1))) {
    auto r = Analyze(s, settings, scope);
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.error().message);
    return r.ok() ? std::move(r).value() : GapReport{};
}

TEST(AnalyzeTest, EmployeeWithGapsAndWeakPerformance) {
    const auto s = Scenario();
    const auto r = Analyzed(s);
    const auto& e = Find(r, 1);
    EXPECT_EQ(e.agency, "OPD1");
    EXPECT_EQ(e.position, "J1");
    EXPECT_EQ(e.target_position, "J2");
    EXPECT_EQ(e.sector, "umum");
    EXPECT_EQ(e.position_kind, PositionKind::pengawas);
    ASSERT_EQ(e.gaps.size(), 3U);  // K.01, K.02 (current) and K.03 (target only)
    const auto& k1 = e.gaps[0];
    EXPECT_EQ(k1.competency, "K.01");
    EXPECT_DOUBLE_EQ(k1.required, 3);
    EXPECT_DOUBLE_EQ(k1.target_required, 4);
    EXPECT_DOUBLE_EQ(*k1.held, 2);  // asesmen beats the later mandiri
    EXPECT_EQ(k1.source, AssessmentSource::asesmen);
    EXPECT_DOUBLE_EQ(k1.gap, 1);
    EXPECT_DOUBLE_EQ(k1.target_gap, 1);
    EXPECT_DOUBLE_EQ(k1.multiplier, 2);  // approved proposal this year + weak SKP
    EXPECT_DOUBLE_EQ(k1.weight, 4);
    EXPECT_DOUBLE_EQ(k1.target_weight, 1);
    EXPECT_DOUBLE_EQ(e.gaps[1].multiplier, 1.5);  // the 2026 proposal does not count in 2027
    EXPECT_DOUBLE_EQ(e.gaps[1].gap, 0);
    EXPECT_EQ(e.gaps[2].competency, "K.03");
    EXPECT_FALSE(e.gaps[2].held);
    EXPECT_FALSE(e.gaps[2].source);
    EXPECT_DOUBLE_EQ(e.weighted_need, 5);
    EXPECT_EQ(e.not_assessed, 1);
    EXPECT_EQ(e.predikat, Predikat::kurang);
    EXPECT_EQ(e.predikat_year, 2026);
    EXPECT_DOUBLE_EQ(e.performance_gap, 40);
    EXPECT_EQ(e.akpk, AkpkReading::training);
    EXPECT_DOUBLE_EQ(*e.potential, 75);  // 100·(2·2 + 1·2) / (2·3 + 1·2)
    EXPECT_EQ(e.box, 3);                 // di bawah × menengah
    EXPECT_EQ(e.jp_earned, 12);
    EXPECT_EQ(e.jp_target, 20);
    EXPECT_FALSE(e.jp_target_met);
}

TEST(AnalyzeTest, LowerTargetStaleAssessmentAndPeerMean) {
    const auto s = Scenario();
    const auto& e = Find(Analyzed(s), 2);
    ASSERT_EQ(e.gaps.size(), 2U);
    EXPECT_DOUBLE_EQ(e.gaps[0].target_gap, 0);  // J3 asks K.01 at 1 only
    EXPECT_DOUBLE_EQ(*e.gaps[1].held, 2.5);     // rekan mean; the 2023 asesmen is stale
    EXPECT_EQ(e.gaps[1].source, AssessmentSource::rekan);
    EXPECT_FALSE(e.has_competency_gap);
    EXPECT_EQ(e.akpk, AkpkReading::maintain);
    EXPECT_DOUBLE_EQ(*e.potential, 100);
    EXPECT_EQ(e.box, 9);
    EXPECT_EQ(e.jp_earned, 20);
    EXPECT_EQ(e.jp_target, 20);  // PPPK: the 20 JP rule applies by default
    EXPECT_TRUE(e.jp_target_met);
}

TEST(AnalyzeTest, EmployeeWithoutStandardOrSkp) {
    const auto s = Scenario();
    const auto r = Analyzed(s);
    const auto& e = Find(r, 3);
    EXPECT_FALSE(e.has_standard);
    EXPECT_TRUE(e.gaps.empty());
    EXPECT_FALSE(e.predikat);
    EXPECT_FALSE(e.potential);
    EXPECT_EQ(e.box, 0);
    EXPECT_EQ(e.akpk, AkpkReading::unknown);  // neither gap can be read: "belum dapat dibaca", not maintain
    EXPECT_FALSE(e.jp_target_met);
    const auto& unknown = Find(r, 4);
    EXPECT_EQ(unknown.position, "JX");
    EXPECT_FALSE(unknown.position_kind);
    EXPECT_FALSE(unknown.has_standard);
}

TEST(AnalyzeTest, PppkWithTheJpSettingOff) {
    const auto s = Scenario();
    Settings settings = At(D(2027, 6, 1));
    settings.jp_applies_to_pppk = false;
    const auto r = Analyzed(s, Scope::All(), settings);
    EXPECT_EQ(Find(r, 4).jp_target, 0);
    EXPECT_TRUE(Find(r, 4).jp_target_met);
    EXPECT_EQ(Find(r, 3).jp_target, 20);  // PNS still
    EXPECT_EQ(r.total.jp_subject, 3);
}

TEST(AnalyzeTest, NothingAssessedIsListedNeverGuessed) {
    const auto s = Scenario();
    const auto r = Analyzed(s);
    const auto& e = Find(r, 5);
    EXPECT_EQ(e.not_assessed, 2);
    EXPECT_EQ(e.predikat, Predikat::baik);  // the 2028 SKP is after the analysis year
    EXPECT_EQ(e.predikat_year, 2025);
    EXPECT_FALSE(e.potential);
    EXPECT_EQ(e.box, 0);
    EXPECT_EQ(e.akpk, AkpkReading::unknown);  // SKP baik, but no competency assessed: no gap is not known
    ASSERT_EQ(r.not_assessed.size(), 3U);     // employee 1's K.03, employee 5's K.01 and K.02
    EXPECT_EQ(r.not_assessed[0].nip, NipText(1));
    EXPECT_EQ(r.not_assessed[0].competency, "K.03");
    EXPECT_DOUBLE_EQ(r.not_assessed[0].target_required, 3);
    EXPECT_EQ(r.not_assessed[2].competency, "K.02");
    EXPECT_EQ(r.not_assessed[2].agency, "OPD2");
}

TEST(AnalyzeTest, AggregatesPerAgencyAndMatrix) {
    const auto s = Scenario();
    const auto r = Analyzed(s);
    EXPECT_EQ(r.analysis_date, "2027-06-01");
    EXPECT_EQ(r.total.employees, 5);
    ASSERT_EQ(r.by_agency.size(), 2U);
    const auto& opd1 = Group(r.by_agency, "OPD1");
    EXPECT_EQ(opd1.employees, 2);
    EXPECT_EQ(opd1.employees_with_gap, 1);
    EXPECT_EQ(opd1.assessed_pairs, 4);
    EXPECT_EQ(opd1.not_assessed, 1);
    EXPECT_DOUBLE_EQ(opd1.MeanGap(), 0.25);
    EXPECT_DOUBLE_EQ(opd1.MeanTargetGap(), 0.25);
    EXPECT_DOUBLE_EQ(opd1.weighted_need, 5);
    EXPECT_EQ(opd1.jp_subject, 2);
    EXPECT_EQ(opd1.jp_met, 1);
    EXPECT_DOUBLE_EQ(opd1.JpCompliance(), 0.5);
    EXPECT_EQ(opd1.akpk[static_cast<size_t>(AkpkReading::training)], 1);
    EXPECT_EQ(opd1.boxes[3], 1);
    EXPECT_EQ(opd1.boxes[9], 1);
    EXPECT_EQ(r.total.boxes[0], 3);
    // Matrix: OPD1 × K.01 (both employees), K.02, K.03; OPD2 × K.01, K.02 (employee 5).
    ASSERT_EQ(r.matrix.size(), 5U);
    EXPECT_EQ(r.matrix[0].agency, "OPD1");
    EXPECT_EQ(r.matrix[0].competency, "K.01");
    EXPECT_EQ(r.matrix[0].stats.employees, 2);
    EXPECT_EQ(r.matrix[0].stats.employees_with_gap, 1);
    EXPECT_DOUBLE_EQ(r.matrix[0].stats.MeanGap(), 0.5);
    EXPECT_EQ(r.matrix[3].agency, "OPD2");
    EXPECT_EQ(r.matrix[3].stats.not_assessed, 1);
}

TEST(AnalyzeTest, AggregatesPerCompetencyKindAndSector) {
    const auto s = Scenario();
    const auto r = Analyzed(s);
    ASSERT_EQ(r.by_competency.size(), 3U);
    EXPECT_EQ(Group(r.by_competency, "K.01").employees, 3);
    EXPECT_EQ(Group(r.by_competency, "K.01").not_assessed, 1);
    EXPECT_EQ(Group(r.by_competency, "K.03").employees, 1);
    EXPECT_EQ(Group(r.by_competency, "K.03").not_assessed, 1);
    ASSERT_EQ(r.by_position_kind.size(), 3U);
    EXPECT_EQ(r.by_position_kind[0].key, "pengawas");
    EXPECT_EQ(r.by_position_kind[0].stats.employees, 3);
    EXPECT_EQ(r.by_position_kind[1].key, "pelaksana");
    EXPECT_EQ(r.by_position_kind[2].key, "");  // JX has no jabatan record
    ASSERT_EQ(r.by_sector.size(), 2U);
    EXPECT_EQ(Group(r.by_sector, "").employees, 2);
    EXPECT_EQ(Group(r.by_sector, "umum").employees, 3);
}

TEST(AnalyzeTest, ScopeOfOneAgencyOneEmployeeAndATeam) {
    const auto s = Scenario();
    EXPECT_EQ(Analyzed(s, Scope::Agency("OPD1")).employees.size(), 2U);
    EXPECT_EQ(Analyzed(s, Scope::Agency("OPD1")).by_agency.size(), 1U);
    const auto one = Analyzed(s, Scope::Employee(NipText(2)));
    ASSERT_EQ(one.employees.size(), 1U);
    EXPECT_EQ(one.total.employees, 1);
    const auto team = Analyzed(s, Scope::Team(NipText(3)));
    ASSERT_EQ(team.employees.size(), 2U);
    EXPECT_EQ(team.employees[0].nip, NipText(3));
    EXPECT_EQ(team.employees[1].nip, NipText(5));
    Scope team_in_opd1 = Scope::Team(NipText(3));
    team_in_opd1.agency = "OPD1";
    EXPECT_TRUE(Analyzed(s, team_in_opd1).employees.empty());
    Scope both;
    both.nips = {NipText(5), NipText(1)};
    both.team_of = NipText(3);
    const auto intersected = Analyzed(s, both);
    ASSERT_EQ(intersected.employees.size(), 1U);
    EXPECT_EQ(intersected.employees[0].nip, NipText(5));
}

TEST(AnalyzeTest, UnknownScopeIsNotFound) {
    const auto s = Scenario();
    const Settings settings = At(D(2027, 6, 1));
    for (const auto& scope : {Scope::Agency("OPD9"), Scope::Employee(NipText(99)), Scope::Team(NipText(99))}) {
        const auto r = Analyze(s, settings, scope);
        ASSERT_FALSE(r.ok());
        EXPECT_EQ(r.error().code, ErrorCode::not_found);
        EXPECT_NE(r.error().message.find("tidak ditemukan"), std::string::npos);
    }
    const auto en = Analyze(s, settings, Scope::Agency("OPD9"), {}, domain::Lang::en);
    ASSERT_FALSE(en.ok());
    EXPECT_NE(en.error().message.find("not found"), std::string::npos);
}

TEST(AnalyzeTest, InvalidSettingsAreRejected) {
    const auto s = Scenario();
    Settings settings = At(D(2027, 6, 1));
    settings.window_years = 0;
    const auto r = Analyze(s, settings, Scope::All());
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
}

TEST(AnalyzeTest, AggregatesOnlyWithoutEmployees) {
    const auto s = Scenario();
    auto r = Analyze(s, At(D(2027, 6, 1)), Scope::All(), Options{false});
    ASSERT_TRUE(r.ok());
    EXPECT_TRUE(r->employees.empty());
    EXPECT_TRUE(r->not_assessed.empty());
    EXPECT_EQ(r->total.employees, 5);
    EXPECT_DOUBLE_EQ(r->total.weighted_need, 5);
}

TEST(AnalyzeTest, EmptySnapshot) {
    const auto s = SnapshotBuilder().Build().value();
    const auto r = Analyzed(s);
    EXPECT_EQ(r.total.employees, 0);
    EXPECT_TRUE(r.by_agency.empty());
    EXPECT_DOUBLE_EQ(r.total.JpCompliance(), 1);
}

// Many employees over several agencies (two bigger than one work unit), analyzed with 1 and 3 threads.
Snapshot Crowd() {
    SnapshotBuilder b;
    b.Add(Std("J1", "K.01", 3, 1.5));
    b.Add(Std("J1", "K.02", 2, 1));
    b.Add(Std("J2", "K.03", 4, 1));
    for (int i = 0; i < 20000; ++i) {
        const std::string agency = i < 9000 ? "A" : (i < 18500 ? "B" : "C");
        b.Add(Emp(i, agency, i % 3 == 0 ? "J2" : "J1", i % 5 == 0 ? "J2" : ""));
        b.Add(Asm(i, "K.01", 1 + (i % 9) * 0.5, AssessmentSource::atasan, D(2026, 1 + i % 12, 1)));
        if (i % 4 != 0) b.Add(Asm(i, "K.03", 1 + (i % 7) * 0.5, AssessmentSource::rekan, D(2025, 1 + i % 12, 3)));
        b.Add(Skp(i, 2026, static_cast<Predikat>(i % 5)));
        if (i % 2 == 0) b.Add(Jp(i, D(2027, 1, 1), i % 30));
    }
    return b.Build().value();
}

TEST(AnalyzeTest, SameResultWithAnyThreadCount) {
    const auto s = Crowd();
    Settings one = At(D(2027, 6, 1));
    one.threads = 1;
    Settings three = one;
    three.threads = 3;
    const auto a = Analyzed(s, Scope::All(), one);
    const auto b = Analyzed(s, Scope::All(), three);
    ASSERT_EQ(a.employees.size(), 20000U);
    ASSERT_EQ(b.employees.size(), a.employees.size());
    for (size_t i = 0; i < a.employees.size(); i += 997) {
        EXPECT_EQ(a.employees[i].nip, b.employees[i].nip);
        EXPECT_EQ(a.employees[i].weighted_need, b.employees[i].weighted_need);
    }
    EXPECT_TRUE(std::is_sorted(a.employees.begin(), a.employees.end(), [](const auto& x, const auto& y) {
        return std::tie(x.agency, x.nip) < std::tie(y.agency, y.nip);
    }));
    EXPECT_EQ(a.total.weighted_need, b.total.weighted_need);  // exactly: same order of additions
    EXPECT_EQ(a.total.gap_sum, b.total.gap_sum);
    EXPECT_EQ(a.total.akpk, b.total.akpk);
    EXPECT_EQ(a.total.boxes, b.total.boxes);
    EXPECT_EQ(a.total.employees, 20000);
    ASSERT_EQ(a.by_agency.size(), 3U);
    EXPECT_EQ(Group(a.by_agency, "B").employees, 9500);
    ASSERT_EQ(a.matrix.size(), b.matrix.size());
    for (size_t i = 0; i < a.matrix.size(); ++i) EXPECT_EQ(a.matrix[i].stats.gap_sum, b.matrix[i].stats.gap_sum);
    EXPECT_EQ(a.not_assessed.size(), b.not_assessed.size());
}

TEST(AnalyzeTest, GroupTotalsAddUpToTheTotal) {
    const auto s = Crowd();
    const auto r = Analyzed(s);
    int64_t employees = 0;
    double need = 0;
    for (const auto& g : r.by_position_kind) employees += g.stats.employees;
    for (const auto& g : r.by_agency) need += g.stats.weighted_need;
    EXPECT_EQ(employees, r.total.employees);
    EXPECT_NEAR(need, r.total.weighted_need, 1e-6 * r.total.weighted_need);
    int64_t pairs = 0;
    for (const auto& c : r.matrix) pairs += c.stats.assessed_pairs + c.stats.not_assessed;
    EXPECT_EQ(pairs, r.total.assessed_pairs + r.total.not_assessed);
    EXPECT_EQ(static_cast<int64_t>(r.not_assessed.size()), r.total.not_assessed);
}

}  // namespace
}  // namespace bangkom::analysis
