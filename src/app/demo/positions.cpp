#include "app/demo/positions.hpp"

#include <algorithm>
#include <array>

#include "app/demo/competencies.hpp"
#include "app/demo/rng.hpp"

namespace bangkom::app::demo {
namespace {

using domain::PositionKind;

struct Grade {
    std::string_view code;
    PositionKind kind;
    std::string_view label;
    int technical_level;  // usual required level of the family's technical competencies
};

constexpr std::array<Grade, 8> kGrades{{
    {"PL", PositionKind::pelaksana, "", 1},
    {"T", PositionKind::terampil, "Terampil", 2},
    {"M", PositionKind::mahir, "Mahir", 2},
    {"P", PositionKind::penyelia, "Penyelia", 3},
    {"AP", PositionKind::ahli_pertama, "Ahli Pertama", 2},
    {"AM", PositionKind::ahli_muda, "Ahli Muda", 3},
    {"AMD", PositionKind::ahli_madya, "Ahli Madya", 4},
    {"AU", PositionKind::ahli_utama, "Ahli Utama", 5},
}};

const Grade& GradeOf(std::string_view code) {
    for (const auto& grade : kGrades) {
        if (grade.code == code) return grade;
    }
    return kGrades[0];
}

uint64_t HashText(std::string_view text) {
    uint64_t h = 1469598103934665603ULL;  // FNV-1a: stable, unlike std::hash
    for (unsigned char ch : text) h = (h ^ ch) * 1099511628211ULL;
    return h;
}

bool StartsWith(std::string_view text, std::string_view prefix) {
    return text.substr(0, prefix.size()) == prefix;
}

std::string TwoDigits(size_t n) {
    return (n < 10 ? "0" : "") + std::to_string(n);
}

// Managerial and socio-cultural standards at the default level, then `technical` competencies of `sector`
// chosen by `rng` (the same family gets the same choice in every agency: the rng is seeded by its name).
std::vector<domain::PositionStandard> Standards(const std::string& code, PositionKind kind, std::string_view sector,
                                                int technical, int technical_level, Rng rng) {
    std::vector<domain::PositionStandard> out;
    const int managerial = DefaultManagerialLevel(kind);
    for (std::string_view c : ManagerialAndSocioCulturalCodes()) out.push_back({code, std::string(c), managerial, 1.0});
    std::array<int, kTechnicalPerSector> order{};
    for (int i = 0; i < kTechnicalPerSector; ++i) order[static_cast<size_t>(i)] = i;
    for (int i = kTechnicalPerSector - 1; i > 0; --i) {
        std::swap(order[static_cast<size_t>(i)], order[rng.Below(static_cast<uint64_t>(i) + 1)]);
    }
    for (int i = 0; i < technical; ++i) {
        const int level = std::clamp(technical_level + (rng.Chance(0.25) ? 1 : 0), 1, 5);
        const double weight = static_cast<double>(rng.Between(1, 3));
        out.push_back({code, TechnicalCode(sector, order[static_cast<size_t>(i)]), level, weight});
    }
    return out;
}

PositionPlan Structural(const AgencyInfo& info, const std::string& code, std::string name, PositionKind kind, Tier tier,
                        uint64_t seed) {
    PositionPlan plan;
    plan.position = {code, std::move(name), kind, std::string(info.code), std::string(info.sector)};
    plan.tier = tier;
    const int level = tier == Tier::pengawas ? 2 : 3;
    plan.standards = Standards(code, kind, info.sector, 3, level, Rng::For(seed, Stream::positions, HashText(code)));
    return plan;
}

// "Kepala Bidang Pajak Daerah" → its seksi; "Sekretaris ..." → three subbagian; other divisions → none.
std::vector<std::string> PengawasBelow(std::string_view division) {
    if (StartsWith(division, "Sekretaris")) {
        return {"Kepala Subbagian Umum dan Kepegawaian", "Kepala Subbagian Keuangan dan Aset",
                "Kepala Subbagian Perencanaan dan Pelaporan"};
    }
    for (auto [prefix, below] : {std::pair<std::string_view, std::string_view>{"Kepala Bidang ", "Kepala Seksi "},
                                 {"Kepala Bagian ", "Kepala Subbagian "},
                                 {"Wakil Direktur ", "Kepala Seksi "}}) {
        if (StartsWith(division, prefix)) return {std::string(below) + std::string(division.substr(prefix.size()))};
    }
    return {};
}

void AddStructure(AgencyPlan& plan, uint64_t seed) {
    const AgencyInfo& info = *plan.info;
    const std::string ag(info.code);
    const auto head_kind = ag == "SETDA" ? PositionKind::jpt_madya : PositionKind::jpt_pratama;
    plan.positions.push_back(
        Structural(info, ag + ".KEPALA", std::string(info.head_title), head_kind, Tier::head, seed));
    std::vector<std::pair<std::string, int>> pengawas;  // name, parent admin
    std::vector<std::pair<std::string, int>> seksi;
    for (const auto& division : ParseWeighted(info.divisions)) {
        const int admin = static_cast<int>(plan.admins.size());
        std::string name(division.id);
        if (StartsWith(name, "Sekretaris")) name = "Sekretaris " + plan.agency.name;
        // Asisten Sekretaris Daerah are JPT pratama; in the hierarchy they sit where administrators sit.
        const auto kind = StartsWith(name, "Asisten") ? PositionKind::jpt_pratama : PositionKind::administrator;
        plan.admins.push_back(static_cast<int>(plan.positions.size()));
        plan.positions.push_back(
            Structural(info, ag + ".ADM." + TwoDigits(plan.admins.size()), name, kind, Tier::administrator, seed));
        for (auto& below : PengawasBelow(division.id)) {
            (StartsWith(division.id, "Sekretaris") ? pengawas : seksi).emplace_back(std::move(below), admin);
        }
    }
    const int n_admins = static_cast<int>(plan.admins.size());
    std::vector<int> unit_of(pengawas.size(), -1);
    for (size_t u = 0; u < plan.units.size(); ++u) {
        pengawas.emplace_back(std::string(), n_admins > 1 ? 1 + static_cast<int>(u) % (n_admins - 1) : 0);
        unit_of.push_back(static_cast<int>(u));
    }
    for (auto& s : seksi) {
        pengawas.push_back(std::move(s));
        unit_of.push_back(-1);
    }
    if (pengawas.empty()) {
        pengawas.emplace_back("Kepala Subbagian Tata Usaha", 0);
        unit_of.push_back(-1);
    }
    for (size_t i = 0; i < pengawas.size(); ++i) {
        std::string name = pengawas[i].first;
        const int unit = unit_of[i];
        if (unit >= 0) name = std::string(plan.unit_infos[static_cast<size_t>(unit)]->head_title);
        auto p = Structural(info, ag + ".PGW." + TwoDigits(i + 1), name, PositionKind::pengawas, Tier::pengawas, seed);
        p.parent = pengawas[i].second;
        p.unit = unit;
        p.promotion = plan.positions[static_cast<size_t>(plan.admins[static_cast<size_t>(p.parent)])].position.code;
        plan.pengawas.push_back(static_cast<int>(plan.positions.size()));
        plan.positions.push_back(std::move(p));
    }
}

// Staff positions: one per grade of each family the agency employs, weighted by family weight × grade weight.
void AddStaff(AgencyPlan& plan, uint64_t seed) {
    const AgencyInfo& info = *plan.info;
    const std::string ag(info.code);
    auto families = ParseWeighted(info.staff);
    for (const auto& common : ParseWeighted(CommonStaff())) {
        const bool listed =
            std::any_of(families.begin(), families.end(), [&](const WeightedId& f) { return f.id == common.id; });
        if (!listed) families.push_back(common);
    }
    for (const auto& item : families) {
        const FunctionalFamily* family = FindFamily(item.id);
        if (family == nullptr) continue;  // a typo in the static tables; the tests check none is dropped
        const auto grades = ParseWeighted(family->grades);
        int grade_total = 0;
        for (const auto& g : grades) grade_total += g.weight;
        const std::string_view sector = family->sector.empty() ? info.sector : family->sector;
        const size_t first = plan.positions.size();
        for (const auto& g : grades) {
            const Grade& grade = GradeOf(g.id);
            PositionPlan p;
            const std::string code = ag + "." + std::string(family->id) + (g.id == "PL" ? "" : "." + std::string(g.id));
            std::string name(family->name);
            if (!grade.label.empty()) name += " " + std::string(grade.label);
            p.position = {code, std::move(name), grade.kind, ag, std::string(sector)};
            p.tier = Tier::staff;
            p.family = family;
            // Scaled so that a family's grades share its weight; x100 keeps small weights non-zero.
            p.weight = std::max(1, item.weight * g.weight * 100 / grade_total);
            const int technical = g.id == "PL" ? 3 : 3 + static_cast<int>(HashText(family->id) % 4);
            p.standards = Standards(code, grade.kind, sector, technical, grade.technical_level,
                                    Rng::For(seed, Stream::positions, HashText(family->id)));
            plan.staff.push_back(static_cast<int>(plan.positions.size()));
            plan.staff_weights.push_back(p.weight);
            plan.positions.push_back(std::move(p));
        }
        // Each grade prepares for the next one of its family; pelaksana for the first seksi or subbagian.
        for (size_t i = first; i + 1 < plan.positions.size(); ++i) {
            plan.positions[i].promotion = plan.positions[i + 1].position.code;
        }
        if (grades.size() == 1 && grades[0].id == "PL") {
            plan.positions.back().promotion = plan.positions[static_cast<size_t>(plan.pengawas.front())].position.code;
        }
    }
}

}  // namespace

int DefaultManagerialLevel(PositionKind kind) {
    switch (kind) {
        case PositionKind::jpt_madya:
        case PositionKind::ahli_utama: return 5;
        case PositionKind::jpt_pratama:
        case PositionKind::ahli_madya: return 4;
        case PositionKind::administrator:
        case PositionKind::ahli_muda: return 3;
        case PositionKind::pengawas:
        case PositionKind::ahli_pertama:
        case PositionKind::penyelia: return 2;
        case PositionKind::pelaksana:
        case PositionKind::mahir:
        case PositionKind::terampil:
        case PositionKind::pemula: return 1;
    }
    return 1;
}

std::vector<AgencyPlan> PlanAgencies(uint64_t seed) {
    std::vector<AgencyPlan> plans;
    const auto units = Units();
    for (const AgencyInfo& info : Agencies()) {
        AgencyPlan plan;
        plan.info = &info;
        // The development budget follows headcount: Rp 2 juta per employee at the default scale, rounded to
        // Rp 5 juta, between Rp 250 juta and Rp 5 miliar.
        const int64_t budget = std::clamp<int64_t>(int64_t{info.headcount} * 2'000'000, 250'000'000, 5'000'000'000);
        plan.agency = {std::string(info.code), std::string(info.name), std::string(info.short_name),
                       domain::Money{budget / 5'000'000 * 5'000'000}};
        for (const UnitInfo& unit : units) {
            if (unit.agency_code != info.code) continue;
            const std::string code = std::string(info.code) + ".U" + TwoDigits(plan.units.size() + 1);
            plan.units.push_back({code, std::string(unit.name), std::string(info.code)});
            plan.unit_infos.push_back(&unit);
        }
        AddStructure(plan, seed);
        AddStaff(plan, seed);
        plans.push_back(std::move(plan));
    }
    return plans;
}

}  // namespace bangkom::app::demo
