// `bangkom demo` as a command: refusal of a database with employees, the six logins, the password file and
// hint, the audit entry.

#include "app/demo/demo_command.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>
#include <sys/stat.h>

#include <filesystem>
#include <fstream>
#include <sstream>

#include "services/passwords.hpp"

namespace bangkom::app::demo {
namespace {

using domain::Role;

class DemoCommandTest : public ::testing::Test {
  protected:
    void SetUp() override {
        dir_ = (std::filesystem::temp_directory_path() / "bangkom-democmd-XXXXXX").string();
        ASSERT_NE(mkdtemp(dir_.data()), nullptr);
        options_.db = dir_ + "/demo.db";
        options_.demo.employees = MinimumEmployees();
        options_.demo.plan_year = 2027;
    }
    void TearDown() override { std::filesystem::remove_all(dir_); }

    int Run() {
        out_.str("");
        err_.str("");
        return RunDemoCommand(options_, out_, err_);
    }
    std::unique_ptr<storage::Store> Open() { return std::move(storage::OpenStore(options_.db).value()); }

    std::string dir_;
    DemoCommandOptions options_;
    std::ostringstream out_;
    std::ostringstream err_;
};

TEST_F(DemoCommandTest, CreatesTheSixUsersWithTheGivenPassword) {
    options_.password = "rahasia123";
    ASSERT_EQ(Run(), 0) << err_.str();
    auto store = Open();
    const std::map<std::string, Role> expected{{"admin", Role::admin_bkd},     {"opd", Role::pengelola_opd},
                                               {"atasan", Role::atasan},       {"asn", Role::asn},
                                               {"mitra", Role::lembaga_mitra}, {"auditor", Role::auditor}};
    for (const auto& [username, role] : expected) {
        auto user = store->FindUserByUsername(username);
        ASSERT_TRUE(user.ok()) << username;
        EXPECT_EQ(user->role, role) << username;
        EXPECT_TRUE(services::VerifyPassword("rahasia123", user->password_hash)) << username;
        EXPECT_FALSE(services::VerifyPassword("salah12345", user->password_hash)) << username;
        EXPECT_NE(out_.str().find(username), std::string::npos);
    }
    EXPECT_EQ(store->FindUserByUsername("opd")->agency_code, "DINKES");
    EXPECT_EQ(store->FindUserByUsername("mitra")->institution, "BPSDM Provinsi Jambi");
    // The password came from the environment: no file is written, the hint names the variable.
    EXPECT_FALSE(std::filesystem::exists(LoginFilePath(options_.db)));
    EXPECT_NE(store->GetSetting("demo_password_hint")->value_or("").find("BANGKOM_DEMO_PASSWORD"), std::string::npos);
}

TEST_F(DemoCommandTest, AtasanIsADinkesSupervisorAndAsnIsInTheTeam) {
    options_.password = "rahasia123";
    ASSERT_EQ(Run(), 0) << err_.str();
    auto store = Open();
    const auto atasan = *store->FindUserByUsername("atasan");
    const auto asn = *store->FindUserByUsername("asn");
    auto boss = store->Get(domain::Kind::pegawai, atasan.nip);
    ASSERT_TRUE(boss.ok());
    EXPECT_EQ(std::get<std::vector<domain::Employee>>(*boss).at(0).agency_code, "DINKES");
    EXPECT_EQ(std::get<std::vector<domain::Employee>>(*boss).at(0).name, atasan.display_name);
    auto member = store->Get(domain::Kind::pegawai, asn.nip);
    ASSERT_TRUE(member.ok());
    const auto& e = std::get<std::vector<domain::Employee>>(*member).at(0);
    ASSERT_TRUE(e.supervisor_nip.has_value());
    EXPECT_EQ(e.supervisor_nip->str(), atasan.nip);
    EXPECT_EQ(e.agency_code, "DINKES");
}

TEST_F(DemoCommandTest, AsnLoginHasJpHistoryToShowOnItsProfile) {
    options_.password = "rahasia123";
    ASSERT_EQ(Run(), 0) << err_.str();
    auto store = Open();
    const auto asn = *store->FindUserByUsername("asn");
    storage::ListQuery query;
    query.nip = asn.nip;
    query.limit = 0;
    auto history = store->List(domain::Kind::riwayat_jp, query);
    ASSERT_TRUE(history.ok());
    EXPECT_GE(history->total, 2);
}

TEST_F(DemoCommandTest, GeneratedPasswordGoesToAPrivateFileAndTheHint) {
    ASSERT_EQ(Run(), 0) << err_.str();
    const std::string path = LoginFilePath(options_.db);
    ASSERT_TRUE(std::filesystem::exists(path));
    struct stat st {};
    ASSERT_EQ(::stat(path.c_str(), &st), 0);
    EXPECT_EQ(st.st_mode & 0777, 0600u);
    std::ifstream file(path);
    const std::string content((std::istreambuf_iterator<char>(file)), std::istreambuf_iterator<char>());
    const size_t at = content.rfind(": ");
    ASSERT_NE(at, std::string::npos);
    const std::string password = content.substr(at + 2, content.find('\n', at) - at - 2);
    EXPECT_EQ(password.size(), 19u);  // four groups of four joined by '-'
    auto store = Open();
    EXPECT_TRUE(services::VerifyPassword(password, store->FindUserByUsername("admin")->password_hash));
    EXPECT_NE(store->GetSetting("demo_password_hint")->value_or("").find(path), std::string::npos);
    EXPECT_NE(out_.str().find(password), std::string::npos);  // printed once
    auto audit = store->ListAudit(0, 10);
    ASSERT_TRUE(audit.ok());
    int demo_entries = 0;
    for (const auto& a : *audit) demo_entries += a.action == "demo";
    EXPECT_EQ(demo_entries, 1);
}

TEST_F(DemoCommandTest, RefusesADatabaseWithEmployeesUnlessForced) {
    options_.password = "rahasia123";
    ASSERT_EQ(Run(), 0) << err_.str();
    EXPECT_EQ(Run(), 2);
    EXPECT_NE(err_.str().find("--force"), std::string::npos);
    options_.force = true;
    options_.password = "rahasia456";
    ASSERT_EQ(Run(), 0) << err_.str();
    auto store = Open();
    EXPECT_EQ(*store->Count(domain::Kind::pegawai), MinimumEmployees());  // same keys: updated, not doubled
    EXPECT_TRUE(services::VerifyPassword("rahasia456", store->FindUserByUsername("asn")->password_hash));
}

TEST_F(DemoCommandTest, InvalidOptionsExitWithTwo) {
    options_.demo.employees = 10;
    EXPECT_EQ(Run(), 2);
    EXPECT_NE(err_.str().find("--employees"), std::string::npos);
    options_.demo.employees = MinimumEmployees();
    options_.password = "short";
    EXPECT_EQ(Run(), 2);
    EXPECT_FALSE(std::filesystem::exists(options_.db));
}

}  // namespace
}  // namespace bangkom::app::demo
