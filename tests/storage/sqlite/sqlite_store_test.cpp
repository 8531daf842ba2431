// The SQLite backend beyond the contract: choosing it from a location, file checks, migrations at open.

#include "storage/sqlite/sqlite_store.hpp"

#include <gtest/gtest.h>

#include <fstream>

#include "sqlite_test_dir.hpp"
#include "storage/migrations/migrations.hpp"
#include "storage/sqlite/connection.hpp"

namespace bangkom::storage::sqlite {
namespace {

int64_t MigrationRows(const std::string& path, const char* column) {
    auto connection = Connection::Open(path, false);
    EXPECT_TRUE(connection.ok());
    auto s = connection->Prepare(std::string("SELECT ") + column + " FROM schema_migrations");
    EXPECT_TRUE(s.ok());
    EXPECT_TRUE(*s->Step());
    return s->ColumnInt(0);
}

// PostgreSQL locations: tests/storage/open_store_test.cpp.
TEST(OpenStore, EmptyLocationIsInvalid) {
    auto store = OpenStore("");
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::invalid_argument);
}

TEST(OpenStore, MissingDirectoryFailsClearly) {
    TempDir dir;
    auto store = OpenStore(dir.File("no/such/dir/bangkom.db"));
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::failed_precondition);
    EXPECT_NE(store.error().message.find("Direktori"), std::string::npos);
}

TEST(OpenStore, AFileThatIsNotADatabaseIsRefused) {
    TempDir dir;
    const std::string path = dir.File("notes.db");
    std::ofstream(path) << "this is not an SQLite database, just some text that is long enough to matter\n";
    auto store = OpenStore(path);
    ASSERT_FALSE(store.ok());
    EXPECT_EQ(store.error().code, ErrorCode::failed_precondition);
}

TEST(OpenStore, CreatesAndMigratesAFile) {
    TempDir dir;
    const std::string path = dir.File("bangkom.db");
    auto store = OpenStore(path);
    ASSERT_TRUE(store.ok()) << store.error().message;
    EXPECT_EQ(MigrationRows(path, "MAX(version)"), migrations::SqliteMigrations().back().version);
}

TEST(OpenStore, ReopeningDoesNotRerunMigrations) {
    TempDir dir;
    const std::string path = dir.File("bangkom.db");
    ASSERT_TRUE(OpenStore(path).ok());
    {
        auto connection = Connection::Open(path, false);
        ASSERT_TRUE(connection.ok());
        ASSERT_TRUE(connection->Execute("UPDATE schema_migrations SET applied_at = 7").ok());
    }
    auto again = OpenStore(path);
    ASSERT_TRUE(again.ok()) << again.error().message;
    EXPECT_EQ(MigrationRows(path, "COUNT(*)"), static_cast<int64_t>(migrations::SqliteMigrations().size()));
    EXPECT_EQ(MigrationRows(path, "MAX(applied_at)"), 7);
}

TEST(OpenStore, ReadsDoNotWaitForAnOpenWriteTransaction) {
    TempDir dir;
    const std::string path = dir.File("bangkom.db");
    auto store = OpenStore(path);
    ASSERT_TRUE(store.ok());
    ASSERT_TRUE((*store)->PutSetting("a", "old").ok());
    auto writer = Connection::Open(path, false);  // another process in the middle of a long import
    ASSERT_TRUE(writer.ok());
    auto tx = Transaction::Begin(*writer);
    ASSERT_TRUE(tx.ok());
    ASSERT_TRUE(writer->Execute("UPDATE settings SET value = 'new' WHERE setting_key = 'a'").ok());
    auto seen = (*store)->GetSetting("a");  // WAL: answers at once from the last committed state
    ASSERT_TRUE(seen.ok()) << seen.error().message;
    EXPECT_EQ(**seen, "old");
    ASSERT_TRUE(tx->Commit().ok());
    EXPECT_EQ(**(*store)->GetSetting("a"), "new");
}

TEST(OpenStore, InMemoryStoreWorksForOtherLayersTests) {
    auto store = OpenStore(":memory:");
    ASSERT_TRUE(store.ok()) << store.error().message;
    ASSERT_TRUE((*store)->PutSetting("a", "1").ok());
    EXPECT_EQ(**(*store)->GetSetting("a"), "1");
    auto other = OpenStore(":memory:");  // private: a second one is empty
    ASSERT_TRUE(other.ok());
    EXPECT_FALSE((*other)->GetSetting("a")->has_value());
}

TEST(OpenStore, RelativePathInTheCurrentDirectoryIsAccepted) {
    TempDir dir;
    const auto previous = std::filesystem::current_path();
    std::filesystem::current_path(dir.File(""));
    auto store = OpenStore("relative.db");
    std::filesystem::current_path(previous);
    EXPECT_TRUE(store.ok()) << (store.ok() ? "" : store.error().message);
}

}  // namespace
}  // namespace bangkom::storage::sqlite
