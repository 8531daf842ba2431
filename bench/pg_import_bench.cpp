// PostgreSQL import benchmark: a million `penilaian` rows into a fresh PostgreSQL database, through
// services::ImportService (read + check + write, as `bangkom import` does) and through Store::Upsert directly
// (new rows, then the same rows again: all updates). Goal (issue 3): at least 50,000 rows/s.
//
//   BANGKOM_BENCH_POSTGRES=postgresql://postgres@127.0.0.1:PORT/postgres pg_import_bench [ROWS]
//   pg_import_bench [ROWS]     (no URL: starts a throwaway cluster with scripts/pg_cluster.sh, stops it after)
//
// The URL names an admin database: the bench creates bangkom_bench_<pid> beside it and drops it at the end.
// Prints wall time and this process's CPU time; the server's work shows only in the wall time.

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <memory>
#include <string>
#include <vector>

#include "services/import_service.hpp"
#include "storage/postgres/connection.hpp"
#include "storage/store.hpp"

namespace {

using namespace bangkom;  // NOLINT(google-build-using-namespace): a benchmark's main file
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr int kCompetencies = 25;
constexpr const char* kSources[] = {"asesmen", "atasan", "rekan", "mandiri"};
constexpr int kSourceCount = 4;

struct Stopwatch {
    Clock::time_point wall = Clock::now();
    double cpu = CpuSeconds();

    static double CpuSeconds() {
        rusage usage{};
        getrusage(RUSAGE_SELF, &usage);
        const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
        return seconds(usage.ru_utime) + seconds(usage.ru_stime);
    }
};

void Report(const char* what, long rows, const Stopwatch& start) {
    const double wall = std::chrono::duration<double>(Clock::now() - start.wall).count();
    const double cpu = Stopwatch::CpuSeconds() - start.cpu;
    std::printf("%-44s %8ld rows | wall %6.2f s %9.0f rows/s | client cpu %6.2f s\n", what, rows, wall, rows / wall,
                cpu);
    std::fflush(stdout);
}

// The NIPs and codes of import_bench.cpp, so that the two benches load the same data.
std::string Nip(int i) {
    char nip[32];
    std::snprintf(nip, sizeof nip, "%04d%02d%02d2015031%03d", 1970 + i % 25, 1 + (i / 25) % 12, 1 + (i / 300) % 28,
                  1 + (i / 8400) % 999);
    return nip;
}

std::string Competency(int k) {
    char code[16];
    std::snprintf(code, sizeof code, "K.%02d", k + 1);
    return code;
}

std::string MasterCsv(domain::Kind kind, int employees) {
    switch (kind) {
        case domain::Kind::opd: return "kode_opd,nama_opd\nOPD01,Dinas Kesehatan\n";
        case domain::Kind::jabatan:
            return "kode_jabatan,nama_jabatan,jenis_jabatan,kode_opd\nJ01,Analis Kebijakan,ahli_pertama,OPD01\n";
        case domain::Kind::kompetensi: {
            std::string csv = "kode,nama,jenis\n";
            for (int k = 0; k < kCompetencies; ++k) {
                csv += Competency(k) + ",Kompetensi " + std::to_string(k) + ",teknis\n";
            }
            return csv;
        }
        default: {
            std::string csv = "nip,nama,kode_jabatan,kode_opd\n";
            for (int i = 0; i < employees; ++i) csv += Nip(i) + ",Pegawai " + std::to_string(i) + ",J01,OPD01\n";
            return csv;
        }
    }
}

std::string AssessmentCsv(int employees) {
    std::string csv = "nip,kode_kompetensi,level,sumber,tanggal\n";
    csv.reserve(static_cast<size_t>(employees) * kCompetencies * kSourceCount * 52);
    for (int i = 0; i < employees; ++i) {
        const std::string nip = Nip(i);
        for (int k = 0; k < kCompetencies; ++k) {
            const std::string prefix = nip + "," + Competency(k) + "," + std::to_string(1 + (i + k) % 4) + ".5,";
            for (const char* source : kSources) csv += prefix + source + ",2027-03-15\n";
        }
    }
    return csv;
}

// The same shape as records, dated a day later so that they are new keys.
std::vector<domain::Assessment> AssessmentRecords(int employees) {
    std::vector<domain::Assessment> rows;
    rows.reserve(static_cast<size_t>(employees) * kCompetencies * kSourceCount);
    const auto day = domain::Date::FromYmd(2027, 3, 16);
    const domain::AssessmentSource sources[] = {domain::AssessmentSource::asesmen, domain::AssessmentSource::atasan,
                                                domain::AssessmentSource::rekan, domain::AssessmentSource::mandiri};
    for (int i = 0; i < employees; ++i) {
        const auto nip = domain::Nip::ParseReference(Nip(i));
        for (int k = 0; k < kCompetencies; ++k) {
            for (const auto source : sources) rows.push_back({*nip, Competency(k), 1.5 + (i + k) % 4, source, *day});
        }
    }
    return rows;
}

bool Import(services::ImportService& service, domain::Kind kind, const std::string& csv) {
    auto summary = service.Import(kind, csv, domain::Lang::en, services::Actor{});
    if (summary.ok()) return true;
    std::fprintf(stderr, "import %s failed: %s\n", std::string(domain::KindCode(kind)).c_str(),
                 summary.error().message.c_str());
    return false;
}

// A cluster of scripts/pg_cluster.sh when no URL is given; stopped (and its directory removed) at the end.
class Cluster {
  public:
    ~Cluster() {
        if (!dir_.empty()) Shell("'" + Script() + "' stop '" + dir_.string() + "' >/dev/null");
    }
    std::string Start() {
        dir_ = fs::temp_directory_path() / ("bangkom-pg-bench-" + std::to_string(getpid()));
        if (Shell("'" + Script() + "' start '" + dir_.string() + "' >/dev/null") != 0) return {};
        std::FILE* file = std::fopen((dir_ / "url").c_str(), "r");
        if (file == nullptr) return {};
        char line[512] = {};
        const bool read = std::fgets(line, sizeof line, file) != nullptr;
        std::fclose(file);
        std::string url = read ? line : "";
        while (!url.empty() && (url.back() == '\n' || url.back() == '\r')) url.pop_back();
        return url;
    }

  private:
    static std::string Script() { return (fs::path(__FILE__).parent_path().parent_path() / "scripts/pg_cluster.sh"); }
    static int Shell(const std::string& command) { return std::system(command.c_str()); }
    fs::path dir_;
};

// The URL of database `name` on the server of `admin` (a postgresql:// URL whose path names a database).
std::string WithDatabase(const std::string& admin, const std::string& name) {
    const size_t scheme = admin.find("://");
    const size_t slash = admin.find('/', scheme == std::string::npos ? 0 : scheme + 3);
    if (slash == std::string::npos) return admin + "/" + name;
    const size_t query = admin.find('?', slash);
    return admin.substr(0, slash + 1) + name + (query == std::string::npos ? "" : admin.substr(query));
}

int RunBench(const std::string& url, long rows) {
    const int employees = static_cast<int>(rows / (kCompetencies * kSourceCount));
    const long total = static_cast<long>(employees) * kCompetencies * kSourceCount;
    auto store = storage::OpenStore(url);
    if (!store) {
        std::fprintf(stderr, "cannot open the store: %s\n", store.error().message.c_str());
        return 1;
    }
    services::ImportService service(**store, "bench-rater-key");
    for (const auto kind :
         {domain::Kind::opd, domain::Kind::jabatan, domain::Kind::kompetensi, domain::Kind::pegawai}) {
        if (!Import(service, kind, MasterCsv(kind, employees))) return 1;
    }
    const std::string csv = AssessmentCsv(employees);
    std::printf("penilaian: %ld rows, %d employees x %d competencies x %d sources\n", total, employees, kCompetencies,
                kSourceCount);
    {
        const Stopwatch start;
        if (!Import(service, domain::Kind::penilaian, csv)) return 1;
        Report("ImportService::Import (read+check+write)", total, start);
    }
    const auto records = AssessmentRecords(employees);
    for (const char* what : {"Store::Upsert, new keys (inserts)", "Store::Upsert, same keys again (updates)"}) {
        const Stopwatch start;
        auto counts = (*store)->Upsert(records);
        if (!counts) {
            std::fprintf(stderr, "upsert failed: %s\n", counts.error().message.c_str());
            return 1;
        }
        Report(what, static_cast<long>(records.size()), start);
    }
    return 0;
}

}  // namespace

int main(int argc, char** argv) {
    const long rows = argc > 1 ? std::atol(argv[1]) : 1'000'000;
    Cluster cluster;
    const char* given = std::getenv("BANGKOM_BENCH_POSTGRES");
    const std::string admin = given != nullptr && *given != '\0' ? std::string(given) : cluster.Start();
    if (admin.empty()) {
        std::fprintf(stderr, "no PostgreSQL: set BANGKOM_BENCH_POSTGRES or make scripts/pg_cluster.sh work\n");
        return 1;
    }
    auto connection = storage::postgres::Connection::Open(admin);
    if (!connection) {
        std::fprintf(stderr, "cannot connect: %s\n", connection.error().message.c_str());
        return 1;
    }
    const std::string name = "bangkom_bench_" + std::to_string(getpid());
    if (auto ok = connection->Exec("CREATE DATABASE " + name); !ok) {
        std::fprintf(stderr, "cannot create %s: %s\n", name.c_str(), ok.error().message.c_str());
        return 1;
    }
    const int status = RunBench(WithDatabase(admin, name), rows);
    if (auto ok = connection->Exec("DROP DATABASE " + name + " WITH (FORCE)"); !ok) {
        std::fprintf(stderr, "cannot drop %s: %s\n", name.c_str(), ok.error().message.c_str());
    }
    return status;
}
