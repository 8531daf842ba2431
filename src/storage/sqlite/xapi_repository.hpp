#pragma once
// XapiRepository on SQLite: reads borrow a pool connection; writes take the store's write mutex first.

#include <mutex>

#include "storage/sqlite/connection_pool.hpp"
#include "storage/xapi_repository.hpp"

namespace bangkom::storage::sqlite {

class SqliteXapi final : public XapiRepository {
  public:
    SqliteXapi(ConnectionPool& pool, std::mutex& write_mutex) : pool_(pool), write_mutex_(write_mutex) {}

    Result<int64_t> CreateClient(const XapiClient& client) override;
    Result<XapiClient> FindClient(const std::string& key) override;
    Result<std::vector<XapiClient>> ListClients() override;
    Result<void> SetClientActive(int64_t id, bool active) override;
    Result<std::vector<bool>> StoreStatements(std::vector<XapiStatementRow>& rows) override;
    Result<XapiStatementRow> GetStatement(const std::string& id) override;
    Result<std::vector<XapiStatementRow>> QueryStatements(const XapiQuery& query) override;
    Result<XapiStateRow> GetState(const XapiStateKey& key) override;
    Result<void> PutState(const XapiStateRow& row) override;
    Result<void> PutStateIf(const XapiStateRow& row, const std::string& expected_etag) override;
    Result<std::vector<std::string>> StateIds(const XapiStateKey& key, int64_t since_ms) override;
    Result<void> DeleteState(const XapiStateKey& key) override;

  private:
    ConnectionPool& pool_;
    std::mutex& write_mutex_;
};

}  // namespace bangkom::storage::sqlite
