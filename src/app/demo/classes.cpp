#include "app/demo/classes.hpp"

#include <algorithm>
#include <array>
#include <map>
#include <set>
#include <utility>

#include "app/demo/rng.hpp"
#include "learning/certificate_number.hpp"
#include "learning/completion.hpp"

namespace bangkom::app::demo {
namespace {

using domain::Date;
using domain::Kind;

constexpr int kRecordedDays = 10;
constexpr int kPendingParticipants = 18;
constexpr std::string_view kPendingProgram = "SKP";  // a BPSDM Provinsi Jambi bimtek every position may need

template <class T>
Result<std::vector<T>> ListAll(storage::Store& store, Kind kind) {
    storage::ListQuery all;
    all.limit = 0;
    auto page = store.List(kind, all);
    if (!page) return page.error();
    return std::get<std::vector<T>>(std::move(page->items));
}

bool Weekday(const Date& d) {
    // 1970-01-01 was a Thursday: days % 7 == 2 is Saturday, 3 is Sunday.
    const int64_t w = ((d.DaysSinceEpoch() % 7) + 7) % 7;
    return w != 2 && w != 3;
}

std::vector<std::string> ClassDays(const domain::Offering& o) {
    std::vector<std::string> days;
    for (Date d = o.start; d <= o.end && static_cast<int>(days.size()) < kRecordedDays; d = d.AddDays(1)) {
        if (Weekday(d)) days.push_back(d.ToIso());
    }
    if (days.empty()) days.push_back(o.start.ToIso());  // a weekend event
    return days;
}

/// 10:00 WIB of `d`, as unix seconds.
int64_t MorningOf(const Date& d) {
    return d.DaysSinceEpoch() * 86'400 + 10'800;  // 03:00 UTC
}

struct People {
    std::map<std::string, domain::Employee> by_nip;
    std::map<std::string, std::string> agency_names;
};

/// Saves the roll of the class days and returns the days each participant was present.
Result<std::map<std::string, int>> TakeRoll(storage::Store& store, const domain::Offering& o,
                                            const std::vector<std::string>& nips, bool attendance, Rng& rng) {
    std::map<std::string, int> present;
    if (!attendance) return present;
    const auto days = ClassDays(o);
    // One absence at most, and only where the rest still reaches 80%.
    const bool absences_allowed = days.size() >= 5;
    std::map<std::string, size_t> absent_on;
    for (const auto& nip : nips) {
        if (absences_allowed && rng.Chance(0.15)) absent_on[nip] = rng.Below(days.size());
    }
    for (size_t d = 0; d < days.size(); ++d) {
        std::vector<storage::AttendanceMark> marks;
        marks.reserve(nips.size());
        for (const auto& nip : nips) {
            const auto a = absent_on.find(nip);
            const bool here = a == absent_on.end() || a->second != d;
            marks.push_back(storage::AttendanceMark{nip, days[d], here});
            if (here) ++present[nip];
        }
        if (auto ok = store.Delivery().SaveAttendance(o.code, days[d], marks); !ok) return ok.error();
    }
    return present;
}

}  // namespace

std::optional<domain::Offering> PendingClass(const Catalog& catalog, Date as_of) {
    const auto program = std::find_if(catalog.programs.begin(), catalog.programs.end(),
                                      [](const domain::Program& p) { return p.code == kPendingProgram; });
    if (program == catalog.programs.end()) return std::nullopt;
    // Monday to Wednesday, ending a week or so before the day.
    Date start = as_of.AddDays(-14);
    while (((start.DaysSinceEpoch() % 7) + 7) % 7 != 4) start = start.AddDays(1);  // 1970-01-05 was a Monday
    return domain::Offering{program->code + "-" + std::to_string(as_of.year()) + "-90",
                            program->code,
                            start,
                            start.AddDays(2),
                            25,
                            "Kampus BPSDM Provinsi Jambi, Telanaipura"};
}

Result<ClassesSummary> BuildClasses(storage::Store& store, const Catalog& catalog, const DemoPeople& people, Date as_of,
                                    uint64_t seed) {
    ClassesSummary summary;
    auto employees = ListAll<domain::Employee>(store, Kind::pegawai);
    if (!employees) return employees.error();
    auto agencies = ListAll<domain::Agency>(store, Kind::opd);
    if (!agencies) return agencies.error();
    auto history = ListAll<domain::JpHistoryEntry>(store, Kind::riwayat_jp);
    if (!history) return history.error();
    People who;
    for (auto& e : *employees) who.by_nip.emplace(e.nip.str(), std::move(e));
    for (const auto& a : *agencies) who.agency_names.emplace(a.code, a.name);

    // Catalog offerings by (program name, start): what a riwayat_jp row of a catalog course names.
    std::map<std::pair<std::string, std::string>, size_t> offering_of;
    for (size_t i = 0; i < catalog.offerings.size(); ++i) {
        const auto& o = catalog.offerings[i];
        if (o.end >= as_of) continue;
        offering_of.emplace(std::pair{catalog.programs[catalog.offering_program[i]].name, o.start.ToIso()}, i);
    }
    std::map<size_t, std::vector<domain::JpHistoryEntry>> attendees;
    for (auto& h : *history) {
        const auto o = offering_of.find({h.activity, h.start.ToIso()});
        if (o != offering_of.end()) attendees[o->second].push_back(std::move(h));
    }

    Rng rng = Rng::For(seed, Stream::classes, 0);
    for (const auto& [index, rows] : attendees) {
        const auto& o = catalog.offerings[index];
        const auto& program = catalog.programs[catalog.offering_program[index]];
        std::vector<storage::Participant> enrolled;
        std::vector<std::string> nips;
        for (const auto& h : rows) {
            const auto e = who.by_nip.find(h.nip.str());
            if (e == who.by_nip.end()) continue;
            storage::Participant p;
            p.nip = h.nip.str();
            p.agency = e->second.agency_code;
            p.source = "manual";
            p.enrolled_at = MorningOf(o.start.AddDays(-14));
            enrolled.push_back(std::move(p));
            nips.push_back(h.nip.str());
        }
        if (enrolled.empty()) continue;
        // Demo classes may hold more attendees than seats (the history was drawn without them): no seat check.
        if (auto ok = store.Delivery().Enroll(o.code, enrolled, 0); !ok) return ok.error();
        const bool attendance = domain::NeedsAttendance(program.form);
        auto present = TakeRoll(store, o, nips, attendance, rng);
        if (!present) return present.error();
        // A second run over the same database (demo --force) leaves earlier decisions as they are.
        auto stored = store.Delivery().ListParticipants(o.code);
        if (!stored) return stored.error();
        std::set<std::string> open;
        for (const auto& p : *stored) {
            if (p.status == storage::ParticipantStatus::enrolled) open.insert(p.nip);
        }
        std::vector<storage::DecisionRecord> decisions;
        decisions.reserve(rows.size());
        const int64_t issued = MorningOf(o.end.AddDays(3));
        const int days = static_cast<int>(ClassDays(o).size());
        for (const auto& h : rows) {
            const auto e = who.by_nip.find(h.nip.str());
            if (e == who.by_nip.end()) continue;
            std::array<uint8_t, 7> random{};  // drawn for every attendee, so a second run draws the same stream
            for (auto& r : random) r = static_cast<uint8_t>(rng.Below(32));
            if (open.count(h.nip.str()) == 0) continue;
            const std::string number = learning::MakeCertificateNumber(o.end.year(), random);
            storage::DecisionRecord d;
            d.nip = h.nip.str();
            d.status = storage::ParticipantStatus::passed;
            const auto decided = learning::Decide(learning::CompletionRule{}, attendance,
                                                  learning::AttendanceTally{(*present)[d.nip], days}, std::nullopt);
            d.reason_id = decided.reason_id;
            d.reason_en = decided.reason_en;
            d.certificate = storage::CertificateRecord{number,
                                                       o.code,
                                                       d.nip,
                                                       e->second.name,
                                                       e->second.agency_code,
                                                       who.agency_names[e->second.agency_code],
                                                       program.code,
                                                       program.name,
                                                       program.institution,
                                                       program.jp,
                                                       o.start.ToIso(),
                                                       o.end.ToIso(),
                                                       o.location,
                                                       issued};
            d.credit = h;
            d.credit->certificate_number = number;
            decisions.push_back(std::move(d));
        }
        if (!decisions.empty()) {
            if (auto ok = store.Delivery().Decide(o.code, decisions, issued, 0); !ok) return ok.error();
        }
        ++summary.offerings;
        summary.participants += static_cast<int64_t>(enrolled.size());
        summary.certificates += static_cast<int64_t>(decisions.size());
    }

    // The class the partner still has to decide (stored by the caller with the catalog).
    const auto pending_class = PendingClass(catalog, as_of);
    if (!pending_class) return summary;
    const domain::Offering& pending = *pending_class;
    const Date start = pending.start;
    std::vector<std::string> nips;
    for (const auto* nip : {&people.asn_nip, &people.atasan_nip}) {
        if (!nip->empty() && who.by_nip.count(*nip)) nips.push_back(*nip);
    }
    Rng pick = Rng::For(seed, Stream::classes, 1);
    std::vector<const domain::Employee*> pool;
    pool.reserve(who.by_nip.size());
    for (const auto& [nip, e] : who.by_nip) pool.push_back(&e);
    while (static_cast<int>(nips.size()) < kPendingParticipants && !pool.empty()) {
        const std::string& nip = pool[pick.Below(pool.size())]->nip.str();
        if (std::find(nips.begin(), nips.end(), nip) == nips.end()) nips.push_back(nip);
    }
    std::vector<storage::Participant> enrolled;
    enrolled.reserve(nips.size());
    for (const auto& nip : nips) {
        storage::Participant p;
        p.nip = nip;
        p.agency = who.by_nip[nip].agency_code;
        p.source = "manual";
        p.enrolled_at = MorningOf(start.AddDays(-10));
        enrolled.push_back(std::move(p));
    }
    if (auto ok = store.Delivery().Enroll(pending.code, enrolled, pending.capacity); !ok) return ok.error();
    // The roll: most present every day, two miss a day, one misses two of the three (and will not pass).
    const auto days = ClassDays(pending);
    for (size_t d = 0; d < days.size(); ++d) {
        std::vector<storage::AttendanceMark> marks;
        marks.reserve(nips.size());
        for (size_t i = 0; i < nips.size(); ++i) {
            const bool absent =
                (i == nips.size() - 1 && d < 2) || (i == nips.size() - 2 && d == 1) || (i == nips.size() - 3 && d == 2);
            marks.push_back(storage::AttendanceMark{nips[i], days[d], !absent});
        }
        if (auto ok = store.Delivery().SaveAttendance(pending.code, days[d], marks); !ok) return ok.error();
    }
    summary.pending_offering = pending.code;
    summary.participants += static_cast<int64_t>(enrolled.size());
    ++summary.offerings;
    return summary;
}

}  // namespace bangkom::app::demo
