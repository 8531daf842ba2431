#pragma once
// Partner institutions, the program catalog (~80 programs across the forms of Peraturan LAN 10/2018) and
// their offerings (angkatan) in the current year and the plan year.

#include <cstdint>
#include <span>
#include <string_view>
#include <vector>

#include "domain/records.hpp"

namespace bangkom::app::demo {

struct Catalog {
    std::vector<domain::Program> programs;
    std::vector<domain::Offering> offerings;
    std::vector<size_t> offering_program;  // parallel to offerings: index into programs
};

/// The partner institutions (lembaga mitra); the first is "BPSDM Provinsi Jambi".
std::span<const std::string_view> Institutions();
/// Programs and offerings: offerings across `plan_year` and `plan_year - 1`.
Catalog BuildCatalog(uint64_t seed, int plan_year);

}  // namespace bangkom::app::demo
