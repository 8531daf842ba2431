#include "services/evaluation_service.hpp"

#include <gmock/gmock.h>
#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>

#include "domain/kinds.hpp"

namespace bangkom::services {
namespace {

using ::testing::ElementsAre;
using ::testing::HasSubstr;

domain::Date D(int y, int m, int d) {
    return domain::Date::FromYmd(y, m, d).value();
}

domain::Nip N(int i) {
    return domain::Nip::ParseReference("19800101200501100" + std::to_string(i)).value();
}

evaluation::SkmAnswers All(int v) {
    evaluation::SkmAnswers a;
    a.fill(v);
    return a;
}

/// Participants 1–6 of O1 (program P1, 2026-03-16 … 03-20) work at U1 (OPD1); U2 (OPD1) is untrained, U3 in
/// OPD2. SKM: U1 rises from 3/4 to 4, U2 stays at 3/4; 360 on K.01 rises for 5 participants; SKP 2025 → 2027.
class EvaluationServiceTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string pattern = ::testing::TempDir() + "bangkom-eval-XXXXXX";
        ASSERT_NE(mkdtemp(pattern.data()), nullptr);
        dir_ = pattern;
        auto store = storage::OpenStore(dir_ + "/bangkom.db");
        ASSERT_TRUE(store.ok()) << store.error().message;
        store_ = std::move(store).value();
        Seed();
    }
    void TearDown() override {
        store_.reset();
        std::filesystem::remove_all(dir_);
    }

    void Put(domain::Records records) {
        auto r = store_->Upsert(records);
        ASSERT_TRUE(r.ok()) << domain::KindCode(domain::KindOf(records)) << ": " << ErrorCodeName(r.error().code) << " "
                            << r.error().message;
    }

    void Skm(const std::string& unit, domain::Date date, int n, int a, int b) {
        std::vector<domain::SurveyResponse> rows;
        for (int i = 0; i < n; ++i) {
            domain::SurveyResponse r;
            r.unit_code = unit;
            r.date = date;
            r.answers = All(i % 2 ? a : b);
            rows.push_back(r);
        }
        Put(rows);
    }

    void Seed() {
        Put(std::vector<domain::Agency>{{"OPD1", "Dinas Satu", "", {}}, {"OPD2", "Dinas Dua", "", {}}});
        Put(std::vector<domain::ServiceUnit>{
            {"U1", "Puskesmas Satu", "OPD1"}, {"U2", "Puskesmas Dua", "OPD1"}, {"U3", "Sekolah Tiga", "OPD2"}});
        Put(std::vector<domain::Competency>{{"K.01", "Integritas", domain::CompetencyKind::manajerial, "", "", {}},
                                            {"M.99", "Lain", domain::CompetencyKind::manajerial, "", "", {}}});
        Put(std::vector<domain::Position>{{"J1", "Analis", domain::PositionKind::ahli_pertama, "OPD1", "umum"}});
        std::vector<domain::Employee> employees;
        for (int i = 1; i <= 7; ++i) {
            domain::Employee e;
            e.nip = N(i);
            e.name = "Pegawai " + std::to_string(i);
            e.position_code = "J1";
            e.agency_code = "OPD1";
            e.unit_code = i == 7 ? "U2" : "U1";
            employees.push_back(e);
        }
        Put(employees);
        domain::Program p;
        p.code = "P1";
        p.name = "Pelatihan Pelayanan Prima";
        p.institution = "Lembaga A";
        p.jp = 24;
        p.raises = {{"K.01", 1}};
        Put(std::vector<domain::Program>{p});
        Put(std::vector<domain::Offering>{{"O1", "P1", D(2026, 3, 16), D(2026, 3, 20), 30, ""},
                                          {"O2", "P1", D(2026, 9, 1), D(2026, 9, 3), 30, ""}});
        std::vector<domain::TestScore> tests;
        std::vector<domain::Feedback360> feedback;
        std::vector<domain::PerformanceRating> ratings;
        for (int i = 1; i <= 6; ++i) {
            tests.push_back({"O1", N(i), domain::TestKind::pre, 50.0 + i});
            tests.push_back({"O1", N(i), domain::TestKind::post, 60.0 + 2 * i});
            if (i <= 5) {
                feedback.push_back({0, N(i), "", domain::Relationship::atasan, "K.01", 3, D(2026, 2, 1)});
                feedback.push_back({0, N(i), "", domain::Relationship::atasan, "K.01", 3.0 + 0.1 * i, D(2026, 7, 1)});
                feedback.push_back({0, N(i), "", domain::Relationship::atasan, "M.99", 1, D(2026, 7, 1)});  // not P1's
            }
            for (int year : {2025, 2027}) {
                domain::PerformanceRating r;
                r.nip = N(i);
                r.year = year;
                r.predikat = year == 2025 ? domain::Predikat::baik : domain::Predikat::sangat_baik;
                ratings.push_back(r);
            }
        }
        Put(tests);
        Put(feedback);
        Put(ratings);
        Put(std::vector<domain::ReactionAnswer>{{0, "O1", N(1), {5, 4, 4, 4, 3, 5}, ""},
                                                {0, "O1", std::nullopt, {4, 4, 4, 4, 3, 4}, ""}});
        Skm("U1", D(2026, 1, 10), 30, 3, 4);
        Skm("U1", D(2026, 8, 1), 30, 4, 4);
        Skm("U2", D(2026, 1, 10), 30, 3, 4);
        Skm("U2", D(2026, 8, 1), 30, 3, 4);
        Skm("U3", D(2026, 1, 10), 10, 2, 2);
    }

    storage::Store& store() { return *store_; }

  private:
    std::string dir_;
    std::unique_ptr<storage::Store> store_;
};

TEST_F(EvaluationServiceTest, SettingsDefaultOverrideAndRejectBadJson) {
    auto s = LoadEvaluationSettings(store());
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->min_responses, 30);
    ASSERT_TRUE(store().PutSetting(kEvaluationSettingsKey, R"({"min_pairs": 8, "alpha": 0.1})").ok());
    s = LoadEvaluationSettings(store());
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->min_pairs, 8);
    EXPECT_DOUBLE_EQ(s->alpha, 0.1);
    EXPECT_EQ(s->min_responses, 30);
    for (const char* bad : {"{", "[]", R"({"min_pairs": "5"})", R"({"min_pairs": 2.5})", R"({"alpha": 2})"}) {
        ASSERT_TRUE(store().PutSetting(kEvaluationSettingsKey, bad).ok());
        auto r = LoadEvaluationSettings(store(), domain::Lang::en);
        ASSERT_FALSE(r.ok()) << bad;
        EXPECT_EQ(r.error().code, ErrorCode::invalid_argument);
    }
}

TEST_F(EvaluationServiceTest, UnitIkmInAPeriod) {
    EvaluationService service(store());
    auto all = service.UnitIkm("U1", std::nullopt, std::nullopt);
    ASSERT_TRUE(all.ok()) << all.error().message;
    EXPECT_EQ(all->name, "Puskesmas Satu");
    EXPECT_EQ(all->agency, "OPD1");
    EXPECT_EQ(all->ikm.respondents, 60);
    auto after = service.UnitIkm("U1", D(2026, 6, 1), D(2026, 12, 31));
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->ikm.respondents, 30);
    EXPECT_DOUBLE_EQ(after->ikm.index, 100);
    EXPECT_EQ(after->ikm.grade, 'A');
    auto none = service.UnitIkm("U1", D(2030, 1, 1), std::nullopt);
    ASSERT_TRUE(none.ok());
    EXPECT_EQ(none->ikm.respondents, 0);
    EXPECT_FALSE(none->ikm.complete);
}

TEST_F(EvaluationServiceTest, OverviewGivesEveryUnitAndPoolsEachAgencysAnswers) {
    Skm("U2", D(2026, 9, 1), 60, 1, 1);  // U2: 120 answers averaging 2.25; U1: 60 averaging 3.75
    EvaluationService service(store());
    auto all = service.Overview("", std::nullopt, std::nullopt);
    ASSERT_TRUE(all.ok()) << all.error().message;
    ASSERT_EQ(all->units.size(), 3u);
    EXPECT_EQ(all->units[0].unit, "U1");
    EXPECT_DOUBLE_EQ(all->units[0].ikm.index, 93.75);
    EXPECT_EQ(all->units[1].unit, "U2");
    EXPECT_DOUBLE_EQ(all->units[1].ikm.index, 56.25);
    EXPECT_EQ(all->units[2].unit, "U3");
    ASSERT_EQ(all->agencies.size(), 2u);
    EXPECT_EQ(all->agencies[0].agency, "OPD1");
    EXPECT_EQ(all->agencies[0].name, "Dinas Satu");
    EXPECT_EQ(all->agencies[0].units, 2);
    EXPECT_EQ(all->agencies[0].ikm.respondents, 180);
    // Pooled over the 180 answers (495 / 180 = 2.75), not the mean of the two units' indexes (75).
    EXPECT_DOUBLE_EQ(all->agencies[0].ikm.index, 68.75);
    EXPECT_EQ(all->agencies[0].ikm.grade, 'C');
    EXPECT_DOUBLE_EQ(all->agencies[1].ikm.index, 50);
    EXPECT_EQ(all->agencies[1].ikm.grade, 'D');

    auto later = service.Overview("OPD1", D(2026, 6, 1), D(2026, 8, 31));
    ASSERT_TRUE(later.ok());
    ASSERT_EQ(later->units.size(), 2u);
    EXPECT_EQ(later->units[0].ikm.respondents, 30);
    EXPECT_EQ(later->units[1].ikm.respondents, 30);
    ASSERT_EQ(later->agencies.size(), 1u);
    EXPECT_EQ(later->agencies[0].ikm.respondents, 60);

    auto empty = service.Overview("OPD2", D(2030, 1, 1), std::nullopt);
    ASSERT_TRUE(empty.ok());
    ASSERT_EQ(empty->units.size(), 1u);  // a unit without answers is still listed
    EXPECT_EQ(empty->units[0].ikm.respondents, 0);
    EXPECT_FALSE(empty->units[0].ikm.complete);

    auto unknown = service.Overview("NOPE", std::nullopt, std::nullopt, domain::Lang::en);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
}

TEST_F(EvaluationServiceTest, UnitQuartersRunFromTheFirstAnswerToTheLastWithEmptyQuartersBetween) {
    EvaluationService service(store());
    UnitIkmReport report;
    auto quarters = service.UnitQuarters("U1", std::nullopt, std::nullopt, report);
    ASSERT_TRUE(quarters.ok()) << quarters.error().message;
    EXPECT_EQ(report.unit, "U1");
    EXPECT_EQ(report.agency, "OPD1");
    EXPECT_EQ(report.ikm.respondents, 60);
    EXPECT_DOUBLE_EQ(report.ikm.index, 93.75);
    ASSERT_EQ(quarters->size(), 3u);  // 2026 Q1 (January), Q2 (none), Q3 (August)
    EXPECT_EQ((*quarters)[0].year, 2026);
    EXPECT_EQ((*quarters)[0].quarter, 1);
    EXPECT_EQ((*quarters)[0].from, D(2026, 1, 1));
    EXPECT_EQ((*quarters)[0].to, D(2026, 3, 31));
    EXPECT_EQ((*quarters)[0].ikm.respondents, 30);
    EXPECT_DOUBLE_EQ((*quarters)[0].ikm.index, 87.5);
    EXPECT_EQ((*quarters)[1].quarter, 2);
    EXPECT_EQ((*quarters)[1].to, D(2026, 6, 30));
    EXPECT_EQ((*quarters)[1].ikm.respondents, 0);
    EXPECT_FALSE((*quarters)[1].ikm.complete);
    EXPECT_EQ((*quarters)[2].quarter, 3);
    EXPECT_DOUBLE_EQ((*quarters)[2].ikm.index, 100);

    auto later = service.UnitQuarters("U1", D(2026, 2, 1), std::nullopt, report);
    ASSERT_TRUE(later.ok());
    ASSERT_EQ(later->size(), 1u);  // January's answers are outside the period
    EXPECT_EQ((*later)[0].quarter, 3);
    EXPECT_EQ(report.ikm.respondents, 30);

    auto none = service.UnitQuarters("U3", D(2030, 1, 1), std::nullopt, report);
    ASSERT_TRUE(none.ok());
    EXPECT_TRUE(none->empty());
    EXPECT_EQ(report.unit, "U3");

    auto unknown = service.UnitQuarters("NOPE", std::nullopt, std::nullopt, report);
    ASSERT_FALSE(unknown.ok());
    EXPECT_EQ(unknown.error().code, ErrorCode::not_found);
}

TEST_F(EvaluationServiceTest, UnknownUnitAndOfferingAreNotFound) {
    EvaluationService service(store());
    auto unit = service.UnitIkm("NOPE", std::nullopt, std::nullopt, domain::Lang::en);
    ASSERT_FALSE(unit.ok());
    EXPECT_EQ(unit.error().code, ErrorCode::not_found);
    EXPECT_THAT(unit.error().message, HasSubstr("NOPE"));
    auto offering = service.EvaluateOffering("NOPE", evaluation::Settings{});
    ASSERT_FALSE(offering.ok());
    EXPECT_EQ(offering.error().code, ErrorCode::not_found);
}

TEST_F(EvaluationServiceTest, GathersEveryLevelOfAnOffering) {
    EvaluationService service(store());
    auto e = service.EvaluateOffering("O1", evaluation::Settings{}, D(2027, 12, 31));
    ASSERT_TRUE(e.ok()) << e.error().message;
    EXPECT_EQ(e->program_name, "Pelatihan Pelayanan Prima");
    EXPECT_EQ(e->participants, 6);
    EXPECT_EQ(e->l1.respondents, 2);
    EXPECT_EQ(e->l2.n, 6);
    EXPECT_EQ(e->l3.n, 5);  // 360 on K.01 only (M.99 is not the program's)
    EXPECT_DOUBLE_EQ(e->l3.mean_before, 3);
    EXPECT_DOUBLE_EQ(e->l3.mean_after, 3.3);
    EXPECT_EQ(e->l3.skp_n, 6);
    EXPECT_DOUBLE_EQ(e->l3.skp_before, 80);  // baik
    EXPECT_DOUBLE_EQ(e->l3.skp_after, 100);  // sangat baik
    ASSERT_EQ(e->l4.units.size(), 1u);
    EXPECT_EQ(e->l4.units[0].code, "U1");
    EXPECT_THAT(e->l4.control, ElementsAre("U2"));  // same agency, untrained; U3 is another agency's
    EXPECT_TRUE(e->l4.enough);
    EXPECT_TRUE(e->l4.did_enough);
    EXPECT_DOUBLE_EQ(e->l4.did.estimate, 12.5);  // (100 − 87.5) − (87.5 − 87.5)
    EXPECT_EQ(e->primary.level, evaluation::Level::L4);
    EXPECT_EQ(e->verdict, evaluation::Verdict::efektif);
}

TEST_F(EvaluationServiceTest, ControlWidensToEveryAgencyWhenTheSameAgencyHasTooFew) {
    EvaluationService service(store());
    evaluation::Settings s;
    s.min_responses = 31;  // U2 has 30 on each side
    auto e = service.EvaluateOffering("O1", s);
    ASSERT_TRUE(e.ok());
    EXPECT_THAT(e->l4.control, ElementsAre("U2", "U3"));
    EXPECT_FALSE(e->l4.enough);
}

TEST_F(EvaluationServiceTest, JpHistoryNamesParticipantsAndTheirUnitsLeaveTheControl) {
    domain::JpHistoryEntry jp;
    jp.nip = N(7);
    jp.activity = "Pelatihan Pelayanan Prima";
    jp.start = D(2026, 3, 16);
    jp.end = D(2026, 3, 20);
    jp.jp = 24;
    Put(std::vector<domain::JpHistoryEntry>{jp});
    EvaluationService service(store());
    auto e = service.EvaluateOffering("O1", evaluation::Settings{});
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->participants, 7);
    EXPECT_EQ(e->l4.units.size(), 2u);              // U1 and U2 are both trained now
    EXPECT_THAT(e->l4.control, ElementsAre("U3"));  // same agency has no untrained unit left: every agency
}

TEST_F(EvaluationServiceTest, AnOfferingWithoutDataIsDataKurang) {
    EvaluationService service(store());
    auto e = service.EvaluateOffering("O2", evaluation::Settings{});
    ASSERT_TRUE(e.ok());
    EXPECT_EQ(e->participants, 0);
    EXPECT_EQ(e->verdict, evaluation::Verdict::data_kurang);
    ASSERT_FALSE(e->missing.empty());
    EXPECT_THAT(e->missing[0].id, HasSubstr("Peserta"));
}

TEST_F(EvaluationServiceTest, AYearTakesTheOfferingsThatStartInIt) {
    EvaluationService service(store());
    auto y = service.EvaluateYear(2026, evaluation::Settings{});
    ASSERT_TRUE(y.ok()) << y.error().message;
    ASSERT_EQ(y->offerings.size(), 2u);
    EXPECT_EQ(y->offerings[0].offering, "O1");
    EXPECT_TRUE(y->q[0].has_value());
    EXPECT_DOUBLE_EQ(*y->q[0], y->offerings[0].primary.p);  // one p: BH leaves it as it is
    EXPECT_FALSE(y->q[1].has_value());
    auto empty = service.EvaluateYear(2030, evaluation::Settings{});
    ASSERT_TRUE(empty.ok());
    EXPECT_TRUE(empty->offerings.empty());
}

}  // namespace
}  // namespace bangkom::services
