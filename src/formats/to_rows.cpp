// Records → typed table rows in the column order of SpecOf(kind): what export files and previews show.

#include <charconv>

#include "formats/kind_spec.hpp"

namespace bangkom::formats {
namespace {

using Row = std::vector<Cell>;

Cell Text(std::string text) {
    if (text.empty()) return {};
    return {CellType::text, std::move(text), 0};
}

// Fixed notation: a budget of 250000000 must read "250000000" in a CSV, not "2.5e+08".
Cell Number(double value) {
    char buf[32];
    auto [end, ec] = std::to_chars(buf, buf + sizeof buf, value, std::chars_format::fixed);
    return {CellType::number, ec == std::errc{} ? std::string(buf, end) : std::string(), value};
}

template <class T>
Cell Optional(const std::optional<T>& value) {
    return value ? Number(static_cast<double>(*value)) : Cell{};
}

Cell Day(const domain::Date& date) {
    return Text(date.ToIso());
}
Cell Money(domain::Money money) {
    return Number(static_cast<double>(money.rupiah));
}
template <class E>
Cell Enum(E value) {
    return Text(std::string(domain::Code(value)));
}

std::string RaisesText(const std::vector<domain::CompetencyRaise>& raises) {
    std::string out;
    for (const auto& r : raises) out += (out.empty() ? "" : ";") + r.competency_code + ":" + std::to_string(r.levels);
    return out;
}

Row RowOf(const domain::Agency& r) {
    return {Text(r.code), Text(r.name), Text(r.short_name), Money(r.budget)};
}
Row RowOf(const domain::ServiceUnit& r) {
    return {Text(r.code), Text(r.name), Text(r.agency_code)};
}
Row RowOf(const domain::Competency& r) {
    Row row{Text(r.code), Text(r.name), Enum(r.kind), Text(r.sector), Text(r.description)};
    for (const auto& level : r.level_descriptions) row.push_back(Text(level));
    return row;
}
Row RowOf(const domain::Position& r) {
    return {Text(r.code), Text(r.name), Enum(r.kind), Text(r.agency_code), Text(r.sector)};
}
Row RowOf(const domain::PositionStandard& r) {
    return {Text(r.position_code), Text(r.competency_code), Number(r.level), Number(r.weight)};
}
Row RowOf(const domain::Employee& r) {
    return {Text(r.nip.str()),   Text(r.name),      Text(r.position_code),
            Text(r.agency_code), Text(r.unit_code), Text(r.supervisor_nip ? r.supervisor_nip->str() : ""),
            Enum(r.status),      Text(r.email),     Text(r.target_position_code)};
}
Row RowOf(const domain::Assessment& r) {
    return {Text(r.nip.str()), Text(r.competency_code), Number(r.level), Enum(r.source), Day(r.date)};
}
Row RowOf(const domain::PerformanceRating& r) {
    return {Text(r.nip.str()), Number(r.year), Enum(r.results), Enum(r.behaviour), Enum(r.predikat)};
}
Row RowOf(const domain::Program& r) {
    return {Text(r.code),
            Text(r.name),
            Text(r.institution),
            Enum(r.form),
            Number(r.jp),
            Money(r.cost_per_participant),
            Text(RaisesText(r.raises)),
            Number(r.max_level)};
}
Row RowOf(const domain::Offering& r) {
    return {Text(r.code), Text(r.program_code), Day(r.start), Day(r.end), Number(r.capacity), Text(r.location)};
}
Row RowOf(const domain::JpHistoryEntry& r) {
    return {Text(r.nip.str()), Text(r.activity),          Day(r.start), Day(r.end), Number(r.jp),
            Text(r.organizer), Text(r.certificate_number)};
}
Row RowOf(const domain::Proposal& r) {
    return {Text(r.nip.str()), Text(r.competency_code), Text(r.reason), r.form ? Enum(*r.form) : Cell{},
            Number(r.priority)};
}
Row RowOf(const domain::SurveyResponse& r) {
    Row row{Text(r.unit_code), Day(r.date)};
    for (const auto& answer : r.answers) row.push_back(Optional(answer));
    row.push_back(r.sex ? Enum(*r.sex) : Cell{});
    row.push_back(Optional(r.age));
    row.push_back(Text(r.education));
    row.push_back(Text(r.occupation));
    row.push_back(Text(r.suggestion));
    return row;
}
Row RowOf(const domain::TestScore& r) {
    return {Text(r.offering_code), Text(r.nip.str()), Enum(r.kind), Number(r.score)};
}
Row RowOf(const domain::ReactionAnswer& r) {
    Row row{Text(r.offering_code), Text(r.nip ? r.nip->str() : "")};
    for (const auto& item : r.items) row.push_back(Optional(item));
    row.push_back(Text(r.suggestion));
    return row;
}
Row RowOf(const domain::Feedback360& r) {
    // The rater column carries the keyed hash, never a NIP; importing it again keeps the hash as it is.
    return {Text(r.rated_nip.str()), Text(r.rater_hash), Enum(r.relationship),
            Text(r.competency_code), Number(r.score),    Day(r.date)};
}

}  // namespace

std::vector<std::vector<Cell>> ToRows(const domain::Records& records) {
    return std::visit(
        [](const auto& items) {
            std::vector<Row> rows;
            rows.reserve(items.size());
            for (const auto& item : items) rows.push_back(RowOf(item));
            return rows;
        },
        records);
}

}  // namespace bangkom::formats
