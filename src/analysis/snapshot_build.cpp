// SnapshotBuilder::Build: renumbers codes in code order, orders employees by (agency, NIP) and packs every
// per-employee list into CSR arrays, sorted and with repeated keys collapsed (the last one added wins).

#include <algorithm>
#include <numeric>

#include "analysis/snapshot_builder_parts.hpp"

namespace bangkom::analysis::detail {

namespace {

using Impl = SnapshotBuilder::Impl;

/// provisional id → rank in code order.
std::vector<uint32_t> Ranks(const std::vector<std::string>& codes) {
    std::vector<uint32_t> order(codes.size());
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) { return codes[a] < codes[b]; });
    std::vector<uint32_t> rank(codes.size());
    for (uint32_t i = 0; i < order.size(); ++i) rank[order[i]] = i;
    return rank;
}

template <class T>
std::vector<T> Permuted(std::vector<T>& values, const std::vector<uint32_t>& rank) {
    std::vector<T> out(values.size());
    for (size_t i = 0; i < values.size(); ++i) out[rank[i]] = std::move(values[i]);
    return out;
}

/// Stable insertion sort for the short per-employee slices (std::stable_sort for long ones).
template <class It, class Less>
void SortSlice(It begin, It end, Less less) {
    if (end - begin > 32) {
        std::stable_sort(begin, end, less);
        return;
    }
    for (It i = begin + 1; i < end; ++i) {
        auto value = std::move(*i);
        It j = i;
        for (; j > begin && less(value, *(j - 1)); --j) *j = std::move(*(j - 1));
        *j = std::move(value);
    }
}

/// Sorts each owner's slice and collapses entries with equal keys (`merge(kept, later)`), compacting in place.
template <class Entry, class Less, class Merge>
void SortCompact(std::vector<uint32_t>& offsets, std::vector<Entry>& entries, Less less, Merge merge) {
    size_t write = 0;
    for (size_t owner = 0; owner + 1 < offsets.size(); ++owner) {
        const size_t begin = offsets[owner];
        const size_t end = offsets[owner + 1];
        SortSlice(entries.begin() + static_cast<ptrdiff_t>(begin), entries.begin() + static_cast<ptrdiff_t>(end), less);
        offsets[owner] = static_cast<uint32_t>(write);
        for (size_t i = begin; i < end; ++i) {
            if (write > offsets[owner] && !less(entries[write - 1], entries[i])) {
                merge(entries[write - 1], entries[i]);
            } else {
                entries[write++] = entries[i];
            }
        }
    }
    offsets.back() = static_cast<uint32_t>(write);
    entries.resize(write);
    entries.shrink_to_fit();
}

/// Counting sort of `items` by owner into CSR; owner_of returns kNone to drop an item.
template <class Item, class OwnerOf, class EntryOf>
auto ToCsr(size_t owners, const std::vector<Item>& items, OwnerOf owner_of, EntryOf entry_of, int64_t& dropped)
    -> std::pair<std::vector<uint32_t>, std::vector<decltype(entry_of(items.front()))>> {
    std::vector<uint32_t> offsets(owners + 1, 0);
    for (const auto& item : items) {
        const int64_t owner = owner_of(item);
        if (owner == kNone) {
            ++dropped;
        } else {
            ++offsets[static_cast<size_t>(owner) + 1];
        }
    }
    for (size_t i = 1; i < offsets.size(); ++i) offsets[i] += offsets[i - 1];
    std::vector<decltype(entry_of(items.front()))> entries(offsets.back());
    std::vector<uint32_t> cursor(offsets.begin(), offsets.end() - 1);
    for (const auto& item : items) {
        const int64_t owner = owner_of(item);
        if (owner != kNone) entries[cursor[static_cast<size_t>(owner)]++] = entry_of(item);
    }
    return {std::move(offsets), std::move(entries)};
}

void BuildCodes(Impl& impl, Snapshot& s, std::vector<uint32_t>& agency_rank, std::vector<uint32_t>& competency_rank,
                std::vector<uint32_t>& position_rank) {
    agency_rank = Ranks(impl.agencies.codes());
    auto agency_codes = impl.agencies.codes();
    s.agency_codes = Permuted(agency_codes, agency_rank);
    s.agency_names = Permuted(impl.agency_names, agency_rank);

    competency_rank = Ranks(impl.competencies.codes());
    auto competency_codes = impl.competencies.codes();
    s.competency_codes = Permuted(competency_codes, competency_rank);
    auto info = Permuted(impl.competency_info, competency_rank);
    for (auto& c : info) {
        s.competency_names.push_back(std::move(c.name));
        s.competency_kinds.push_back(c.kind);
    }

    position_rank = Ranks(impl.positions.codes());
    auto position_codes = impl.positions.codes();
    s.position_codes = Permuted(position_codes, position_rank);
    auto positions = Permuted(impl.position_info, position_rank);
    for (const auto& p : positions) s.sector_codes.push_back(p.sector);
    std::sort(s.sector_codes.begin(), s.sector_codes.end());
    s.sector_codes.erase(std::unique(s.sector_codes.begin(), s.sector_codes.end()), s.sector_codes.end());
    for (auto& p : positions) {
        const auto it = std::lower_bound(s.sector_codes.begin(), s.sector_codes.end(), p.sector);
        s.position_sector.push_back(static_cast<uint32_t>(it - s.sector_codes.begin()));
        s.position_names.push_back(std::move(p.name));
        s.position_kinds.push_back(p.kind);
        s.position_known.push_back(p.known);
    }
}

void BuildStandards(Impl& impl, Snapshot& s, const std::vector<uint32_t>& competency_rank,
                    const std::vector<uint32_t>& position_rank) {
    int64_t dropped = 0;
    auto [offsets, entries] = ToCsr(
        s.position_codes.size(), impl.standards,
        [&](const PendingStandard& p) { return static_cast<int64_t>(position_rank[p.position]); },
        [&](const PendingStandard& p) {
            StandardEntry e = p.entry;
            e.competency = competency_rank[e.competency];
            return e;
        },
        dropped);
    SortCompact(
        offsets, entries, [](const StandardEntry& a, const StandardEntry& b) { return a.competency < b.competency; },
        [](StandardEntry& kept, const StandardEntry& later) { kept = later; });
    s.standard_offsets = std::move(offsets);
    s.standards = std::move(entries);
    impl.standards = {};
}

/// Orders employees by (agency, NIP); returns provisional index → final index.
std::vector<uint32_t> BuildEmployees(Impl& impl, Snapshot& s, const std::vector<uint32_t>& agency_rank,
                                     const std::vector<uint32_t>& position_rank) {
    auto& employees = impl.employees;
    std::vector<uint32_t> order(employees.size());
    std::iota(order.begin(), order.end(), 0U);
    std::sort(order.begin(), order.end(), [&](uint32_t a, uint32_t b) {
        const uint32_t ra = agency_rank[employees[a].agency];
        const uint32_t rb = agency_rank[employees[b].agency];
        return ra != rb ? ra < rb : employees[a].nip < employees[b].nip;
    });
    std::vector<uint32_t> final_of(employees.size());
    for (uint32_t i = 0; i < order.size(); ++i) final_of[order[i]] = i;
    const auto position = [&](int32_t p) { return p == kNone ? kNone : static_cast<int32_t>(position_rank[p]); };
    const size_t n = employees.size();
    s.nips.reserve(n);
    s.names.reserve(n);
    s.agency_employee_begin.assign(s.agency_codes.size() + 1, 0);
    for (uint32_t i : order) {
        auto& e = employees[i];
        s.nips.push_back(std::move(e.nip_text));
        s.names.push_back(std::move(e.name));
        s.employee_agency.push_back(agency_rank[e.agency]);
        ++s.agency_employee_begin[agency_rank[e.agency] + 1];
        s.employee_position.push_back(position(e.position));
        s.employee_target_position.push_back(position(e.target_position));
        int32_t supervisor = kNone;
        if (auto it = impl.employee_ids.find(e.supervisor); e.supervisor != 0 && it != impl.employee_ids.end()) {
            supervisor = static_cast<int32_t>(final_of[it->second]);
        }
        s.employee_supervisor.push_back(supervisor);
        s.employee_status.push_back(e.status);
    }
    for (size_t a = 1; a < s.agency_employee_begin.size(); ++a) {
        s.agency_employee_begin[a] += s.agency_employee_begin[a - 1];
    }
    s.by_nip.resize(n);
    std::iota(s.by_nip.begin(), s.by_nip.end(), 0U);
    std::sort(s.by_nip.begin(), s.by_nip.end(), [&](uint32_t a, uint32_t b) { return s.nips[a] < s.nips[b]; });
    employees = {};
    return final_of;
}

void BuildAssessments(Impl& impl, Snapshot& s, const std::vector<uint32_t>& final_of,
                      const std::vector<uint32_t>& competency_rank) {
    for (const auto& p : impl.assessments_by_nip) {
        if (auto it = impl.employee_ids.find(p.nip); it != impl.employee_ids.end()) {
            impl.assessments.push_back(p.entry);
            impl.assessments.back().employee = it->second;
        } else {
            ++s.skipped.assessments;
        }
    }
    impl.assessments_by_nip = {};
    int64_t dropped = 0;
    auto [offsets, entries] = ToCsr(
        s.nips.size(), impl.assessments,
        [&](const PendingAssessment& p) { return static_cast<int64_t>(final_of[p.employee]); },
        [&](const PendingAssessment& p) {
            return AssessmentEntry{static_cast<uint16_t>(competency_rank[p.competency]), p.source, p.day, p.level};
        },
        dropped);
    impl.assessments = {};
    const auto less = [](const AssessmentEntry& a, const AssessmentEntry& b) {
        if (a.competency != b.competency) return a.competency < b.competency;
        if (a.day != b.day) return a.day < b.day;
        return a.source < b.source;
    };
    SortCompact(offsets, entries, less, [](AssessmentEntry& kept, const AssessmentEntry& later) { kept = later; });
    s.assessment_offsets = std::move(offsets);
    s.assessments = std::move(entries);
}

template <class Entry, class Less, class Merge>
void BuildByNip(const Impl& impl, size_t employees, const std::vector<uint32_t>& final_of,
                const std::vector<std::pair<uint64_t, Entry>>& items, Less less, Merge merge,
                std::vector<uint32_t>& offsets_out, std::vector<Entry>& entries_out, int64_t& skipped) {
    auto [offsets, entries] = ToCsr(
        employees, items,
        [&](const std::pair<uint64_t, Entry>& p) -> int64_t {
            const auto it = impl.employee_ids.find(p.first);
            return it == impl.employee_ids.end() ? kNone : static_cast<int64_t>(final_of[it->second]);
        },
        [](const std::pair<uint64_t, Entry>& p) { return p.second; }, skipped);
    SortCompact(offsets, entries, less, merge);
    offsets_out = std::move(offsets);
    entries_out = std::move(entries);
}

}  // namespace

Result<Snapshot> BuildFrom(Impl& impl) {
    if (impl.too_many_competencies) {
        return MakeError(ErrorCode::failed_precondition,
                         "Lebih dari 65.535 kompetensi (more than 65,535 competencies): analisis tidak didukung");
    }
    Snapshot s;
    s.skipped = impl.skipped;
    std::vector<uint32_t> agency_rank;
    std::vector<uint32_t> competency_rank;
    std::vector<uint32_t> position_rank;
    BuildCodes(impl, s, agency_rank, competency_rank, position_rank);
    BuildStandards(impl, s, competency_rank, position_rank);
    const auto final_of = BuildEmployees(impl, s, agency_rank, position_rank);
    BuildAssessments(impl, s, final_of, competency_rank);

    const size_t n = s.nips.size();
    BuildByNip(
        impl, n, final_of, impl.ratings, [](const RatingEntry& a, const RatingEntry& b) { return a.year < b.year; },
        [](RatingEntry& kept, const RatingEntry& later) { kept = later; }, s.rating_offsets, s.ratings,
        s.skipped.ratings);
    BuildByNip(
        impl, n, final_of, impl.jp, [](const JpEntry& a, const JpEntry& b) { return a.year < b.year; },
        [](JpEntry& kept, const JpEntry& later) { kept.jp += later.jp; }, s.jp_offsets, s.jp, s.skipped.jp_entries);
    std::vector<std::pair<uint64_t, ProposalEntry>> proposals = std::move(impl.proposals);
    for (auto& p : proposals) p.second.competency = static_cast<uint16_t>(competency_rank[p.second.competency]);
    BuildByNip(
        impl, n, final_of, proposals,
        [](const ProposalEntry& a, const ProposalEntry& b) {
            return a.year != b.year ? a.year < b.year : a.competency < b.competency;
        },
        [](ProposalEntry&, const ProposalEntry&) {}, s.proposal_offsets, s.proposals, s.skipped.proposals);
    return s;
}

}  // namespace bangkom::analysis::detail
