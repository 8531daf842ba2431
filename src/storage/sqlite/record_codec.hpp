#pragma once
// Record <-> row mapping of every FORMATS.md kind, in the column order of kind_tables.cpp. Program raises
// live in a child table and are handled by record_store.cpp.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/records.hpp"
#include "storage/sqlite/connection.hpp"

namespace bangkom::storage::sqlite {

/// Binds parameters 1, 2, ... in order.
class RowBinder {
  public:
    explicit RowBinder(Statement& statement) : statement_(statement) {}
    RowBinder& Text(std::string_view value);
    RowBinder& TextOrNull(std::string_view value);  // empty → NULL
    RowBinder& Int(int64_t value);
    RowBinder& OptInt(std::optional<int> value);
    RowBinder& Real(double value);
    RowBinder& Day(const domain::Date& value);  // ISO text

  private:
    Statement& statement_;
    int index_ = 0;
};

/// Reads columns 0, 1, ... in order. A value that does not parse (a damaged database) is remembered as an
/// internal error: check ok() after reading a row.
class RowReader {
  public:
    explicit RowReader(const Statement& statement) : statement_(statement) {}
    std::string Text();
    int64_t Int();
    std::optional<int> OptInt();
    double Real();
    domain::Nip NipValue();
    std::optional<domain::Nip> OptNipValue();  // NULL → nullopt
    domain::Date Day();
    template <class E>
    E Enum();
    template <class E>
    std::optional<E> OptEnum();  // NULL → nullopt

    bool ok() const { return !error_; }
    const Error& error() const { return *error_; }

  private:
    void Fail(std::string_view what, const std::string& text);
    const Statement& statement_;
    int col_ = 0;
    std::optional<Error> error_;
};

void Bind(RowBinder& b, const domain::Agency& r);
void Bind(RowBinder& b, const domain::ServiceUnit& r);
void Bind(RowBinder& b, const domain::Competency& r);
void Bind(RowBinder& b, const domain::Position& r);
void Bind(RowBinder& b, const domain::PositionStandard& r);
void Bind(RowBinder& b, const domain::Employee& r);
void Bind(RowBinder& b, const domain::Assessment& r);
void Bind(RowBinder& b, const domain::PerformanceRating& r);
void Bind(RowBinder& b, const domain::Program& r);  // without raises
void Bind(RowBinder& b, const domain::Offering& r);
void Bind(RowBinder& b, const domain::JpHistoryEntry& r);
void Bind(RowBinder& b, const domain::Proposal& r);
void Bind(RowBinder& b, const domain::SurveyResponse& r);
void Bind(RowBinder& b, const domain::TestScore& r);
void Bind(RowBinder& b, const domain::ReactionAnswer& r);
void Bind(RowBinder& b, const domain::Feedback360& r);

void Read(RowReader& in, domain::Agency& r);
void Read(RowReader& in, domain::ServiceUnit& r);
void Read(RowReader& in, domain::Competency& r);
void Read(RowReader& in, domain::Position& r);
void Read(RowReader& in, domain::PositionStandard& r);
void Read(RowReader& in, domain::Employee& r);
void Read(RowReader& in, domain::Assessment& r);
void Read(RowReader& in, domain::PerformanceRating& r);
void Read(RowReader& in, domain::Program& r);  // without raises
void Read(RowReader& in, domain::Offering& r);
void Read(RowReader& in, domain::JpHistoryEntry& r);
void Read(RowReader& in, domain::Proposal& r);
void Read(RowReader& in, domain::SurveyResponse& r);
void Read(RowReader& in, domain::TestScore& r);
void Read(RowReader& in, domain::ReactionAnswer& r);
void Read(RowReader& in, domain::Feedback360& r);

}  // namespace bangkom::storage::sqlite
