#include "app/demo/workforce.hpp"

#include <algorithm>
#include <array>

#include "app/demo/names.hpp"
#include "app/demo/rng.hpp"

namespace bangkom::app::demo {
namespace {

using domain::Date;
using domain::EmploymentStatus;
using domain::PositionKind;
using domain::Sex;

struct BirthRange {
    int first;
    int last;
};

// Older people hold higher posts; retirement ages (58, 60 for JPT and ahli madya, 65 for ahli utama) keep the
// oldest out of the ranks that retire early.
BirthRange BirthYears(const PositionPlan& position, EmploymentStatus status) {
    if (status == EmploymentStatus::pppk) return {1976, 2000};
    switch (position.tier) {
        case Tier::head: return {1966, 1977};
        case Tier::administrator: return {1968, 1983};
        case Tier::pengawas: return {1969, 1991};
        case Tier::staff: break;
    }
    const auto kind = position.position.kind;
    if (kind == PositionKind::ahli_utama || kind == PositionKind::ahli_madya) return {1965, 1984};
    if (kind == PositionKind::ahli_muda) return {1968, 1992};
    return {1969, 2000};
}

Degree StructuralDegree(std::string_view sector, Tier tier, Rng& rng) {
    if (sector == "kesehatan") return tier == Tier::head || rng.Chance(0.4) ? Degree::dokter : Degree::kesehatan;
    if (sector == "pendidikan") return Degree::guru;
    constexpr std::array<Degree, 5> kDegrees{Degree::sosial, Degree::ekonomi, Degree::hukum, Degree::teknik,
                                             Degree::sosial};
    return kDegrees[rng.Below(kDegrees.size())];
}

int FemalePercent(const PositionPlan& position) {
    if (position.family != nullptr) return position.family->female_percent;
    return position.tier == Tier::pengawas ? 45 : 33;
}

Date RandomDay(Rng& rng, int year, int last_month) {
    const int month = rng.Between(1, last_month);
    const int day = rng.Between(1, domain::DaysInMonth(year, month));
    return *Date::FromYmd(year, month, day);
}

std::string Digits(int64_t value, int width) {
    std::string s = std::to_string(value);
    return std::string(static_cast<size_t>(std::max(0, width - static_cast<int>(s.size()))), '0') + s;
}

}  // namespace

std::vector<int64_t> SplitHeadcount(const std::vector<AgencyPlan>& plans, int64_t employees) {
    // Every agency gets its minimal team first; the rest is shared by headcount, the largest taking the rounding.
    int64_t total_weight = 0;
    for (const auto& plan : plans) total_weight += plan.info->headcount;
    const int64_t rest = employees - kMinPerAgency * static_cast<int64_t>(plans.size());
    std::vector<int64_t> counts;
    int64_t sum = 0;
    size_t largest = 0;
    for (size_t i = 0; i < plans.size(); ++i) {
        counts.push_back(kMinPerAgency + rest * plans[i].info->headcount / total_weight);
        sum += counts.back();
        if (plans[i].info->headcount > plans[largest].info->headcount) largest = i;
    }
    counts[largest] += employees - sum;
    return counts;
}

domain::Nip Workforce::NextNip(Date birth, Date appointed, Sex sex, EmploymentStatus status) {
    // First 15 digits as a number: birth date, TMT year and month, sex.
    const uint64_t prefix = ((static_cast<uint64_t>(birth.year()) * 10000 + static_cast<uint64_t>(birth.month()) * 100 +
                              static_cast<uint64_t>(birth.day())) *
                                 1000000 +
                             static_cast<uint64_t>(appointed.year()) * 100 + static_cast<uint64_t>(appointed.month())) *
                                10 +
                            (sex == Sex::L ? 1 : 2);
    const uint16_t sequence = ++nip_sequences_[prefix];
    // 999 people sharing birth date, TMT month and sex does not happen at a province's scale; should it happen
    // at a national one, the next TMT month takes the overflow.
    if (sequence > 999) return NextNip(birth, appointed.AddMonths(1), sex, status);
    const std::string digits = Digits(static_cast<int64_t>(prefix), 15) + Digits(sequence, 3);
    return *domain::Nip::Parse(digits, status);
}

std::string Workforce::NextEmail(const std::string& local) {
    const uint32_t used = emails_[local]++;
    return local + (used == 0 ? "" : std::to_string(used + 1)) + "@jambiprov.go.id";
}

Hire Workforce::MakeHire(const AgencyPlan& plan, const PositionPlan& position, uint64_t index) {
    Rng rng = Rng::For(seed_, Stream::employees, index);
    Hire hire;
    hire.index = index;
    hire.agency = &plan;
    hire.position = &position;
    auto& e = hire.employee;
    e.status = EmploymentStatus::pns;
    if (position.family != nullptr && rng.Chance(position.family->pppk_percent / 100.0)) {
        e.status = EmploymentStatus::pppk;
    }
    hire.sex = rng.Chance(FemalePercent(position) / 100.0) ? Sex::P : Sex::L;
    const BirthRange range = BirthYears(position, e.status);
    const int birth_year = rng.Between(range.first, std::min(range.last, as_of_.year() - 21));
    const Date birth = RandomDay(rng, birth_year, 12);
    // CPNS at 21-32; PPPK from the first intake (2019) on. Never after the as-of month.
    int year = e.status == EmploymentStatus::pppk ? rng.Between(std::max(2019, birth_year + 21), as_of_.year())
                                                  : birth_year + rng.Between(21, 32);
    year = std::min(year, as_of_.year());
    const int last_month = year == as_of_.year() ? as_of_.month() : 12;
    hire.appointed = *Date::FromYmd(year, rng.Between(1, last_month), 1);
    e.nip = NextNip(birth, hire.appointed, hire.sex, e.status);
    const Degree degree =
        position.family != nullptr ? position.family->degree : StructuralDegree(plan.info->sector, position.tier, rng);
    PersonName name = MakeName(rng, hire.sex, degree);
    e.name = std::move(name.full);
    e.email = NextEmail(name.email);
    e.position_code = position.position.code;
    e.agency_code = plan.agency.code;
    // Some are being prepared for the next post: a seksi head for the bidang, a grade for the next.
    const double target_share = position.tier == Tier::pengawas ? 0.12 : position.tier == Tier::staff ? 0.06 : 0.0;
    if (!position.promotion.empty() && rng.Chance(target_share)) e.target_position_code = position.promotion;
    return hire;
}

Result<void> Workforce::Generate(const std::vector<AgencyPlan>& plans, int64_t employees, const HireSink& sink) {
    const auto counts = SplitHeadcount(plans, employees);
    for (size_t a = 0; a < plans.size(); ++a) {
        const AgencyPlan& plan = plans[a];
        const int64_t n = counts[a];
        const int64_t n_admins =
            std::min<int64_t>(static_cast<int64_t>(plan.admins.size()), std::max<int64_t>(1, n / 20));
        const int64_t n_pengawas = std::max<int64_t>(1, std::min<int64_t>(n / 10, n - 2 - n_admins));
        const int64_t n_staff = n - 1 - n_admins - n_pengawas;
        const auto pos = [&](int i) -> const PositionPlan& { return plan.positions[static_cast<size_t>(i)]; };

        Hire head = MakeHire(plan, pos(plan.head), next_index_++);
        const domain::Nip head_nip = head.employee.nip;
        if (auto r = sink(head); !r.ok()) return r;
        std::vector<domain::Nip> admins;
        for (int64_t i = 0; i < n_admins; ++i) {
            Hire h = MakeHire(plan, pos(plan.admins[static_cast<size_t>(i)]), next_index_++);
            h.employee.supervisor_nip = head_nip;
            admins.push_back(h.employee.nip);
            if (auto r = sink(h); !r.ok()) return r;
        }
        std::vector<domain::Nip> pengawas;
        std::vector<std::string> pengawas_units;
        std::vector<std::string> pengawas_names;
        for (int64_t k = 0; k < n_pengawas; ++k) {
            const PositionPlan& p = pos(plan.pengawas[static_cast<size_t>(k) % plan.pengawas.size()]);
            Hire h = MakeHire(plan, p, next_index_++);
            h.employee.supervisor_nip = admins[static_cast<size_t>(p.parent % n_admins)];
            if (p.unit >= 0) h.employee.unit_code = plan.units[static_cast<size_t>(p.unit)].code;
            if (k > 0) h.peer = pengawas.back();
            pengawas.push_back(h.employee.nip);
            pengawas_units.push_back(h.employee.unit_code);
            pengawas_names.push_back(h.employee.name);
            if (auto r = sink(h); !r.ok()) return r;
        }
        Rng staff_rng = Rng::For(seed_, Stream::positions, 1000 + a);
        std::vector<std::optional<domain::Nip>> last_member(static_cast<size_t>(n_pengawas));
        // The demo's `atasan` heads a Puskesmas when there are enough pengawas to reach one.
        const int64_t demo_team = std::min<int64_t>(3, n_pengawas - 1);
        for (int64_t j = 0; j < n_staff; ++j) {
            const size_t team = static_cast<size_t>(j % n_pengawas);
            const size_t choice = staff_rng.Weighted(plan.staff_weights);
            Hire h = MakeHire(plan, pos(plan.staff[choice]), next_index_++);
            h.employee.supervisor_nip = pengawas[team];
            h.employee.unit_code = pengawas_units[team];
            h.peer = last_member[team];
            h.first_of_team = !last_member[team].has_value();
            last_member[team] = h.employee.nip;
            if (plan.agency.code == "DINKES" && static_cast<int64_t>(team) == demo_team && h.first_of_team) {
                people_ = {pengawas[team].str(), pengawas_names[team], h.employee.nip.str(), h.employee.name};
                h.demo_login = true;
            }
            if (auto r = sink(h); !r.ok()) return r;
        }
    }
    return {};
}

}  // namespace bangkom::app::demo
