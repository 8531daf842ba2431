// Printable documents benchmark (issues 6 and 8): the plan's PDF for one large agency (one line per employee and
// offering) and for the province (one line per offering), and the SKM poster. Prints pages, bytes and seconds.
// Generated data, fixed seed.
//
//   pdf_bench [--rows N] [--offerings K] [--agencies A]

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>

#include "formats/pdf_document.hpp"
#include "services/plan_document.hpp"
#include "services/survey_poster.hpp"

namespace {

using namespace bangkom;  // NOLINT(google-build-using-namespace): a benchmark's main file
using Clock = std::chrono::steady_clock;

struct Args {
    int rows = 2'000;  // assignments of the agency document (a large agency: ~1,000 employees × 2)
    int offerings = 300;
    int agencies = 45;
};

Args Parse(int argc, char** argv) {
    Args a;
    for (int i = 1; i + 1 < argc; i += 2) {
        const std::string arg = argv[i];
        const int value = std::atoi(argv[i + 1]);
        if (arg == "--rows") {
            a.rows = value;
        } else if (arg == "--offerings") {
            a.offerings = value;
        } else if (arg == "--agencies") {
            a.agencies = value;
        } else {
            std::fprintf(stderr, "unknown option %s\n", arg.c_str());
            std::exit(2);
        }
    }
    return a;
}

std::string Code(const char* prefix, int i) {
    char buf[32];
    std::snprintf(buf, sizeof(buf), "%s%03d", prefix, i);
    return buf;
}

/// A plan of `rows` assignments over `offerings` offerings and `agencies` agencies (rows spread evenly).
services::PlanExportData Plan(int rows, int offerings, int agencies) {
    std::mt19937_64 random(207);
    services::PlanExportData data;
    data.plan.year = 2027;
    data.plan.version = 1;
    std::string summary = R"({"agencies":[)";
    for (int a = 0; a < agencies; ++a) {
        data.catalog.agencies.push_back({Code("OPD", a), "Dinas Contoh Nomor " + std::to_string(a), "", {900'000'000}});
        summary += (a > 0 ? "," : "") + std::string(R"({"agency":")") + Code("OPD", a) + R"(","budget":900000000})";
    }
    summary += R"(],"jp":{"employees":12000,"meeting_20":11000,"short":1000,"shortfall_jp":9000}})";
    data.plan.summary_json = summary;
    for (int o = 0; o < offerings; ++o) {
        domain::Program p;
        p.code = Code("PRG", o);
        p.name = "Pelatihan Teknis Pelayanan Publik dan Tata Kelola Angkatan " + std::to_string(o);
        p.institution = "Badan Pengembangan Sumber Daya Manusia Provinsi Jambi";
        p.jp = 24;
        p.raises = {{Code("K.", o % 40), 1}, {"M.05", 1}};
        data.catalog.programs.push_back(p);
        const auto start = domain::Date::FromYmd(2027, 1 + o % 12, 1 + o % 25).value();
        data.catalog.offerings.push_back({Code("ANG", o), p.code, start, start.AddDays(4), 40, "Jambi"});
    }
    for (int c = 0; c < 40; ++c) data.competency_names[Code("K.", c)] = "Kompetensi teknis bidang " + std::to_string(c);
    for (int r = 0; r < rows; ++r) {
        const int o = static_cast<int>(random() % static_cast<uint64_t>(offerings));
        const std::string nip = "1980010120050110" + std::to_string(10 + r % 90) + std::to_string(r);
        data.employee_names[nip] = "Pegawai Contoh dengan Nama Panjang " + std::to_string(r);
        data.rows.push_back({nip,
                             Code("ANG", o),
                             Code("PRG", o),
                             Code("OPD", r % agencies),
                             24,
                             3'500'000,
                             {"kesenjangan"},
                             {{Code("K.", o % 40), 1}}});
    }
    return data;
}

void Time(const char* name, const formats::PdfDocument& doc) {
    const auto start = Clock::now();
    auto pdf = formats::RenderPdf(doc);  // lays out twice: once to count the pages, once to paint
    const double seconds = std::chrono::duration<double>(Clock::now() - start).count();
    auto pages = formats::CountPdfPages(doc);
    if (!pages || !pdf) {
        std::fprintf(stderr, "%s: failed\n", name);
        std::exit(1);
    }
    std::printf("%-44s %6d pages %10zu bytes %8.3f s\n", name, *pages, pdf->size(), seconds);
}

}  // namespace

int main(int argc, char** argv) {
    const Args args = Parse(argc, argv);
    const auto printed = domain::Date::FromYmd(2026, 11, 29).value();
    services::PlanExportData agency = Plan(args.rows, args.offerings, 1);
    agency.agency_filter = "OPD000";
    Time(("plan, one agency, " + std::to_string(args.rows) + " lines").c_str(),
         services::PlanPdfDocument(agency, {}, printed));
    services::PlanExportData province = Plan(args.rows * 6, args.offerings, args.agencies);
    Time(("plan, province, " + std::to_string(args.offerings) + " offerings").c_str(),
         services::PlanPdfDocument(province, {}, printed));
    const domain::ServiceUnit unit{"PKM01", "Puskesmas Kota Jambi", "DINKES"};
    Time("SKM poster", services::SurveyPosterDocument(unit, "Dinas Kesehatan", "https://x/survei/PKM01", {}, printed));
    return 0;
}
