// Import benchmark: a million `penilaian` rows through services::ImportService into a fresh SQLite file,
// beside the sqlite3 shell's own `.import` of the same CSV into a plain table (the floor for "bytes into
// SQLite"). Also times ReadCsv alone, the share of the import spent reading the file.
//
//   import_bench [ROWS]        (default 1000000; a multiple of 1000 keeps every key unique)
//
// Prints rows/s for each. Needs `sqlite3` on PATH for the comparison (skipped with a note otherwise).

#include <sys/resource.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <filesystem>
#include <fstream>
#include <string>

#include "formats/table.hpp"
#include "services/import_service.hpp"
#include "storage/store.hpp"

namespace {

using namespace bangkom;
using Clock = std::chrono::steady_clock;
namespace fs = std::filesystem;

constexpr int kCompetencies = 25;
constexpr const char* kSources[] = {"asesmen", "atasan", "rekan", "mandiri"};
constexpr int kSourceCount = 4;

// Wall time and CPU time (user + system, of this process or of its finished children): on a shared machine
// the CPU time is the steadier figure.
struct Stopwatch {
    Clock::time_point wall = Clock::now();
    double cpu = CpuSeconds(RUSAGE_SELF);
    double child_cpu = CpuSeconds(RUSAGE_CHILDREN);

    static double CpuSeconds(int who) {
        rusage usage{};
        getrusage(who, &usage);
        const auto seconds = [](const timeval& t) { return static_cast<double>(t.tv_sec) + t.tv_usec / 1e6; };
        return seconds(usage.ru_utime) + seconds(usage.ru_stime);
    }
};

// A valid PNS NIP per index: birth 1970-1994, any month, day 1-28; appointed 2015-03; sequence keeps it unique.
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
            for (int k = 0; k < kCompetencies; ++k)
                csv += Competency(k) + ",Kompetensi " + std::to_string(k) + ",teknis\n";
            return csv;
        }
        default: {
            std::string csv = "nip,nama,kode_jabatan,kode_opd\n";
            for (int i = 0; i < employees; ++i) csv += Nip(i) + ",Pegawai " + std::to_string(i) + ",J01,OPD01\n";
            return csv;
        }
    }
}

// rows = employees × competencies × sources, so (nip, kode_kompetensi, sumber, tanggal) never repeats.
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

bool Import(services::ImportService& service, domain::Kind kind, const std::string& csv) {
    auto summary = service.Import(kind, csv, domain::Lang::en, services::Actor{});
    if (summary.ok()) return true;
    std::fprintf(stderr, "import %s failed: %s\n", std::string(domain::KindCode(kind)).c_str(),
                 summary.error().message.c_str());
    for (size_t i = 0; i < summary.error().details.size() && i < 5; ++i) {
        const auto& d = summary.error().details[i];
        std::fprintf(stderr, "  row %d, column %s: %s\n", d.row, d.column.c_str(), d.message.c_str());
    }
    return false;
}

void Report(const char* what, long rows, const Stopwatch& start, bool children = false) {
    const double wall = std::chrono::duration<double>(Clock::now() - start.wall).count();
    const double cpu = children ? Stopwatch::CpuSeconds(RUSAGE_CHILDREN) - start.child_cpu
                                : Stopwatch::CpuSeconds(RUSAGE_SELF) - start.cpu;
    std::printf("%-42s %8ld rows | wall %6.2f s %9.0f rows/s | cpu %6.2f s %9.0f rows/s\n", what, rows, wall,
                rows / wall, cpu, rows / cpu);
}

void SqliteShellImport(const fs::path& dir, const fs::path& csv_path, long rows) {
    if (std::system("command -v sqlite3 >/dev/null 2>&1") != 0) {
        std::printf("sqlite3 shell not found: comparison skipped\n");
        return;
    }
    const fs::path db = dir / "plain.sqlite";
    const std::string create = "sqlite3 '" + db.string() +
                               "' 'CREATE TABLE penilaian(nip TEXT, kode_kompetensi TEXT, level TEXT, sumber TEXT, "
                               "tanggal TEXT)'";
    if (std::system(create.c_str()) != 0) return;
    const std::string import =
        "sqlite3 '" + db.string() + "' '.import --csv --skip 1 " + csv_path.string() + " penilaian'";
    const Stopwatch start;
    if (std::system(import.c_str()) != 0) {
        std::printf("sqlite3 .import failed\n");
        return;
    }
    Report("sqlite3 shell .import (plain table)", rows, start, true);
}

}  // namespace

int main(int argc, char** argv) {
    const long rows = argc > 1 ? std::atol(argv[1]) : 1'000'000;
    const int employees = static_cast<int>(rows / (kCompetencies * kSourceCount));
    const long total = static_cast<long>(employees) * kCompetencies * kSourceCount;
    const fs::path dir = fs::temp_directory_path() / ("bangkom-import-bench-" + std::to_string(getpid()));
    fs::create_directories(dir);

    auto store = storage::OpenStore((dir / "bangkom.sqlite").string());
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
    const fs::path csv_path = dir / "penilaian.csv";
    std::ofstream(csv_path, std::ios::binary) << csv;
    std::printf("penilaian.csv: %ld rows, %.1f MB, %d employees x %d competencies x %d sources\n", total,
                static_cast<double>(csv.size()) / 1e6, employees, kCompetencies, kSourceCount);

    {
        const Stopwatch start;
        auto table = formats::ReadCsv(csv, domain::Lang::en);
        Report("formats::ReadCsv only", static_cast<long>(table->rows.size()), start);
    }
    const Stopwatch start;
    if (!Import(service, domain::Kind::penilaian, csv)) return 1;
    Report("ImportService::Import (read+check+write)", total, start);

    SqliteShellImport(dir, csv_path, total);
    fs::remove_all(dir);
    return 0;
}
