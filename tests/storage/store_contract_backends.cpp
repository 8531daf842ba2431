// The backends the contract suite runs on.
// - sqlite: a fresh file in a fresh temporary directory per test.
// - postgres: only when BANGKOM_TEST_POSTGRES names an admin database of a throwaway cluster
//   (scripts/pg_cluster.sh start DIR prints one); each test gets a fresh database bangkom_t_<random>, dropped
//   WITH (FORCE) afterwards. Unset → the postgres instances are not registered at all (never a silent pass).

#include <filesystem>
#include <random>

#include "storage/postgres/pg_test_database.hpp"
#include "store_contract.hpp"

namespace bangkom::storage::contract {

namespace {

class SqliteFileDatabase final : public BackendDatabase {
  public:
    SqliteFileDatabase() {
        std::random_device random;
        directory_ = std::filesystem::temp_directory_path() /
                     ("bangkom-storage-" + std::to_string(random()) + "-" + std::to_string(random()));
        std::filesystem::create_directories(directory_);
    }
    ~SqliteFileDatabase() override {
        std::error_code ignored;
        std::filesystem::remove_all(directory_, ignored);
    }
    Result<std::unique_ptr<Store>> Open() override { return OpenStore((directory_ / "bangkom.db").string()); }

  private:
    std::filesystem::path directory_;
};

class PostgresDatabase final : public BackendDatabase {
  public:
    explicit PostgresDatabase(std::string admin) : database_(std::move(admin)) {}
    Result<std::unique_ptr<Store>> Open() override { return OpenStore(database_.Url()); }

  private:
    postgres::testing::TestDatabase database_;
};

}  // namespace

std::vector<Backend> Backends() {
    std::vector<Backend> backends = {Backend{"sqlite", [] { return std::make_unique<SqliteFileDatabase>(); }}};
    if (const std::string url = postgres::testing::AdminUrl(); !url.empty()) {
        backends.push_back(Backend{"postgres", [url] { return std::make_unique<PostgresDatabase>(url); }});
    }
    return backends;
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreContract, ::testing::ValuesIn(Backends()),
                         [](const ::testing::TestParamInfo<Backend>& param) { return param.param.name; });

}  // namespace bangkom::storage::contract
