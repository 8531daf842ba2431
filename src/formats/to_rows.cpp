// Records → typed table rows in the column order of SpecOf(kind): what export files and previews show.

#include <charconv>

#include "formats/kind_spec.hpp"

namespace bangkom::formats {
namespace {

using Row = std::vector<Cell>;

template <class T>
Cell Optional(const std::optional<T>& value) {
    return value ? NumberCell(static_cast<double>(*value)) : Cell{};
}

Cell Day(const domain::Date& date) {
    return TextCell(date.ToIso());
}
Cell Money(domain::Money money) {
    return NumberCell(static_cast<double>(money.rupiah));
}
template <class E>
Cell Enum(E value) {
    return TextCell(std::string(domain::Code(value)));
}

std::string RaisesText(const std::vector<domain::CompetencyRaise>& raises) {
    std::string out;
    for (const auto& r : raises) out += (out.empty() ? "" : ";") + r.competency_code + ":" + std::to_string(r.levels);
    return out;
}

Row RowOf(const domain::Agency& r) {
    return {TextCell(r.code), TextCell(r.name), TextCell(r.short_name), Money(r.budget)};
}
Row RowOf(const domain::ServiceUnit& r) {
    return {TextCell(r.code), TextCell(r.name), TextCell(r.agency_code)};
}
Row RowOf(const domain::Competency& r) {
    Row row{TextCell(r.code), TextCell(r.name), Enum(r.kind), TextCell(r.sector), TextCell(r.description)};
    for (const auto& level : r.level_descriptions) row.push_back(TextCell(level));
    return row;
}
Row RowOf(const domain::Position& r) {
    return {TextCell(r.code), TextCell(r.name), Enum(r.kind), TextCell(r.agency_code), TextCell(r.sector)};
}
Row RowOf(const domain::PositionStandard& r) {
    return {TextCell(r.position_code), TextCell(r.competency_code), NumberCell(r.level), NumberCell(r.weight)};
}
Row RowOf(const domain::Employee& r) {
    return {TextCell(r.nip.str()),   TextCell(r.name),      TextCell(r.position_code),
            TextCell(r.agency_code), TextCell(r.unit_code), TextCell(r.supervisor_nip ? r.supervisor_nip->str() : ""),
            Enum(r.status),          TextCell(r.email),     TextCell(r.target_position_code)};
}
Row RowOf(const domain::Assessment& r) {
    return {TextCell(r.nip.str()), TextCell(r.competency_code), NumberCell(r.level), Enum(r.source), Day(r.date)};
}
Row RowOf(const domain::PerformanceRating& r) {
    return {TextCell(r.nip.str()), NumberCell(r.year), Enum(r.results), Enum(r.behaviour), Enum(r.predikat)};
}
Row RowOf(const domain::Program& r) {
    return {TextCell(r.code),
            TextCell(r.name),
            TextCell(r.institution),
            Enum(r.form),
            NumberCell(r.jp),
            Money(r.cost_per_participant),
            TextCell(RaisesText(r.raises)),
            NumberCell(r.max_level)};
}
Row RowOf(const domain::Offering& r) {
    return {TextCell(r.code), TextCell(r.program_code), Day(r.start),
            Day(r.end),       NumberCell(r.capacity),   TextCell(r.location)};
}
Row RowOf(const domain::JpHistoryEntry& r) {
    return {TextCell(r.nip.str()), TextCell(r.activity),          Day(r.start), Day(r.end), NumberCell(r.jp),
            TextCell(r.organizer), TextCell(r.certificate_number)};
}
Row RowOf(const domain::Proposal& r) {
    return {TextCell(r.nip.str()), TextCell(r.competency_code), TextCell(r.reason), r.form ? Enum(*r.form) : Cell{},
            NumberCell(r.priority)};
}
Row RowOf(const domain::SurveyResponse& r) {
    Row row{TextCell(r.unit_code), Day(r.date)};
    for (const auto& answer : r.answers) row.push_back(Optional(answer));
    row.push_back(r.sex ? Enum(*r.sex) : Cell{});
    row.push_back(Optional(r.age));
    row.push_back(TextCell(r.education));
    row.push_back(TextCell(r.occupation));
    row.push_back(TextCell(r.suggestion));
    return row;
}
Row RowOf(const domain::TestScore& r) {
    return {TextCell(r.offering_code), TextCell(r.nip.str()), Enum(r.kind), NumberCell(r.score)};
}
Row RowOf(const domain::ReactionAnswer& r) {
    Row row{TextCell(r.offering_code), TextCell(r.nip ? r.nip->str() : "")};
    for (const auto& item : r.items) row.push_back(Optional(item));
    row.push_back(TextCell(r.suggestion));
    return row;
}
Row RowOf(const domain::Feedback360& r) {
    // The rater column carries the keyed hash, never a NIP; importing it again keeps the hash as it is.
    return {TextCell(r.rated_nip.str()), TextCell(r.rater_hash), Enum(r.relationship),
            TextCell(r.competency_code), NumberCell(r.score),    Day(r.date)};
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
