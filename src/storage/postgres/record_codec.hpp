#pragma once
// The PostgreSQL ends of the shared record mapping (storage/record_codec.hpp): a binder that appends text
// parameters ($1, $2, ... in order) and a reader of one row of a text-format result.

#include <cstdint>
#include <string>
#include <string_view>

#include "storage/postgres/connection.hpp"
#include "storage/record_codec.hpp"

namespace bangkom::storage::postgres {

/// Appends one parameter per value to `params`.
class ParamBinder final : public RowBinder {
  public:
    explicit ParamBinder(Params& params) : params_(params) {}

  protected:
    void PutText(std::string_view value) override { params_.emplace_back(std::string(value)); }
    void PutNull() override { params_.emplace_back(std::nullopt); }
    void PutInt(int64_t value) override { params_.push_back(Arg::Int(value)); }
    void PutReal(double value) override { params_.push_back(Arg::Real(value)); }

  private:
    Params& params_;
};

/// Reads row `row` of a result, from column `first_col` on. Numbers that do not parse are reported through
/// RowReader's error (a damaged database), never read as 0.
class ResultReader final : public RowReader {
  public:
    ResultReader(const QueryResult& result, int row, int first_col = 0)
        : result_(result), row_(row), first_col_(first_col) {}

  protected:
    bool IsNullAt(int col) const override { return result_.IsNull(row_, first_col_ + col); }
    std::string TextAt(int col) override { return result_.Text(row_, first_col_ + col); }
    int64_t IntAt(int col) override;
    double RealAt(int col) override;

  private:
    const QueryResult& result_;
    int row_;
    int first_col_;
};

}  // namespace bangkom::storage::postgres
