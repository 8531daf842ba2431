#pragma once
// Internals of SnapshotBuilder shared by snapshot_builder.cpp and snapshot_build.cpp (not a public header).

#include <cstdint>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "analysis/snapshot.hpp"

namespace bangkom::analysis::detail {

struct StringHash {
    using is_transparent = void;
    size_t operator()(std::string_view s) const { return std::hash<std::string_view>{}(s); }
};

/// Codes → provisional ids in order of first sight; Build renumbers them in code order.
class Interner {
  public:
    uint32_t Id(std::string_view code);
    const std::vector<std::string>& codes() const { return codes_; }
    size_t size() const { return codes_.size(); }

  private:
    std::unordered_map<std::string, uint32_t, StringHash, std::equal_to<>> ids_;
    std::vector<std::string> codes_;
};

/// 18 digits → the number they spell (leading zeros kept by the fixed length); nullopt otherwise.
std::optional<uint64_t> NipKey(std::string_view nip);

/// An assessment whose employee may not be known yet: `employee` is a provisional index, or kNone with `nip`.
struct PendingAssessment {
    uint32_t employee = 0;
    uint16_t competency = 0;
    domain::AssessmentSource source = domain::AssessmentSource::asesmen;
    int32_t day = 0;
    float level = 0;
};

struct PendingByNip {
    uint64_t nip = 0;
    PendingAssessment entry;
};

struct PendingRating {
    uint32_t employee = 0;
    RatingEntry entry;
};
struct PendingJp {
    uint32_t employee = 0;
    JpEntry entry;
};
struct PendingProposal {
    uint32_t employee = 0;
    ProposalEntry entry;
};
struct PendingStandard {
    uint32_t position = 0;
    StandardEntry entry;
};

struct ProvisionalEmployee {
    uint64_t nip = 0;
    std::string nip_text;
    std::string name;
    uint32_t agency = 0;
    int32_t position = kNone;
    int32_t target_position = kNone;
    uint64_t supervisor = 0;  // 0 = none
    domain::EmploymentStatus status = domain::EmploymentStatus::pns;
};

struct PositionInfo {
    std::string name;
    domain::PositionKind kind = domain::PositionKind::pelaksana;
    std::string sector;
    bool known = false;
};

struct CompetencyInfo {
    std::string name;
    domain::CompetencyKind kind = domain::CompetencyKind::teknis;
};

}  // namespace bangkom::analysis::detail

namespace bangkom::analysis {

struct SnapshotBuilder::Impl {
    detail::Interner agencies;
    std::vector<std::string> agency_names;
    detail::Interner competencies;
    std::vector<detail::CompetencyInfo> competency_info;
    detail::Interner positions;
    std::vector<detail::PositionInfo> position_info;

    std::unordered_map<uint64_t, uint32_t> employee_ids;
    std::vector<detail::ProvisionalEmployee> employees;

    std::vector<detail::PendingAssessment> assessments;
    std::vector<detail::PendingByNip> assessments_by_nip;  // employee unknown when added
    // Ratings, JP and proposals are few per employee: kept by NIP and resolved at Build.
    std::vector<std::pair<uint64_t, RatingEntry>> ratings;
    std::vector<std::pair<uint64_t, JpEntry>> jp;
    std::vector<std::pair<uint64_t, ProposalEntry>> proposals;
    std::vector<detail::PendingStandard> standards;
    bool too_many_competencies = false;
    SkippedCounts skipped;

    uint32_t Agency(std::string_view code);
    uint32_t Competency(std::string_view code);
    uint32_t Position(std::string_view code);
    uint16_t CompetencyId16(std::string_view code);
};

namespace detail {
/// The Build step (snapshot_build.cpp): renumbers, sorts and packs `impl` into a Snapshot.
Result<Snapshot> BuildFrom(SnapshotBuilder::Impl& impl);
}  // namespace detail

}  // namespace bangkom::analysis
