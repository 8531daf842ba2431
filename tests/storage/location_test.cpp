// MaskedLocation: no password of a database location reaches a log.

#include "storage/location.hpp"

#include <gtest/gtest.h>

namespace bangkom::storage {
namespace {

TEST(MaskedLocation, SqlitePathsAreUnchanged) {
    EXPECT_EQ(MaskedLocation("/var/lib/bangkom/bangkom.db"), "/var/lib/bangkom/bangkom.db");
    EXPECT_EQ(MaskedLocation("data/password.db"), "data/password.db");
    EXPECT_EQ(MaskedLocation(":memory:"), ":memory:");
}

TEST(MaskedLocation, UrlPasswordIsMasked) {
    EXPECT_EQ(MaskedLocation("postgresql://bangkom:s3cret@db.example:5432/bangkom"),
              "postgresql://bangkom:***@db.example:5432/bangkom");
    EXPECT_EQ(MaskedLocation("postgres://u:p%40ss@h/d"), "postgres://u:***@h/d");
}

TEST(MaskedLocation, UrlWithoutPasswordIsUnchanged) {
    EXPECT_EQ(MaskedLocation("postgresql://postgres@127.0.0.1:5433/postgres"),
              "postgresql://postgres@127.0.0.1:5433/postgres");
    EXPECT_EQ(MaskedLocation("postgresql://127.0.0.1:5433/db"), "postgresql://127.0.0.1:5433/db");
    EXPECT_EQ(MaskedLocation("postgresql:///bangkom?host=/run/pg"), "postgresql:///bangkom?host=/run/pg");
}

TEST(MaskedLocation, UrlQueryPasswordIsMasked) {
    EXPECT_EQ(MaskedLocation("postgresql://h/d?user=u&password=abc&sslmode=require"),
              "postgresql://h/d?user=u&password=***&sslmode=require");
    EXPECT_EQ(MaskedLocation("postgresql://u:x@h/d?password=abc"), "postgresql://u:***@h/d?password=***");
}

TEST(MaskedLocation, KeyValuePasswordIsMasked) {
    EXPECT_EQ(MaskedLocation("host=db user=bangkom password=s3cret dbname=bangkom"),
              "host=db user=bangkom password=*** dbname=bangkom");
    EXPECT_EQ(MaskedLocation("host=db password = 'a b\\' c' dbname=x"), "host=db password = *** dbname=x");
    EXPECT_EQ(MaskedLocation("password=last"), "password=***");
}

TEST(MaskedLocation, KeyValueWithoutPasswordIsUnchanged) {
    EXPECT_EQ(MaskedLocation("host=db dbname=bangkom"), "host=db dbname=bangkom");
    EXPECT_EQ(MaskedLocation("host=db passfile=/etc/bangkom/pgpass"), "host=db passfile=/etc/bangkom/pgpass");
}

TEST(BackendName, ChoosesByTheFormOfTheLocation) {
    EXPECT_EQ(BackendName("postgresql://u@h/d"), "postgresql");
    EXPECT_EQ(BackendName("postgres://h/d"), "postgresql");
    EXPECT_EQ(BackendName("host=db dbname=bangkom"), "postgresql");
    EXPECT_EQ(BackendName(" dbname = bangkom"), "postgresql");
    EXPECT_EQ(BackendName("/var/lib/bangkom/bangkom.db"), "sqlite");
    EXPECT_EQ(BackendName("data/a=b.db"), "sqlite");
    EXPECT_EQ(BackendName("bangkom.db"), "sqlite");
}

TEST(MaskedLocation, PathWithEqualsSignIsNotAKeyValueString) {
    EXPECT_EQ(MaskedLocation("/srv/password=x/bangkom.db"), "/srv/password=x/bangkom.db");
}

}  // namespace
}  // namespace bangkom::storage
