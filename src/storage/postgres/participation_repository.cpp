// PostgresParticipation: runs the shared participation SQL in one transaction on a pooled connection, again after
// a serialization failure or deadlock (as PostgresStore::Run).

#include "storage/postgres/participation_repository.hpp"

#include <cctype>
#include <optional>
#include <variant>

namespace bangkom::storage::postgres {

namespace {

using participation::SqlRow;
using participation::SqlValue;

constexpr int kMaxAttempts = 3;

class PostgresSession final : public participation::SqlSession {
  public:
    explicit PostgresSession(Connection& connection) : connection_(connection) {}

    Result<std::vector<SqlRow>> Query(std::string_view sql, std::span<const SqlValue> params) override {
        auto result = Run(sql, params);
        if (!result) return result.error();
        std::vector<SqlRow> rows;
        rows.reserve(static_cast<size_t>(result->Rows()));
        for (int r = 0; r < result->Rows(); ++r) {
            SqlRow row;
            for (int c = 0; c < result->Columns(); ++c) {
                row.push_back(result->IsNull(r, c) ? std::nullopt : std::optional<std::string>(result->Text(r, c)));
            }
            rows.push_back(std::move(row));
        }
        return rows;
    }

    Result<int64_t> Execute(std::string_view sql, std::span<const SqlValue> params) override {
        auto result = Run(sql, params);
        if (!result) return result.error();
        return result->Affected();
    }

  private:
    Result<QueryResult> Run(std::string_view sql, std::span<const SqlValue> params) {
        Params args;
        args.reserve(params.size());
        for (const SqlValue& value : params) {
            if (const auto* number = std::get_if<int64_t>(&value)) {
                args.push_back(Arg::Int(*number));
            } else if (const auto* text = std::get_if<std::string>(&value)) {
                args.push_back(Arg::Text(*text));
            } else {
                args.push_back(Arg::Null());
            }
        }
        return connection_.Query(PostgresParticipation::ToDollarPlaceholders(sql), args);
    }

    Connection& connection_;
};

}  // namespace

std::string PostgresParticipation::ToDollarPlaceholders(std::string_view sql) {
    std::string out(sql);
    for (size_t i = 0; i + 1 < out.size(); ++i) {
        if (out[i] == '?' && std::isdigit(static_cast<unsigned char>(out[i + 1])) != 0) out[i] = '$';
    }
    return out;
}

Result<void> PostgresParticipation::Transact(bool write, const Work& work) {
    for (int attempt = 1;; ++attempt) {
        auto lease = pool_.Acquire();
        if (!lease) return lease.error();
        (*lease)->ClearLastSqlState();
        auto result = [&]() -> Result<void> {
            auto transaction = write ? Transaction::Begin(**lease) : Transaction::BeginRead(**lease);
            if (!transaction) return transaction.error();
            PostgresSession session(**lease);
            if (auto done = work(session); !done) return done;
            return transaction->Commit();
        }();
        if (result.ok() || attempt == kMaxAttempts || !IsRetryableSqlState((*lease)->LastSqlState())) return result;
    }
}

}  // namespace bangkom::storage::postgres
