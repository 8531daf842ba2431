#pragma once
// The analysis' compact, columnar copy of the data it reads: codes interned to dense ids (in code order),
// employees sorted by (agency, NIP) so that each agency is one contiguous range, and per-employee lists
// (assessments, SKP ratings, JP per year, approved proposals) in CSR form (offsets + one flat array).
// Built once by SnapshotBuilder from domain records in any order; read-only afterwards, so any number of
// threads may analyze one snapshot at the same time.

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/kinds.hpp"
#include "domain/records.hpp"
#include "domain/result.hpp"

namespace bangkom::analysis {

inline constexpr int32_t kNone = -1;

/// One required level of a position's standard (SKJ).
struct StandardEntry {
    uint32_t competency = 0;
    float level = 0;
    float weight = 1;
};

/// One assessment of an employee; an employee's entries are sorted by (competency, day, source).
struct AssessmentEntry {
    uint16_t competency = 0;
    domain::AssessmentSource source = domain::AssessmentSource::asesmen;
    int32_t day = 0;  // days since 1970-01-01
    float level = 0;
};

/// One SKP of an employee; sorted by year.
struct RatingEntry {
    int16_t year = 0;
    domain::Predikat predikat = domain::Predikat::baik;
};

/// JP earned by an employee in one year (sum of the history entries starting that year); sorted by year.
struct JpEntry {
    int16_t year = 0;
    int32_t jp = 0;
};

/// An approved proposal of an employee; sorted by (year, competency).
struct ProposalEntry {
    int16_t year = 0;
    uint16_t competency = 0;
};

/// What the builder dropped because it referenced an employee it never received.
struct SkippedCounts {
    int64_t assessments = 0;
    int64_t ratings = 0;
    int64_t jp_entries = 0;
    int64_t proposals = 0;
    int64_t standards = 0;  // malformed: level outside 0-5 or weight <= 0 (never the case after an import)
};

/// Read-only columnar data. Every vector indexed by an id has one element per id; `*_offsets` have one more
/// element than their owner (the list of owner i is [offsets[i], offsets[i+1])).
struct Snapshot {
    // --- agencies (codes sorted) ---
    std::vector<std::string> agency_codes;
    std::vector<std::string> agency_names;        // empty when only referenced
    std::vector<uint32_t> agency_employee_begin;  // employees of agency a: [begin[a], begin[a+1])

    // --- competencies (codes sorted) ---
    std::vector<std::string> competency_codes;
    std::vector<std::string> competency_names;
    std::vector<domain::CompetencyKind> competency_kinds;

    // --- sectors (bidang of positions; sorted, "" included when some position has none) ---
    std::vector<std::string> sector_codes;

    // --- positions (codes sorted) ---
    std::vector<std::string> position_codes;
    std::vector<std::string> position_names;
    std::vector<domain::PositionKind> position_kinds;
    std::vector<uint32_t> position_sector;  // id into sector_codes
    std::vector<bool> position_known;       // false: only referenced by an employee, no jabatan record
    std::vector<uint32_t> standard_offsets;
    std::vector<StandardEntry> standards;  // per position, sorted by competency

    // --- employees, sorted by (agency, NIP) ---
    std::vector<std::string> nips;  // 18 digits
    std::vector<std::string> names;
    std::vector<uint32_t> employee_agency;
    std::vector<int32_t> employee_position;         // kNone when the employee has none
    std::vector<int32_t> employee_target_position;  // kNone when none
    std::vector<int32_t> employee_supervisor;       // employee index, kNone when none or not loaded
    std::vector<domain::EmploymentStatus> employee_status;

    std::vector<uint32_t> assessment_offsets;
    std::vector<AssessmentEntry> assessments;
    std::vector<uint32_t> rating_offsets;
    std::vector<RatingEntry> ratings;
    std::vector<uint32_t> jp_offsets;
    std::vector<JpEntry> jp;
    std::vector<uint32_t> proposal_offsets;
    std::vector<ProposalEntry> proposals;

    SkippedCounts skipped;

    size_t EmployeeCount() const { return nips.size(); }
    /// Ids by code; nullopt when absent.
    std::optional<uint32_t> FindEmployee(std::string_view nip) const;
    std::optional<uint32_t> FindAgency(std::string_view code) const;
    std::optional<uint32_t> FindCompetency(std::string_view code) const;
    std::optional<uint32_t> FindPosition(std::string_view code) const;
    /// Approximate heap bytes held (for logs and the benchmark).
    size_t MemoryBytes() const;

    // Employees sorted by NIP (indexes into the employee arrays), for FindEmployee.
    std::vector<uint32_t> by_nip;
};

/// Collects records in any order (an assessment may arrive before its employee) and builds a Snapshot.
/// Records of kinds the analysis does not read are ignored. Re-adding a key replaces the earlier record.
class SnapshotBuilder {
  public:
    SnapshotBuilder();
    ~SnapshotBuilder();
    SnapshotBuilder(SnapshotBuilder&&) noexcept;
    SnapshotBuilder& operator=(SnapshotBuilder&&) noexcept;

    /// Capacity hints (optional).
    void Reserve(size_t employees, size_t assessments);

    void Add(const domain::Records& batch);
    void Add(const domain::Agency& r);
    void Add(const domain::Competency& r);
    void Add(const domain::Position& r);
    void Add(const domain::PositionStandard& r);
    void Add(const domain::Employee& r);
    void Add(const domain::Assessment& r);
    void Add(const domain::PerformanceRating& r);
    void Add(const domain::JpHistoryEntry& r);
    /// Only approved proposals are kept (the multiplier of PLANNING.md counts approved ones).
    void Add(const domain::Proposal& r);

    /// The same as Add(Assessment) without building a domain::Nip: for generators and loaders that hold text.
    /// `nip` must be 18 digits (anything else is skipped and counted).
    void AddAssessment(std::string_view nip, std::string_view competency_code, double level,
                       domain::AssessmentSource source, domain::Date date);

    /// Builds the snapshot; the builder is left empty. failed_precondition when there are more than 65,535
    /// competencies (ids are 16-bit to keep 40 million assessments small).
    Result<Snapshot> Build();

    struct Impl;  // internal (snapshot_builder_parts.hpp)

  private:
    std::unique_ptr<Impl> impl_;
};

/// Convenience: a snapshot of the given batches (any kinds, any order).
Result<Snapshot> BuildSnapshot(const std::vector<domain::Records>& batches);

}  // namespace bangkom::analysis
