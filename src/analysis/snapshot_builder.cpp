#include <type_traits>
#include <variant>

#include "analysis/snapshot.hpp"
#include "analysis/snapshot_builder_parts.hpp"

namespace bangkom::analysis {

namespace detail {

uint32_t Interner::Id(std::string_view code) {
    if (auto it = ids_.find(code); it != ids_.end()) return it->second;
    const auto id = static_cast<uint32_t>(codes_.size());
    codes_.emplace_back(code);
    ids_.emplace(codes_.back(), id);
    return id;
}

std::optional<uint64_t> NipKey(std::string_view nip) {
    if (nip.size() != 18) return std::nullopt;
    uint64_t key = 0;
    for (char c : nip) {
        if (c < '0' || c > '9') return std::nullopt;
        key = key * 10 + static_cast<uint64_t>(c - '0');
    }
    // Offset by one so that 0 can mean "none" even for the all-zero number.
    return key + 1;
}

}  // namespace detail

uint32_t SnapshotBuilder::Impl::Agency(std::string_view code) {
    const uint32_t id = agencies.Id(code);
    if (id >= agency_names.size()) agency_names.resize(id + 1);
    return id;
}

uint32_t SnapshotBuilder::Impl::Competency(std::string_view code) {
    const uint32_t id = competencies.Id(code);
    if (id >= competency_info.size()) competency_info.resize(id + 1);
    if (id > 0xFFFF) too_many_competencies = true;
    return id;
}

uint16_t SnapshotBuilder::Impl::CompetencyId16(std::string_view code) {
    return static_cast<uint16_t>(Competency(code));
}

uint32_t SnapshotBuilder::Impl::Position(std::string_view code) {
    const uint32_t id = positions.Id(code);
    if (id >= position_info.size()) position_info.resize(id + 1);
    return id;
}

SnapshotBuilder::SnapshotBuilder() : impl_(std::make_unique<Impl>()) {}
SnapshotBuilder::~SnapshotBuilder() = default;
SnapshotBuilder::SnapshotBuilder(SnapshotBuilder&&) noexcept = default;
SnapshotBuilder& SnapshotBuilder::operator=(SnapshotBuilder&&) noexcept = default;

void SnapshotBuilder::Reserve(size_t employees, size_t assessments) {
    impl_->employees.reserve(employees);
    impl_->employee_ids.reserve(employees);
    impl_->assessments.reserve(assessments);
}

void SnapshotBuilder::Add(const domain::Records& batch) {
    std::visit(
        [this](const auto& records) {
            using T = typename std::decay_t<decltype(records)>::value_type;
            if constexpr (std::is_same_v<T, domain::Agency> || std::is_same_v<T, domain::Competency> ||
                          std::is_same_v<T, domain::Position> || std::is_same_v<T, domain::PositionStandard> ||
                          std::is_same_v<T, domain::Employee> || std::is_same_v<T, domain::Assessment> ||
                          std::is_same_v<T, domain::PerformanceRating> || std::is_same_v<T, domain::JpHistoryEntry> ||
                          std::is_same_v<T, domain::Proposal>) {
                for (const auto& r : records) Add(r);
            }
        },
        batch);
}

void SnapshotBuilder::Add(const domain::Agency& r) {
    impl_->agency_names[impl_->Agency(r.code)] = r.name;
}

void SnapshotBuilder::Add(const domain::Competency& r) {
    impl_->competency_info[impl_->Competency(r.code)] = detail::CompetencyInfo{r.name, r.kind};
}

void SnapshotBuilder::Add(const domain::Position& r) {
    impl_->position_info[impl_->Position(r.code)] = detail::PositionInfo{r.name, r.kind, r.sector, true};
}

void SnapshotBuilder::Add(const domain::PositionStandard& r) {
    const uint32_t position = impl_->Position(r.position_code);
    const uint32_t competency = impl_->Competency(r.competency_code);
    if (r.level < 0 || r.level > 5 || !(r.weight > 0)) {
        ++impl_->skipped.standards;
        return;
    }
    impl_->standards.push_back(detail::PendingStandard{
        position, StandardEntry{competency, static_cast<float>(r.level), static_cast<float>(r.weight)}});
}

void SnapshotBuilder::Add(const domain::Employee& r) {
    const auto key = detail::NipKey(r.nip.str());
    if (!key) return;
    auto [it, inserted] = impl_->employee_ids.try_emplace(*key, static_cast<uint32_t>(impl_->employees.size()));
    if (inserted) impl_->employees.emplace_back();
    detail::ProvisionalEmployee& e = impl_->employees[it->second];
    e.nip = *key;
    e.nip_text = r.nip.str();
    e.name = r.name;
    e.agency = impl_->Agency(r.agency_code);
    e.position = r.position_code.empty() ? kNone : static_cast<int32_t>(impl_->Position(r.position_code));
    e.target_position =
        r.target_position_code.empty() ? kNone : static_cast<int32_t>(impl_->Position(r.target_position_code));
    e.supervisor = r.supervisor_nip ? detail::NipKey(r.supervisor_nip->str()).value_or(0) : 0;
    e.status = r.status;
}

void SnapshotBuilder::Add(const domain::Assessment& r) {
    AddAssessment(r.nip.str(), r.competency_code, r.level, r.source, r.date);
}

void SnapshotBuilder::AddAssessment(std::string_view nip, std::string_view competency_code, double level,
                                    domain::AssessmentSource source, domain::Date date) {
    const auto key = detail::NipKey(nip);
    if (!key) {
        ++impl_->skipped.assessments;
        return;
    }
    const detail::PendingAssessment entry{0, impl_->CompetencyId16(competency_code), source,
                                          static_cast<int32_t>(date.DaysSinceEpoch()), static_cast<float>(level)};
    if (auto it = impl_->employee_ids.find(*key); it != impl_->employee_ids.end()) {
        impl_->assessments.push_back(entry);
        impl_->assessments.back().employee = it->second;
    } else {
        impl_->assessments_by_nip.push_back(detail::PendingByNip{*key, entry});
    }
}

void SnapshotBuilder::Add(const domain::PerformanceRating& r) {
    if (auto key = detail::NipKey(r.nip.str())) {
        impl_->ratings.emplace_back(*key, RatingEntry{static_cast<int16_t>(r.year), r.predikat});
    } else {
        ++impl_->skipped.ratings;
    }
}

void SnapshotBuilder::Add(const domain::JpHistoryEntry& r) {
    if (auto key = detail::NipKey(r.nip.str())) {
        impl_->jp.emplace_back(*key, JpEntry{static_cast<int16_t>(r.start.year()), r.jp});
    } else {
        ++impl_->skipped.jp_entries;
    }
}

void SnapshotBuilder::Add(const domain::Proposal& r) {
    if (r.status != domain::ProposalStatus::approved) return;
    if (auto key = detail::NipKey(r.nip.str())) {
        impl_->proposals.emplace_back(
            *key, ProposalEntry{static_cast<int16_t>(r.year), impl_->CompetencyId16(r.competency_code)});
    } else {
        ++impl_->skipped.proposals;
    }
}

Result<Snapshot> SnapshotBuilder::Build() {
    auto result = detail::BuildFrom(*impl_);
    impl_ = std::make_unique<Impl>();
    return result;
}

Result<Snapshot> BuildSnapshot(const std::vector<domain::Records>& batches) {
    SnapshotBuilder builder;
    for (const auto& batch : batches) builder.Add(batch);
    return builder.Build();
}

}  // namespace bangkom::analysis
