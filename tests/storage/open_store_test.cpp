// OpenStore picks the backend from the location's form: URLs and libpq key=value strings go to PostgreSQL.

#include <gtest/gtest.h>

#include "storage/postgres/pg_test_database.hpp"
#include "storage/store.hpp"

namespace bangkom::storage {
namespace {

// Port 1 on loopback: nothing listens there, so each of these reaches libpq and fails to connect.
TEST(OpenStore, PostgresLocationsGoToPostgresAndNeverPrintThePassword) {
    for (const char* location :
         {"postgresql://bangkom:rahasia123@127.0.0.1:1/bangkom", "postgres://bangkom@127.0.0.1:1/bangkom",
          "host=127.0.0.1 port=1 dbname=bangkom user=bangkom password=rahasia123"}) {
        auto store = OpenStore(location);
        ASSERT_FALSE(store.ok()) << location;
        EXPECT_EQ(store.error().code, ErrorCode::failed_precondition) << location;
        EXPECT_NE(store.error().message.find("Tidak dapat terhubung ke PostgreSQL"), std::string::npos)
            << store.error().message;
        EXPECT_NE(store.error().message.find("127.0.0.1:1/bangkom"), std::string::npos) << store.error().message;
        EXPECT_EQ(store.error().message.find("rahasia123"), std::string::npos) << store.error().message;
    }
}

TEST(OpenStore, AMalformedPostgresUrlFailsClearly) {
    auto store = OpenStore("postgresql://bangkom:rahasia123@127.0.0.1:notaport/bangkom");
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::failed_precondition);
    EXPECT_EQ(store.error().message.find("rahasia123"), std::string::npos) << store.error().message;
}

TEST(OpenStore, APostgresUrlOpensAMigratedStore) {
    const std::string admin = postgres::testing::AdminUrl();
    if (admin.empty()) GTEST_SKIP() << "BANGKOM_TEST_POSTGRES is not set";
    postgres::testing::TestDatabase database(admin);
    auto store = OpenStore(database.Url());
    ASSERT_TRUE(store.ok()) << store.error().message;
    ASSERT_TRUE((*store)->PutSetting("k", "v").ok());
    EXPECT_EQ(*(*store)->GetSetting("k"), std::optional<std::string>("v"));
}

}  // namespace
}  // namespace bangkom::storage
