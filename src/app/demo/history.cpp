#include "app/demo/history.hpp"

#include <algorithm>
#include <array>

#include "app/demo/learning.hpp"
#include "app/demo/rng.hpp"
#include "domain/performance.hpp"
#include "services/passwords.hpp"

namespace bangkom::app::demo {
namespace {

using domain::AssessmentSource;
using domain::Date;
using domain::Expectation;

// Offsets in half levels and their weights: most people meet the standard, a third fall short by half a level
// to two levels, a quarter exceed it.
constexpr std::array<int, 7> kGapSteps{-4, -3, -2, -1, 0, 1, 2};
constexpr std::array<int, 7> kGapWeights{4, 6, 18, 17, 30, 13, 12};

struct Noise {
    std::array<int, 3> steps;
    std::array<int, 3> weights;
};
constexpr Noise kSupervisorNoise{{-1, 0, 1}, {15, 65, 20}};
constexpr Noise kCentreNoise{{-1, 0, 1}, {25, 60, 15}};
constexpr Noise kSelfNoise{{0, 1, 2}, {40, 35, 25}};  // people rate themselves higher
constexpr Noise kPeerNoise{{-1, 0, 1}, {20, 60, 20}};

int Draw(Rng& rng, const Noise& noise) {
    return noise.steps[rng.Weighted(noise.weights)];
}

double Level(int half_steps) {
    return std::clamp(half_steps / 2.0, 1.0, 5.0);
}

// A day in the `days` days before `as_of`.
Date DayWithin(Rng& rng, Date as_of, int days) {
    return as_of.AddDays(-static_cast<int64_t>(rng.Below(days)));
}

bool IsManagerial(const std::string& code) {
    return code.rfind("M.", 0) == 0 || code.rfind("SK.", 0) == 0;
}

// The person's true level per standard, in half levels.
std::vector<int> TrueLevels(const Hire& hire, Rng& rng) {
    std::vector<int> levels;
    for (const auto& s : hire.position->standards) {
        levels.push_back(std::clamp(2 * s.level + kGapSteps[rng.Weighted(kGapWeights)], 2, 10));
    }
    return levels;
}

// Peers see how someone works with others: teamwork, communication, service and inclusion.
bool PeerVisible(const std::string& code) {
    return code == "M.02" || code == "M.03" || code == "M.05" || code == "SK.01";
}

enum class Scope { all, managerial, peer_visible };

void AddSource(const Hire& hire, const std::vector<int>& truth, AssessmentSource source, Date date, const Noise& noise,
               Scope scope, Rng& rng, HistoryBatch& out) {
    const auto& standards = hire.position->standards;
    for (size_t i = 0; i < standards.size(); ++i) {
        const auto& code = standards[i].competency_code;
        if (scope == Scope::managerial && !IsManagerial(code)) continue;
        if (scope == Scope::peer_visible && !PeerVisible(code)) continue;
        out.assessments.push_back({hire.employee.nip, code, Level(truth[i] + Draw(rng, noise)), source, date});
    }
}

void AddAssessments(const Hire& hire, const std::vector<int>& truth, const HistoryContext& ctx, Rng& rng,
                    HistoryBatch& out) {
    if (rng.Chance(0.07)) return;  // never assessed
    constexpr int kThreeYears = 3 * 365;
    if (rng.Chance(0.85)) {
        AddSource(hire, truth, AssessmentSource::atasan, DayWithin(rng, ctx.as_of, kThreeYears), kSupervisorNoise,
                  Scope::all, rng, out);
    }
    const bool structural = hire.position->tier != Tier::staff;
    if (rng.Chance(structural ? 0.9 : 0.33)) {
        AddSource(hire, truth, AssessmentSource::asesmen, DayWithin(rng, ctx.as_of, kThreeYears), kCentreNoise,
                  Scope::managerial, rng, out);
    }
    if (rng.Chance(0.4)) {
        AddSource(hire, truth, AssessmentSource::mandiri, DayWithin(rng, ctx.as_of, kThreeYears), kSelfNoise,
                  Scope::all, rng, out);
    }
    if (hire.peer && rng.Chance(0.3)) {
        // One or two colleagues, each on its own day.
        const int peers = rng.Between(1, 2);
        const Date first = DayWithin(rng, ctx.as_of, kThreeYears);
        for (int p = 0; p < peers; ++p) {
            AddSource(hire, truth, AssessmentSource::rekan, first.AddDays(-p), kPeerNoise, Scope::peer_visible, rng,
                      out);
        }
    }
}

enum class Performer { top, solid, weak };

Expectation DrawExpectation(Rng& rng, std::array<int, 3> weights) {
    constexpr std::array<Expectation, 3> kValues{Expectation::di_atas, Expectation::sesuai, Expectation::di_bawah};
    return kValues[rng.Weighted(weights)];
}

void AddRatings(const Hire& hire, const HistoryContext& ctx, Rng& rng, HistoryBatch& out) {
    const double p = rng.Unit();
    const Performer performer = p < 0.12 ? Performer::top : p < 0.92 ? Performer::solid : Performer::weak;
    for (int year : {ctx.plan_year - 2, ctx.plan_year - 1}) {
        // A full year's SKP needs an appointment by mid-year.
        if (hire.appointed.year() > year || (hire.appointed.year() == year && hire.appointed.month() > 6)) continue;
        domain::PerformanceRating r;
        r.nip = hire.employee.nip;
        r.year = year;
        switch (performer) {
            case Performer::top:
                r.results = DrawExpectation(rng, {65, 35, 0});
                r.behaviour = DrawExpectation(rng, {55, 45, 0});
                break;
            case Performer::solid:
                r.results = DrawExpectation(rng, {7, 90, 3});
                r.behaviour = DrawExpectation(rng, {8, 90, 2});
                break;
            case Performer::weak:
                r.results = DrawExpectation(rng, {0, 45, 55});
                r.behaviour = DrawExpectation(rng, {0, 70, 30});
                break;
        }
        r.predikat = domain::DerivePredikat(r.results, r.behaviour);
        out.ratings.push_back(r);
    }
}

constexpr std::string_view kReasons[] = {
    "Hasil asesmen menunjukkan kesenjangan kompetensi pada jabatan saat ini",
    "Dibutuhkan untuk mendukung target kinerja unit tahun depan",
    "Persiapan untuk jabatan yang lebih tinggi",
    "Penerapan aplikasi dan prosedur baru di unit kerja",
    "Rekomendasi atasan langsung setelah penilaian kinerja",
    "Belum pernah mengikuti pelatihan pada bidang ini",
};
constexpr std::array<domain::ProposalStatus, 5> kStatuses{
    domain::ProposalStatus::submitted, domain::ProposalStatus::approved, domain::ProposalStatus::draft,
    domain::ProposalStatus::returned, domain::ProposalStatus::rejected};
constexpr std::array<int, 5> kStatusWeights{45, 25, 12, 12, 6};
constexpr std::array<domain::DevelopmentForm, 5> kProposedForms{
    domain::DevelopmentForm::pelatihan_klasikal, domain::DevelopmentForm::bimtek, domain::DevelopmentForm::e_learning,
    domain::DevelopmentForm::coaching, domain::DevelopmentForm::workshop};

void AddProposals(const Hire& hire, const std::vector<int>& truth, const HistoryContext& ctx, Rng& rng,
                  HistoryBatch& out) {
    if (!rng.Chance(0.03)) return;
    const auto& standards = hire.position->standards;
    // Competencies the person falls short in come first; otherwise any of the position's.
    std::vector<size_t> candidates;
    for (size_t i = 0; i < standards.size(); ++i) {
        if (truth[i] < 2 * standards[i].level) candidates.push_back(i);
    }
    if (candidates.empty()) candidates.push_back(rng.Below(standards.size()));
    const size_t count = std::min<size_t>(candidates.size(), static_cast<size_t>(rng.Between(1, 2)));
    for (size_t k = 0; k < count; ++k) {
        domain::Proposal p;
        p.nip = hire.employee.nip;
        p.competency_code = standards[candidates[k]].competency_code;
        p.year = ctx.plan_year;
        p.reason = std::string(kReasons[rng.Below(std::size(kReasons))]);
        if (rng.Chance(0.6)) p.form = kProposedForms[rng.Below(kProposedForms.size())];
        p.priority = 1 + static_cast<int>(rng.Weighted(std::array<int, 3>{30, 50, 20}));
        p.status = kStatuses[rng.Weighted(kStatusWeights)];
        out.proposals.push_back(std::move(p));
    }
}

constexpr std::array<std::string_view, 4> k360Competencies{"M.01", "M.02", "M.03", "M.05"};

void Add360(const domain::Nip& rated, const std::string& rater, domain::Relationship relationship, int centre,
            Date date, const HistoryContext& ctx, Rng& rng, HistoryBatch& out) {
    const std::string hash = services::KeyedHash(ctx.rater_key, rater);
    for (std::string_view competency : k360Competencies) {
        const int score = std::clamp(centre + static_cast<int>(rng.Weighted(std::array<int, 3>{20, 60, 20})) - 1, 1, 5);
        out.feedback.push_back(
            {0, rated, hash, relationship, std::string(competency), static_cast<double>(score), date});
    }
}

void AddFeedback(const Hire& hire, const std::vector<int>& truth, const HistoryContext& ctx, Rng& rng,
                 HistoryBatch& out) {
    const auto& e = hire.employee;
    const bool structural = hire.position->tier != Tier::staff;
    // The first member of each team rates the supervisor as subordinate, for a quarter of the supervisors.
    if (hire.first_of_team && e.supervisor_nip && rng.Chance(0.25)) {
        Add360(*e.supervisor_nip, e.nip.str(), domain::Relationship::bawahan, 4, DayWithin(rng, ctx.as_of, 365), ctx,
               rng, out);
    }
    if (!rng.Chance(structural ? 0.25 : 0.04)) return;
    const int centre = std::clamp((truth.front() + 1) / 2, 1, 5);  // M.01 is the first standard
    const Date date = DayWithin(rng, ctx.as_of, 365);
    Add360(e.nip, e.nip.str(), domain::Relationship::mandiri, std::min(5, centre + 1), date, ctx, rng, out);
    if (e.supervisor_nip) {
        Add360(e.nip, e.supervisor_nip->str(), domain::Relationship::atasan, centre, date, ctx, rng, out);
    }
    if (hire.peer) Add360(e.nip, hire.peer->str(), domain::Relationship::rekan, centre, date, ctx, rng, out);
}

}  // namespace

std::vector<size_t> PastOfferings(const Catalog& catalog, domain::Date as_of) {
    std::vector<size_t> out;
    for (size_t i = 0; i < catalog.offerings.size(); ++i) {
        const auto& o = catalog.offerings[i];
        if (o.start.year() == as_of.year() && o.end < as_of) out.push_back(i);
    }
    return out;
}

void HistoryBatch::Clear() {
    assessments.clear();
    ratings.clear();
    jp.clear();
    tests.clear();
    reactions.clear();
    proposals.clear();
    feedback.clear();
}

void AddHistory(const Hire& hire, const HistoryContext& ctx, HistoryBatch& out) {
    Rng rng = Rng::For(ctx.seed, Stream::history, hire.index);
    const std::vector<int> truth = TrueLevels(hire, rng);
    AddAssessments(hire, truth, ctx, rng, out);
    AddRatings(hire, ctx, rng, out);
    AddLearning(hire, ctx, rng, out);
    AddProposals(hire, truth, ctx, rng, out);
    AddFeedback(hire, truth, ctx, rng, out);
}

}  // namespace bangkom::app::demo
