// Contract: classes (issue 7) — enrolment within the seats, the roll of each day, withdrawals, decisions that issue
// a certificate and credit the JP to riwayat_jp in one transaction. Runs on SQLite and PostgreSQL.

#include <gmock/gmock.h>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

Participant Enrolled(int employee, const std::string& agency, const std::string& source = "manual") {
    Participant p;
    p.nip = TestNip(employee).str();
    p.agency = agency;
    p.source = source;
    p.plan_id = source == "rencana" ? 7 : 0;
    p.enrolled_at = 1'790'000'000;
    p.enrolled_by = 3;
    return p;
}

CertificateRecord Certificate(int employee, const std::string& number) {
    return CertificateRecord{number,
                             "AN1",
                             TestNip(employee).str(),
                             "Budi Santoso",
                             "A1",
                             "Dinas Kesehatan",
                             "PR1",
                             "Pelatihan Pelayanan Prima",
                             "BPSDM Provinsi Jambi",
                             24,
                             "2026-11-02",
                             "2026-11-06",
                             "Jambi",
                             1'795'000'000};
}

DecisionRecord Pass(int employee, const std::string& number) {
    DecisionRecord d;
    d.nip = TestNip(employee).str();
    d.status = ParticipantStatus::passed;
    d.score = 87.5;
    d.reason_id = "Kehadiran 5 dari 5 hari (100%) memenuhi batas 80%.";
    d.reason_en = "Attendance 5 of 5 days (100%) meets the minimum of 80%.";
    d.certificate = Certificate(employee, number);
    d.credit = domain::JpHistoryEntry{TestNip(employee),
                                      "Pelatihan Pelayanan Prima",
                                      Day(2026, 11, 2),
                                      Day(2026, 11, 6),
                                      24,
                                      "BPSDM Provinsi Jambi",
                                      number};
    return d;
}

DecisionRecord Fail(int employee) {
    DecisionRecord d;
    d.nip = TestNip(employee).str();
    d.status = ParticipantStatus::failed;
    d.reason_id = "Kehadiran 1 dari 5 hari (20%) di bawah batas 80%.";
    d.reason_en = "Attendance 1 of 5 days (20%) is below the minimum of 80%.";
    return d;
}

std::vector<domain::JpHistoryEntry> History(Store& store) {
    ListQuery query;
    query.limit = 0;
    auto page = store.List(domain::Kind::riwayat_jp, query);
    EXPECT_TRUE(page.ok());
    return page.ok() ? std::get<std::vector<domain::JpHistoryEntry>>(page->items)
                     : std::vector<domain::JpHistoryEntry>{};
}

TEST_P(StoreContract, DeliveryEnrolsOnceAndNeverBeyondTheSeats) {
    SeedWorld(store());
    auto& d = store().Delivery();
    auto first = d.Enroll("AN1", {Enrolled(2, "A1"), Enrolled(1, "A1", "rencana")}, 3);
    ASSERT_TRUE(first.ok()) << first.error().message;
    EXPECT_EQ(first->added, 2);
    EXPECT_EQ(first->already, 0);
    auto again = d.Enroll("AN1", {Enrolled(1, "A1"), Enrolled(3, "A1")}, 3);
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(again->added, 1);
    EXPECT_EQ(again->already, 1);
    auto over = d.Enroll("AN1", {Enrolled(4, "A2")}, 3);
    ASSERT_FALSE(over.ok());
    EXPECT_EQ(over.error().code, ErrorCode::conflict);
    EXPECT_THAT(over.error().message, HasSubstr("sisa 0 dari 3 kursi"));
    auto unlimited = d.Enroll("AN2", {Enrolled(4, "A2")}, 0);
    ASSERT_TRUE(unlimited.ok());

    auto list = d.ListParticipants("AN1");
    ASSERT_TRUE(list.ok()) << list.error().message;
    ASSERT_EQ(list->size(), 3u);
    EXPECT_EQ((*list)[0].nip, TestNip(1).str());  // sorted by (agency, nip)
    EXPECT_EQ((*list)[0].source, "rencana");      // the first enrolment is kept, not the later one
    EXPECT_EQ((*list)[0].plan_id, 7);
    EXPECT_EQ((*list)[0].status, ParticipantStatus::enrolled);
    EXPECT_FALSE((*list)[0].score.has_value());
    EXPECT_EQ((*list)[0].enrolled_at, 1'790'000'000);
    EXPECT_EQ((*list)[0].enrolled_by, 3);
    auto of = d.ParticipationsOf(TestNip(4).str());
    ASSERT_TRUE(of.ok());
    ASSERT_EQ(of->size(), 1u);
    EXPECT_EQ((*of)[0].offering, "AN2");
}

TEST_P(StoreContract, DeliveryAttendanceReplacesADayAndGoesWithAWithdrawal) {
    SeedWorld(store());
    auto& d = store().Delivery();
    ASSERT_TRUE(d.Enroll("AN1", {Enrolled(1, "A1"), Enrolled(2, "A1")}, 0).ok());
    const std::string n1 = TestNip(1).str();
    const std::string n2 = TestNip(2).str();
    ASSERT_TRUE(d.SaveAttendance("AN1", "2026-11-03", {{n1, "", true}, {n2, "", false}}).ok());
    ASSERT_TRUE(d.SaveAttendance("AN1", "2026-11-02", {{n1, "", true}, {n2, "", true}}).ok());
    ASSERT_TRUE(d.SaveAttendance("AN1", "2026-11-03", {{n2, "", true}}).ok());  // n2 came late: n1 stays
    auto marks = d.ListAttendance("AN1");
    ASSERT_TRUE(marks.ok()) << marks.error().message;
    EXPECT_THAT(*marks, ElementsAre(AttendanceMark{n1, "2026-11-02", true}, AttendanceMark{n2, "2026-11-02", true},
                                    AttendanceMark{n1, "2026-11-03", true}, AttendanceMark{n2, "2026-11-03", true}));

    ASSERT_TRUE(d.Withdraw("AN1", n2).ok());
    marks = d.ListAttendance("AN1");
    ASSERT_TRUE(marks.ok());
    EXPECT_EQ(marks->size(), 2u);
    auto missing = d.Withdraw("AN1", n2);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

TEST_P(StoreContract, DeliveryDecisionIssuesTheCertificateAndCreditsTheJp) {
    SeedWorld(store());
    auto& d = store().Delivery();
    ASSERT_TRUE(d.Enroll("AN1", {Enrolled(1, "A1"), Enrolled(2, "A1")}, 0).ok());
    ASSERT_TRUE(d.Decide("AN1", {Pass(1, "BKM-2026-ABCD-EFGH"), Fail(2)}, 1'795'000'000, 5).ok());

    auto list = d.ListParticipants("AN1");
    ASSERT_TRUE(list.ok());
    ASSERT_EQ(list->size(), 2u);
    const Participant& passed = (*list)[0];
    EXPECT_EQ(passed.status, ParticipantStatus::passed);
    ASSERT_TRUE(passed.score.has_value());
    EXPECT_DOUBLE_EQ(*passed.score, 87.5);
    EXPECT_EQ(passed.certificate, "BKM-2026-ABCD-EFGH");
    EXPECT_EQ(passed.reason_id, "Kehadiran 5 dari 5 hari (100%) memenuhi batas 80%.");
    EXPECT_EQ(passed.decided_at, 1'795'000'000);
    EXPECT_EQ(passed.decided_by, 5);
    EXPECT_EQ((*list)[1].status, ParticipantStatus::failed);
    EXPECT_EQ((*list)[1].certificate, "");

    auto certificate = d.FindCertificate("BKM-2026-ABCD-EFGH");
    ASSERT_TRUE(certificate.ok()) << certificate.error().message;
    EXPECT_EQ(*certificate, Certificate(1, "BKM-2026-ABCD-EFGH"));
    auto unknown = d.FindCertificate("BKM-2026-ABCD-EFGX");
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::not_found);

    const auto history = History(store());
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].nip, TestNip(1));
    EXPECT_EQ(history[0].jp, 24);
    EXPECT_EQ(history[0].certificate_number, "BKM-2026-ABCD-EFGH");
    EXPECT_EQ(history[0].organizer, "BPSDM Provinsi Jambi");

    auto counts = d.Counts();
    ASSERT_TRUE(counts.ok());
    ASSERT_EQ(counts->size(), 1u);
    EXPECT_EQ((*counts)[0].offering, "AN1");
    EXPECT_EQ((*counts)[0].enrolled, 2);
    EXPECT_EQ((*counts)[0].passed, 1);
    EXPECT_EQ((*counts)[0].failed, 1);

    auto withdraw = d.Withdraw("AN1", TestNip(1).str());
    ASSERT_FALSE(withdraw.ok());
    EXPECT_EQ(withdraw.error().code, ErrorCode::conflict);
}

TEST_P(StoreContract, DeliveryDecisionsAreAllOrNothing) {
    SeedWorld(store());
    auto& d = store().Delivery();
    ASSERT_TRUE(d.Enroll("AN1", {Enrolled(1, "A1"), Enrolled(2, "A1")}, 0).ok());
    ASSERT_TRUE(d.Decide("AN1", {Fail(2)}, 100, 5).ok());
    // Employee 1 would pass, but 2 is decided already: nothing of the batch is stored.
    auto twice = d.Decide("AN1", {Pass(1, "BKM-2026-AAAA-AAAA"), Fail(2)}, 200, 5);
    ASSERT_FALSE(twice.ok());
    EXPECT_EQ(twice.error().code, ErrorCode::conflict);
    auto stranger = d.Decide("AN1", {Pass(1, "BKM-2026-BBBB-BBBB"), Pass(4, "BKM-2026-CCCC-CCCC")}, 200, 5);
    ASSERT_FALSE(stranger.ok());
    EXPECT_EQ(stranger.error().code, ErrorCode::not_found);
    auto list = d.ListParticipants("AN1");
    ASSERT_TRUE(list.ok());
    EXPECT_EQ((*list)[0].status, ParticipantStatus::enrolled);
    EXPECT_FALSE(d.FindCertificate("BKM-2026-AAAA-AAAA").ok());
    EXPECT_FALSE(d.FindCertificate("BKM-2026-BBBB-BBBB").ok());
    EXPECT_TRUE(History(store()).empty());
}

TEST_P(StoreContract, DeliveryCreditUpdatesAnImportedHistoryRowOfTheSameActivity) {
    SeedWorld(store());
    // The same course imported from SIASN before it was decided here: one row, now with the number.
    MustUpsert(store(), std::vector<domain::JpHistoryEntry>{
                            {TestNip(1), "Pelatihan Pelayanan Prima", Day(2026, 11, 2), Day(2026, 11, 5), 20, "", ""}});
    auto& d = store().Delivery();
    ASSERT_TRUE(d.Enroll("AN1", {Enrolled(1, "A1")}, 0).ok());
    ASSERT_TRUE(d.Decide("AN1", {Pass(1, "BKM-2026-DDDD-DDDD")}, 100, 5).ok());
    const auto history = History(store());
    ASSERT_EQ(history.size(), 1u);
    EXPECT_EQ(history[0].jp, 24);
    EXPECT_EQ(history[0].end, Day(2026, 11, 6));
    EXPECT_EQ(history[0].certificate_number, "BKM-2026-DDDD-DDDD");
}

}  // namespace
}  // namespace bangkom::storage::contract
