#include "storage/record_codec.hpp"

#include <string>

namespace bangkom::storage {

using namespace bangkom::domain;  // NOLINT(google-build-using-namespace): the record types, in this file only

// --- RowBinder ---

RowBinder& RowBinder::TextOrNull(std::string_view value) {
    if (value.empty()) {
        PutNull();
    } else {
        PutText(value);
    }
    return *this;
}

RowBinder& RowBinder::OptInt(std::optional<int> value) {
    if (value) {
        PutInt(*value);
    } else {
        PutNull();
    }
    return *this;
}

RowBinder& RowBinder::Day(const domain::Date& value) {
    return Text(value.ToIso());
}

// --- RowReader ---

void RowReader::Fail(int col, std::string_view what, std::string_view text) {
    if (!error_) {
        error_ = MakeError(ErrorCode::internal, "Data tersimpan rusak (stored data is damaged): column " +
                                                    std::to_string(col) + " is not a " + std::string(what) + ": '" +
                                                    std::string(text) + "'");
    }
}

std::optional<int> RowReader::OptInt() {
    const int col = col_++;
    if (IsNullAt(col)) return std::nullopt;
    return static_cast<int>(IntAt(col));
}

domain::Nip RowReader::NipValue() {
    const int col = col_;
    const std::string text = Text();
    auto nip = domain::Nip::ParseReference(text);
    if (!nip) {
        Fail(col, "NIP", text);
        return {};
    }
    return *nip;
}

std::optional<domain::Nip> RowReader::OptNipValue() {
    if (IsNullAt(col_)) {
        ++col_;
        return std::nullopt;
    }
    return NipValue();
}

domain::Date RowReader::Day() {
    const int col = col_;
    const std::string text = Text();
    auto date = domain::Date::ParseIso(text);
    if (!date) {
        Fail(col, "date", text);
        return {};
    }
    return *date;
}

template <class E>
E RowReader::Enum() {
    const int col = col_;
    const std::string text = Text();
    auto value = FromCode<E>(text);
    if (!value) {
        Fail(col, "code", text);
        return E{};
    }
    return *value;
}

template <class E>
std::optional<E> RowReader::OptEnum() {
    if (IsNullAt(col_)) {
        ++col_;
        return std::nullopt;
    }
    return Enum<E>();
}

// --- Bind: the column order of kind_tables.cpp ---

void Bind(RowBinder& b, const Agency& r) {
    b.Text(r.code).Text(r.name).Text(r.short_name).Int(r.budget.rupiah);
}

void Bind(RowBinder& b, const ServiceUnit& r) {
    b.Text(r.code).Text(r.name).Text(r.agency_code);
}

void Bind(RowBinder& b, const Competency& r) {
    b.Text(r.code).Text(r.name).Text(Code(r.kind)).Text(r.sector).Text(r.description);
    for (const std::string& level : r.level_descriptions) b.Text(level);
}

void Bind(RowBinder& b, const Position& r) {
    b.Text(r.code).Text(r.name).Text(Code(r.kind)).Text(r.agency_code).Text(r.sector);
}

void Bind(RowBinder& b, const PositionStandard& r) {
    b.Text(r.position_code).Text(r.competency_code).Int(r.level).Real(r.weight);
}

void Bind(RowBinder& b, const Employee& r) {
    b.Text(r.nip.str()).Text(r.name).Text(r.position_code).Text(r.agency_code).TextOrNull(r.unit_code);
    b.TextOrNull(r.supervisor_nip ? r.supervisor_nip->str() : std::string());
    b.Text(Code(r.status)).Text(r.email).TextOrNull(r.target_position_code);
}

void Bind(RowBinder& b, const Assessment& r) {
    b.Text(r.nip.str()).Text(r.competency_code).Text(Code(r.source)).Day(r.date).Real(r.level);
}

void Bind(RowBinder& b, const PerformanceRating& r) {
    b.Text(r.nip.str()).Int(r.year).Text(Code(r.results)).Text(Code(r.behaviour)).Text(Code(r.predikat));
}

void Bind(RowBinder& b, const Program& r) {
    b.Text(r.code).Text(r.name).Text(r.institution).Text(Code(r.form)).Int(r.jp);
    b.Int(r.cost_per_participant.rupiah).Int(r.max_level);
}

void Bind(RowBinder& b, const Offering& r) {
    b.Text(r.code).Text(r.program_code).Day(r.start).Day(r.end).Int(r.capacity).Text(r.location);
}

void Bind(RowBinder& b, const JpHistoryEntry& r) {
    b.Text(r.nip.str()).Text(r.activity).Day(r.start).Day(r.end).Int(r.jp).Text(r.organizer);
    b.Text(r.certificate_number);
}

void Bind(RowBinder& b, const Proposal& r) {
    b.Text(r.nip.str()).Text(r.competency_code).Int(r.year).Text(r.reason);
    b.TextOrNull(r.form ? Code(*r.form) : std::string_view());
    b.Int(r.priority).Text(Code(r.status));
}

void Bind(RowBinder& b, const SurveyResponse& r) {
    b.Text(r.unit_code).Day(r.date);
    for (const auto& answer : r.answers) b.OptInt(answer);
    b.TextOrNull(r.sex ? Code(*r.sex) : std::string_view()).OptInt(r.age);
    b.Text(r.education).Text(r.occupation).Text(r.suggestion);
}

void Bind(RowBinder& b, const TestScore& r) {
    b.Text(r.offering_code).Text(r.nip.str()).Text(Code(r.kind)).Real(r.score);
}

void Bind(RowBinder& b, const ReactionAnswer& r) {
    b.Text(r.offering_code).TextOrNull(r.nip ? r.nip->str() : std::string());
    for (const auto& item : r.items) b.OptInt(item);
    b.Text(r.suggestion);
}

void Bind(RowBinder& b, const Feedback360& r) {
    b.Text(r.rated_nip.str()).Text(r.rater_hash).Text(Code(r.relationship)).Text(r.competency_code);
    b.Real(r.score).Day(r.date);
}

// --- Read: same order; kinds with an id read it first ---

void Read(RowReader& in, Agency& r) {
    r.code = in.Text();
    r.name = in.Text();
    r.short_name = in.Text();
    r.budget.rupiah = in.Int();
}

void Read(RowReader& in, ServiceUnit& r) {
    r.code = in.Text();
    r.name = in.Text();
    r.agency_code = in.Text();
}

void Read(RowReader& in, Competency& r) {
    r.code = in.Text();
    r.name = in.Text();
    r.kind = in.Enum<CompetencyKind>();
    r.sector = in.Text();
    r.description = in.Text();
    for (std::string& level : r.level_descriptions) level = in.Text();
}

void Read(RowReader& in, Position& r) {
    r.code = in.Text();
    r.name = in.Text();
    r.kind = in.Enum<PositionKind>();
    r.agency_code = in.Text();
    r.sector = in.Text();
}

void Read(RowReader& in, PositionStandard& r) {
    r.position_code = in.Text();
    r.competency_code = in.Text();
    r.level = static_cast<int>(in.Int());
    r.weight = in.Real();
}

void Read(RowReader& in, Employee& r) {
    r.nip = in.NipValue();
    r.name = in.Text();
    r.position_code = in.Text();
    r.agency_code = in.Text();
    r.unit_code = in.Text();
    r.supervisor_nip = in.OptNipValue();
    r.status = in.Enum<EmploymentStatus>();
    r.email = in.Text();
    r.target_position_code = in.Text();
}

void Read(RowReader& in, Assessment& r) {
    r.nip = in.NipValue();
    r.competency_code = in.Text();
    r.source = in.Enum<AssessmentSource>();
    r.date = in.Day();
    r.level = in.Real();
}

void Read(RowReader& in, PerformanceRating& r) {
    r.nip = in.NipValue();
    r.year = static_cast<int>(in.Int());
    r.results = in.Enum<Expectation>();
    r.behaviour = in.Enum<Expectation>();
    r.predikat = in.Enum<Predikat>();
}

void Read(RowReader& in, Program& r) {
    r.code = in.Text();
    r.name = in.Text();
    r.institution = in.Text();
    r.form = in.Enum<DevelopmentForm>();
    r.jp = static_cast<int>(in.Int());
    r.cost_per_participant.rupiah = in.Int();
    r.max_level = static_cast<int>(in.Int());
}

void Read(RowReader& in, Offering& r) {
    r.code = in.Text();
    r.program_code = in.Text();
    r.start = in.Day();
    r.end = in.Day();
    r.capacity = static_cast<int>(in.Int());
    r.location = in.Text();
}

void Read(RowReader& in, JpHistoryEntry& r) {
    r.nip = in.NipValue();
    r.activity = in.Text();
    r.start = in.Day();
    r.end = in.Day();
    r.jp = static_cast<int>(in.Int());
    r.organizer = in.Text();
    r.certificate_number = in.Text();
}

void Read(RowReader& in, Proposal& r) {
    r.id = in.Int();
    r.nip = in.NipValue();
    r.competency_code = in.Text();
    r.year = static_cast<int>(in.Int());
    r.reason = in.Text();
    r.form = in.OptEnum<DevelopmentForm>();
    r.priority = static_cast<int>(in.Int());
    r.status = in.Enum<ProposalStatus>();
}

void Read(RowReader& in, SurveyResponse& r) {
    r.id = in.Int();
    r.unit_code = in.Text();
    r.date = in.Day();
    for (auto& answer : r.answers) answer = in.OptInt();
    r.sex = in.OptEnum<Sex>();
    r.age = in.OptInt();
    r.education = in.Text();
    r.occupation = in.Text();
    r.suggestion = in.Text();
}

void Read(RowReader& in, TestScore& r) {
    r.offering_code = in.Text();
    r.nip = in.NipValue();
    r.kind = in.Enum<TestKind>();
    r.score = in.Real();
}

void Read(RowReader& in, ReactionAnswer& r) {
    r.id = in.Int();
    r.offering_code = in.Text();
    r.nip = in.OptNipValue();
    for (auto& item : r.items) item = in.OptInt();
    r.suggestion = in.Text();
}

void Read(RowReader& in, Feedback360& r) {
    r.id = in.Int();
    r.rated_nip = in.NipValue();
    r.rater_hash = in.Text();
    r.relationship = in.Enum<Relationship>();
    r.competency_code = in.Text();
    r.score = in.Real();
    r.date = in.Day();
}

}  // namespace bangkom::storage
