#include "planning/lp_export.hpp"

#include <array>
#include <charconv>
#include <cmath>
#include <cstdint>

#include "planning/exact_model.hpp"

namespace bangkom::planning {
namespace {

constexpr size_t kLineWidth = 200;  // CPLEX LP lines must stay under 255 (some readers: 510) characters

/// Whole numbers in full ("2000000"), others as the shortest text that reads back as the same double ("0.5").
std::string Number(double value) {
    if (std::abs(value) < 1e15 && std::trunc(value) == value) return std::to_string(static_cast<int64_t>(value));
    std::array<char, 32> buffer{};
    const auto result = std::to_chars(buffer.data(), buffer.data() + buffer.size(), value);
    return {buffer.data(), result.ptr};
}

/// " + 2 x0_1 - z1_0_3 …" (coefficient 1 left out), wrapped so that no line exceeds kLineWidth.
class TermWriter {
  public:
    TermWriter(std::string& out, size_t line) : out_(out), line_(line) {}

    void Add(double coefficient, const std::string& name) {
        std::string term = coefficient < 0 ? " - " : " + ";
        if (std::abs(coefficient) != 1) {
            term += Number(std::abs(coefficient));
            term += ' ';
        }
        term += name;
        if (line_ + term.size() > kLineWidth) {
            out_ += "\n ";
            line_ = 1;
        }
        out_ += term;
        line_ += term.size();
    }

  private:
    std::string& out_;
    size_t line_;
};

void WriteObjective(const exact::LinearModel& lm, std::string& out) {
    out += "Maximize\n obj:";
    TermWriter terms(out, 5);
    bool any = false;
    for (const exact::Column& column : lm.columns) {
        if (column.objective == 0) continue;
        terms.Add(column.objective, column.name);
        any = true;
    }
    // An LP objective needs a term: without weights and shortfall the value is 0 whatever the plan.
    if (!any) out += lm.columns.empty() ? " 0 none" : " 0 " + lm.columns.front().name;
    out += '\n';
}

void WriteRows(const exact::LinearModel& lm, std::string& out) {
    out += "Subject To\n";
    for (const exact::Row& row : lm.rows) {
        out += ' ';
        out += row.name;
        out += ':';
        TermWriter terms(out, row.name.size() + 2);
        for (const auto& [column, coefficient] : row.terms) terms.Add(coefficient, lm.columns[column].name);
        out += row.at_least ? " >= " : " <= ";
        out += Number(row.rhs);
        out += '\n';
    }
}

void WriteBounds(const exact::LinearModel& lm, std::string& out) {
    out += "Bounds\n";
    for (const exact::Column& column : lm.columns) {
        if (column.binary || std::isinf(column.upper)) continue;
        out += " 0 <= ";
        out += column.name;
        out += " <= ";
        out += Number(column.upper);
        out += '\n';
    }
    if (lm.columns.empty()) out += " none = 0\n";
    out += "Binary\n";
    size_t on_line = 0;
    for (const exact::Column& column : lm.columns) {
        if (!column.binary) continue;
        out += ' ';
        out += column.name;
        if (++on_line % 10 == 0) out += '\n';
    }
    if (on_line % 10 != 0) out += '\n';
}

}  // namespace

std::string ExportLp(const Model& model) {
    const exact::LinearModel lm = exact::BuildLinearModel(model);
    std::string out = "\\ Bangkom yearly plan (PLANNING.md), year " + std::to_string(model.year) + ": " +
                      std::to_string(model.employees.size()) + " employees, " + std::to_string(model.offerings.size()) +
                      " offerings, " + std::to_string(model.agencies.size()) +
                      " agencies; closure coefficients min(v, g1 + g2)\n";
    WriteObjective(lm, out);
    WriteRows(lm, out);
    WriteBounds(lm, out);
    out += "End\n";
    return out;
}

}  // namespace bangkom::planning
