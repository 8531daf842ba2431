// Contract: users, sessions (expiry) and rate-limit windows.

#include <gmock/gmock.h>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

User MakeUser(const std::string& username, domain::Role role) {
    User user;
    user.username = username;
    user.password_hash = "$argon2id$v=19$test";
    user.role = role;
    user.agency_code = role == domain::Role::pengelola_opd ? "A1" : "";
    user.display_name = "Pengguna " + username;
    return user;
}

TEST_P(StoreContract, CreateUserAndFindByNameAndId) {
    User user = MakeUser("budi", domain::Role::asn);
    user.nip = TestNip(1).str();
    auto id = store().CreateUser(user);
    ASSERT_TRUE(id.ok()) << id.error().message;
    EXPECT_GT(*id, 0);
    auto by_name = store().FindUserByUsername("budi");
    ASSERT_TRUE(by_name.ok());
    EXPECT_EQ(by_name->id, *id);
    EXPECT_EQ(by_name->role, domain::Role::asn);
    EXPECT_EQ(by_name->nip, TestNip(1).str());
    EXPECT_EQ(by_name->password_hash, user.password_hash);
    EXPECT_TRUE(by_name->active);
    auto by_id = store().FindUserById(*id);
    ASSERT_TRUE(by_id.ok());
    EXPECT_EQ(by_id->username, "budi");
}

TEST_P(StoreContract, DuplicateUsernameIsAConflict) {
    ASSERT_TRUE(store().CreateUser(MakeUser("admin", domain::Role::admin_bkd)).ok());
    auto again = store().CreateUser(MakeUser("admin", domain::Role::auditor));
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
    auto users = store().ListUsers();
    ASSERT_TRUE(users.ok());
    EXPECT_EQ(users->size(), 1u);
}

TEST_P(StoreContract, MissingUsersAreNotFound) {
    auto by_name = store().FindUserByUsername("nobody");
    ASSERT_FALSE(by_name.ok());
    EXPECT_EQ(by_name.error().code, ErrorCode::not_found);
    auto by_id = store().FindUserById(42);
    ASSERT_FALSE(by_id.ok());
    EXPECT_EQ(by_id.error().code, ErrorCode::not_found);
    User ghost = MakeUser("ghost", domain::Role::asn);
    ghost.id = 42;
    auto updated = store().UpdateUser(ghost);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().code, ErrorCode::not_found);
}

TEST_P(StoreContract, UpdateUserChangesEveryField) {
    auto id = store().CreateUser(MakeUser("siti", domain::Role::asn));
    ASSERT_TRUE(id.ok());
    User changed = MakeUser("siti2", domain::Role::pengelola_opd);
    changed.id = *id;
    changed.active = false;
    changed.institution = "BPSDM";
    ASSERT_TRUE(store().UpdateUser(changed).ok());
    auto found = store().FindUserById(*id);
    ASSERT_TRUE(found.ok());
    EXPECT_EQ(found->username, "siti2");
    EXPECT_EQ(found->role, domain::Role::pengelola_opd);
    EXPECT_EQ(found->agency_code, "A1");
    EXPECT_EQ(found->institution, "BPSDM");
    EXPECT_FALSE(found->active);
}

TEST_P(StoreContract, UpdateUserToATakenNameIsAConflict) {
    ASSERT_TRUE(store().CreateUser(MakeUser("a", domain::Role::asn)).ok());
    auto id = store().CreateUser(MakeUser("b", domain::Role::asn));
    ASSERT_TRUE(id.ok());
    User renamed = MakeUser("a", domain::Role::asn);
    renamed.id = *id;
    auto updated = store().UpdateUser(renamed);
    ASSERT_FALSE(updated.ok());
    EXPECT_EQ(updated.error().code, ErrorCode::conflict);
}

TEST_P(StoreContract, ListUsersByUsername) {
    ASSERT_TRUE(store().CreateUser(MakeUser("zaki", domain::Role::asn)).ok());
    ASSERT_TRUE(store().CreateUser(MakeUser("ani", domain::Role::auditor)).ok());
    auto users = store().ListUsers();
    ASSERT_TRUE(users.ok());
    ASSERT_EQ(users->size(), 2u);
    EXPECT_EQ((*users)[0].username, "ani");
    EXPECT_EQ((*users)[1].username, "zaki");
}

TEST_P(StoreContract, SessionsExpire) {
    auto id = store().CreateUser(MakeUser("budi", domain::Role::asn));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(store().CreateSession(Session{"hash-1", *id, "csrf-1", 1000, 2000}).ok());
    auto live = store().FindSession("hash-1", 1999);
    ASSERT_TRUE(live.ok());
    EXPECT_EQ(live->user_id, *id);
    EXPECT_EQ(live->csrf_token, "csrf-1");
    EXPECT_EQ(live->created_at, 1000);
    EXPECT_EQ(live->expires_at, 2000);
    auto expired = store().FindSession("hash-1", 2000);
    ASSERT_FALSE(expired.ok());
    EXPECT_EQ(expired.error().code, ErrorCode::not_found);
    EXPECT_FALSE(store().FindSession("other", 1500).ok());
}

TEST_P(StoreContract, DeleteSessionAndExpiredSessions) {
    auto id = store().CreateUser(MakeUser("budi", domain::Role::asn));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(store().CreateSession(Session{"old", *id, "c", 0, 100}).ok());
    ASSERT_TRUE(store().CreateSession(Session{"new", *id, "c", 0, 500}).ok());
    ASSERT_TRUE(store().CreateSession(Session{"gone", *id, "c", 0, 500}).ok());
    ASSERT_TRUE(store().DeleteSession("gone").ok());
    EXPECT_FALSE(store().FindSession("gone", 10).ok());
    ASSERT_TRUE(store().DeleteExpiredSessions(200).ok());
    EXPECT_FALSE(store().FindSession("old", 50).ok());  // deleted, not merely expired
    EXPECT_TRUE(store().FindSession("new", 200).ok());
}

TEST_P(StoreContract, TouchSessionMovesTheExpiryAndKeepsTheRest) {
    auto id = store().CreateUser(MakeUser("budi", domain::Role::asn));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(store().CreateSession(Session{"hash-1", *id, "csrf-1", 1000, 2000}).ok());
    ASSERT_TRUE(store().TouchSession("hash-1", 5000).ok());
    auto live = store().FindSession("hash-1", 4000);  // past the old expiry
    ASSERT_TRUE(live.ok());
    EXPECT_EQ(live->expires_at, 5000);
    EXPECT_EQ(live->created_at, 1000);
    EXPECT_EQ(live->csrf_token, "csrf-1");
    auto missing = store().TouchSession("no-such", 5000);
    ASSERT_FALSE(missing.ok());
    EXPECT_EQ(missing.error().code, ErrorCode::not_found);
}

TEST_P(StoreContract, SessionOfAnUnknownUserIsRejected) {
    auto created = store().CreateSession(Session{"h", 999, "c", 0, 100});
    ASSERT_FALSE(created.ok());
    EXPECT_EQ(created.error().code, ErrorCode::failed_precondition);
}

TEST_P(StoreContract, DuplicateSessionTokenIsAConflict) {
    auto id = store().CreateUser(MakeUser("budi", domain::Role::asn));
    ASSERT_TRUE(id.ok());
    ASSERT_TRUE(store().CreateSession(Session{"h", *id, "c", 0, 100}).ok());
    auto again = store().CreateSession(Session{"h", *id, "c", 0, 100});
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
}

TEST_P(StoreContract, CountHitCountsPerKeyAndWindow) {
    EXPECT_EQ(*store().CountHit("login:1.2.3.4", 600), 1);
    EXPECT_EQ(*store().CountHit("login:1.2.3.4", 600), 2);
    EXPECT_EQ(*store().CountHit("login:5.6.7.8", 600), 1);
    EXPECT_EQ(*store().CountHit("login:1.2.3.4", 600), 3);
    EXPECT_EQ(*store().CountHit("login:1.2.3.4", 660), 1);  // a new window starts from one
}

TEST_P(StoreContract, DropHitsBeforeExpiresOldWindowsOfThePrefixOnly) {
    ASSERT_TRUE(store().CountHit("skm:aa", 3600).ok());
    ASSERT_TRUE(store().CountHit("skm:bb", 7200).ok());
    ASSERT_TRUE(store().CountHit("login:1.2.3.4", 0).ok());
    ASSERT_TRUE(store().CountHit("skm%x", 0).ok());  // '%' is not a wildcard here
    ASSERT_TRUE(store().DropHitsBefore("skm:", 7200).ok());
    EXPECT_EQ(*store().Hits("skm:aa", 3600), 0);
    EXPECT_EQ(*store().Hits("skm:bb", 7200), 1);
    EXPECT_EQ(*store().Hits("login:1.2.3.4", 0), 1);
    EXPECT_EQ(*store().Hits("skm%x", 0), 1);
    ASSERT_TRUE(store().DropHitsBefore("skm%", 7200).ok());
    EXPECT_EQ(*store().Hits("skm%x", 0), 0);
    EXPECT_EQ(*store().Hits("skm:bb", 7200), 1);
}

TEST_P(StoreContract, HitsReadsTheCountWithoutAddingOne) {
    EXPECT_EQ(*store().Hits("login:1.2.3.4", 600), 0);
    ASSERT_TRUE(store().CountHit("login:1.2.3.4", 600).ok());
    ASSERT_TRUE(store().CountHit("login:1.2.3.4", 600).ok());
    EXPECT_EQ(*store().Hits("login:1.2.3.4", 600), 2);
    EXPECT_EQ(*store().Hits("login:1.2.3.4", 600), 2);
    EXPECT_EQ(*store().Hits("login:1.2.3.4", 660), 0);
    EXPECT_EQ(*store().Hits("login:5.6.7.8", 600), 0);
}

TEST_P(StoreContract, CountHitIsSharedBetweenStoresOnOneDatabase) {
    auto other = OpenAnother();
    ASSERT_NE(other, nullptr);
    EXPECT_EQ(*store().CountHit("k", 0), 1);
    EXPECT_EQ(*other->CountHit("k", 0), 2);
    EXPECT_EQ(*store().CountHit("k", 0), 3);
}

}  // namespace
}  // namespace bangkom::storage::contract
