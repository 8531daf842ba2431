#include "analysis/snapshot.hpp"

#include <algorithm>

namespace bangkom::analysis {

namespace {

std::optional<uint32_t> FindSorted(const std::vector<std::string>& codes, std::string_view code) {
    const auto it = std::lower_bound(codes.begin(), codes.end(), code,
                                     [](const std::string& a, std::string_view b) { return a < b; });
    if (it == codes.end() || *it != code) return std::nullopt;
    return static_cast<uint32_t>(it - codes.begin());
}

template <class T>
size_t Bytes(const std::vector<T>& v) {
    return v.capacity() * sizeof(T);
}

size_t Bytes(const std::vector<std::string>& v) {
    size_t bytes = v.capacity() * sizeof(std::string);
    // Strings longer than the small-string buffer (15 characters in libstdc++) own a heap block.
    for (const auto& s : v) bytes += s.capacity() > 15 ? s.capacity() + 1 : 0;
    return bytes;
}

}  // namespace

std::optional<uint32_t> Snapshot::FindEmployee(std::string_view nip) const {
    const auto it = std::lower_bound(by_nip.begin(), by_nip.end(), nip,
                                     [&](uint32_t e, std::string_view n) { return nips[e] < n; });
    if (it == by_nip.end() || nips[*it] != nip) return std::nullopt;
    return *it;
}

std::optional<uint32_t> Snapshot::FindAgency(std::string_view code) const {
    return FindSorted(agency_codes, code);
}

std::optional<uint32_t> Snapshot::FindCompetency(std::string_view code) const {
    return FindSorted(competency_codes, code);
}

std::optional<uint32_t> Snapshot::FindPosition(std::string_view code) const {
    return FindSorted(position_codes, code);
}

size_t Snapshot::MemoryBytes() const {
    return Bytes(agency_codes) + Bytes(agency_names) + Bytes(agency_employee_begin) + Bytes(competency_codes) +
           Bytes(competency_names) + Bytes(competency_kinds) + Bytes(sector_codes) + Bytes(position_codes) +
           Bytes(position_names) + Bytes(position_kinds) + Bytes(position_sector) + position_known.capacity() / 8 +
           Bytes(standard_offsets) + Bytes(standards) + Bytes(nips) + Bytes(names) + Bytes(employee_agency) +
           Bytes(employee_position) + Bytes(employee_target_position) + Bytes(employee_supervisor) +
           Bytes(employee_status) + Bytes(assessment_offsets) + Bytes(assessments) + Bytes(rating_offsets) +
           Bytes(ratings) + Bytes(jp_offsets) + Bytes(jp) + Bytes(proposal_offsets) + Bytes(proposals) + Bytes(by_nip);
}

}  // namespace bangkom::analysis
