#pragma once
// Families of staff positions: functional positions (jabatan fungsional) and the three pelaksana positions.

#include <span>
#include <string_view>
#include <vector>

namespace bangkom::app::demo {

/// Which academic degrees go with a name (names.hpp).
enum class Degree {
    none,
    dokter,
    drg,
    perawat,
    bidan,
    farmasi,
    kesehatan,
    guru,
    teknik,
    hukum,
    ekonomi,
    sosial,
    pertanian,
    komputer
};

struct FunctionalFamily {
    std::string_view id;      // "PERAWAT": referenced by AgencyInfo::staff and used in position codes
    std::string_view name;    // "Perawat"
    std::string_view sector;  // technical dictionary (competencies.hpp); empty = the agency's sector
    Degree degree;
    /// Grades and their weights, '|'-separated: T terampil, M mahir, P penyelia, AP ahli pertama, AM ahli muda,
    /// AMD ahli madya, AU ahli utama, PL pelaksana.
    std::string_view grades;
    int female_percent;
    int pppk_percent;  // share of PPPK among new holders
};

std::span<const FunctionalFamily> FunctionalFamilies();
/// The family with this id; nullptr when unknown.
const FunctionalFamily* FindFamily(std::string_view id);
/// Families every agency has besides its own list ("OPR:10|PNGL:14|..."), in AgencyInfo::staff syntax.
std::string_view CommonStaff();

}  // namespace bangkom::app::demo

namespace bangkom::app::demo {

struct WeightedId {
    std::string_view id;
    int weight;
};
/// Parses "ID:W|ID:W" (AgencyInfo::staff, FunctionalFamily::grades); items without ":W" weigh 1.
std::vector<WeightedId> ParseWeighted(std::string_view text);

}  // namespace bangkom::app::demo
