// Quiz attempts against an injected clock (docs/quiz-api.md): the time limit — answers saved until the deadline
// plus grace, a late submission graded on what was saved in time, an attempt left open graded when the quiz is next
// opened — and the first attempt of a post-test written to the offering's tes row. The rest of the flow is tested
// at API level (tests/api/quiz.test.ts).

#include <gtest/gtest.h>

#include <boost/json/parse.hpp>
#include <filesystem>

#include "import_fixture.hpp"
#include "services/course_service.hpp"
#include "services/question_bank.hpp"

namespace bangkom::services {
namespace {
namespace json = boost::json;
using domain::Lang;

constexpr int64_t kNow = 1804647600;  // 2027-03-10 10:00 WIB
const std::string kNip = "199001012015011001";

storage::User Admin() {
    storage::User u;
    u.id = 1;
    u.username = "admin";
    u.role = domain::Role::admin_bkd;
    return u;
}

storage::User Learner() {
    storage::User u;
    u.id = 2;
    u.username = "rudi";
    u.role = domain::Role::asn;
    u.nip = kNip;
    u.agency_code = "BKD";
    return u;
}

class QuizClock : public testing::StoreTest {
  protected:
    void SetUp() override {
        StoreTest::SetUp();
        SeedMasters();
        domain::Program p;
        p.code = "EL.KUIS";
        p.name = "Kerja Sama (e-learning)";
        p.institution = "BPSDM Provinsi Jambi";
        p.form = domain::DevelopmentForm::e_learning;
        p.jp = 4;
        p.raises = {{"M.03", 1}};
        domain::Offering o;
        o.code = "EL.KUIS-1";
        o.program_code = p.code;
        o.start = *domain::Date::ParseIso("2027-03-01");
        o.end = *domain::Date::ParseIso("2027-03-31");
        ASSERT_TRUE(store().Upsert(domain::Records{std::vector<domain::Program>{p}}).ok());
        ASSERT_TRUE(store().Upsert(domain::Records{std::vector<domain::Offering>{o}}).ok());
        courses_ = std::make_unique<CourseService>(store(), std::filesystem::temp_directory_path() / "kuis-uji");
        QuestionBank bank(store());
        for (int i = 0; i < 3; ++i) {
            auto q = bank.Create(Admin(),
                                 json::parse(R"({"competency":"M.03","kind":"single","text":"Soal )" +
                                             std::to_string(i) + R"(","options":["salah","benar"],"answer":[1]})")
                                     .as_object(),
                                 kNow, Lang::id);
            ASSERT_TRUE(q.ok()) << q.error().message;
        }
        learning::QuizSettings settings;
        settings.questions = 3;
        settings.time_limit_minutes = 1;
        settings.attempts = 3;
        settings.pass_score = 60;
        settings.test = domain::TestKind::post;
        auto module =
            courses_->AddModule(Admin(), "EL.KUIS", "quiz", "Tes akhir", "Kerjakan.", true, kNow, Lang::id, settings);
        ASSERT_TRUE(module.ok()) << module.error().message;
        module_ = module->id;
        auto joined = courses_->Join(Learner(), "EL.KUIS-1", kNow, Lang::id);
        ASSERT_TRUE(joined.ok()) << joined.error().message;
    }

    CourseService& courses() { return *courses_; }

    /// Every drawn question answered right (option "benar") or wrong.
    static json::value Answers(const AttemptView& a, bool right) {
        json::object out;
        for (const auto& q : a.questions) {
            int benar = q.options[0] == "benar" ? 0 : 1;
            out[std::to_string(q.id)] = json::array{right ? benar : 1 - benar};
        }
        return out;
    }

    std::optional<double> PostTest() {
        storage::ListQuery all;
        all.limit = 0;
        auto page = store().List(domain::Kind::tes, all);
        if (!page.ok()) return std::nullopt;
        for (const auto& t : std::get<std::vector<domain::TestScore>>(page->items)) {
            if (t.offering_code == "EL.KUIS-1" && t.nip.str() == kNip && t.kind == domain::TestKind::post) {
                return t.score;
            }
        }
        return std::nullopt;
    }

    int64_t module_ = 0;

  private:
    std::unique_ptr<CourseService> courses_;
};

TEST_F(QuizClock, LateSubmissionGradesTheAnswersSavedInTime) {
    bool created = false;
    auto attempt = courses().StartAttempt(Learner(), "EL.KUIS-1", module_, kNow, Lang::id, created);
    ASSERT_TRUE(attempt.ok()) << attempt.error().message;
    EXPECT_TRUE(created);
    EXPECT_EQ(attempt->row.deadline, kNow + 60);
    const int64_t id = attempt->row.id;
    ASSERT_TRUE(courses().SaveAnswers(Learner(), id, Answers(*attempt, false), kNow + 30, Lang::id).ok());
    // within the grace after the deadline answers are still taken; after it they are refused
    ASSERT_TRUE(courses().SaveAnswers(Learner(), id, Answers(*attempt, false), kNow + 60 + 59, Lang::id).ok());
    auto late = courses().SaveAnswers(Learner(), id, Answers(*attempt, true), kNow + 200, Lang::id);
    ASSERT_FALSE(late.ok());
    EXPECT_EQ(late.error().code, ErrorCode::failed_precondition);

    const json::value right = Answers(*attempt, true);
    auto submitted = courses().Submit(Learner(), id, &right, kNow + 200, Lang::id);
    ASSERT_TRUE(submitted.ok()) << submitted.error().message;
    EXPECT_TRUE(submitted->attempt.row.expired);
    EXPECT_DOUBLE_EQ(*submitted->attempt.row.score, 0);  // the right answers came too late
    EXPECT_FALSE(submitted->attempt.row.passed);
    EXPECT_EQ(submitted->outcome.progress.status, "sedang");
    EXPECT_EQ(PostTest(), std::optional<double>(0));  // the first attempt is the post-test score

    auto second = courses().StartAttempt(Learner(), "EL.KUIS-1", module_, kNow + 300, Lang::id, created);
    ASSERT_TRUE(second.ok());
    EXPECT_EQ(second->row.number, 2);
    const json::value good = Answers(*second, true);
    auto passed = courses().Submit(Learner(), second->row.id, &good, kNow + 330, Lang::id);
    ASSERT_TRUE(passed.ok()) << passed.error().message;
    EXPECT_DOUBLE_EQ(*passed->attempt.row.score, 100);
    EXPECT_FALSE(passed->attempt.row.expired);
    EXPECT_EQ(passed->outcome.progress.status, "selesai");
    EXPECT_TRUE(passed->outcome.completed);           // the only required module: the course is done
    EXPECT_EQ(PostTest(), std::optional<double>(0));  // retakes do not change the evaluation's score
}

TEST_F(QuizClock, AnAttemptLeftOpenIsGradedWhenTheQuizIsOpenedAgain) {
    bool created = false;
    auto attempt = courses().StartAttempt(Learner(), "EL.KUIS-1", module_, kNow, Lang::id, created);
    ASSERT_TRUE(attempt.ok());
    ASSERT_TRUE(courses().SaveAnswers(Learner(), attempt->row.id, Answers(*attempt, true), kNow + 20, Lang::id).ok());
    auto still = courses().Quiz(Learner(), "EL.KUIS-1", module_, kNow + 100, Lang::id);  // within the grace
    ASSERT_TRUE(still.ok());
    ASSERT_TRUE(still->open.has_value());
    auto later = courses().Quiz(Learner(), "EL.KUIS-1", module_, kNow + 3600, Lang::id);
    ASSERT_TRUE(later.ok()) << later.error().message;
    EXPECT_FALSE(later->open.has_value());
    ASSERT_EQ(later->attempts.size(), 1u);
    EXPECT_TRUE(later->attempts[0].expired);
    EXPECT_DOUBLE_EQ(*later->attempts[0].score, 100);  // the answers saved in time count
    EXPECT_EQ(later->attempts[0].submitted_at, kNow + 3600);
    EXPECT_EQ(later->state.status, learning::ModuleStatus::done);
    EXPECT_EQ(*later->state.remaining, 2);
    EXPECT_FALSE(later->can_start);  // passed: the course completed and was decided
    auto again = courses().Submit(Learner(), attempt->row.id, nullptr, kNow + 3700, Lang::id);
    ASSERT_FALSE(again.ok());
    EXPECT_EQ(again.error().code, ErrorCode::conflict);
}

}  // namespace
}  // namespace bangkom::services
