#include "services/plan_workflow.hpp"

#include <gtest/gtest.h>

namespace bangkom::services {
namespace {

using domain::Lang;
using domain::Role;
using storage::PlanHeader;
using storage::PlanStatus;

storage::User UserOf(Role role, const std::string& agency = "") {
    storage::User user;
    user.id = 1;
    user.username = "u";
    user.role = role;
    user.agency_code = agency;
    return user;
}

PlanHeader PlanOf(const std::string& agency, PlanStatus status = PlanStatus::draft) {
    PlanHeader plan;
    plan.id = 7;
    plan.year = 2027;
    plan.agency = agency;
    plan.status = status;
    return plan;
}

TEST(PlanWorkflow, ReadScopes) {
    const auto admin = UserOf(Role::admin_bkd);
    const auto auditor = UserOf(Role::auditor);
    const auto kes = UserOf(Role::pengelola_opd, "DINKES");
    const auto unbound = UserOf(Role::pengelola_opd);
    for (const auto& plan : {PlanOf(""), PlanOf("DINKES"), PlanOf("DISDIK")}) {
        EXPECT_TRUE(CanReadPlan(admin, plan));
        EXPECT_TRUE(CanReadPlan(auditor, plan));
        EXPECT_FALSE(CanReadPlan(unbound, plan));
        EXPECT_FALSE(CanReadPlan(UserOf(Role::asn, "DINKES"), plan));
        EXPECT_FALSE(CanReadPlan(UserOf(Role::atasan, "DINKES"), plan));
        EXPECT_FALSE(CanReadPlan(UserOf(Role::lembaga_mitra), plan));
    }
    EXPECT_TRUE(CanReadPlan(kes, PlanOf("")));
    EXPECT_TRUE(CanReadPlan(kes, PlanOf("DINKES")));
    EXPECT_FALSE(CanReadPlan(kes, PlanOf("DISDIK")));
    EXPECT_EQ(PlanRowAgency(kes, PlanOf("")), "DINKES");
    EXPECT_EQ(PlanRowAgency(kes, PlanOf("DINKES")), "");
    EXPECT_EQ(PlanRowAgency(admin, PlanOf("")), "");
}

TEST(PlanWorkflow, ListQueryNarrowsByRole) {
    auto all = PlanListQuery(UserOf(Role::auditor), 2027, "", PlanStatus::draft, Lang::id);
    ASSERT_TRUE(all.ok());
    EXPECT_EQ(all->year, 2027);
    EXPECT_FALSE(all->agency.has_value());
    EXPECT_EQ(all->status, PlanStatus::draft);
    auto own = PlanListQuery(UserOf(Role::pengelola_opd, "DINKES"), 0, "DINKES", std::nullopt, Lang::id);
    ASSERT_TRUE(own.ok());
    EXPECT_EQ(own->agency, std::optional<std::string>("DINKES"));
    EXPECT_EQ(PlanListQuery(UserOf(Role::pengelola_opd, "DINKES"), 0, "DISDIK", std::nullopt, Lang::id).error().code,
              ErrorCode::forbidden);
    EXPECT_EQ(PlanListQuery(UserOf(Role::asn, "DINKES"), 0, "", std::nullopt, Lang::id).error().code,
              ErrorCode::forbidden);
}

TEST(PlanWorkflow, GenerateScope) {
    EXPECT_EQ(PlanGenerateAgency(UserOf(Role::admin_bkd), "", Lang::id).value(), "");
    EXPECT_EQ(PlanGenerateAgency(UserOf(Role::admin_bkd), "DISDIK", Lang::id).value(), "DISDIK");
    const auto kes = UserOf(Role::pengelola_opd, "DINKES");
    EXPECT_EQ(PlanGenerateAgency(kes, "", Lang::id).value(), "DINKES");
    EXPECT_EQ(PlanGenerateAgency(kes, "DINKES", Lang::id).value(), "DINKES");
    EXPECT_EQ(PlanGenerateAgency(kes, "DISDIK", Lang::id).error().code, ErrorCode::forbidden);
    EXPECT_EQ(PlanGenerateAgency(UserOf(Role::pengelola_opd), "", Lang::id).error().code, ErrorCode::forbidden);
    EXPECT_EQ(PlanGenerateAgency(UserOf(Role::auditor), "", Lang::id).error().code, ErrorCode::forbidden);
}

TEST(PlanWorkflow, SubmitByTheAgencyOrAdmin) {
    const auto kes = UserOf(Role::pengelola_opd, "DINKES");
    EXPECT_EQ(PlanTransition(kes, PlanOf("DINKES"), PlanAction::submit, "", Lang::id).value(), PlanStatus::submitted);
    EXPECT_EQ(PlanTransition(UserOf(Role::admin_bkd), PlanOf(""), PlanAction::submit, "", Lang::id).value(),
              PlanStatus::submitted);
    EXPECT_EQ(PlanTransition(kes, PlanOf("DISDIK"), PlanAction::submit, "", Lang::id).error().code,
              ErrorCode::forbidden);
    EXPECT_EQ(PlanTransition(kes, PlanOf(""), PlanAction::submit, "", Lang::id).error().code, ErrorCode::forbidden);
    EXPECT_EQ(PlanTransition(UserOf(Role::auditor), PlanOf(""), PlanAction::submit, "", Lang::id).error().code,
              ErrorCode::forbidden);
}

TEST(PlanWorkflow, ApproveAndReturnByThePpkOnly) {
    const auto admin = UserOf(Role::admin_bkd);
    const auto submitted = PlanOf("DINKES", PlanStatus::submitted);
    EXPECT_EQ(PlanTransition(admin, submitted, PlanAction::approve, "", Lang::id).value(), PlanStatus::approved);
    EXPECT_EQ(PlanTransition(admin, submitted, PlanAction::send_back, "Anggaran terlalu besar", Lang::id).value(),
              PlanStatus::returned);
    const auto kes = UserOf(Role::pengelola_opd, "DINKES");
    EXPECT_EQ(PlanTransition(kes, submitted, PlanAction::approve, "", Lang::id).error().code, ErrorCode::forbidden);
    EXPECT_EQ(PlanTransition(kes, submitted, PlanAction::send_back, "x", Lang::id).error().code, ErrorCode::forbidden);
}

TEST(PlanWorkflow, ReturnNeedsAComment) {
    auto r = PlanTransition(UserOf(Role::admin_bkd), PlanOf("", PlanStatus::submitted), PlanAction::send_back, "  \n",
                            Lang::id);
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
    ASSERT_EQ(r.error().details.size(), 1u);
    EXPECT_EQ(r.error().details[0].column, "comment");
}

TEST(PlanWorkflow, BadTransitionsAreFailedPreconditionInTheCallersLanguage) {
    const auto admin = UserOf(Role::admin_bkd);
    auto again = PlanTransition(admin, PlanOf("", PlanStatus::submitted), PlanAction::submit, "", Lang::id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::failed_precondition);
    EXPECT_EQ(again.error().message, "Rencana berstatus diajukan tidak dapat diajukan.");
    auto draft = PlanTransition(admin, PlanOf(""), PlanAction::approve, "", Lang::en);
    ASSERT_FALSE(draft.ok());
    EXPECT_EQ(draft.error().message, "A plan that is draft cannot be approved.");
    for (auto status : {PlanStatus::approved, PlanStatus::returned}) {
        for (auto action : {PlanAction::submit, PlanAction::approve, PlanAction::send_back}) {
            EXPECT_EQ(PlanTransition(admin, PlanOf("", status), action, "c", Lang::id).error().code,
                      ErrorCode::failed_precondition);
        }
    }
}

TEST(PlanWorkflow, Codes) {
    EXPECT_EQ(PlanAuditAction(PlanAction::submit), "plan.submit");
    EXPECT_EQ(PlanAuditAction(PlanAction::approve), "plan.approve");
    EXPECT_EQ(PlanAuditAction(PlanAction::send_back), "plan.return");
    EXPECT_EQ(PlanStatusLabel(PlanStatus::returned, Lang::id), "dikembalikan");
    EXPECT_EQ(PlanStatusLabel(PlanStatus::approved, Lang::en), "approved");
}

}  // namespace
}  // namespace bangkom::services
