#pragma once
// Internal to formats/: the row cursor that ParseRecords' per-kind mappers (parse_records_*.cpp) share. It
// maps the header once, reads typed cells of the current row, and collects every error with its row and
// column in the context's language.

#include <cstdint>
#include <initializer_list>
#include <optional>
#include <span>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "domain/kinds.hpp"
#include "formats/kind_spec.hpp"

namespace bangkom::formats::parse {

class RowParser {
  public:
    RowParser(const KindSpec& spec, const Table& table, const ParseContext& ctx);

    /// Maps spec columns to table columns; on unknown, missing or duplicate names records errors (row 1).
    bool MapHeader();
    /// The spec index of a column of this kind (a programming error when absent).
    int Col(std::string_view name) const;

    size_t RowCount() const { return table_.rows.size(); }
    void SetRow(size_t index);
    int RowNumber() const { return row_number_; }
    bool RowFailed() const { return row_failed_; }
    domain::Lang lang() const { return ctx_.lang; }
    const ParseContext& ctx() const { return ctx_; }

    /// Cell readers: nullopt (or "") when empty; a required empty cell or a bad value records an error.
    bool Empty(int col) const;
    std::string Text(int col);
    std::string Code(int col);
    std::optional<int> Int(int col);
    std::optional<double> Decimal(int col);
    std::optional<domain::Money> Money(int col);
    std::optional<domain::Date> Date(int col);
    std::optional<domain::Nip> NipRef(int col);
    std::optional<domain::Nip> NipFull(int col, domain::EmploymentStatus status);
    std::optional<std::vector<domain::CompetencyRaise>> Raises(int col);
    template <class E>
    std::optional<E> Enum(int col) {
        std::string text;
        if (!Present(col, text)) return std::nullopt;
        if (auto value = domain::FromCode<E>(text)) return value;
        FailEnum(col, text, domain::AllCodes<E>());
        return std::nullopt;
    }

    /// The key must exist among the context's keys of `kind` (empty key: nothing to check).
    void Reference(int col, domain::Kind kind, const std::string& key);
    bool KnownKey(domain::Kind kind, const std::string& key) const;
    /// The record's own field rules (domain::Validate), its details placed on the current row.
    template <class R>
    void Check(const R& record) {
        if (auto ok = domain::Validate(record, ctx_.lang); !ok) AddValidation(ok.error());
    }
    /// Notes the current row's key; a key seen on an earlier row is an error on this row.
    void NoteKey(std::initializer_list<std::string_view> parts);

    void Fail(int col, std::string_view message_id, std::string_view message_en);
    void FailAt(int row_number, int col, std::string message);
    std::string Msg(std::string_view id, std::string_view en) const;
    /// Every error so far, in row order, then duplicate-key errors.
    std::vector<ErrorDetail> Finish();

  private:
    const Cell* CellAt(int col) const;
    bool Present(int col, std::string& text);
    std::string NumberHint(int col) const;
    void FailEnum(int col, const std::string& text, std::span<const std::string_view> codes);
    void AddValidation(const Error& error);
    bool ColumnHasData(size_t table_col) const;
    void HeaderError(const std::vector<std::string>& unknown, const std::vector<std::string>& missing);

    struct KeyMark {
        uint64_t h1;
        uint64_t h2;
        int row_number;
    };

    const KindSpec& spec_;
    const Table& table_;
    const ParseContext& ctx_;
    std::vector<int> table_col_;  // per spec column: index in the table, -1 when absent
    const std::vector<Cell>* row_ = nullptr;
    int row_number_ = 0;
    bool row_failed_ = false;
    uint64_t failed_cols_ = 0;  // bit per spec column failed on the current row
    std::vector<ErrorDetail> errors_;
    std::vector<KeyMark> keys_;
};

/// Quotes a cell value for a message, shortened when long.
std::string Quote(std::string_view text);

// One mapper per kind: reads every row of the parser into records.
domain::Records ParseAgencies(RowParser& p);
domain::Records ParseServiceUnits(RowParser& p);
domain::Records ParseCompetencies(RowParser& p);
domain::Records ParsePositions(RowParser& p);
domain::Records ParsePositionStandards(RowParser& p);
domain::Records ParseEmployees(RowParser& p);
domain::Records ParsePrograms(RowParser& p);
domain::Records ParseOfferings(RowParser& p);
domain::Records ParseAssessments(RowParser& p);
domain::Records ParsePerformanceRatings(RowParser& p);
domain::Records ParseJpHistory(RowParser& p);
domain::Records ParseProposals(RowParser& p);
domain::Records ParseSurveyResponses(RowParser& p);
domain::Records ParseTestScores(RowParser& p);
domain::Records ParseReactionAnswers(RowParser& p);
domain::Records ParseFeedback360s(RowParser& p);

}  // namespace bangkom::formats::parse
