// The demo data set on a real SQLite database: determinism, validity, referential integrity, the supervisor
// chains, the counts, and scaling.

#include "app/demo/demo.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <algorithm>
#include <filesystem>
#include <map>
#include <set>
#include <string>
#include <variant>

#include "app/demo/agencies.hpp"
#include "app/demo/courses.hpp"
#include "app/demo/functionals.hpp"
#include "app/demo/review.hpp"
#include "domain/kinds.hpp"
#include "services/feedback_service.hpp"
#include "services/import_service.hpp"
#include "services/program_review.hpp"
#include "services/survey_periods.hpp"

namespace bangkom::app::demo {
namespace {

using domain::Kind;

constexpr int kYear = 2027;
constexpr int64_t kEmployees = 1500;

std::string MakeTempDir() {
    std::string dir = (std::filesystem::temp_directory_path() / "bangkom-demo-XXXXXX").string();
    if (mkdtemp(dir.data()) == nullptr) throw std::runtime_error("mkdtemp failed");
    return dir;
}

struct Built {
    std::unique_ptr<storage::Store> store;
    DemoSummary summary;
};

Built Build(const std::string& path, uint64_t seed, int64_t employees, int64_t batch_size = 50'000) {
    auto store = storage::OpenStore(path);
    if (!store.ok()) throw std::runtime_error(store.error().message);
    DemoOptions options;
    options.seed = seed;
    options.employees = employees;
    options.plan_year = kYear;
    options.batch_size = batch_size;
    auto summary = BuildDemo(**store, options, domain::Lang::id, {});
    if (!summary.ok()) throw std::runtime_error(summary.error().message);
    return {std::move(*store), std::move(*summary)};
}

template <class T>
std::vector<T> All(storage::Store& store, Kind kind) {
    storage::ListQuery query;
    query.limit = 0;
    auto page = store.List(kind, query);
    if (!page.ok()) throw std::runtime_error(page.error().message);
    return std::get<std::vector<T>>(std::move(page->items));
}

std::string Export(storage::Store& store, Kind kind) {
    auto csv = services::ExportKind(store, kind, services::ExportFormat::csv, {});
    if (!csv.ok()) throw std::runtime_error(csv.error().message);
    return *csv;
}

// One data set shared by the read-only tests (building it is the slow part).
class DemoDataTest : public ::testing::Test {
  protected:
    static void SetUpTestSuite() {
        dir_ = new std::string(MakeTempDir());
        built_ = new Built(Build(*dir_ + "/a.db", 7, kEmployees));
    }
    static void TearDownTestSuite() {
        delete built_;
        std::filesystem::remove_all(*dir_);
        delete dir_;
    }
    storage::Store& store() { return *built_->store; }
    static std::string* dir_;
    static Built* built_;
};
std::string* DemoDataTest::dir_ = nullptr;
Built* DemoDataTest::built_ = nullptr;

TEST_F(DemoDataTest, SameSeedGivesIdenticalExportsAndAnotherSeedDiffers) {
    // A different batch size must not change anything either: each employee draws from its own stream.
    Built same = Build(*dir_ + "/b.db", 7, kEmployees, 333);
    Built other = Build(*dir_ + "/c.db", 8, kEmployees);
    for (Kind kind : domain::AllKinds()) {
        SCOPED_TRACE(std::string(domain::KindCode(kind)));
        EXPECT_EQ(Export(store(), kind), Export(*same.store, kind));
    }
    EXPECT_NE(Export(store(), Kind::pegawai), Export(*other.store, Kind::pegawai));
    EXPECT_NE(Export(store(), Kind::penilaian), Export(*other.store, Kind::penilaian));
    EXPECT_NE(Export(store(), Kind::skm), Export(*other.store, Kind::skm));
}

TEST_F(DemoDataTest, EveryNipIsValidAndUnique) {
    std::set<std::string> seen;
    for (const auto& e : All<domain::Employee>(store(), Kind::pegawai)) {
        auto parsed = domain::Nip::Parse(e.nip.str(), domain::EmploymentStatus::pns);  // PPPK numbers too
        EXPECT_TRUE(parsed.ok()) << e.nip.str();
        EXPECT_TRUE(seen.insert(e.nip.str()).second) << "duplicate " << e.nip.str();
        EXPECT_NE(e.nip.str().substr(15), "000");
    }
    EXPECT_EQ(static_cast<int64_t>(seen.size()), kEmployees);
}

TEST_F(DemoDataTest, EveryRecordPassesValidate) {
    for (Kind kind : domain::AllKinds()) {
        storage::ListQuery query;
        query.limit = 0;
        auto page = store().List(kind, query);
        ASSERT_TRUE(page.ok());
        std::visit(
            [&](const auto& records) {
                int failures = 0;
                for (const auto& r : records) {
                    auto ok = domain::Validate(r);
                    if (!ok.ok() && ++failures <= 3) {
                        ADD_FAILURE() << domain::KindCode(kind) << ": " << ok.error().message;
                    }
                }
                EXPECT_EQ(failures, 0) << domain::KindCode(kind);
            },
            page->items);
    }
}

template <class T, class F>
std::set<std::string> KeysOf(const std::vector<T>& records, F key) {
    std::set<std::string> out;
    for (const auto& r : records) out.insert(key(r));
    return out;
}

TEST_F(DemoDataTest, EveryReferenceExists) {
    auto& s = store();
    const auto agencies = KeysOf(All<domain::Agency>(s, Kind::opd), [](const auto& r) { return r.code; });
    const auto units = All<domain::ServiceUnit>(s, Kind::unit_layanan);
    const auto competencies =
        KeysOf(All<domain::Competency>(s, Kind::kompetensi), [](const auto& r) { return r.code; });
    const auto positions = All<domain::Position>(s, Kind::jabatan);
    const auto employees = All<domain::Employee>(s, Kind::pegawai);
    std::map<std::string, std::string> unit_agency;
    for (const auto& u : units) {
        EXPECT_TRUE(agencies.count(u.agency_code)) << u.code;
        unit_agency[u.code] = u.agency_code;
    }
    std::map<std::string, std::string> position_agency;
    for (const auto& p : positions) {
        EXPECT_TRUE(agencies.count(p.agency_code)) << p.code;
        position_agency[p.code] = p.agency_code;
    }
    for (const auto& st : All<domain::PositionStandard>(s, Kind::standar_kompetensi)) {
        EXPECT_TRUE(position_agency.count(st.position_code)) << st.position_code;
        EXPECT_TRUE(competencies.count(st.competency_code)) << st.competency_code;
    }
    const auto nips = KeysOf(employees, [](const auto& e) { return e.nip.str(); });
    for (const auto& e : employees) {
        EXPECT_EQ(position_agency.at(e.position_code), e.agency_code) << e.nip.str();
        if (!e.unit_code.empty()) {
            EXPECT_EQ(unit_agency.at(e.unit_code), e.agency_code) << e.nip.str();
        }
        if (e.supervisor_nip) {
            EXPECT_TRUE(nips.count(e.supervisor_nip->str())) << e.nip.str();
        }
        if (!e.target_position_code.empty()) {
            EXPECT_EQ(position_agency.at(e.target_position_code), e.agency_code) << e.nip.str();
        }
    }
    const auto programs = All<domain::Program>(s, Kind::program);
    for (const auto& p : programs) {
        for (const auto& raise : p.raises) EXPECT_TRUE(competencies.count(raise.competency_code)) << p.code;
    }
    const auto program_codes = KeysOf(programs, [](const auto& p) { return p.code; });
    const auto offerings = All<domain::Offering>(s, Kind::angkatan);
    for (const auto& o : offerings) EXPECT_TRUE(program_codes.count(o.program_code)) << o.code;
    const auto offering_codes = KeysOf(offerings, [](const auto& o) { return o.code; });
    for (const auto& a : All<domain::Assessment>(s, Kind::penilaian)) {
        ASSERT_TRUE(nips.count(a.nip.str()));
        ASSERT_TRUE(competencies.count(a.competency_code));
    }
    for (const auto& r : All<domain::PerformanceRating>(s, Kind::kinerja)) ASSERT_TRUE(nips.count(r.nip.str()));
    for (const auto& j : All<domain::JpHistoryEntry>(s, Kind::riwayat_jp)) ASSERT_TRUE(nips.count(j.nip.str()));
    for (const auto& p : All<domain::Proposal>(s, Kind::usulan)) {
        EXPECT_TRUE(nips.count(p.nip.str()));
        EXPECT_TRUE(competencies.count(p.competency_code));
    }
    for (const auto& r : All<domain::SurveyResponse>(s, Kind::skm)) ASSERT_TRUE(unit_agency.count(r.unit_code));
    for (const auto& t : All<domain::TestScore>(s, Kind::tes)) {
        ASSERT_TRUE(offering_codes.count(t.offering_code));
        ASSERT_TRUE(nips.count(t.nip.str()));
    }
    for (const auto& r : All<domain::ReactionAnswer>(s, Kind::reaksi)) {
        ASSERT_TRUE(offering_codes.count(r.offering_code));
        if (r.nip) {
            ASSERT_TRUE(nips.count(r.nip->str()));
        }
    }
    for (const auto& f : All<domain::Feedback360>(s, Kind::umpan_balik_360)) {
        ASSERT_TRUE(nips.count(f.rated_nip.str()));
        ASSERT_TRUE(competencies.count(f.competency_code));
    }
}

TEST_F(DemoDataTest, SupervisorChainsEndAtTheHeadWithoutCyclesAndStayInTheAgency) {
    std::map<std::string, domain::Employee> by_nip;
    for (auto& e : All<domain::Employee>(store(), Kind::pegawai)) by_nip.emplace(e.nip.str(), std::move(e));
    std::map<std::string, int> heads;  // agency → employees without a supervisor
    for (const auto& [nip, e] : by_nip) {
        if (!e.supervisor_nip) ++heads[e.agency_code];
        std::set<std::string> visited{nip};
        const domain::Employee* cur = &e;
        while (cur->supervisor_nip) {
            const auto& next = by_nip.at(cur->supervisor_nip->str());
            ASSERT_EQ(next.agency_code, e.agency_code) << nip;
            ASSERT_TRUE(visited.insert(next.nip.str()).second) << "cycle through " << nip;
            cur = &next;
        }
        EXPECT_EQ(cur->position_code, e.agency_code + ".KEPALA") << nip;
        EXPECT_LE(visited.size(), 4u) << nip;  // staff ← pengawas ← administrator ← head
    }
    EXPECT_EQ(heads.size(), Agencies().size());
    for (const auto& [agency, n] : heads) EXPECT_EQ(n, 1) << agency;
}

TEST_F(DemoDataTest, CountsAreInTheIntendedRanges) {
    auto& s = store();
    EXPECT_EQ(*s.Count(Kind::opd), 45);
    EXPECT_EQ(*s.Count(Kind::unit_layanan), 80);
    EXPECT_EQ(*s.Count(Kind::kompetensi), 9 + 11 * 8);
    EXPECT_EQ(*s.Count(Kind::program), 80);
    EXPECT_GE(*s.Count(Kind::angkatan), 250);
    EXPECT_LE(*s.Count(Kind::angkatan), 400);
    EXPECT_EQ(*s.Count(Kind::pegawai), kEmployees);
    for (const auto& [kind, n] : built_->summary.counts) EXPECT_EQ(*s.Count(kind), n) << domain::KindCode(kind);
    for (Kind kind : {Kind::usulan, Kind::tes, Kind::reaksi, Kind::umpan_balik_360}) {
        EXPECT_GT(*s.Count(kind), 0) << domain::KindCode(kind);
    }
    for (const auto& a : All<domain::Agency>(s, Kind::opd)) {
        EXPECT_GE(a.budget.rupiah, 250'000'000);
        EXPECT_LE(a.budget.rupiah, 5'000'000'000);
    }
}

TEST_F(DemoDataTest, EmployeesLookLikeAProvincialWorkforce) {
    const auto employees = All<domain::Employee>(store(), Kind::pegawai);
    std::map<std::string, int> per_agency;
    int pppk = 0;
    int in_units = 0;
    int with_target = 0;
    std::set<std::string> emails;
    for (const auto& e : employees) {
        ++per_agency[e.agency_code];
        pppk += e.status == domain::EmploymentStatus::pppk;
        in_units += !e.unit_code.empty();
        with_target += !e.target_position_code.empty();
        EXPECT_TRUE(emails.insert(e.email).second) << e.email;
        EXPECT_NE(e.email.find("@jambiprov.go.id"), std::string::npos);
    }
    const double n = static_cast<double>(employees.size());
    EXPECT_GT(pppk / n, 0.05);
    EXPECT_LT(pppk / n, 0.18);
    EXPECT_GT(in_units / n, 0.1);
    EXPECT_GT(with_target, 0);
    // Dinas Pendidikan is the largest, then the hospital; every agency has at least a small team.
    for (const auto& [agency, count] : per_agency) {
        if (agency != "DISDIK") {
            EXPECT_LT(count, per_agency["DISDIK"]) << agency;
        }
        EXPECT_GE(count, 8) << agency;
    }
    EXPECT_GT(per_agency["RSUD.RM"], per_agency["DINKES"]);
}

TEST_F(DemoDataTest, AssessmentsRatingsAndJpHaveRealisticShapes) {
    auto& s = store();
    std::map<domain::AssessmentSource, std::set<std::string>> assessed;
    bool half_levels = false;
    const domain::Date as_of = AsOfDate(kYear);
    for (const auto& a : All<domain::Assessment>(s, Kind::penilaian)) {
        assessed[a.source].insert(a.nip.str());
        half_levels |= a.level != static_cast<int>(a.level);
        EXPECT_LE(a.date, as_of);
        EXPECT_GT(a.date, as_of.AddDays(-3 * 366));
    }
    ASSERT_EQ(assessed.size(), 4u);  // asesmen, atasan, rekan, mandiri
    std::set<std::string> anyone;
    for (const auto& [source, nips] : assessed) anyone.insert(nips.begin(), nips.end());
    const double n = static_cast<double>(kEmployees);
    EXPECT_GT(anyone.size() / n, 0.85);
    EXPECT_LT(anyone.size() / n, 0.98);  // some were never assessed
    EXPECT_GT(assessed[domain::AssessmentSource::asesmen].size() / n, 0.25);
    EXPECT_LT(assessed[domain::AssessmentSource::asesmen].size() / n, 0.55);
    EXPECT_GT(assessed[domain::AssessmentSource::atasan].size() / n, 0.7);
    EXPECT_TRUE(half_levels);

    std::map<domain::Predikat, int> predikat;
    for (const auto& r : All<domain::PerformanceRating>(s, Kind::kinerja)) {
        ++predikat[r.predikat];
        EXPECT_TRUE(r.year == kYear - 1 || r.year == kYear - 2);
    }
    int ratings = 0;
    for (const auto& [p, count] : predikat) ratings += count;
    EXPECT_GT(predikat[domain::Predikat::baik], ratings * 0.6);
    EXPECT_GT(predikat[domain::Predikat::sangat_baik], 0);
    EXPECT_GT(predikat[domain::Predikat::butuh_perbaikan], 0);

    std::map<std::string, int> jp;
    for (const auto& j : All<domain::JpHistoryEntry>(s, Kind::riwayat_jp)) {
        EXPECT_EQ(j.start.year(), kYear - 1);
        EXPECT_LE(j.start, as_of);
        jp[j.nip.str()] += j.jp;
    }
    int reached = 0;
    for (const auto& [nip, total] : jp) reached += total >= 20;
    EXPECT_GT(reached / n, 0.1);  // some reach the 20 JP of PP 11/2017 ...
    EXPECT_LT(reached / n, 0.7);  // ... many do not
}

TEST_F(DemoDataTest, SurveysAndOfferingsCoverUnitsAndBothYears) {
    std::map<std::string, int> per_unit;
    for (const auto& r : All<domain::SurveyResponse>(store(), Kind::skm)) ++per_unit[r.unit_code];
    EXPECT_EQ(per_unit.size(), 80u);
    for (const auto& [unit, count] : per_unit) {
        EXPECT_GE(count, 300) << unit;  // hundreds per unit and year, over two years
        EXPECT_LE(count, 800) << unit;
    }
    std::map<int, int> per_year;
    std::map<std::string, domain::DevelopmentForm> form;
    for (const auto& p : All<domain::Program>(store(), Kind::program)) form[p.code] = p.form;
    for (const auto& o : All<domain::Offering>(store(), Kind::angkatan)) {
        ++per_year[o.start.year()];
        EXPECT_LE(o.start, o.end);
        if (form.at(o.program_code) == domain::DevelopmentForm::e_learning) {
            EXPECT_EQ(o.capacity, 0) << o.code;
        }
    }
    EXPECT_GT(per_year[kYear], per_year[kYear - 1]);
    EXPECT_GT(per_year[kYear - 1], 50);
}

TEST(DemoScalingTest, EmployeesOptionScalesTheWorkforce) {
    const std::string dir = MakeTempDir();
    Built small = Build(dir + "/min.db", 3, MinimumEmployees());
    EXPECT_EQ(*small.store->Count(Kind::pegawai), MinimumEmployees());
    EXPECT_EQ(*small.store->Count(Kind::opd), 45);
    Built larger = Build(dir + "/larger.db", 3, 4000, 1000);
    EXPECT_EQ(*larger.store->Count(Kind::pegawai), 4000);
    EXPECT_GT(*larger.store->Count(Kind::penilaian), *small.store->Count(Kind::penilaian) * 4);
    std::filesystem::remove_all(dir);
}

TEST(DemoOptionsTest, RejectsOutOfRangeOptions) {
    DemoOptions options;
    options.plan_year = kYear;
    EXPECT_TRUE(CheckOptions(options, domain::Lang::id).ok());
    options.employees = MinimumEmployees() - 1;
    EXPECT_EQ(CheckOptions(options, domain::Lang::id).error().code, ErrorCode::invalid_argument);
    options.employees = kDefaultEmployees;
    options.plan_year = kFirstPlanYear - 1;
    EXPECT_NE(CheckOptions(options, domain::Lang::en).error().message.find("--year"), std::string::npos);
    options.plan_year = kYear;
    options.batch_size = 0;
    EXPECT_FALSE(CheckOptions(options, domain::Lang::id).ok());
}

TEST(DemoCatalogTest, EveryStaffFamilyOfEveryAgencyIsDefined) {
    for (const auto& agency : Agencies()) {
        for (const auto& item : ParseWeighted(agency.staff)) {
            EXPECT_NE(FindFamily(item.id), nullptr) << agency.code << ": " << item.id;
        }
    }
    for (const auto& item : ParseWeighted(CommonStaff())) EXPECT_NE(FindFamily(item.id), nullptr) << item.id;
    for (const auto& unit : Units()) {
        bool known = false;
        for (const auto& agency : Agencies()) known |= agency.code == unit.agency_code;
        EXPECT_TRUE(known) << unit.name;
    }
}

}  // namespace
}  // namespace bangkom::app::demo

namespace bangkom::app::demo {
namespace {

// Classes (issue 7): past catalog courses decided with Bangkom certificates that riwayat_jp carries, and one
// class left for the partner with the demo logins in it, its roll taken and nothing decided.
TEST_F(DemoDataTest, ClassesCarryCertificatesAndOneAwaitsTheDecision) {
    auto& s = store();
    auto counts = s.Delivery().Counts();
    ASSERT_TRUE(counts.ok());
    ASSERT_GT(counts->size(), 10u);
    std::map<std::string, std::string> history_numbers;  // certificate → nip, from riwayat_jp
    for (const auto& h : All<domain::JpHistoryEntry>(s, Kind::riwayat_jp)) {
        if (h.certificate_number.rfind("BKM-", 0) == 0) history_numbers[h.certificate_number] = h.nip.str();
    }
    int64_t passed = 0;
    std::string pending;
    for (const auto& c : *counts) {
        passed += c.passed;
        const auto& upcoming = built_->summary.feedback_offerings;  // classes ahead with a 360 campaign
        if (std::find(upcoming.begin(), upcoming.end(), c.offering) != upcoming.end()) continue;
        if (c.passed == 0 && c.failed == 0) pending = c.offering;
    }
    EXPECT_EQ(static_cast<int64_t>(history_numbers.size()), passed);
    // A sample of the passed participants: the certificate exists, names them and is in their history.
    int checked = 0;
    for (const auto& c : *counts) {
        if (c.offering == pending || checked >= 20) continue;
        auto rows = s.Delivery().ListParticipants(c.offering);
        ASSERT_TRUE(rows.ok());
        for (const auto& p : *rows) {
            ASSERT_EQ(p.status, storage::ParticipantStatus::passed) << c.offering;
            auto cert = s.Delivery().FindCertificate(p.certificate);
            ASSERT_TRUE(cert.ok()) << p.certificate;
            EXPECT_EQ(cert->nip, p.nip);
            EXPECT_EQ(cert->offering, c.offering);
            EXPECT_EQ(history_numbers[p.certificate], p.nip);
            EXPECT_FALSE(p.reason_id.empty());
            ++checked;
        }
    }
    EXPECT_GE(checked, 20);

    ASSERT_EQ(pending, "SKP-" + std::to_string(built_->summary.as_of.year()) + "-90");
    auto rows = s.Delivery().ListParticipants(pending);
    ASSERT_TRUE(rows.ok());
    EXPECT_EQ(rows->size(), 18u);
    const auto has = [&](const std::string& nip) {
        return std::any_of(rows->begin(), rows->end(), [&](const auto& p) { return p.nip == nip; });
    };
    EXPECT_TRUE(has(built_->summary.people.asn_nip));
    EXPECT_TRUE(has(built_->summary.people.atasan_nip));
    auto marks = s.Delivery().ListAttendance(pending);
    ASSERT_TRUE(marks.ok());
    EXPECT_EQ(marks->size(), 18u * 3u);
    EXPECT_EQ(std::count_if(marks->begin(), marks->end(), [](const auto& m) { return !m.present; }), 4);
    auto offering = s.Get(Kind::angkatan, pending);
    ASSERT_TRUE(offering.ok());
    EXPECT_LT(std::get<std::vector<domain::Offering>>(*offering).front().end, built_->summary.as_of);
}

TEST_F(DemoDataTest, The360CampaignsGiveTheDemoUsersResultsAndSomethingToRate) {
    const auto& offerings = built_->summary.feedback_offerings;
    ASSERT_EQ(offerings.size(), 2u);
    ASSERT_FALSE(offerings[0].empty());
    ASSERT_FALSE(offerings[1].empty());
    services::FeedbackService feedback(store());
    storage::User asn;
    asn.role = domain::Role::asn;
    asn.nip = built_->summary.people.asn_nip;
    const domain::Date day = built_->summary.as_of;

    auto own = feedback.MyResults(asn, day, domain::Lang::id);
    ASSERT_TRUE(own.ok()) << own.error().message;
    ASSERT_EQ(own->size(), 2u);  // rated in both campaigns; the closed one has results
    const auto closed = std::find_if(own->begin(), own->end(), [&](const services::OwnFeedback& o) {
        return o.view.campaign.offering == offerings[0];
    });
    ASSERT_NE(closed, own->end());
    EXPECT_EQ(closed->view.state, evaluation::CampaignState::closed);
    ASSERT_FALSE(closed->results.empty());
    const auto& peers = closed->results.front().groups[static_cast<size_t>(domain::Relationship::rekan)];
    EXPECT_FALSE(peers.hidden);  // four peers answered
    EXPECT_GE(peers.raters, 3);
    EXPECT_TRUE(closed->results.front().groups[static_cast<size_t>(domain::Relationship::mandiri)].mean.has_value());
    // the team-mate in the class had two peers answer: the staff see that group hidden
    storage::User admin;
    admin.role = domain::Role::admin_bkd;
    auto detail = feedback.Detail(admin, closed->view.campaign.id, day, domain::Lang::id);
    ASSERT_TRUE(detail.ok()) << detail.error().message;
    EXPECT_EQ(detail->participants.size(), 3u);
    const bool hidden = std::any_of(detail->participants.begin(), detail->participants.end(), [](const auto& p) {
        return !p.results.empty() && p.results.front().groups[static_cast<size_t>(domain::Relationship::rekan)].hidden;
    });
    EXPECT_TRUE(hidden);

    auto tasks = feedback.Tasks(asn, day);
    ASSERT_TRUE(tasks.ok());
    const auto self = std::find_if(tasks->begin(), tasks->end(), [&](const services::FeedbackTask& t) {
        return t.view.campaign.offering == offerings[1] && t.invitation.relationship == domain::Relationship::mandiri;
    });
    ASSERT_NE(self, tasks->end());
    EXPECT_EQ(self->view.state, evaluation::CampaignState::open);
    EXPECT_FALSE(self->invitation.answered);
}

}  // namespace
}  // namespace bangkom::app::demo

namespace bangkom::app::demo {
namespace {

TEST(DemoCourses, ASelfPacedCourseWithAPlayableScormQuizAndTheEmployeeUnderway) {
    const std::string dir = MakeTempDir();
    auto store = storage::OpenStore(dir + "/demo.db");
    ASSERT_TRUE(store.ok());
    DemoOptions options;
    options.employees = kEmployees;
    options.plan_year = kYear;
    options.content_root = dir + "/konten";
    auto summary = BuildDemo(**store, options, domain::Lang::id, {});
    ASSERT_TRUE(summary.ok()) << summary.error().message;
    auto modules = (*store)->Courses().ListModules("EL.BERAKHLAK");
    ASSERT_TRUE(modules.ok());
    ASSERT_EQ(modules->size(), 4u);
    EXPECT_EQ((*modules)[3].kind, "quiz");
    EXPECT_NE((*modules)[3].package_json.find("\"test\":\"post\""), std::string::npos) << (*modules)[3].package_json;
    auto bank = (*store)->Quizzes().QuestionCounts();  // the final test draws from M.01 and M.02, which it raises
    ASSERT_TRUE(bank.ok());
    EXPECT_THAT(*bank, ::testing::ElementsAre(std::pair<std::string, int64_t>{"M.01", 5},
                                              std::pair<std::string, int64_t>{"M.02", 5}));
    EXPECT_EQ((*modules)[0].kind, "text");
    EXPECT_NE((*modules)[0].body.find("Berorientasi Pelayanan"), std::string::npos);
    const auto& quiz = (*modules)[2];
    EXPECT_EQ(quiz.kind, "scorm");
    EXPECT_NE(quiz.package_json.find("\"mastery_score\":7E1"), std::string::npos) << quiz.package_json;
    EXPECT_TRUE(std::filesystem::is_regular_file(options.content_root / quiz.path / "index.html"));
    const std::string offering = "EL.BERAKHLAK-" + std::to_string(kYear - 1) + "-MANDIRI";
    auto rows = (*store)->Delivery().ListParticipants(offering);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0].nip, summary->people.asn_nip);
    auto progress = (*store)->Courses().ListProgress(offering, summary->people.asn_nip);
    ASSERT_EQ(progress->size(), 1u);
    EXPECT_EQ((*progress)[0].status, "selesai");
    // a second run adds nothing
    auto again =
        BuildCourses(**store, options.content_root, BuildCatalog(options.seed, kYear), summary->people, summary->as_of);
    ASSERT_TRUE(again.ok());
    EXPECT_EQ((*store)->Courses().ListModules("EL.BERAKHLAK")->size(), 4u);
    EXPECT_EQ((*store)->Delivery().ListParticipants(offering)->size(), 1u);
    std::filesystem::remove_all(dir);
}

TEST_F(DemoDataTest, TheFollowUpGivesPuskesmasSemestersAndRevisesOneFlaggedProgram) {
    services::ProgramReviewService review(store());
    auto before = review.ProgramsToReview(kYear, "", domain::Lang::id);
    ASSERT_TRUE(before.ok()) << before.error().message;
    const bool candidate = std::any_of(before->programs.begin(), before->programs.end(), [&](const auto& p) {
        return p.offering.verdict == evaluation::Verdict::tidak_signifikan && !(built_->summary.as_of < p.offering.end);
    });

    auto made = BuildReview(store(), built_->summary.as_of, kYear, 1);
    ASSERT_TRUE(made.ok()) << made.error().message;
    ASSERT_EQ(made->period_units.size(), 3u);
    services::SurveyPeriodService periods(store());
    for (const auto& unit : made->period_units) {
        EXPECT_EQ(unit.rfind("DINKES.", 0), 0u);
        auto listed = periods.PeriodsWithIkm(unit, built_->summary.as_of, domain::Lang::id);
        ASSERT_TRUE(listed.ok()) << listed.error().message;
        ASSERT_EQ(listed->periods.size(), 3u);
        // on the data set's day the second semester runs: the page is open, the first semester has its answers
        EXPECT_TRUE(listed->opening.open);
        EXPECT_EQ(listed->periods[1].state, evaluation::PeriodState::running);
        EXPECT_EQ(listed->periods[0].state, evaluation::PeriodState::ended);
        EXPECT_GT(listed->periods[0].ikm.respondents, 0);
        EXPECT_EQ(listed->periods[0].period.served, 4200);
    }

    EXPECT_EQ(!made->revised_program.empty(), candidate);
    auto after = review.ProgramsToReview(kYear, "", domain::Lang::id);
    ASSERT_TRUE(after.ok());
    for (const auto& p : after->programs) {
        EXPECT_EQ(p.revision.has_value(), p.program.code == made->revised_program) << p.program.code;
    }
}

}  // namespace
}  // namespace bangkom::app::demo
