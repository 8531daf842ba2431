#pragma once
// The employees: headcount per agency, the supervisor chain (head ← administrators ← pengawas ← staff), NIPs
// that follow the PNS rules and are unique, names, sex, PPPK share, units, e-mails and target positions.

#include <cstdint>
#include <functional>
#include <optional>
#include <string>
#include <unordered_map>
#include <vector>

#include "app/demo/positions.hpp"
#include "domain/date.hpp"
#include "domain/records.hpp"
#include "domain/result.hpp"

namespace bangkom::app::demo {

/// The smallest agency: a head, an administrator, a pengawas and a few staff.
inline constexpr int64_t kMinPerAgency = 8;

/// One generated employee with the facts the rest of the data set is drawn from.
struct Hire {
    domain::Employee employee;
    const AgencyPlan* agency = nullptr;
    const PositionPlan* position = nullptr;
    domain::Sex sex = domain::Sex::L;
    domain::Date appointed;           // TMT (CPNS or PPPK)
    uint64_t index = 0;               // place in generation order: seeds the employee's own random stream
    std::optional<domain::Nip> peer;  // a teammate generated earlier (same supervisor), for peer ratings
    bool first_of_team = false;       // first staff member under its supervisor (rates the supervisor in 360)
    bool demo_login = false;          // the employee behind the `asn` login: shown with some JP this year
};

/// The DINKES supervisor and team member behind the demo logins `atasan` and `asn`.
struct DemoPeople {
    std::string atasan_nip;
    std::string atasan_name;
    std::string asn_nip;
    std::string asn_name;
};

using HireSink = std::function<Result<void>(const Hire&)>;

/// Employees per agency (parallel to `plans`): the agencies' headcount shares of `employees`, at least
/// kMinPerAgency each; the largest agency absorbs rounding. Requires employees >= plans.size() * kMinPerAgency.
std::vector<int64_t> SplitHeadcount(const std::vector<AgencyPlan>& plans, int64_t employees);

class Workforce {
  public:
    /// `as_of`: the day the data set describes; no one is appointed after it.
    Workforce(uint64_t seed, domain::Date as_of) : seed_(seed), as_of_(as_of) {}

    /// Generates every employee in supervisor-first order (a supervisor always comes before its team) and hands
    /// each to `sink`; stops at the first error of the sink.
    Result<void> Generate(const std::vector<AgencyPlan>& plans, int64_t employees, const HireSink& sink);
    const DemoPeople& people() const { return people_; }

  private:
    Hire MakeHire(const AgencyPlan& plan, const PositionPlan& position, uint64_t index);
    domain::Nip NextNip(domain::Date birth, domain::Date appointed, domain::Sex sex, domain::EmploymentStatus status);
    std::string NextEmail(const std::string& local);

    uint64_t seed_;
    domain::Date as_of_;
    uint64_t next_index_ = 0;
    std::unordered_map<uint64_t, uint16_t> nip_sequences_;  // first 15 digits → last sequence used
    std::unordered_map<std::string, uint32_t> emails_;      // local part → times used
    DemoPeople people_;
};

}  // namespace bangkom::app::demo
