#include "services/gap_service.hpp"

#include <gtest/gtest.h>
#include <stdlib.h>

#include <filesystem>

namespace bangkom::services {
namespace {

using domain::AssessmentSource;

domain::Date D(int y, int m, int d) {
    return domain::Date::FromYmd(y, m, d).value();
}

domain::Nip N(const std::string& digits) {
    return domain::Nip::ParseReference(digits).value();
}

const std::string kNip1 = "198001012005011001";
const std::string kNip2 = "198001012005011002";

domain::Assessment Asm(const std::string& nip, const std::string& competency, double level, domain::Date date) {
    return domain::Assessment{N(nip), competency, level, AssessmentSource::atasan, date};
}

class GapServiceTest : public ::testing::Test {
  protected:
    void SetUp() override {
        std::string pattern = ::testing::TempDir() + "bangkom-gaps-XXXXXX";
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
        ASSERT_TRUE(r.ok()) << r.error().message;
    }

    void Audit() {
        storage::AuditEntry entry;
        entry.action = "import";
        entry.entity = "penilaian";
        ASSERT_TRUE(store_->AppendAudit(entry).ok());
    }

    void Seed() {
        Put(std::vector<domain::Agency>{{"OPD1", "Dinas Satu", "", {}}, {"OPD2", "Dinas Dua", "", {}}});
        Put(std::vector<domain::Competency>{{"K.01", "Integritas", domain::CompetencyKind::manajerial, "", "", {}}});
        Put(std::vector<domain::Position>{{"J1", "Analis", domain::PositionKind::ahli_pertama, "OPD1", "umum"}});
        Put(std::vector<domain::PositionStandard>{{"J1", "K.01", 3, 1.0}});
        domain::Employee a;
        a.nip = N(kNip1);
        a.name = "Satu";
        a.position_code = "J1";
        a.agency_code = "OPD1";
        domain::Employee b = a;
        b.nip = N(kNip2);
        b.name = "Dua";
        b.agency_code = "OPD2";
        Put(std::vector<domain::Employee>{a, b});
        Put(std::vector<domain::Assessment>{Asm(kNip1, "K.01", 2, D(2026, 1, 1))});
        domain::PerformanceRating skp;
        skp.nip = N(kNip1);
        skp.year = 2026;
        skp.results = domain::Expectation::di_bawah;
        skp.behaviour = domain::Expectation::sesuai;
        skp.predikat = domain::Predikat::butuh_perbaikan;
        Put(std::vector<domain::PerformanceRating>{skp});
        domain::JpHistoryEntry jp;
        jp.nip = N(kNip1);
        jp.activity = "Pelatihan";
        jp.start = jp.end = D(2027, 2, 1);
        jp.jp = 24;
        Put(std::vector<domain::JpHistoryEntry>{jp});
    }

    storage::Store& store() { return *store_; }

  private:
    std::string dir_;
    std::unique_ptr<storage::Store> store_;
};

TEST_F(GapServiceTest, LoadsEverythingTheAnalysisReads) {
    auto s = LoadSnapshot(store());
    ASSERT_TRUE(s.ok()) << s.error().message;
    EXPECT_EQ(s->EmployeeCount(), 2U);
    EXPECT_EQ(s->agency_names[s->FindAgency("OPD1").value()], "Dinas Satu");
    EXPECT_EQ(s->assessments.size(), 1U);
    EXPECT_EQ(s->standards.size(), 1U);
    EXPECT_EQ(s->ratings.size(), 1U);
    EXPECT_EQ(s->jp.size(), 1U);
}

TEST_F(GapServiceTest, AnalyzesTheStoredData) {
    GapService service(store());
    auto r = service.Analyze(analysis::Scope::Agency("OPD1"), D(2027, 6, 1));
    ASSERT_TRUE(r.ok()) << r.error().message;
    ASSERT_EQ(r->employees.size(), 1U);
    const auto& e = r->employees[0];
    EXPECT_EQ(e.nip, kNip1);
    EXPECT_DOUBLE_EQ(e.gaps.at(0).gap, 1);
    EXPECT_DOUBLE_EQ(e.gaps.at(0).multiplier, 1.5);  // butuh perbaikan
    EXPECT_EQ(e.akpk, analysis::AkpkReading::training);
    EXPECT_EQ(e.jp_earned, 24);
    EXPECT_EQ(r->analysis_date, "2027-06-01");
}

TEST_F(GapServiceTest, KeepsTheSnapshotWhileNothingChanges) {
    GapService service(store());
    ASSERT_TRUE(service.Analyze(analysis::Scope::All(), D(2027, 6, 1)).ok());
    ASSERT_TRUE(service.Analyze(analysis::Scope::Agency("OPD2"), D(2027, 6, 1)).ok());
    EXPECT_EQ(service.Loads(), 1);
    auto first = service.Snapshot();
    auto second = service.Snapshot();
    ASSERT_TRUE(first.ok() && second.ok());
    EXPECT_EQ(first->get(), second->get());
}

TEST_F(GapServiceTest, ReloadsWhenACountChanges) {
    GapService service(store());
    ASSERT_TRUE(service.Analyze(analysis::Scope::All(), D(2027, 6, 1)).ok());
    Put(std::vector<domain::Assessment>{Asm(kNip2, "K.01", 1, D(2026, 5, 1))});
    auto r = service.Analyze(analysis::Scope::Employee(kNip2), D(2027, 6, 1));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(service.Loads(), 2);
    EXPECT_DOUBLE_EQ(r->employees.at(0).gaps.at(0).gap, 2);
}

TEST_F(GapServiceTest, ReloadsWhenAnAuditedChangeKeepsTheCounts) {
    GapService service(store());
    ASSERT_TRUE(service.Analyze(analysis::Scope::All(), D(2027, 6, 1)).ok());
    Put(std::vector<domain::Assessment>{Asm(kNip1, "K.01", 3, D(2026, 1, 1))});  // same key: an update
    Audit();
    auto r = service.Analyze(analysis::Scope::Employee(kNip1), D(2027, 6, 1));
    ASSERT_TRUE(r.ok());
    EXPECT_EQ(service.Loads(), 2);
    EXPECT_DOUBLE_EQ(r->employees.at(0).gaps.at(0).gap, 0);
}

TEST_F(GapServiceTest, UnknownScopeIsNotFound) {
    GapService service(store());
    auto r = service.Analyze(analysis::Scope::Employee("198001012005011099"), D(2027, 6, 1));
    ASSERT_FALSE(r.ok());
    EXPECT_EQ(r.error().code, ErrorCode::not_found);
}

TEST_F(GapServiceTest, SettingsDefaultWhenAbsent) {
    auto s = LoadAnalysisSettings(store(), D(2027, 6, 1));
    ASSERT_TRUE(s.ok());
    EXPECT_EQ(s->window_years, 3);
    EXPECT_EQ(s->analysis_date, D(2027, 6, 1));
    auto today = LoadAnalysisSettings(store(), std::nullopt);
    ASSERT_TRUE(today.ok());
    EXPECT_EQ(today->analysis_date, analysis::TodayUtc());
}

TEST_F(GapServiceTest, SettingsRoundTripThroughTheStore) {
    analysis::Settings s;
    s.window_years = 2;
    s.jp_applies_to_pppk = false;
    s.jp_target = 24;
    s.source_order = {AssessmentSource::atasan, AssessmentSource::asesmen, AssessmentSource::rekan,
                      AssessmentSource::mandiri};
    s.predikat_score[2] = 55;
    ASSERT_TRUE(SaveAnalysisSettings(store(), s).ok());
    auto loaded = LoadAnalysisSettings(store(), D(2027, 1, 1));
    ASSERT_TRUE(loaded.ok()) << loaded.error().message;
    EXPECT_EQ(loaded->window_years, 2);
    EXPECT_FALSE(loaded->jp_applies_to_pppk);
    EXPECT_EQ(loaded->jp_target, 24);
    EXPECT_EQ(loaded->source_order, s.source_order);
    EXPECT_EQ(loaded->predikat_score[2], 55);
}

TEST_F(GapServiceTest, StoredSettingsChangeTheAnalysis) {
    ASSERT_TRUE(store().PutSetting(kAnalysisSettingsKey, R"({"performance_multiplier": 1})").ok());
    GapService service(store());
    auto r = service.Analyze(analysis::Scope::Employee(kNip1), D(2027, 6, 1));
    ASSERT_TRUE(r.ok());
    EXPECT_DOUBLE_EQ(r->employees.at(0).gaps.at(0).multiplier, 2);
}

TEST_F(GapServiceTest, BadStoredSettingsAreInvalid) {
    for (const char* text :
         {"not json", "[1]", R"({"window_years": "tiga"})", R"({"window_years": 0})", R"({"jp_applies_to_pppk": 1})",
          R"({"source_order": ["asesmen"]})", R"({"source_order": ["asesmen", "atasan", "rekan", "guru"]})",
          R"({"predikat_score": {"luar_biasa": 120}})"}) {
        ASSERT_TRUE(store().PutSetting(kAnalysisSettingsKey, text).ok());
        auto s = LoadAnalysisSettings(store(), D(2027, 1, 1));
        ASSERT_FALSE(s.ok()) << text;
        EXPECT_EQ(s.error().code, ErrorCode::invalid_argument) << text;
        GapService service(store());
        EXPECT_FALSE(service.Analyze(analysis::Scope::All(), D(2027, 1, 1)).ok()) << text;
    }
}

TEST_F(GapServiceTest, SavingInvalidSettingsFails) {
    analysis::Settings s;
    s.potential_middle = 90;
    s.potential_high = 10;
    const auto saved = SaveAnalysisSettings(store(), s);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::invalid_argument);
    auto stored = store().GetSetting(kAnalysisSettingsKey);
    ASSERT_TRUE(stored.ok());
    EXPECT_FALSE(stored->has_value());
}

}  // namespace
}  // namespace bangkom::services
