#pragma once
// The storage contract suite: every test here talks to a storage::Store& only, obtained from a backend
// factory, so each backend (SQLite now, PostgreSQL next) runs the same tests unchanged. Add a backend in
// store_contract_backends.cpp.

#include <gtest/gtest.h>

#include <functional>
#include <memory>
#include <ostream>
#include <string>
#include <vector>

#include "domain/kinds.hpp"
#include "storage/store.hpp"

namespace bangkom::storage::contract {

/// One database of a backend under test: Open() may be called again to reopen the same database.
class BackendDatabase {
  public:
    virtual ~BackendDatabase() = default;
    virtual Result<std::unique_ptr<Store>> Open() = 0;
};

struct Backend {
    std::string name;
    std::function<std::unique_ptr<BackendDatabase>()> fresh_database;  // an empty database
};

std::vector<Backend> Backends();
/// Test names show the backend's name (not the bytes of the struct).
inline void PrintTo(const Backend& backend, std::ostream* out) {
    *out << backend.name;
}

class StoreContract : public ::testing::TestWithParam<Backend> {
  protected:
    void SetUp() override {
        database_ = GetParam().fresh_database();
        ASSERT_NE(database_, nullptr);
        auto opened = database_->Open();
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        store_ = std::move(*opened);
    }
    Store& store() { return *store_; }
    /// Closes the store and opens the same database again.
    void Reopen() {
        store_.reset();
        auto opened = database_->Open();
        ASSERT_TRUE(opened.ok()) << opened.error().message;
        store_ = std::move(*opened);
    }
    /// Opens a second store on the same database (another process, in effect).
    std::unique_ptr<Store> OpenAnother() {
        auto opened = database_->Open();
        EXPECT_TRUE(opened.ok()) << opened.error().message;
        return opened.ok() ? std::move(*opened) : nullptr;
    }

  private:
    std::unique_ptr<BackendDatabase> database_;
    std::unique_ptr<Store> store_;
};

// --- records for the tests ---

/// An 18-digit NIP "1986092620150510NN"-like from a number (unique per n < 10^6).
domain::Nip TestNip(int n);
domain::Date Day(int year, int month, int day);

domain::Agency MakeAgency(const std::string& code, const std::string& name);
domain::ServiceUnit MakeUnit(const std::string& code, const std::string& agency);
domain::Competency MakeCompetency(const std::string& code, const std::string& name);
domain::Position MakePosition(const std::string& code, const std::string& agency);
domain::Employee MakeEmployee(int n, const std::string& name, const std::string& position, const std::string& agency,
                              std::optional<int> supervisor = std::nullopt);
domain::Program MakeProgram(const std::string& code, const std::string& competency);
domain::Offering MakeOffering(const std::string& code, const std::string& program);

/// A small world: agencies A1, A2; unit U1 (A1), U2 (A2); competencies K1, K2; positions P1 (A1), P2 (A2);
/// employees 1 (A1, head), 2 and 3 (A1, supervised by 1), 4 (A2); program PR1 raising K1; offering AN1.
void SeedWorld(Store& store);

/// Upserts and fails the test on error.
UpsertCounts MustUpsert(Store& store, const domain::Records& records);

}  // namespace bangkom::storage::contract
