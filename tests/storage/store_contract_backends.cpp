// The backends the contract suite runs on. SQLite: a fresh file in a fresh temporary directory per test.

#include <filesystem>
#include <random>

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

}  // namespace

std::vector<Backend> Backends() {
    return {Backend{"sqlite", [] { return std::make_unique<SqliteFileDatabase>(); }}};
}

INSTANTIATE_TEST_SUITE_P(Backends, StoreContract, ::testing::ValuesIn(Backends()),
                         [](const ::testing::TestParamInfo<Backend>& param) { return param.param.name; });

}  // namespace bangkom::storage::contract
