#include "app/demo/feedback.hpp"

#include <algorithm>
#include <map>
#include <vector>

#include "domain/enums.hpp"
#include "services/delivery_service.hpp"
#include "services/feedback_service.hpp"

namespace bangkom::app::demo {

using domain::Date;
using domain::Relationship;

namespace {

int64_t MorningOf(const Date& d) {
    return d.DaysSinceEpoch() * 86'400 + 10'800;  // 03:00 UTC
}

/// A class for the demo's health staff starting after `from` and until `until`, of another program than `other`:
/// a health class (".KES.") first, then any other class that is not a basic or leadership course (Latsar, PKA,
/// PKP, PKN) — those have their own participants. The earliest of the best kind; nullptr when none.
const domain::Offering* UpcomingClass(const Catalog& catalog, const Date& from, const Date& until,
                                      const std::string& other) {
    const domain::Offering* best = nullptr;
    bool best_health = false;
    for (size_t i = 0; i < catalog.offerings.size(); ++i) {
        const auto& o = catalog.offerings[i];
        const auto& p = catalog.programs[catalog.offering_program[i]];
        if (o.start <= from || o.start > until || p.code == other || p.raises.empty()) continue;
        if (p.form == domain::DevelopmentForm::e_learning || p.form == domain::DevelopmentForm::belajar_mandiri)
            continue;
        if (p.code.starts_with("LATSAR") || p.code.starts_with("PK")) continue;
        const bool health = p.code.find(".KES.") != std::string::npos;
        if (best == nullptr || (health && !best_health) || (health == best_health && o.start < best->start)) {
            best = &o;
            best_health = health;
        }
    }
    return best;
}

/// A fixed score 2–5 from the rater, the person and the competency; self-ratings lean higher.
int ScoreOf(const std::string& rater, const std::string& rated, const std::string& competency, Relationship r) {
    unsigned sum = 0;
    for (const std::string* part : {&rater, &rated, &competency}) {
        for (const char ch : *part) sum = sum * 31 + static_cast<unsigned char>(ch);
    }
    const int base = 2 + static_cast<int>(sum % 3);
    return std::min(5, r == Relationship::mandiri ? base + 1 : base);
}

Result<int64_t> Enrol(storage::Store& store, const domain::Offering& o, const std::vector<std::string>& nips,
                      const std::string& agency) {
    std::vector<storage::Participant> rows;
    for (const auto& nip : nips) {
        storage::Participant p;
        p.offering = o.code;
        p.nip = nip;
        p.agency = agency;
        p.source = "manual";
        p.enrolled_at = MorningOf(o.start.AddDays(-40));
        rows.push_back(std::move(p));
    }
    auto added = store.Delivery().Enroll(o.code, rows, 0);
    if (!added) return added.error();
    return added->added;
}

storage::User Admin() {
    storage::User admin;
    admin.role = domain::Role::admin_bkd;
    admin.username = "admin";
    return admin;
}

/// The first of the supervisor's staff other than the demo's employee (by NIP); "" when there is none.
Result<std::string> TeamMate(storage::Store& store, const DemoPeople& people) {
    storage::ListQuery query;
    query.team_of = people.atasan_nip;
    query.limit = 0;
    auto team = store.List(domain::Kind::pegawai, query);
    if (!team) return team.error();
    std::string mate;
    for (const auto& e : std::get<std::vector<domain::Employee>>(team->items)) {
        const std::string nip = e.nip.str();
        if (nip == people.asn_nip || nip == people.atasan_nip) continue;
        if (mate.empty() || nip < mate) mate = nip;
    }
    return mate;
}

/// The campaign that ran three weeks before the day until the day before, answered ten days before the day: self,
/// supervisor and three subordinates of each participant; four peers of the demo's employee but only two of the
/// team-mate who sits in the class too, so the staff see a peer group hidden under the three-rater rule.
Result<void> CloseCampaign(storage::Store& store, const domain::Offering& o, const DemoPeople& people,
                           const std::string& agency, Date as_of, FeedbackSummary& summary) {
    services::FeedbackService feedback(store);
    auto mate = TeamMate(store, people);
    if (!mate) return mate.error();
    std::vector<std::string> nips{people.asn_nip, people.atasan_nip};
    if (!mate->empty()) nips.push_back(*mate);
    auto enrolled = Enrol(store, o, nips, agency);
    if (!enrolled) return enrolled.error();
    auto info = services::DeliveryService(store).ReadableOffering(Admin(), o.code, domain::Lang::id);
    if (!info) return info.error();
    const Date opens = as_of.AddDays(-21);
    auto ran =
        feedback.Start(Admin(), *info, "sebelum", opens, as_of.AddDays(-1), opens, MorningOf(opens), domain::Lang::id);
    if (!ran) return ran.error();
    summary.invitations += static_cast<int64_t>(ran->invitations.size());
    std::vector<std::string> competencies;
    for (const auto& r : info->program.raises) competencies.push_back(r.competency_code);
    std::map<std::pair<std::string, Relationship>, int> answered;  // (rated, group) → answers so far
    for (const auto& i : ran->invitations) {
        const int peers = i.rated == people.asn_nip ? 4 : 2;
        const int limit = i.relationship == Relationship::rekan     ? peers
                          : i.relationship == Relationship::bawahan ? 3
                                                                    : 1;
        int& n = answered[{i.rated, i.relationship}];
        if (n >= limit) continue;
        ++n;
        storage::User rater;
        rater.role = domain::Role::asn;
        rater.nip = i.rater;
        std::map<std::string, std::optional<int>> scores;
        for (const auto& c : competencies) scores[c] = ScoreOf(i.rater, i.rated, c, i.relationship);
        if (auto ok = feedback.Submit(rater, ran->campaign.id, i.rated, scores, as_of.AddDays(-10), domain::Lang::id);
            !ok) {
            return ok.error();
        }
        ++summary.answers;
        summary.rows += static_cast<int64_t>(scores.size());
    }
    return {};
}

}  // namespace

Result<FeedbackSummary> BuildFeedback(storage::Store& store, const Catalog& catalog, const DemoPeople& people,
                                      Date as_of) {
    FeedbackSummary summary;
    if (people.asn_nip.empty() || people.atasan_nip.empty()) return summary;
    const auto* closed = UpcomingClass(catalog, as_of.AddDays(7), as_of.AddDays(150), "");
    if (closed == nullptr) return summary;
    const auto* open =
        UpcomingClass(catalog, std::max(closed->end, as_of.AddDays(30)), as_of.AddDays(170), closed->program_code);
    auto got = store.Get(domain::Kind::pegawai, people.asn_nip);
    if (!got) return got.error();
    const auto& employees = std::get<std::vector<domain::Employee>>(*got);
    const std::string agency = employees.empty() ? "" : employees.front().agency_code;

    services::FeedbackService feedback(store);
    // A data set built again over the same database (demo --force) keeps the campaigns it has.
    auto has_campaign = [&store](const std::string& code) -> Result<bool> {
        auto campaigns = store.Feedback().Campaigns(code);
        if (!campaigns) return campaigns.error();
        return !campaigns->empty();
    };
    auto closed_exists = has_campaign(closed->code);
    if (!closed_exists) return closed_exists.error();
    summary.closed_offering = closed->code;
    if (!*closed_exists) {
        if (auto ran = CloseCampaign(store, *closed, people, agency, as_of, summary); !ran) return ran.error();
    }

    // The open campaign: from the day until the day before the class starts.
    if (open == nullptr) return summary;
    auto open_exists = has_campaign(open->code);
    if (!open_exists) return open_exists.error();
    summary.open_offering = open->code;
    if (*open_exists) return summary;
    auto enrolled = Enrol(store, *open, {people.asn_nip, people.atasan_nip}, agency);
    if (!enrolled) return enrolled.error();
    auto info = services::DeliveryService(store).ReadableOffering(Admin(), open->code, domain::Lang::id);
    if (!info) return info.error();
    auto running =
        feedback.Start(Admin(), *info, "sebelum", as_of, std::nullopt, as_of, MorningOf(as_of), domain::Lang::id);
    if (!running) return running.error();
    summary.invitations += static_cast<int64_t>(running->invitations.size());
    return summary;
}

}  // namespace bangkom::app::demo
