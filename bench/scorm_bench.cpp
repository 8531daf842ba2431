// SCORM runtime benchmark (issue 7): commits stored per second into a fresh SQLite store (WAL, synchronous=NORMAL),
// through the same path a POST /offerings/{kode}/modules/{id}/scorm/commit takes after the session check — the
// learner and module looked up, the flattened CMI read and checked, the progress row replaced and the commit logged
// in one transaction, the course's progress summed (and, at the last module, the course completed). Learners each
// open a session, then send `--commits` commits (scorm-again's autocommit every 30 s of a 30-minute lesson is 60).
//
//   scorm_bench [--learners N] [--commits C] [--dir DIR]

#include <algorithm>
#include <chrono>
#include <cstdint>
#include <cstdio>
#include <filesystem>
#include <map>
#include <string>
#include <vector>

#include "formats/zip_writer.hpp"
#include "services/course_service.hpp"
#include "storage/store.hpp"

namespace {

using namespace bangkom;  // NOLINT(google-build-using-namespace): a benchmark's main file
using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

constexpr const char* kManifest = R"(<?xml version="1.0"?>
<manifest identifier="B" xmlns="http://www.imsproject.org/xsd/imscp_rootv1p1p2"
    xmlns:adlcp="http://www.adlnet.org/xsd/adlcp_rootv1p2">
  <metadata><schema>ADL SCORM</schema><schemaversion>1.2</schemaversion></metadata>
  <organizations default="O"><organization identifier="O"><title>Bench</title>
    <item identifier="I" identifierref="R"><title>SCO</title><adlcp:masteryscore>70</adlcp:masteryscore></item>
  </organization></organizations>
  <resources><resource identifier="R" type="webcontent" adlcp:scormtype="sco" href="index.html"/></resources>
</manifest>)";

/// A valid NIP for learner `n` (up to 27,972 distinct): birth day and sequence vary.
std::string Nip(int64_t n) {
    const int64_t day = 1 + (n / 999) % 28;
    const int64_t sequence = 1 + n % 999;
    char text[32];
    std::snprintf(text, sizeof text, "198609%02lld2015051%03lld", static_cast<long long>(day),
                  static_cast<long long>(sequence));
    return text;
}

template <class T>
bool Failed(const char* what, const bangkom::Result<T>& r) {
    if (r) return false;
    std::fprintf(stderr, "%s: %s\n", what, r.error().message.c_str());
    return true;
}

}  // namespace

int main(int argc, char** argv) {
    int64_t learners = 200;
    int commits = 60;
    std::string dir = "/tmp/bangkom-scorm-bench";
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        if (arg == "--learners") learners = std::stoll(argv[i + 1]);
        if (arg == "--commits") commits = std::stoi(argv[i + 1]);
        if (arg == "--dir") dir = argv[i + 1];
    }
    std::filesystem::remove_all(dir);
    std::filesystem::create_directories(dir);
    auto store = storage::OpenStore(dir + "/bench.db");
    if (!store) {
        std::fprintf(stderr, "open: %s\n", store.error().message.c_str());
        return 1;
    }
    storage::Store& s = **store;
    // one agency, one e-learning program with an open offering, `learners` employees
    domain::Agency agency;
    agency.code = "OPD";
    agency.name = "Dinas Uji";
    domain::Program program;
    program.code = "EL.B";
    program.name = "E-Learning Bench";
    program.institution = "BPSDM";
    program.form = domain::DevelopmentForm::e_learning;
    program.jp = 10;
    domain::Offering offering;
    offering.code = "EL.B-1";
    offering.program_code = program.code;
    offering.start = *domain::Date::FromYmd(2020, 1, 1);
    offering.end = *domain::Date::FromYmd(2099, 12, 31);
    std::vector<domain::Employee> employees;
    std::vector<std::string> nips;
    for (int64_t n = 0; n < learners; ++n) {
        auto parsed = domain::Nip::Parse(Nip(n));
        if (!parsed) {
            std::fprintf(stderr, "nip %s: %s\n", Nip(n).c_str(), parsed.error().message.c_str());
            return 1;
        }
        domain::Employee e;
        e.nip = *parsed;
        e.name = "Pegawai " + std::to_string(n);
        e.agency_code = agency.code;
        e.position_code = "J.1";
        nips.push_back(e.nip.str());
        employees.push_back(std::move(e));
    }
    if (Failed("agency", s.Upsert(domain::Records{std::vector<domain::Agency>{agency}}))) return 1;
    domain::Position position;
    position.code = "J.1";
    position.name = "Pelaksana";
    position.agency_code = agency.code;
    if (Failed("position", s.Upsert(domain::Records{std::vector<domain::Position>{position}}))) return 1;
    if (Failed("program", s.Upsert(domain::Records{std::vector<domain::Program>{program}}))) return 1;
    if (Failed("offering", s.Upsert(domain::Records{std::vector<domain::Offering>{offering}}))) return 1;
    if (auto ok = s.Upsert(domain::Records{std::vector<domain::Employee>(employees)}); !ok) {
        std::fprintf(stderr, "employees: %s\n", ok.error().message.c_str());
        return 1;
    }
    services::CourseService courses(s, dir + "/konten");
    const int64_t now =
        std::chrono::duration_cast<std::chrono::seconds>(std::chrono::system_clock::now().time_since_epoch()).count();
    storage::User admin;
    admin.role = domain::Role::admin_bkd;
    auto module = courses.AddModule(admin, program.code, "scorm", "Kuis", "", true, 1, domain::Lang::id);
    if (Failed("module", module)) return 1;
    if (auto ok = courses.UploadContent(admin, module->id, "b.zip",
                                        formats::StoredZip({{"imsmanifest.xml", kManifest}, {"index.html", "x"}}), 1,
                                        domain::Lang::id);
        !ok) {
        std::fprintf(stderr, "upload: %s\n", ok.error().message.c_str());
        return 1;
    }
    std::vector<storage::User> users;
    for (const auto& nip : nips) {
        storage::User u;
        u.role = domain::Role::asn;
        u.nip = nip;
        if (Failed("join", courses.Join(u, offering.code, now, domain::Lang::id))) return 1;
        if (Failed("session", courses.OpenSession(u, offering.code, module->id, now, domain::Lang::id))) return 1;
        users.push_back(u);
    }
    std::string suspend(2000, 'x');  // a typical authoring tool's suspend data
    const auto start = Clock::now();
    int64_t stored = 0;
    for (int c = 0; c < commits; ++c) {
        for (const auto& u : users) {
            const bool last = c + 1 == commits;
            std::map<std::string, std::string> cmi{
                {"cmi.core.lesson_status", last ? "passed" : "incomplete"},
                {"cmi.core.lesson_location", "slide-" + std::to_string(c)},
                {"cmi.core.session_time", "00:" + std::string(c / 2 < 10 ? "0" : "") + std::to_string(c / 2) + ":00"},
                {"cmi.core.score.raw", last ? "85" : ""},
                {"cmi.suspend_data", suspend},
                {"cmi.core.exit", last ? "" : "suspend"}};
            auto ok = courses.Commit(u, offering.code, module->id, cmi, "{}", now + 30 * c, domain::Lang::id);
            if (!ok) {
                std::fprintf(stderr, "commit: %s\n", ok.error().message.c_str());
                return 1;
            }
            ++stored;
        }
    }
    const double seconds = Since(start);
    std::printf("scorm commits: %lld (%zu learners x %d, the last completing the course): %.2f s, %.0f commits/s\n",
                static_cast<long long>(stored), users.size(), commits, seconds, static_cast<double>(stored) / seconds);
    std::printf("database: %.1f MB\n",
                static_cast<double>(std::filesystem::file_size(dir + "/bench.db")) / (1024.0 * 1024.0));
    return 0;
}
