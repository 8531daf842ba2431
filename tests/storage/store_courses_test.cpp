// Contract: e-learning courses (issue 7) — modules in order (append, move, delete renumber), content fields kept,
// deletion refused once a learner has progress, progress upserted with its SCORM commit log in one transaction.
// SQLite and PostgreSQL.

#include <gmock/gmock.h>

#include "store_contract.hpp"

namespace bangkom::storage::contract {
namespace {

CourseModule Module(const std::string& program, const std::string& kind, const std::string& title) {
    CourseModule m;
    m.program = program;
    m.kind = kind;
    m.title = title;
    m.body = "# " + title;
    m.created_at = 100;
    m.updated_at = 100;
    return m;
}

std::vector<std::string> Titles(const std::vector<CourseModule>& modules) {
    std::vector<std::string> out;
    for (const auto& m : modules) out.push_back(std::to_string(m.position) + ":" + m.title);
    return out;
}

TEST_P(StoreContract, CourseModulesAreAppendedMovedAndRenumbered) {
    auto& c = store().Courses();
    auto a = c.AddModule(Module("EL.1", "text", "Pengantar"));
    ASSERT_TRUE(a.ok()) << a.error().message;
    auto b = c.AddModule(Module("EL.1", "video", "Video"));
    auto d = c.AddModule(Module("EL.1", "scorm", "Kuis"));
    auto other = c.AddModule(Module("EL.2", "pdf", "Modul lain"));
    ASSERT_TRUE(b.ok() && d.ok() && other.ok());
    EXPECT_THAT(Titles(*c.ListModules("EL.1")), testing::ElementsAre("1:Pengantar", "2:Video", "3:Kuis"));
    EXPECT_THAT(Titles(*c.ListModules("EL.2")), testing::ElementsAre("1:Modul lain"));
    ASSERT_TRUE(c.MoveModule(*d, 1, 200).ok());
    EXPECT_THAT(Titles(*c.ListModules("EL.1")), testing::ElementsAre("1:Kuis", "2:Pengantar", "3:Video"));
    EXPECT_EQ(c.GetModule(*d)->updated_at, 200);
    ASSERT_TRUE(c.MoveModule(*d, 99, 201).ok());  // clamped to the end
    EXPECT_THAT(Titles(*c.ListModules("EL.1")), testing::ElementsAre("1:Pengantar", "2:Video", "3:Kuis"));
    ASSERT_TRUE(c.DeleteModule(*b).ok());
    EXPECT_THAT(Titles(*c.ListModules("EL.1")), testing::ElementsAre("1:Pengantar", "2:Kuis"));
    EXPECT_EQ(c.GetModule(*b).error().code, ErrorCode::not_found);
    EXPECT_EQ(c.DeleteModule(*b).error().code, ErrorCode::not_found);
    EXPECT_EQ(c.MoveModule(*b, 1, 1).error().code, ErrorCode::not_found);
    auto counts = c.ModuleCounts();
    ASSERT_TRUE(counts.ok());
    EXPECT_THAT(*counts, testing::ElementsAre(std::pair<std::string, int64_t>{"EL.1", 2},
                                              std::pair<std::string, int64_t>{"EL.2", 1}));
}

TEST_P(StoreContract, CourseModuleContentIsKeptAsWritten) {
    auto& c = store().Courses();
    auto id = c.AddModule(Module("EL.1", "scorm", "Paket"));
    ASSERT_TRUE(id.ok());
    auto m = *c.GetModule(*id);
    EXPECT_EQ(m.position, 1);
    EXPECT_TRUE(m.required);
    EXPECT_EQ(m.file_name, "");
    m.title = "Paket SCORM";
    m.required = false;
    m.file_name = "paket.zip";
    m.content_type = "application/zip";
    m.file_size = 12345;
    m.sha256 = std::string(64, 'a');
    m.path = "scorm/" + m.sha256;
    m.package_json = R"({"standard":"scorm_1.2"})";
    m.updated_at = 300;
    ASSERT_TRUE(c.UpdateModule(m).ok());
    EXPECT_EQ(*c.GetModule(*id), m);
    EXPECT_TRUE(*c.PathInUse(m.path, 0));
    EXPECT_FALSE(*c.PathInUse(m.path, *id));  // only this module keeps it
    m.id += 1000;
    EXPECT_EQ(c.UpdateModule(m).error().code, ErrorCode::not_found);
}

TEST_P(StoreContract, ProgressIsUpsertedWithItsCommitLogAndBlocksDeletion) {
    auto& c = store().Courses();
    auto id = c.AddModule(Module("EL.1", "scorm", "Paket"));
    ASSERT_TRUE(id.ok());
    ModuleProgressRow p;
    p.offering = "EL.1-2026-1";
    p.nip = "199001012019032002";
    p.module_id = *id;
    p.status = "sedang";
    p.location = "hal-2";
    p.suspend_data = "x=1";
    p.completion = "incomplete";
    p.sessions = 1;
    p.cmi = R"({"cmi.core.lesson_status":"incomplete"})";
    p.updated_at = 400;
    ScormCommitRow first{p.offering, p.nip, *id, 400, "sedang", std::nullopt, 30.5, p.cmi};
    ASSERT_TRUE(c.SaveProgress(p, first).ok());
    p.status = "selesai";
    p.score = 87.5;
    p.completion = "passed";
    p.total_seconds = 90.25;
    p.session_base = 0;
    p.completed_at = 450;
    p.updated_at = 450;
    ScormCommitRow second{p.offering, p.nip, *id, 450, "selesai", 87.5, 90.25, "{}"};
    ASSERT_TRUE(c.SaveProgress(p, second).ok());
    auto rows = c.ListProgress(p.offering, p.nip);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 1u);
    EXPECT_EQ((*rows)[0], p);
    EXPECT_TRUE(c.ListProgress(p.offering, "199205152020121003")->empty());
    ASSERT_EQ(c.ProgressOf(p.nip)->size(), 1u);
    auto log = c.ListCommits(p.offering, p.nip, *id);
    ASSERT_TRUE(log.ok());
    ASSERT_EQ(log->size(), 2u);
    EXPECT_EQ((*log)[0].status, "sedang");
    EXPECT_FALSE((*log)[0].score);
    EXPECT_DOUBLE_EQ(*(*log)[0].session_seconds, 30.5);
    EXPECT_DOUBLE_EQ(*(*log)[1].score, 87.5);
    // a text module's progress carries no commit
    auto text = c.AddModule(Module("EL.1", "text", "Bacaan"));
    ModuleProgressRow read = p;
    read.module_id = *text;
    read.score.reset();
    ASSERT_TRUE(c.SaveProgress(read, std::nullopt).ok());
    EXPECT_TRUE(c.ListCommits(p.offering, p.nip, *text)->empty());
    EXPECT_EQ(c.ListProgress(p.offering, p.nip)->size(), 2u);
    auto refused = c.DeleteModule(*id);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::conflict);
    EXPECT_EQ(c.ListModules("EL.1")->size(), 2u);
}

}  // namespace
}  // namespace bangkom::storage::contract
