#pragma once
// Record <-> row mapping of every FORMATS.md kind, in the column order of kind_tables.cpp, for every backend.
// A backend supplies where values go (a RowBinder: SQLite statement parameters, PostgreSQL parameter arrays)
// and where they come from (a RowReader: a SQLite statement's columns, a PostgreSQL result's fields); the
// mapping itself is written once here. Program raises live in a child table and are handled by each backend.

#include <cstdint>
#include <optional>
#include <string>
#include <string_view>

#include "domain/records.hpp"
#include "domain/result.hpp"

namespace bangkom::storage {

/// Writes one row's values in column order. Subclasses put each value where their backend wants it.
class RowBinder {
  public:
    virtual ~RowBinder() = default;
    RowBinder& Text(std::string_view value) {
        PutText(value);
        return *this;
    }
    RowBinder& TextOrNull(std::string_view value);  // empty → NULL
    RowBinder& Int(int64_t value) {
        PutInt(value);
        return *this;
    }
    RowBinder& OptInt(std::optional<int> value);
    RowBinder& Real(double value) {
        PutReal(value);
        return *this;
    }
    RowBinder& Day(const domain::Date& value);  // ISO text

  protected:
    virtual void PutText(std::string_view value) = 0;
    virtual void PutNull() = 0;
    virtual void PutInt(int64_t value) = 0;
    virtual void PutReal(double value) = 0;
};

/// Reads one row's columns 0, 1, ... in order. A value that does not parse (a damaged database) is remembered
/// as an internal error: check ok() after reading a row.
class RowReader {
  public:
    virtual ~RowReader() = default;
    std::string Text() { return TextAt(col_++); }
    int64_t Int() { return IntAt(col_++); }
    std::optional<int> OptInt();
    double Real() { return RealAt(col_++); }
    domain::Nip NipValue();
    std::optional<domain::Nip> OptNipValue();  // NULL → nullopt
    domain::Date Day();
    template <class E>
    E Enum();
    template <class E>
    std::optional<E> OptEnum();  // NULL → nullopt

    bool ok() const { return !error_; }
    const Error& error() const { return *error_; }

  protected:
    /// Column `col` of the current row; NULL reads as "" / 0.
    virtual bool IsNullAt(int col) const = 0;
    virtual std::string TextAt(int col) = 0;
    virtual int64_t IntAt(int col) = 0;
    virtual double RealAt(int col) = 0;
    /// Remembers the first damaged value of the row.
    void Fail(int col, std::string_view what, std::string_view text);

  private:
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

}  // namespace bangkom::storage
