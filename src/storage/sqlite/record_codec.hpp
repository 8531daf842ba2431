#pragma once
// The SQLite ends of the shared record mapping (storage/record_codec.hpp): a binder onto a statement's
// parameters 1, 2, ... and a reader of its columns 0, 1, ...

#include <cstdint>
#include <string>
#include <string_view>

#include "storage/record_codec.hpp"
#include "storage/sqlite/connection.hpp"

namespace bangkom::storage::sqlite {

/// Binds parameters 1, 2, ... in order.
class StatementBinder final : public RowBinder {
  public:
    explicit StatementBinder(Statement& statement) : statement_(statement) {}

  protected:
    void PutText(std::string_view value) override { statement_.BindText(++index_, value); }
    void PutNull() override { statement_.BindNull(++index_); }
    void PutInt(int64_t value) override { statement_.BindInt(++index_, value); }
    void PutReal(double value) override { statement_.BindDouble(++index_, value); }

  private:
    Statement& statement_;
    int index_ = 0;
};

/// Reads the current row's columns.
class StatementReader final : public RowReader {
  public:
    explicit StatementReader(const Statement& statement) : statement_(statement) {}

  protected:
    bool IsNullAt(int col) const override { return statement_.ColumnIsNull(col); }
    std::string TextAt(int col) override { return statement_.ColumnText(col); }
    int64_t IntAt(int col) override { return statement_.ColumnInt(col); }
    double RealAt(int col) override { return statement_.ColumnDouble(col); }

  private:
    const Statement& statement_;
};

}  // namespace bangkom::storage::sqlite
