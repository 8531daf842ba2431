#pragma once
// The master and transaction records of FORMATS.md, one struct per kind. Field rules are checked by
// Validate(...) in records.cpp; parsing from files is formats/, persistence is storage/.

#include <array>
#include <cstdint>
#include <optional>
#include <string>
#include <vector>

#include "domain/date.hpp"
#include "domain/enums.hpp"
#include "domain/money.hpp"
#include "domain/nip.hpp"
#include "domain/performance.hpp"
#include "domain/result.hpp"

namespace bangkom::domain {

/// OPD (regional agency). Key: code.
struct Agency {
    std::string code;
    std::string name;
    std::string short_name;
    Money budget;  // yearly development budget (anggaran_bangkom)
};

/// Unit layanan: a service point where the public is served and surveyed. Key: code.
struct ServiceUnit {
    std::string code;
    std::string name;
    std::string agency_code;
};

/// Kompetensi with what each level 1-5 looks like. Key: code.
struct Competency {
    std::string code;
    std::string name;
    CompetencyKind kind = CompetencyKind::teknis;
    std::string sector;  // bidang of a technical competency, e.g. "kesehatan"
    std::string description;
    std::array<std::string, 5> level_descriptions;
};

/// Jabatan. Key: code.
struct Position {
    std::string code;
    std::string name;
    PositionKind kind = PositionKind::pelaksana;
    std::string agency_code;
    std::string sector;
};

/// Standar kompetensi jabatan: required level (1-5) of one competency for one position. Key: both codes.
struct PositionStandard {
    std::string position_code;
    std::string competency_code;
    int level = 1;
    double weight = 1.0;  // bobot, > 0
};

/// ASN. Key: nip.
struct Employee {
    Nip nip;
    std::string name;
    std::string position_code;
    std::string agency_code;
    std::string unit_code;              // empty: none
    std::optional<Nip> supervisor_nip;  // nip_atasan
    EmploymentStatus status = EmploymentStatus::pns;
    std::string email;
    std::string target_position_code;  // empty: none
};

/// Penilaian kompetensi: one rating of one competency from one source on one day.
/// Key: (nip, competency_code, source, date).
struct Assessment {
    Nip nip;
    std::string competency_code;
    double level = 1.0;  // 1.0-5.0
    AssessmentSource source = AssessmentSource::asesmen;
    Date date;
};

/// What a program raises: `levels` levels of one competency.
struct CompetencyRaise {
    std::string competency_code;
    int levels = 1;
};

/// Program pelatihan in the catalog. Key: code.
struct Program {
    std::string code;
    std::string name;
    std::string institution;  // lembaga
    DevelopmentForm form = DevelopmentForm::pelatihan_klasikal;
    int jp = 0;
    Money cost_per_participant;
    std::vector<CompetencyRaise> raises;
    int max_level = 5;  // level_maksimal
};

/// Angkatan: one run of a program. Key: code. capacity 0 = unlimited.
struct Offering {
    std::string code;
    std::string program_code;
    Date start;
    Date end;
    int capacity = 0;
    std::string location;
};

/// Riwayat JP: development already done. Key: (nip, activity, start).
struct JpHistoryEntry {
    Nip nip;
    std::string activity;  // nama_kegiatan
    Date start;
    Date end;
    int jp = 0;
    std::string organizer;
    std::string certificate_number;
};

/// Usulan: an employee's proposed development need. Key: (nip, competency_code, year).
struct Proposal {
    int64_t id = 0;  // 0 until stored
    Nip nip;
    std::string competency_code;
    int year = 0;
    std::string reason;
    std::optional<DevelopmentForm> form;
    int priority = 2;  // 1 high - 3 low
    ProposalStatus status = ProposalStatus::submitted;
};

/// One SKM respondent of a service unit (appended; no key). Answers U1-U9 on 1-4, nullopt = not answered.
struct SurveyResponse {
    int64_t id = 0;
    std::string unit_code;
    Date date;
    std::array<std::optional<int>, 9> answers;
    std::optional<Sex> sex;
    std::optional<int> age;
    std::string education;   // SD, SMP, SMA, D1-D3, D4/S1, S2, S3 or empty
    std::string occupation;  // PNS, TNI, Polri, Swasta, Wirausaha, Lainnya or empty
    std::string suggestion;
};

/// Pre/post test score 0-100. Key: (offering_code, nip, kind).
struct TestScore {
    std::string offering_code;
    Nip nip;
    TestKind kind = TestKind::pre;
    double score = 0;
};

/// Reaction survey answer after an offering (appended). Items 1-5: relevansi, materi, pengajar, metode,
/// sarana, manfaat; nullopt = not answered. nip empty when anonymous.
struct ReactionAnswer {
    int64_t id = 0;
    std::string offering_code;
    std::optional<Nip> nip;
    std::array<std::optional<int>, 6> items;
    std::string suggestion;
};

/// 360 feedback (appended). The rater is stored only as a keyed hash (empty when not given).
struct Feedback360 {
    int64_t id = 0;
    Nip rated_nip;
    std::string rater_hash;
    Relationship relationship = Relationship::rekan;
    std::string competency_code;
    double score = 1;  // 1-5
    Date date;
};

/// A code (kode_*): 1-64 characters, no spaces at the ends (FORMATS.md).
bool IsValidCode(std::string_view code);

/// Field rules of each record, messages in `lang` (not references to other records: the importer checks those). The
/// error's details name the FORMATS.md column of each failing field, with row 0.
Result<void> Validate(const Agency& r, Lang lang = Lang::id);
Result<void> Validate(const ServiceUnit& r, Lang lang = Lang::id);
Result<void> Validate(const Competency& r, Lang lang = Lang::id);
Result<void> Validate(const Position& r, Lang lang = Lang::id);
Result<void> Validate(const PositionStandard& r, Lang lang = Lang::id);
Result<void> Validate(const Employee& r, Lang lang = Lang::id);
Result<void> Validate(const Assessment& r, Lang lang = Lang::id);
Result<void> Validate(const PerformanceRating& r, Lang lang = Lang::id);
Result<void> Validate(const Program& r, Lang lang = Lang::id);
Result<void> Validate(const Offering& r, Lang lang = Lang::id);
Result<void> Validate(const JpHistoryEntry& r, Lang lang = Lang::id);
Result<void> Validate(const Proposal& r, Lang lang = Lang::id);
Result<void> Validate(const SurveyResponse& r, Lang lang = Lang::id);
Result<void> Validate(const TestScore& r, Lang lang = Lang::id);
Result<void> Validate(const ReactionAnswer& r, Lang lang = Lang::id);
Result<void> Validate(const Feedback360& r, Lang lang = Lang::id);

}  // namespace bangkom::domain
