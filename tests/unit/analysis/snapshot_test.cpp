#include "analysis/snapshot.hpp"

#include <gtest/gtest.h>

#include "analysis_fixture.hpp"

namespace bangkom::analysis {
namespace {

using domain::AssessmentSource;
using domain::PositionKind;
using namespace testing;  // NOLINT(google-build-using-namespace): the test helpers

TEST(SnapshotTest, RecordsInAnyOrder) {
    SnapshotBuilder b;
    // Assessment and standard before the employee, position and competency they reference.
    b.Add(Asm(1, "K.02", 3, AssessmentSource::atasan, D(2026, 1, 1)));
    b.Add(Std("J1", "K.02", 4));
    b.Add(Emp(1, "OPD2", "J1"));
    b.Add(Emp(2, "OPD1", "J1"));
    b.Add(Pos("J1", PositionKind::pengawas, "kesehatan"));
    b.Add(domain::Competency{"K.02", "Dua", domain::CompetencyKind::teknis, "", "", {}});
    b.Add(domain::Competency{"K.01", "Satu", domain::CompetencyKind::manajerial, "", "", {}});
    auto s = b.Build();
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->competency_codes, (std::vector<std::string>{"K.01", "K.02"}));
    EXPECT_EQ(s->competency_kinds[0], domain::CompetencyKind::manajerial);
    // Employees by (agency, NIP): OPD1's employee 2 first.
    ASSERT_EQ(s->EmployeeCount(), 2U);
    EXPECT_EQ(s->nips[0], NipText(2));
    EXPECT_EQ(s->agency_employee_begin, (std::vector<uint32_t>{0, 1, 2}));
    const uint32_t e1 = s->FindEmployee(NipText(1)).value();
    EXPECT_EQ(e1, 1U);
    ASSERT_EQ(s->assessment_offsets[e1 + 1] - s->assessment_offsets[e1], 1U);
    EXPECT_EQ(s->assessments[s->assessment_offsets[e1]].competency, 1);  // K.02 after renumbering
    const uint32_t j1 = s->FindPosition("J1").value();
    EXPECT_TRUE(s->position_known[j1]);
    EXPECT_EQ(s->sector_codes[s->position_sector[j1]], "kesehatan");
    ASSERT_EQ(s->standards.size(), 1U);
    EXPECT_EQ(s->standards[0].competency, 1U);
    EXPECT_FLOAT_EQ(s->standards[0].level, 4);
}

TEST(SnapshotTest, ReaddingAKeyReplacesIt) {
    SnapshotBuilder b;
    b.Add(Emp(1, "OPD1", "J1"));
    b.Add(Emp(1, "OPD2", "J2"));
    b.Add(Std("J1", "K.01", 2));
    b.Add(Std("J1", "K.01", 3));
    b.Add(Asm(1, "K.01", 2, AssessmentSource::atasan, D(2026, 1, 1)));
    b.Add(Asm(1, "K.01", 4, AssessmentSource::atasan, D(2026, 1, 1)));
    b.Add(Skp(1, 2025, domain::Predikat::kurang));
    b.Add(Skp(1, 2025, domain::Predikat::baik));
    auto s = b.Build();
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(s->EmployeeCount(), 1U);
    EXPECT_EQ(s->agency_codes[s->employee_agency[0]], "OPD2");
    ASSERT_EQ(s->standards.size(), 1U);
    EXPECT_FLOAT_EQ(s->standards[0].level, 3);
    ASSERT_EQ(s->assessments.size(), 1U);
    EXPECT_FLOAT_EQ(s->assessments[0].level, 4);
    ASSERT_EQ(s->ratings.size(), 1U);
    EXPECT_EQ(s->ratings[0].predikat, domain::Predikat::baik);
}

TEST(SnapshotTest, JpOfOneYearIsSummed) {
    SnapshotBuilder b;
    b.Add(Emp(1, "OPD1", "J1"));
    b.Add(Jp(1, D(2026, 2, 1), 8));
    b.Add(Jp(1, D(2026, 9, 1), 5));
    b.Add(Jp(1, D(2025, 9, 1), 30));
    auto s = b.Build();
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(s->jp.size(), 2U);
    EXPECT_EQ(s->jp[0].year, 2025);
    EXPECT_EQ(s->jp[1].jp, 13);
}

TEST(SnapshotTest, OnlyApprovedProposalsAreKept) {
    SnapshotBuilder b;
    b.Add(Emp(1, "OPD1", "J1"));
    b.Add(Usulan(1, "K.01", 2026, domain::ProposalStatus::approved));
    b.Add(Usulan(1, "K.02", 2026, domain::ProposalStatus::submitted));
    auto s = b.Build();
    ASSERT_TRUE(s.ok());
    ASSERT_EQ(s->proposals.size(), 1U);
    EXPECT_EQ(s->competency_codes[s->proposals[0].competency], "K.01");
}

TEST(SnapshotTest, ReferencesToUnknownEmployeesAreSkippedAndCounted) {
    SnapshotBuilder b;
    b.Add(Emp(1, "OPD1", "J1"));
    b.Add(Asm(9, "K.01", 3, AssessmentSource::atasan, D(2026, 1, 1)));
    b.Add(Skp(9, 2025, domain::Predikat::baik));
    b.Add(Jp(9, D(2026, 1, 1), 4));
    b.Add(Usulan(9, "K.01", 2026, domain::ProposalStatus::approved));
    b.AddAssessment("12345", "K.01", 3, AssessmentSource::atasan, D(2026, 1, 1));
    auto s = b.Build();
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s->assessments.empty());
    EXPECT_EQ(s->skipped.assessments, 2);
    EXPECT_EQ(s->skipped.ratings, 1);
    EXPECT_EQ(s->skipped.jp_entries, 1);
    EXPECT_EQ(s->skipped.proposals, 1);
}

TEST(SnapshotTest, MalformedStandardIsSkipped) {
    SnapshotBuilder b;
    b.Add(Std("J1", "K.01", 7));
    b.Add(Std("J1", "K.02", 2, 0));
    auto s = b.Build();
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s->standards.empty());
    EXPECT_EQ(s->skipped.standards, 2);
}

TEST(SnapshotTest, PositionOnlyReferencedIsUnknown) {
    SnapshotBuilder b;
    b.Add(Emp(1, "OPD1", "J9"));
    auto s = b.Build();
    ASSERT_TRUE(s.ok());
    EXPECT_FALSE(s->position_known[s->FindPosition("J9").value()]);
}

TEST(SnapshotTest, SupervisorResolvesToAnIndex) {
    SnapshotBuilder b;
    auto staff = Emp(1, "OPD1", "J1");
    staff.supervisor_nip = N(NipText(2));
    b.Add(staff);
    b.Add(Emp(2, "OPD1", "J1"));
    auto s = b.Build();
    ASSERT_TRUE(s.ok());
    const uint32_t e1 = s->FindEmployee(NipText(1)).value();
    const uint32_t e2 = s->FindEmployee(NipText(2)).value();
    EXPECT_EQ(s->employee_supervisor[e1], static_cast<int32_t>(e2));
    EXPECT_EQ(s->employee_supervisor[e2], kNone);
}

TEST(SnapshotTest, FindAnswersNulloptForUnknownCodes) {
    auto s = BuildSnapshot({domain::Records{std::vector<domain::Employee>{Emp(1, "OPD1", "J1")}}});
    ASSERT_TRUE(s.ok());
    EXPECT_TRUE(s->FindAgency("OPD1"));
    EXPECT_FALSE(s->FindAgency("OPD0"));
    EXPECT_FALSE(s->FindEmployee(NipText(2)));
    EXPECT_FALSE(s->FindCompetency("K.01"));
    EXPECT_GT(s->MemoryBytes(), 0U);
}

TEST(SnapshotTest, TooManyCompetenciesFail) {
    SnapshotBuilder b;
    for (int i = 0; i <= 0x10000; ++i) b.Add(domain::Competency{"C" + std::to_string(i), "", {}, "", "", {}});
    const auto s = b.Build();
    ASSERT_FALSE(s.ok());
    EXPECT_EQ(s.error().code, ErrorCode::failed_precondition);
}

}  // namespace
}  // namespace bangkom::analysis
