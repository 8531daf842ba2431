#pragma once
// Small builders of domain records for the analysis tests.

#include <string>

#include "analysis/analyze.hpp"
#include "analysis/snapshot.hpp"
#include "domain/records.hpp"

namespace bangkom::analysis::testing {

inline domain::Date D(int y, int m, int d) {
    return domain::Date::FromYmd(y, m, d).value();
}

inline domain::Nip N(const std::string& digits) {
    return domain::Nip::ParseReference(digits).value();
}

/// NIP number i (18 digits), 0 <= i < 100000.
inline std::string NipText(int i) {
    std::string s = std::to_string(i);
    return "1980010120050" + std::string(5 - s.size(), '0') + s;
}

inline domain::Employee Emp(int i, const std::string& agency, const std::string& position,
                            const std::string& target = "",
                            domain::EmploymentStatus status = domain::EmploymentStatus::pns) {
    domain::Employee e;
    e.nip = N(NipText(i));
    e.name = "Pegawai " + std::to_string(i);
    e.agency_code = agency;
    e.position_code = position;
    e.target_position_code = target;
    e.status = status;
    return e;
}

inline domain::Position Pos(const std::string& code, domain::PositionKind kind, const std::string& sector = "") {
    domain::Position p;
    p.code = code;
    p.name = "Jabatan " + code;
    p.kind = kind;
    p.sector = sector;
    return p;
}

inline domain::PositionStandard Std(const std::string& position, const std::string& competency, int level,
                                    double weight = 1.0) {
    return domain::PositionStandard{position, competency, level, weight};
}

inline domain::Assessment Asm(int i, const std::string& competency, double level, domain::AssessmentSource source,
                              domain::Date date) {
    return domain::Assessment{N(NipText(i)), competency, level, source, date};
}

inline domain::PerformanceRating Skp(int i, int year, domain::Predikat p) {
    domain::PerformanceRating r;
    r.nip = N(NipText(i));
    r.year = year;
    r.predikat = p;
    return r;
}

inline domain::JpHistoryEntry Jp(int i, domain::Date start, int jp) {
    domain::JpHistoryEntry h;
    h.nip = N(NipText(i));
    h.activity = "Pelatihan " + start.ToIso();
    h.start = start;
    h.end = start;
    h.jp = jp;
    return h;
}

inline domain::Proposal Usulan(int i, const std::string& competency, int year, domain::ProposalStatus status) {
    domain::Proposal p;
    p.nip = N(NipText(i));
    p.competency_code = competency;
    p.year = year;
    p.status = status;
    return p;
}

inline Settings At(domain::Date date) {
    Settings s;
    s.analysis_date = date;
    return s;
}

}  // namespace bangkom::analysis::testing
