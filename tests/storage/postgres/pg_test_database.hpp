#pragma once
// A fresh PostgreSQL database for one test, on the throwaway cluster named by BANGKOM_TEST_POSTGRES (an admin
// URL, as scripts/pg_cluster.sh prints): CREATE DATABASE bangkom_t_<random> on construction, DROP ... WITH
// (FORCE) on destruction. Tests that need it skip (visibly) when the variable is unset.

#include <gtest/gtest.h>

#include <cstdlib>
#include <random>
#include <string>

#include "storage/postgres/connection.hpp"

namespace bangkom::storage::postgres::testing {

/// The admin URL, or "" when PostgreSQL tests are not enabled.
inline std::string AdminUrl() {
    const char* url = std::getenv("BANGKOM_TEST_POSTGRES");
    return url != nullptr ? url : "";
}

/// `admin` (a postgresql:// URL or a key=value string) with its database replaced by `database`.
inline std::string WithDatabase(const std::string& admin, const std::string& database) {
    const size_t scheme = admin.find("://");
    if (scheme == std::string::npos) return admin + " dbname=" + database;  // the last dbname wins
    const size_t path = admin.find('/', scheme + 3);
    const size_t query = admin.find('?', scheme + 3);
    const std::string authority = admin.substr(0, std::min(path, query));
    const std::string rest = query == std::string::npos ? "" : admin.substr(query);
    return authority + "/" + database + rest;
}

class TestDatabase {
  public:
    explicit TestDatabase(std::string admin) : admin_(std::move(admin)) {
        std::random_device random;
        name_ = "bangkom_t_" + std::to_string(random()) + "_" + std::to_string(random());
        auto created = AdminExec("CREATE DATABASE " + name_);
        EXPECT_TRUE(created.ok()) << created.error().message;
    }
    ~TestDatabase() {
        auto dropped = AdminExec("DROP DATABASE IF EXISTS " + name_ + " WITH (FORCE)");
        EXPECT_TRUE(dropped.ok()) << dropped.error().message;
    }
    TestDatabase(const TestDatabase&) = delete;
    TestDatabase& operator=(const TestDatabase&) = delete;

    /// The libpq URL of this database.
    std::string Url() const { return WithDatabase(admin_, name_); }
    const std::string& Name() const { return name_; }

    /// Runs `sql` on the admin database (e.g. pg_terminate_backend).
    Result<void> AdminExec(const std::string& sql) const {
        auto connection = Connection::Open(admin_);
        if (!connection) return connection.error();
        return connection->Exec(sql);
    }

  private:
    std::string admin_;
    std::string name_;
};

}  // namespace bangkom::storage::postgres::testing
