#pragma once
// XapiRepository on PostgreSQL: every call one transaction on a pool connection, retried like PostgresPlans.

#include "storage/postgres/connection_pool.hpp"
#include "storage/xapi_repository.hpp"

namespace bangkom::storage::postgres {

class PostgresXapi final : public XapiRepository {
  public:
    explicit PostgresXapi(ConnectionPool& pool) : pool_(pool) {}

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
    static constexpr int kMaxAttempts = 3;
    template <class Work>
    auto Run(Work&& work) -> decltype(work(std::declval<Connection&>()));

    ConnectionPool& pool_;
};

template <class Work>
auto PostgresXapi::Run(Work&& work) -> decltype(work(std::declval<Connection&>())) {
    return RunRetrying(pool_, std::forward<Work>(work), kMaxAttempts);
}

}  // namespace bangkom::storage::postgres
