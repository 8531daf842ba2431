// ParticipationService rules: who sees a proposal, who reviews it, what the caller may do (the "can" flags), and
// the proposal window against an injected clock. The workflow end to end is tested at API level
// (tests/api/participation.test.ts).

#include "services/participation_service.hpp"

#include <gtest/gtest.h>

#include <memory>

#include "import_fixture.hpp"

namespace bangkom::services {
namespace {

using domain::ProposalStatus;
using domain::Role;

const std::string kAuthor = "199001012019032002";
const std::string kBoss = "198609262015051001";
const std::string kColleague = "199205152020121003";

storage::User Account(Role role, const std::string& nip, const std::string& agency = "DINKES") {
    storage::User u;
    u.id = 1;
    u.role = role;
    u.nip = nip;
    u.agency_code = agency;
    return u;
}

storage::ProposalView View(ProposalStatus status, const std::string& reviewer = kBoss) {
    storage::ProposalView v;
    v.proposal.nip = *domain::Nip::ParseReference(kAuthor);
    v.proposal.status = status;
    v.agency_code = "DINKES";
    v.supervisor_nip = kBoss;
    v.reviewer_nip = reviewer;
    return v;
}

/// The rules read only their arguments; the service still needs a store to exist.
class Rules : public testing::StoreTest {
  protected:
    void SetUp() override {
        StoreTest::SetUp();
        service_ = std::make_unique<ParticipationService>(store());
    }
    ParticipationService& service() { return *service_; }

  private:
    std::unique_ptr<ParticipationService> service_;
};

TEST_F(Rules, DraftsAreSeenByAuthorSupervisorAndAgencyStaffOnly) {
    const auto draft = View(ProposalStatus::draft);
    EXPECT_TRUE(service().CanSee(Account(Role::asn, kAuthor), draft));
    EXPECT_TRUE(service().CanSee(Account(Role::atasan, kBoss), draft));
    EXPECT_TRUE(service().CanSee(Account(Role::pengelola_opd, ""), draft));
    EXPECT_TRUE(service().CanSee(Account(Role::auditor, "", ""), draft));
    EXPECT_FALSE(service().CanSee(Account(Role::asn, kColleague), draft));
    EXPECT_FALSE(service().CanSee(Account(Role::pengelola_opd, "", "DISDIK"), draft));
    EXPECT_FALSE(service().CanSee(Account(Role::lembaga_mitra, "", ""), draft));
    EXPECT_FALSE(service().CanSee(Account(Role::asn, ""), draft));
}

TEST_F(Rules, SubmittedAndApprovedAreVisibleToColleaguesOfTheAgency) {
    for (const auto status : {ProposalStatus::submitted, ProposalStatus::approved}) {
        EXPECT_TRUE(service().CanSee(Account(Role::asn, kColleague), View(status)));
        EXPECT_FALSE(service().CanSee(Account(Role::asn, kColleague, "DISDIK"), View(status)));
    }
    for (const auto status : {ProposalStatus::returned, ProposalStatus::rejected}) {
        EXPECT_FALSE(service().CanSee(Account(Role::asn, kColleague), View(status)));
    }
}

TEST_F(Rules, TheReviewerIsTheSupervisorElseTheAgencyPengelola) {
    const auto p = View(ProposalStatus::submitted);
    EXPECT_TRUE(service().IsReviewer(Account(Role::atasan, kBoss), p));
    EXPECT_FALSE(service().IsReviewer(Account(Role::atasan, kColleague), p));
    EXPECT_FALSE(service().IsReviewer(Account(Role::pengelola_opd, ""), p));
    EXPECT_TRUE(service().IsReviewer(Account(Role::admin_bkd, "", ""), p));
    EXPECT_FALSE(service().IsReviewer(Account(Role::auditor, "", ""), p));
    const auto orphan = View(ProposalStatus::submitted, "");
    EXPECT_TRUE(service().IsReviewer(Account(Role::pengelola_opd, ""), orphan));
    EXPECT_FALSE(service().IsReviewer(Account(Role::pengelola_opd, "", "DISDIK"), orphan));
    EXPECT_FALSE(service().IsReviewer(Account(Role::atasan, kBoss), orphan));
}

TEST_F(Rules, NobodyReviewsTheirOwnProposal) {
    EXPECT_FALSE(service().IsReviewer(Account(Role::asn, kAuthor), View(ProposalStatus::submitted, kAuthor)));
    EXPECT_FALSE(service().IsReviewer(Account(Role::pengelola_opd, kAuthor), View(ProposalStatus::submitted, "")));
}

TEST_F(Rules, PermissionsFollowStatusRoleAndWindow) {
    const auto author = Account(Role::asn, kAuthor);
    auto can = service().Permissions(author, View(ProposalStatus::draft), true);
    EXPECT_TRUE(can.edit && can.submit);
    EXPECT_FALSE(can.withdraw || can.review || can.vote || can.reassign);
    can = service().Permissions(author, View(ProposalStatus::draft), false);
    EXPECT_FALSE(can.edit || can.submit);
    can = service().Permissions(author, View(ProposalStatus::submitted), true);
    EXPECT_TRUE(can.withdraw);
    EXPECT_FALSE(can.edit);
    can = service().Permissions(Account(Role::atasan, kBoss), View(ProposalStatus::submitted), false);
    EXPECT_TRUE(can.review);  // reviewing does not depend on the window
    EXPECT_TRUE(service().Permissions(Account(Role::asn, kColleague), View(ProposalStatus::approved), true).vote);
    auto voted = View(ProposalStatus::approved);
    voted.voted = true;
    EXPECT_FALSE(service().Permissions(Account(Role::asn, kColleague), voted, true).vote);
    EXPECT_FALSE(service().Permissions(Account(Role::asn, kColleague), View(ProposalStatus::draft), true).vote);
    EXPECT_TRUE(
        service().Permissions(Account(Role::pengelola_opd, ""), View(ProposalStatus::submitted), true).reassign);
    EXPECT_FALSE(
        service().Permissions(Account(Role::pengelola_opd, ""), View(ProposalStatus::approved), true).reassign);
}

class Windows : public testing::StoreTest {};

TEST_F(Windows, OpenOnlyBetweenTheDatesInclusive) {
    SeedMasters();
    const std::string agency = store().Keys(domain::Kind::opd)->front();
    int64_t now = domain::Date::FromYmd(2026, 11, 1)->DaysSinceEpoch() * 86400 + 3600;
    ParticipationService service(store(), [&now] { return now; });
    EXPECT_EQ(service.DefaultYear(), 2027);
    auto closed = service.RequireOpen(2027, agency, domain::Lang::en);
    ASSERT_FALSE(closed.ok());
    EXPECT_EQ(closed.error().code, ErrorCode::failed_precondition);
    storage::User admin;
    admin.role = Role::admin_bkd;
    auto put = service.PutWindow(admin, 2027, agency, "2026-11-01", "2026-11-30", domain::Lang::id);
    ASSERT_TRUE(put.ok()) << put.error().message;
    EXPECT_TRUE(put->open);
    EXPECT_TRUE(service.RequireOpen(2027, agency, domain::Lang::id).ok());
    now = domain::Date::FromYmd(2026, 12, 1)->DaysSinceEpoch() * 86400;
    auto after = service.RequireOpen(2027, agency, domain::Lang::id);
    ASSERT_FALSE(after.ok());
    EXPECT_NE(after.error().message.find("2026-11-30"), std::string::npos);
    EXPECT_EQ(service.PutWindow(admin, 2027, agency, "2026-12-02", "2026-12-01", domain::Lang::id).error().code,
              ErrorCode::invalid_argument);
    EXPECT_EQ(service.PutWindow(admin, 2027, "NOPE", "2026-12-01", "2026-12-02", domain::Lang::id).error().code,
              ErrorCode::not_found);
    storage::User other;
    other.role = Role::pengelola_opd;
    other.agency_code = "ELSEWHERE";
    EXPECT_EQ(service.PutWindow(other, 2027, agency, "2026-12-01", "2026-12-02", domain::Lang::id).error().code,
              ErrorCode::forbidden);
}

}  // namespace
}  // namespace bangkom::services
