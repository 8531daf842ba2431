#include "planning/check.hpp"

#include <algorithm>
#include <initializer_list>
#include <map>
#include <string_view>
#include <tuple>

#include "domain/date.hpp"
#include "domain/money.hpp"
#include "planning/objective.hpp"

namespace bangkom::planning {
namespace {

using domain::Lang;

std::string Text(Lang lang, const std::string& id, const std::string& en) {
    return lang == Lang::id ? id : en;
}

/// Concatenates message pieces in one allocation.
std::string Cat(std::initializer_list<std::string_view> parts) {
    std::string out;
    for (std::string_view part : parts) out += part;
    return out;
}

std::string DayIso(int32_t day) {
    return domain::Date::FromDaysSinceEpoch(day).ToIso();
}

std::string Rupiah(int64_t amount) {
    return domain::Money{amount}.ToDisplay();
}

bool InRange(const Model& model, const Assignment& a) {
    return a.employee < model.employees.size() && a.offering < model.offerings.size();
}

/// The checks that look at one employee's offerings at a time.
class EmployeeChecks {
  public:
    EmployeeChecks(const Model& model, Lang lang, std::vector<Violation>& out)
        : model_(model), lang_(lang), out_(out) {}

    void Run(uint32_t e, const std::vector<uint32_t>& offerings) const {
        NotCandidate(e, offerings);
        JpCap(e, offerings);
        OneRun(e, offerings);
        DoublePresence(e, offerings);
    }

  private:
    const std::string& Nip(uint32_t e) const { return model_.employees[e].nip; }
    const std::string& Code(uint32_t o) const { return model_.offerings[o].code; }

    void Add(ViolationKind kind, uint32_t e, uint32_t o, std::string message) const {
        out_.push_back({kind, e, o, model_.employees[e].agency, std::move(message)});
    }

    void NotCandidate(uint32_t e, const std::vector<uint32_t>& offerings) const {
        const std::vector<uint32_t>& candidates = model_.employees[e].candidates;
        for (uint32_t o : offerings) {
            if (std::binary_search(candidates.begin(), candidates.end(), o)) continue;
            Add(ViolationKind::not_candidate, e, o,
                Text(lang_,
                     Cat({"Penawaran ", Code(o), " tidak menaikkan kompetensi yang kurang dari pegawai ", Nip(e),
                          " dan tidak gratis"}),
                     Cat({"Offering ", Code(o), " raises none of the gaps of employee ", Nip(e), " and is not free"})));
        }
    }

    void JpCap(uint32_t e, const std::vector<uint32_t>& offerings) const {
        const int cap = model_.settings.jp_cap;
        int jp = 0;
        for (uint32_t o : offerings) jp += model_.offerings[o].jp;
        const int j0 = model_.employees[e].j0;
        if (cap <= 0 || jp == 0 || j0 + jp <= cap) return;
        const std::string total = std::to_string(j0 + jp), earned = std::to_string(j0), limit = std::to_string(cap);
        out_.push_back({ViolationKind::jp_cap, e, -1, model_.employees[e].agency,
                        Text(lang_,
                             Cat({"Pegawai ", Nip(e), ": ", total, " JP (termasuk ", earned,
                                  " JP yang sudah diikuti) melebihi batas ", limit, " JP per tahun"}),
                             Cat({"Employee ", Nip(e), ": ", total, " JP (including ", earned,
                                  " JP already earned) exceeds the yearly cap of ", limit, " JP"}))});
    }

    void OneRun(uint32_t e, const std::vector<uint32_t>& offerings) const {
        std::map<uint32_t, std::vector<uint32_t>> runs;
        for (uint32_t o : offerings) runs[model_.offerings[o].program].push_back(o);
        for (const auto& [program, list] : runs) {
            if (list.size() < 2) continue;
            std::string codes;
            for (uint32_t o : list) {
                if (!codes.empty()) codes += ", ";
                codes += Code(o);
            }
            const std::string& name = model_.programs[program].code;
            Add(ViolationKind::one_run, e, list[1],
                Text(lang_, Cat({"Pegawai ", Nip(e), " mengikuti lebih dari satu kelas program ", name, ": ", codes}),
                     Cat({"Employee ", Nip(e), " takes more than one run of program ", name, ": ", codes})));
        }
    }

    void DoublePresence(uint32_t e, const std::vector<uint32_t>& offerings) const {
        for (size_t i = 0; i < offerings.size(); ++i) {
            const Offering& a = model_.offerings[offerings[i]];
            for (size_t j = i + 1; j < offerings.size() && a.attendance; ++j) {
                const Offering& b = model_.offerings[offerings[j]];
                const int32_t first = std::max(a.first_day, b.first_day);
                if (!b.attendance || first > std::min(a.last_day, b.last_day)) continue;
                Add(ViolationKind::double_presence, e, offerings[j],
                    Text(lang_,
                         Cat({"Pegawai ", Nip(e), " harus hadir di dua kelas pada hari yang sama (", DayIso(first),
                              "): ", a.code, " dan ", b.code}),
                         Cat({"Employee ", Nip(e), " must attend two classes on the same day (", DayIso(first),
                              "): ", a.code, " and ", b.code})));
            }
        }
    }

    const Model& model_;
    Lang lang_;
    std::vector<Violation>& out_;
};

/// Drops (and reports) out-of-range and repeated assignments; returns the valid, distinct ones, sorted.
std::vector<Assignment> Clean(const Model& model, std::vector<Assignment> assignments, Lang lang,
                              std::vector<Violation>& out) {
    std::vector<Assignment> valid;
    for (size_t i = 0; i < assignments.size(); ++i) {
        const Assignment& a = assignments[i];
        if (InRange(model, a)) {
            valid.push_back(a);
            continue;
        }
        const std::string which = std::to_string(i + 1), e = std::to_string(a.employee), o = std::to_string(a.offering);
        out.push_back(
            {ViolationKind::unknown_index, a.employee, a.offering, -1,
             Text(lang,
                  Cat({"Penugasan ke-", which, " merujuk pegawai #", e, " atau penawaran #", o, " yang tidak ada"}),
                  Cat({"Assignment ", which, " refers to employee #", e, " or offering #", o,
                       " that does not exist"}))});
    }
    std::sort(valid.begin(), valid.end());
    for (size_t i = 1; i < valid.size(); ++i) {
        if (valid[i] != valid[i - 1]) continue;
        const Assignment& a = valid[i];
        const std::string& nip = model.employees[a.employee].nip;
        const std::string& code = model.offerings[a.offering].code;
        out.push_back({ViolationKind::duplicate, a.employee, a.offering, model.employees[a.employee].agency,
                       Text(lang, Cat({"Pegawai ", nip, " ditugaskan lebih dari sekali ke penawaran ", code}),
                            Cat({"Employee ", nip, " is assigned more than once to offering ", code}))});
    }
    valid.erase(std::unique(valid.begin(), valid.end()), valid.end());
    return valid;
}

void CheckBudgets(const Model& model, const std::vector<Assignment>& plan, Lang lang, std::vector<Violation>& out) {
    std::vector<int64_t> used(model.agencies.size(), 0);
    for (const Assignment& a : plan) used[model.employees[a.employee].agency] += model.offerings[a.offering].cost;
    for (size_t i = 0; i < model.agencies.size(); ++i) {
        const Agency& agency = model.agencies[i];
        if (used[i] == 0 || used[i] <= agency.budget) continue;
        out.push_back({ViolationKind::budget, -1, -1, static_cast<int64_t>(i),
                       Text(lang,
                            Cat({"Anggaran instansi ", agency.code, " terlampaui: ", Rupiah(used[i]), " dari ",
                                 Rupiah(agency.budget)}),
                            Cat({"The budget of agency ", agency.code, " is exceeded: ", Rupiah(used[i]), " of ",
                                 Rupiah(agency.budget)}))});
    }
}

void CheckSeats(const Model& model, const std::vector<Assignment>& plan, Lang lang, std::vector<Violation>& out) {
    std::vector<int> taken(model.offerings.size(), 0);
    for (const Assignment& a : plan) ++taken[a.offering];
    for (size_t o = 0; o < model.offerings.size(); ++o) {
        const Offering& offering = model.offerings[o];
        if (offering.capacity <= 0 || taken[o] <= offering.capacity) continue;
        const std::string n = std::to_string(taken[o]), cap = std::to_string(offering.capacity);
        out.push_back({ViolationKind::seats, -1, static_cast<int64_t>(o), -1,
                       Text(lang, Cat({"Penawaran ", offering.code, ": ", n, " peserta melebihi ", cap, " kursi"}),
                            Cat({"Offering ", offering.code, ": ", n, " participants exceed its ", cap, " seats"}))});
    }
}

}  // namespace

std::vector<Violation> CheckPlan(const Model& model, const std::vector<Assignment>& assignments, domain::Lang lang) {
    std::vector<Violation> out;
    const std::vector<Assignment> plan = Clean(model, assignments, lang, out);
    const EmployeeChecks checks(model, lang, out);
    for (size_t i = 0; i < plan.size();) {
        std::vector<uint32_t> offerings;
        const uint32_t e = plan[i].employee;
        for (; i < plan.size() && plan[i].employee == e; ++i) offerings.push_back(plan[i].offering);
        checks.Run(e, offerings);
    }
    CheckBudgets(model, plan, lang, out);
    CheckSeats(model, plan, lang, out);
    std::stable_sort(out.begin(), out.end(), [](const Violation& a, const Violation& b) {
        return std::tie(a.kind, a.employee, a.agency, a.offering) < std::tie(b.kind, b.employee, b.agency, b.offering);
    });
    return out;
}

Solution Evaluate(const Model& model, std::vector<Assignment> assignments) {
    std::sort(assignments.begin(), assignments.end());
    Solution solution;
    std::vector<uint32_t> offerings;
    size_t i = 0;
    for (uint32_t e = 0; e < model.employees.size(); ++e) {
        offerings.clear();
        for (; i < assignments.size() && assignments[i].employee == e; ++i) {
            const uint32_t o = assignments[i].offering;
            // Out-of-range offerings and repeats are the checker's to report; they add nothing here.
            if (o < model.offerings.size() && (offerings.empty() || offerings.back() != o)) offerings.push_back(o);
        }
        const EmployeeScore score = ScoreEmployee(model, e, offerings);
        solution.value += score.value;
        solution.cost += score.cost;
    }
    solution.assignments = std::move(assignments);
    return solution;
}

}  // namespace bangkom::planning
