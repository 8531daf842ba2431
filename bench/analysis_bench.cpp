// Needs-analysis benchmark: a national data set (analysis_data.hpp: 4.3 million employees, ~550 agencies,
// ~40 million assessments, fixed seed) generated straight into the snapshot builder, the full analysis timed,
// peak RSS reported; then the same rows written to an SQLite file and the same analysis run as SQL
// (analysis_sql.hpp), timed, with the ratio and a cross-check of the totals.
//
//   analysis_bench [--employees N] [--agencies A] [--threads T] [--no-sql] [--sqlite FILE]
//   analysis_bench --db PATH        (time GapService on a stored database, e.g. `bangkom demo --db PATH`)

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <cstring>
#include <filesystem>
#include <string>

#include "analysis/analyze.hpp"
#include "analysis/held_level.hpp"
#include "analysis_data.hpp"
#include "analysis_sql.hpp"
#include "services/gap_service.hpp"

namespace {

using namespace bangkom;  // NOLINT(google-build-using-namespace): a benchmark's main file
using Clock = std::chrono::steady_clock;

double Since(Clock::time_point start) {
    return std::chrono::duration<double>(Clock::now() - start).count();
}

double CpuSeconds() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
    return seconds(usage.ru_utime) + seconds(usage.ru_stime);
}

double PeakRssGiB() {
    rusage usage{};
    getrusage(RUSAGE_SELF, &usage);
    return static_cast<double>(usage.ru_maxrss) / (1024.0 * 1024.0);  // ru_maxrss is in KiB on Linux
}

double CurrentRssGiB() {
    long pages = 0;
    if (FILE* f = std::fopen("/proc/self/statm", "r")) {
        long size = 0;
        if (std::fscanf(f, "%ld %ld", &size, &pages) != 2) pages = 0;
        std::fclose(f);
    }
    return static_cast<double>(pages) * static_cast<double>(sysconf(_SC_PAGESIZE)) / (1024.0 * 1024.0 * 1024.0);
}

struct Args {
    bench::NationalSpec spec;
    int threads = 0;
    bool sql = true;
    std::string sqlite_path;
    std::string db;
};

Args Parse(int argc, char** argv) {
    Args a;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        const auto next = [&]() -> std::string {
            if (i + 1 >= argc) {
                std::fprintf(stderr, "%s needs a value\n", arg.c_str());
                std::exit(2);
            }
            return argv[++i];
        };
        if (arg == "--employees") {
            a.spec.employees = std::stoll(next());
        } else if (arg == "--agencies") {
            a.spec.agencies = std::stoi(next());
        } else if (arg == "--threads") {
            a.threads = std::stoi(next());
        } else if (arg == "--no-sql") {
            a.sql = false;
        } else if (arg == "--sqlite") {
            a.sqlite_path = next();
        } else if (arg == "--db") {
            a.db = next();
        } else {
            std::fprintf(stderr, "unknown argument %s\n", arg.c_str());
            std::exit(2);
        }
    }
    return a;
}

/// Feeds the generated rows to the snapshot builder (codes as text, like a loader would).
struct SnapshotSink {
    analysis::SnapshotBuilder builder;
    std::string nip;  // of the employee being generated: its rows follow it
    int64_t assessments = 0;

    void Competency(int c) {
        builder.Add(domain::Competency{
            bench::CompetencyCode(c),
            "",
            c < bench::kManagerial ? domain::CompetencyKind::manajerial : domain::CompetencyKind::teknis,
            "",
            "",
            {}});
    }
    void Agency(int a) { builder.Add(domain::Agency{bench::AgencyCode(a), "", "", {}}); }
    void Position(int a, int k) {
        builder.Add(domain::Position{bench::PositionCode(a, k), "", bench::KindOf(k), bench::AgencyCode(a),
                                     bench::SectorCode((a + k) % bench::kSectors)});
    }
    void Standard(int a, int k, const bench::StandardRow& row) {
        builder.Add(domain::PositionStandard{bench::PositionCode(a, k), bench::CompetencyCode(row.competency),
                                             row.level, row.weight});
    }
    void Employee(int64_t i, int a, int k, int target, domain::EmploymentStatus status) {
        nip = bench::NipOf(i);
        domain::Employee e;
        e.nip = domain::Nip::ParseReference(nip).value();
        e.agency_code = bench::AgencyCode(a);
        e.position_code = bench::PositionCode(a, k);
        if (target >= 0) e.target_position_code = bench::PositionCode(a, target);
        e.status = status;
        builder.Add(e);
    }
    void Assessment(int64_t, int c, domain::AssessmentSource source, domain::Date date, double level) {
        builder.AddAssessment(nip, bench::CompetencyCode(c), level, source, date);
        ++assessments;
    }
    void Rating(int64_t, int year, domain::Predikat p) {
        domain::PerformanceRating r;
        r.nip = domain::Nip::ParseReference(nip).value();
        r.year = year;
        r.predikat = p;
        builder.Add(r);
    }
    void Jp(int64_t, domain::Date start, int jp) {
        domain::JpHistoryEntry h;
        h.nip = domain::Nip::ParseReference(nip).value();
        h.start = h.end = start;
        h.jp = jp;
        builder.Add(h);
    }
    void Proposal(int64_t, int c, int year) {
        domain::Proposal p;
        p.nip = domain::Nip::ParseReference(nip).value();
        p.competency_code = bench::CompetencyCode(c);
        p.year = year;
        p.status = domain::ProposalStatus::approved;
        builder.Add(p);
    }
};

int RunOnDatabase(const std::string& path);
double RunSql(const Args& args, const analysis::GapReport& engine);

}  // namespace

int main(int argc, char** argv) {
    const Args args = Parse(argc, argv);
    if (!args.db.empty()) return RunOnDatabase(args.db);
    std::printf("analysis_bench: %lld employees, %d agencies, seed %llu\n", static_cast<long long>(args.spec.employees),
                args.spec.agencies, static_cast<unsigned long long>(args.spec.seed));

    auto start = Clock::now();
    SnapshotSink sink;
    sink.builder.Reserve(static_cast<size_t>(args.spec.employees), static_cast<size_t>(args.spec.employees) * 10);
    bench::GenerateNational(args.spec, sink);
    std::printf("generate into builder   %8.2f s   (%lld assessments)\n", Since(start),
                static_cast<long long>(sink.assessments));
    start = Clock::now();
    auto built = sink.builder.Build();
    if (!built) {
        std::fprintf(stderr, "build failed: %s\n", built.error().message.c_str());
        return 1;
    }
    const analysis::Snapshot snapshot = std::move(built).value();
    std::printf("build snapshot          %8.2f s   (%.2f GiB held, %zu assessments kept)\n", Since(start),
                static_cast<double>(snapshot.MemoryBytes()) / (1024.0 * 1024.0 * 1024.0), snapshot.assessments.size());

    analysis::Settings settings;
    settings.analysis_date = domain::Date::FromYmd(2027, 6, 1).value();
    settings.threads = args.threads;
    start = Clock::now();
    const double cpu_start = CpuSeconds();
    auto report = analysis::Analyze(snapshot, settings, analysis::Scope::All(), analysis::Options{false});
    const double engine_seconds = Since(start);
    const double engine_cpu = CpuSeconds() - cpu_start;
    if (!report) {
        std::fprintf(stderr, "analysis failed: %s\n", report.error().message.c_str());
        return 1;
    }
    std::printf("ANALYZE (engine, all)   %8.2f s   (CPU %.2f s; threads %d, %zu agencies, %zu matrix cells)\n",
                engine_seconds, engine_cpu, args.threads, report->by_agency.size(), report->matrix.size());
    start = Clock::now();
    auto one = analysis::Analyze(snapshot, settings, analysis::Scope::Agency(snapshot.agency_codes.back()));
    std::printf("one agency with details %8.3f s   (%zu employees)\n", Since(start), one ? one->employees.size() : 0);
    std::printf("peak RSS so far         %8.2f GiB (current %.2f GiB)\n", PeakRssGiB(), CurrentRssGiB());
    const auto& t = report->total;
    std::printf(
        "engine totals: employees %lld, with gap %lld, assessed pairs %lld, not assessed %lld, "
        "weighted need %.1f, jp met %lld, training %lld, box 0 %lld, box 9 %lld\n",
        static_cast<long long>(t.employees), static_cast<long long>(t.employees_with_gap),
        static_cast<long long>(t.assessed_pairs), static_cast<long long>(t.not_assessed), t.weighted_need,
        static_cast<long long>(t.jp_met), static_cast<long long>(t.akpk[0]), static_cast<long long>(t.boxes[0]),
        static_cast<long long>(t.boxes[9]));
    if (!args.sql) return 0;
    const double sql_seconds = RunSql(args, *report);
    std::printf("RATIO sql / engine      %8.1f x\n", sql_seconds / engine_seconds);
    return 0;
}

namespace {

/// Writes the same generated rows into plain SQLite tables with integer ids.
struct SqliteSink {
    sqlite3* db = nullptr;
    sqlite3_stmt* position = nullptr;
    sqlite3_stmt* standard = nullptr;
    sqlite3_stmt* employee = nullptr;
    sqlite3_stmt* assessment = nullptr;
    sqlite3_stmt* rating = nullptr;
    sqlite3_stmt* jp = nullptr;
    sqlite3_stmt* proposal = nullptr;

    sqlite3_stmt* Prepare(const char* sql) {
        sqlite3_stmt* s = nullptr;
        if (sqlite3_prepare_v2(db, sql, -1, &s, nullptr) != SQLITE_OK) {
            std::fprintf(stderr, "prepare: %s\n", sqlite3_errmsg(db));
            std::exit(1);
        }
        return s;
    }
    void Open() {
        position = Prepare("INSERT INTO position VALUES (?1, ?2, ?3, ?4)");
        standard = Prepare("INSERT OR REPLACE INTO standard VALUES (?1, ?2, ?3, ?4)");
        employee = Prepare("INSERT INTO employee VALUES (?1, ?2, ?3, ?4, ?5)");
        assessment = Prepare("INSERT OR REPLACE INTO assessment VALUES (?1, ?2, ?3, ?4, ?5, ?6)");
        rating = Prepare("INSERT OR REPLACE INTO rating VALUES (?1, ?2, ?3)");
        jp = Prepare("INSERT INTO jp VALUES (?1, ?2, ?3)");
        proposal = Prepare("INSERT OR IGNORE INTO proposal VALUES (?1, ?2, ?3)");
    }
    void Close() {
        for (auto* s : {position, standard, employee, assessment, rating, jp, proposal}) sqlite3_finalize(s);
    }
    static void Step(sqlite3_stmt* s) {
        if (sqlite3_step(s) != SQLITE_DONE) std::exit(1);
        sqlite3_reset(s);
    }
    static int64_t PositionId(int a, int k) { return static_cast<int64_t>(a) * bench::kPositionsPerAgency + k; }

    void Competency(int) {}
    void Agency(int) {}
    void Position(int a, int k) {
        sqlite3_bind_int64(position, 1, PositionId(a, k));
        sqlite3_bind_int(position, 2, a);
        sqlite3_bind_int(position, 3, static_cast<int>(bench::KindOf(k)));
        sqlite3_bind_int(position, 4, (a + k) % bench::kSectors);
        Step(position);
    }
    void Standard(int a, int k, const bench::StandardRow& row) {
        sqlite3_bind_int64(standard, 1, PositionId(a, k));
        sqlite3_bind_int(standard, 2, row.competency);
        sqlite3_bind_double(standard, 3, row.level);
        sqlite3_bind_double(standard, 4, row.weight);
        Step(standard);
    }
    void Employee(int64_t i, int a, int k, int target, domain::EmploymentStatus status) {
        sqlite3_bind_int64(employee, 1, i);
        sqlite3_bind_int(employee, 2, a);
        sqlite3_bind_int64(employee, 3, PositionId(a, k));
        sqlite3_bind_int64(employee, 4, target >= 0 ? PositionId(a, target) : -1);
        sqlite3_bind_int(employee, 5, static_cast<int>(status));
        Step(employee);
    }
    void Assessment(int64_t i, int c, domain::AssessmentSource source, domain::Date date, double level) {
        sqlite3_bind_int64(assessment, 1, i);
        sqlite3_bind_int(assessment, 2, c);
        sqlite3_bind_int(assessment, 3, static_cast<int>(source));
        sqlite3_bind_int64(assessment, 4, date.DaysSinceEpoch());
        sqlite3_bind_int(assessment, 5, date.year());
        sqlite3_bind_double(assessment, 6, level);
        Step(assessment);
    }
    void Rating(int64_t i, int year, domain::Predikat p) {
        sqlite3_bind_int64(rating, 1, i);
        sqlite3_bind_int(rating, 2, year);
        sqlite3_bind_int(rating, 3, static_cast<int>(p));
        Step(rating);
    }
    void Jp(int64_t i, domain::Date start, int hours) {
        sqlite3_bind_int64(jp, 1, i);
        sqlite3_bind_int(jp, 2, start.year());
        sqlite3_bind_int(jp, 3, hours);
        Step(jp);
    }
    void Proposal(int64_t i, int c, int year) {
        sqlite3_bind_int64(proposal, 1, i);
        sqlite3_bind_int(proposal, 2, c);
        sqlite3_bind_int(proposal, 3, year);
        Step(proposal);
    }
};

std::string Bound(std::string sql, int64_t first, int64_t last, int year) {
    const auto replace = [&](const std::string& from, const std::string& to) {
        for (size_t at = sql.find(from); at != std::string::npos; at = sql.find(from, at + to.size())) {
            sql.replace(at, from.size(), to);
        }
    };
    replace("?1", std::to_string(first));
    replace("?2", std::to_string(last));
    replace("?3", std::to_string(year));
    return sql;
}

double RunSql(const Args& args, const analysis::GapReport& engine) {
    const std::string path = args.sqlite_path.empty()
                                 ? (std::filesystem::temp_directory_path() / "analysis_bench.sqlite").string()
                                 : args.sqlite_path;
    std::filesystem::remove(path);
    SqliteSink sink;
    if (sqlite3_open(path.c_str(), &sink.db) != SQLITE_OK) return 0;
    bench::Exec(sink.db, bench::kSchema);
    auto start = Clock::now();
    bench::Exec(sink.db, "BEGIN");
    sink.Open();
    bench::GenerateNational(args.spec, sink);
    sink.Close();
    bench::Exec(sink.db, "COMMIT");
    std::printf("write SQLite file        %8.2f s   (%s, %.2f GiB)\n", Since(start), path.c_str(),
                static_cast<double>(std::filesystem::file_size(path)) / (1024.0 * 1024.0 * 1024.0));

    analysis::Settings settings;
    settings.analysis_date = domain::Date::FromYmd(2027, 6, 1).value();
    const auto window = analysis::AssessmentWindow(settings);
    start = Clock::now();
    const double cpu_start = CpuSeconds();
    bench::Exec(sink.db, Bound(bench::kAnalysis, window.first_day, window.last_day, 2027));
    for (const char* group : bench::kGroups) {
        std::string sql = group;
        sql.replace(sql.find("{}"), 2, bench::kEmployeeGroupColumns);
        bench::Exec(sink.db, sql);
    }
    bench::Exec(sink.db, bench::kMatrix);
    const double seconds = Since(start);
    std::printf("ANALYZE (SQL, SQLite)   %8.2f s   (CPU %.2f s)\n", seconds, CpuSeconds() - cpu_start);

    sqlite3_stmt* total = nullptr;
    sqlite3_prepare_v2(sink.db, "SELECT * FROM total", -1, &total, nullptr);
    if (sqlite3_step(total) == SQLITE_ROW) {
        std::printf(
            "SQL totals:    employees %lld, with gap %lld, assessed pairs %lld, not assessed %lld, "
            "weighted need %.1f, jp met %lld, training %lld, box 0 %lld, box 9 %lld\n",
            sqlite3_column_int64(total, 0), sqlite3_column_int64(total, 1), sqlite3_column_int64(total, 2),
            sqlite3_column_int64(total, 3), sqlite3_column_double(total, 6), sqlite3_column_int64(total, 7),
            sqlite3_column_int64(total, 8), sqlite3_column_int64(total, 9), sqlite3_column_int64(total, 10));
        const bool same = sqlite3_column_int64(total, 0) == engine.total.employees &&
                          sqlite3_column_int64(total, 2) == engine.total.assessed_pairs &&
                          sqlite3_column_int64(total, 3) == engine.total.not_assessed &&
                          sqlite3_column_int64(total, 10) == engine.total.boxes[9];
        std::printf("cross-check of the totals: %s\n", same ? "same" : "DIFFERENT");
    }
    sqlite3_finalize(total);
    sqlite3_close(sink.db);
    if (args.sqlite_path.empty()) std::filesystem::remove(path);
    return seconds;
}

int RunOnDatabase(const std::string& path) {
    auto store = storage::OpenStore(path);
    if (!store) {
        std::fprintf(stderr, "%s\n", store.error().message.c_str());
        return 1;
    }
    auto start = Clock::now();
    auto snapshot = services::LoadSnapshot(**store);
    if (!snapshot) {
        std::fprintf(stderr, "%s\n", snapshot.error().message.c_str());
        return 1;
    }
    std::printf("LoadSnapshot            %8.3f s   (%zu employees, %zu assessments)\n", Since(start),
                snapshot->EmployeeCount(), snapshot->assessments.size());
    services::GapService service(**store);
    const auto time = [&](const char* what, const analysis::Scope& scope) {
        const auto begin = Clock::now();
        auto r = service.Analyze(scope);
        std::printf("%-24s%8.3f s   (%zu employees%s)\n", what, Since(begin), r ? r->employees.size() : 0,
                    r ? "" : ", failed");
    };
    time("first query (loads)", analysis::Scope::All());
    time("all, cached", analysis::Scope::All());
    const std::string agency = snapshot->agency_codes.empty() ? "" : snapshot->agency_codes.front();
    time("one agency, cached", analysis::Scope::Agency(agency));
    const std::string nip = snapshot->nips.empty() ? "" : snapshot->nips.front();
    time("one employee, cached", analysis::Scope::Employee(nip));
    time("team, cached", analysis::Scope::Team(nip));
    std::printf("snapshot loads: %lld; peak RSS %.2f GiB\n", static_cast<long long>(service.Loads()), PeakRssGiB());
    return 0;
}

}  // namespace
