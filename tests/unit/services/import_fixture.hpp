#pragma once
// A real SQLite store in a temporary directory, the import service over it, and files of every kind built
// from the template examples (Jambi data) for the services tests.

#include <gtest/gtest.h>

#include <map>
#include <memory>
#include <string>
#include <vector>

#include "formats/kind_spec.hpp"
#include "services/import_service.hpp"

namespace bangkom::services::testing {

using Values = std::map<std::string, std::string>;
using TextRows = std::vector<std::vector<std::string>>;

inline const char* kRaterKey = "kunci-rahasia-uji";

/// The template's example row of `kind`, with some columns changed.
std::vector<std::string> ExampleRow(domain::Kind kind, const Values& changes = {});
/// A CSV file (',' separated, with BOM) of `kind` with the spec's header.
std::string Csv(domain::Kind kind, const TextRows& rows);
/// The rows of a good file of each kind; master kinds carry extra rows for a second agency (BKD).
TextRows GoodRows(domain::Kind kind);

Actor Admin();
Actor AgencyManager(const std::string& agency);

class StoreTest : public ::testing::Test {
  protected:
    void SetUp() override;
    void TearDown() override;

    storage::Store& store() { return *store_; }
    ImportService& service() { return *service_; }
    /// Imports GoodRows of every master kind (opd … angkatan) as admin_bkd.
    void SeedMasters();
    int64_t CountOf(domain::Kind kind);

  private:
    std::string dir_;
    std::unique_ptr<storage::Store> store_;
    std::unique_ptr<ImportService> service_;
};

}  // namespace bangkom::services::testing
