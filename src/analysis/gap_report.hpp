#pragma once
// What the needs analysis (AKPK) answers: per employee the held levels, gaps and weights of PLANNING.md, the
// AKPK reading and the 9-box of DOMAIN.md, JP against the 20 JP rule; the pairs not assessed; aggregates per
// agency, competency, position kind, sector and the agency × competency matrix. Plain values with codes as
// strings, ready for JSON/CSV mapping in services/.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "domain/enums.hpp"

namespace bangkom::analysis {

/// DOMAIN.md's reading of the competency gap and the performance gap together.
enum class AkpkReading {
    training,            // both gaps: training / development
    non_training,        // performance gap only: motivation, resources, process
    future_development,  // competency gap only: development for the future or the target position
    maintain,            // neither
    /// Cannot be read yet ("belum dapat dibaca"): the SKP is missing, or no competency gap was found while a
    /// required competency is not assessed (or none is). Never guessed as maintain.
    unknown
};
/// "training", "non_training", "future_development", "maintain", "unknown" (JSON writes null per employee).
std::string_view Code(AkpkReading r);
inline constexpr int kAkpkReadings = 5;

/// One competency required by the current or the target position of an employee.
struct CompetencyGap {
    std::string competency;
    double required = 0;         // rc: level required by the current position (0 when not required there)
    double target_required = 0;  // rt: level required by the target position (0 when none)
    std::optional<double> held;  // h by the held-level rule; nullopt: not assessed (gaps and weights then 0)
    std::optional<domain::AssessmentSource> source;  // the source h came from
    double gap = 0;                                  // g1 = max(0, rc - h)
    double target_gap = 0;                           // g2 = max(0, rt - max(h, rc))
    double multiplier = 1;                           // m(e,c)
    double weight = 0;                               // w1 = bc(c)·m
    double target_weight = 0;                        // w2 = 0.5·bt(c)·m
};

struct EmployeeGaps {
    std::string nip;
    std::string name;
    std::string agency;
    std::string position;         // "" when none
    std::string target_position;  // "" when none
    std::string sector;           // bidang of the current position
    std::optional<domain::PositionKind> position_kind;
    domain::EmploymentStatus status = domain::EmploymentStatus::pns;
    bool has_standard = false;                 // the current position has a competency standard
    int jp_earned = 0;                         // JP of history entries starting in the analysis year
    int jp_target = 0;                         // T, or 0 when the 20 JP rule does not apply (PPPK with the setting off)
    bool jp_target_met = true;                 // jp_earned >= jp_target
    std::optional<domain::Predikat> predikat;  // latest SKP up to the analysis year
    int predikat_year = 0;                     // its year (0 when none)
    double performance_gap = 0;                // max(0, performance_target - score); 0 without SKP
    bool has_competency_gap = false;           // some g1 > 0 or g2 > 0
    bool has_performance_gap = false;          // the latest SKP predikat is weak (IsWeakPredikat)
    AkpkReading akpk = AkpkReading::unknown;
    /// Potential 0-100: the job-person match of the current standard, 100·Σ b·min(h, rc) / Σ b·rc over the
    /// assessed required competencies; nullopt when none is assessed.
    std::optional<double> potential;
    int box = 0;                      // 9-box 1-9 (DOMAIN.md), 0 when potential or performance is unknown
    double weighted_need = 0;         // Σ w1·g1 + w2·g2
    int not_assessed = 0;             // required competencies without a held level
    std::vector<CompetencyGap> gaps;  // sorted by competency code
};

/// An (employee, competency) pair required but not assessed: to be assessed, never guessed.
struct NotAssessedPair {
    std::string nip;
    std::string name;
    std::string agency;
    std::string competency;
    double required = 0;
    double target_required = 0;
};

/// Figures of one group. For employee groups (agency, position kind, sector, total) `employees` counts the
/// employees of the group; for competency groups (competency, matrix cell) those required to hold it by the
/// current or the target position. Pairs are (employee, required competency).
struct GapStats {
    int64_t employees = 0;
    int64_t employees_with_gap = 0;  // g1 > 0 or g2 > 0 (for a competency group: on that competency)
    int64_t assessed_pairs = 0;
    int64_t not_assessed = 0;                   // pairs without a held level
    double gap_sum = 0;                         // Σ g1
    double target_gap_sum = 0;                  // Σ g2
    double weighted_need = 0;                   // Σ w1·g1 + w2·g2
    int64_t jp_subject = 0;                     // employees the 20 JP rule applies to
    int64_t jp_met = 0;                         // of those, with jp_earned >= T
    std::array<int64_t, kAkpkReadings> akpk{};  // employees per reading (indexed by AkpkReading)
    std::array<int64_t, 10> boxes{};            // employees per 9-box, [0] = unknown

    double MeanGap() const { return assessed_pairs == 0 ? 0 : gap_sum / static_cast<double>(assessed_pairs); }
    double MeanTargetGap() const {
        return assessed_pairs == 0 ? 0 : target_gap_sum / static_cast<double>(assessed_pairs);
    }
    /// Share (0-1) of jp_subject meeting the target; 1 when nobody is subject to it.
    double JpCompliance() const {
        return jp_subject == 0 ? 1 : static_cast<double>(jp_met) / static_cast<double>(jp_subject);
    }
};

struct GroupStats {
    std::string key;  // agency code, competency code, position kind code or sector ("" = none)
    GapStats stats;
};

struct MatrixCell {
    std::string agency;
    std::string competency;
    GapStats stats;  // competency-group figures of that agency
};

struct GapReport {
    std::vector<EmployeeGaps> employees;        // sorted by (agency, NIP); empty when Options::employees is false
    std::vector<NotAssessedPair> not_assessed;  // sorted by (agency, NIP, competency); same condition
    GapStats total;
    std::vector<GroupStats> by_agency;         // sorted by code; agencies with employees in scope
    std::vector<GroupStats> by_competency;     // sorted by code; competencies required in scope
    std::vector<GroupStats> by_position_kind;  // in PositionKind order; "" last for employees without position
    std::vector<GroupStats> by_sector;         // sorted by sector
    std::vector<MatrixCell> matrix;            // agency × competency, non-empty cells, sorted by (agency, code)
    std::string analysis_date;                 // ISO date the analysis was made for
};

}  // namespace bangkom::analysis
