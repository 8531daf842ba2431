#include "app/demo/programs.hpp"

#include <algorithm>
#include <array>
#include <string>

#include "app/demo/competencies.hpp"
#include "app/demo/rng.hpp"
#include "domain/enums.hpp"

namespace bangkom::app::demo {
namespace {

using domain::DevelopmentForm;
using F = DevelopmentForm;

constexpr std::array<std::string_view, 14> kInstitutions{
    "BPSDM Provinsi Jambi",
    "Universitas Jambi",
    "UIN Sulthan Thaha Saifuddin Jambi",
    "Poltekkes Kemenkes Jambi",
    "Lembaga Administrasi Negara",
    "BPKP Perwakilan Provinsi Jambi",
    "BPSDM Kementerian Dalam Negeri",
    "ASN Unggul (LMS LAN)",
    "Plataran Sehat Kementerian Kesehatan",
    "Ruang GTK Kementerian Pendidikan Dasar dan Menengah",
    "LKPP",
    "Badan Siber dan Sandi Negara",
    "BKN Kantor Regional VII Palembang",
    "RSUP Dr. M. Djamil Padang",
};

struct ProgramInfo {
    std::string_view code;
    std::string_view name;
    int institution;  // index into kInstitutions
    DevelopmentForm form;
    int jp;
    int64_t cost;
    std::string_view raises;  // "M.03:1;T.KES.02:2"
    int max_level;
};

// Leadership programs follow the JP of the LAN curricula (PKP, PKA, PKN II); costs are typical of 2025
// contribution fees (kontribusi) per participant.
constexpr ProgramInfo kPrograms[] = {
    {"LATSAR", "Pelatihan Dasar CPNS", 0, F::pelatihan_klasikal, 240, 9'500'000, "M.01:1;M.05:1;SK.01:1", 2},
    {"ORIENTASI.PPPK", "Orientasi Pegawai PPPK", 0, F::pelatihan_jarak_jauh, 30, 1'500'000, "M.01:1;M.05:1", 2},
    {"PKP", "Pelatihan Kepemimpinan Pengawas", 0, F::pelatihan_klasikal, 321, 22'500'000, "M.02:1;M.04:1;M.06:1", 3},
    {"PKA", "Pelatihan Kepemimpinan Administrator", 0, F::pelatihan_klasikal, 497, 35'000'000, "M.04:1;M.07:1;M.08:1",
     4},
    {"PKN2", "Pelatihan Kepemimpinan Nasional Tingkat II", 4, F::pelatihan_klasikal, 728, 95'000'000,
     "M.07:1;M.08:1;SK.01:1", 5},
    {"COACHING.PGW", "Coaching Kepemimpinan bagi Pejabat Pengawas", 0, F::coaching, 16, 1'000'000, "M.06:1", 3},
    {"MENTORING.TALENTA", "Mentoring Pengembangan Talenta ASN", 0, F::mentoring, 20, 500'000, "M.06:1;M.07:1", 3},
    {"PELAYANAN.PRIMA", "Pelatihan Pelayanan Prima", 0, F::pelatihan_klasikal, 40, 3'500'000, "M.05:1;T.IZN.07:1", 3},
    {"KOMUNIKASI", "Pelatihan Komunikasi Efektif dan Public Speaking", 1, F::workshop, 24, 2'750'000, "M.03:1", 3},
    {"SEMINAR.INTEGRITAS", "Seminar Integritas dan Pencegahan Korupsi", 5, F::seminar, 8, 350'000, "M.01:1", 3},
    {"KEBANGSAAN", "Pelatihan Wawasan Kebangsaan dan Moderasi Beragama", 2, F::pelatihan_klasikal, 32, 2'500'000,
     "SK.01:1", 3},
    {"EL.BERAKHLAK", "E-Learning Core Values ASN BerAKHLAK", 7, F::e_learning, 10, 0, "M.01:1;M.02:1", 2},
    {"EL.PERUBAHAN", "E-Learning Mengelola Perubahan di Sektor Publik", 7, F::e_learning, 12, 0, "M.07:1", 3},
    {"EL.KEPUTUSAN", "E-Learning Pengambilan Keputusan Berbasis Data", 7, F::e_learning, 12, 150'000, "M.08:1", 3},
    {"KOLABORASI", "Workshop Kolaborasi Lintas Perangkat Daerah", 0, F::workshop, 16, 1'500'000, "M.02:1", 3},
    {"SKP", "Bimtek Manajemen Kinerja dan Penyusunan SKP", 0, F::bimtek, 24, 2'000'000, "M.04:1;T.SDM.01:1", 3},
    {"ANKEB", "Pelatihan Analisis Kebijakan Publik", 4, F::pelatihan_klasikal, 60, 6'500'000, "T.PEM.01:1;M.08:1", 4},
    {"AUDIT.RISIKO", "Pelatihan Audit Intern Berbasis Risiko", 5, F::pelatihan_klasikal, 50, 5'500'000,
     "T.KEU.06:1;T.KEU.07:1", 4},
    {"LK.AKRUAL", "Bimtek Penyusunan Laporan Keuangan Berbasis Akrual", 5, F::bimtek, 32, 3'200'000,
     "T.KEU.03:1;T.KEU.08:1", 3},
    {"JF.PERENCANA", "Pelatihan Jabatan Fungsional Perencana", 6, F::pelatihan_klasikal, 120, 12'000'000, "T.PEM.02:2",
     4},
    {"PPI", "Pelatihan Pencegahan dan Pengendalian Infeksi", 3, F::pelatihan_klasikal, 40, 3'800'000,
     "T.KES.04:1;T.KES.08:1", 4},
    {"ICU", "Pelatihan Asuhan Keperawatan Intensif (ICU)", 3, F::pelatihan_klasikal, 80, 7'500'000, "T.KES.01:2", 4},
    {"PONEK", "Pelatihan Kegawatdaruratan Maternal dan Neonatal", 3, F::pelatihan_klasikal, 40, 4'500'000,
     "T.KES.02:1;T.KES.03:1", 4},
    {"EL.SURVEILANS", "E-Learning Surveilans Epidemiologi", 8, F::e_learning, 30, 0, "T.KES.05:1", 3},
    {"DEEP.LEARNING", "Pelatihan Pembelajaran Mendalam bagi Guru SMA/SMK", 1, F::pelatihan_klasikal, 48, 2'800'000,
     "T.PDK.02:1;T.PDK.03:1", 4},
    {"EL.LITERASI", "E-Learning Penguatan Literasi dan Numerasi", 9, F::e_learning, 20, 0, "T.PDK.05:1", 3},
    {"KOMBEL.GURU", "Komunitas Belajar Guru Provinsi Jambi", 9, F::komunitas_belajar, 20, 0, "T.PDK.01:1;M.06:1", 3},
    {"MAGANG.RSUP", "Magang Pelayanan Rujukan di RSUP Dr. M. Djamil", 13, F::magang, 80, 6'000'000,
     "T.KES.03:1;T.KES.08:1", 4},
    {"BENCHMARK.MPP", "Patok Banding Mal Pelayanan Publik", 0, F::patok_banding, 24, 8'500'000, "M.05:1;T.IZN.02:1", 3},
    {"S2.MAP", "Tugas Belajar Magister Administrasi Publik", 1, F::pendidikan, 1200, 45'000'000, "T.PEM.01:2;M.08:1",
     5},
    {"INGGRIS", "Kursus Bahasa Inggris untuk ASN", 1, F::kursus, 48, 2'400'000, "M.03:1", 3},
    {"LITERASI.DIGITAL", "Belajar Mandiri Literasi Digital ASN", 7, F::belajar_mandiri, 10, 0, "T.TIK.08:1", 2},
    {"PERSANDIAN", "Pelatihan Keamanan Informasi dan Persandian", 11, F::pelatihan_klasikal, 40, 4'000'000,
     "T.TIK.03:1;T.TIK.07:1", 4},
    {"PBJ.DASAR", "Pelatihan Pengadaan Barang/Jasa Tingkat Dasar", 10, F::pelatihan_klasikal, 40, 3'000'000,
     "T.PEM.06:1", 3},
    {"ASESOR", "Pelatihan Asesor SDM Aparatur", 12, F::pelatihan_klasikal, 64, 7'000'000, "T.SDM.05:2", 4},
    {"MANTAL", "Bimtek Manajemen Talenta ASN", 12, F::bimtek, 24, 2'200'000, "T.SDM.03:1", 3},
};

struct SectorTraining {
    std::string_view sector;
    std::string_view prefix;
    int institution;
};

// Four technical programs per sector: a bimtek, a classical training, an e-learning course and a workshop,
// on the sector's first four competencies.
constexpr std::array<SectorTraining, 11> kSectorTraining{{
    {"kesehatan", "KES", 3},
    {"pendidikan", "PDK", 1},
    {"keuangan", "KEU", 5},
    {"pekerjaan_umum", "PU", 0},
    {"perhubungan", "HUB", 0},
    {"lingkungan_hidup", "LH", 1},
    {"pelayanan_perizinan", "IZN", 0},
    {"kepegawaian", "SDM", 12},
    {"pemerintahan", "PEM", 6},
    {"teknologi_informasi", "TIK", 0},
    {"pertanian", "TAN", 1},
}};

std::vector<domain::CompetencyRaise> ParseRaises(std::string_view text) {
    std::vector<domain::CompetencyRaise> out;
    while (!text.empty()) {
        const size_t semi = text.find(';');
        const std::string_view item = text.substr(0, semi);
        text = semi == std::string_view::npos ? std::string_view{} : text.substr(semi + 1);
        const size_t colon = item.find(':');
        out.push_back({std::string(item.substr(0, colon)), item[colon + 1] - '0'});
    }
    return out;
}

domain::Program FromInfo(const ProgramInfo& info) {
    return {std::string(info.code),
            std::string(info.name),
            std::string(kInstitutions[static_cast<size_t>(info.institution)]),
            info.form,
            info.jp,
            domain::Money{info.cost},
            ParseRaises(info.raises),
            info.max_level};
}

void AddSectorPrograms(std::vector<domain::Program>& out, Rng& rng) {
    struct Kind {
        std::string_view code;
        std::string_view title;
        DevelopmentForm form;
        int jp;
        int64_t cost;
        int levels;
        int max_level;
    };
    constexpr std::array<Kind, 4> kKinds{{{"BT", "Bimtek ", F::bimtek, 24, 2'500'000, 1, 3},
                                          {"PL", "Pelatihan ", F::pelatihan_klasikal, 40, 4'500'000, 2, 4},
                                          {"EL", "E-Learning ", F::e_learning, 16, 0, 1, 3},
                                          {"WS", "Workshop ", F::workshop, 16, 1'800'000, 1, 3}}};
    const auto competencies = BuildCompetencies();
    for (const auto& sector : kSectorTraining) {
        for (int i = 0; i < 4; ++i) {
            const Kind& kind = kKinds[static_cast<size_t>(i)];
            const std::string competency = TechnicalCode(sector.sector, i);
            std::string name;
            for (const auto& c : competencies) {
                if (c.code == competency) name = c.name;
            }
            // Fees vary by ±20% around the kind's typical fee, in steps of Rp 50.000.
            const int64_t cost = kind.cost == 0 ? 0 : (kind.cost * rng.Between(80, 120) / 100) / 50'000 * 50'000;
            out.push_back({std::string(kind.code) + "." + std::string(sector.prefix) + "." + std::to_string(i + 1),
                           std::string(kind.title) + name,
                           std::string(kInstitutions[static_cast<size_t>(sector.institution)]),
                           kind.form,
                           kind.jp,
                           domain::Money{cost},
                           {{competency, kind.levels}},
                           kind.max_level});
        }
    }
}

}  // namespace

std::span<const std::string_view> Institutions() {
    return kInstitutions;
}

namespace {

constexpr std::array<std::string_view, kInstitutions.size()> kLocations{
    "Kampus BPSDM Provinsi Jambi, Telanaipura",
    "Kampus Universitas Jambi, Mendalo",
    "Kampus UIN STS Jambi, Telanaipura",
    "Poltekkes Kemenkes Jambi, Kota Jambi",
    "Kampus LAN, Jakarta",
    "Kantor BPKP Perwakilan Provinsi Jambi",
    "BPSDM Kemendagri, Jakarta",
    "Daring (LMS ASN Unggul)",
    "Daring (Plataran Sehat)",
    "Daring (Ruang GTK)",
    "Daring dan Kantor LKPP, Jakarta",
    "Kampus BSSN, Bogor",
    "Kantor Regional VII BKN, Palembang",
    "RSUP Dr. M. Djamil, Padang",
};

bool SelfPaced(DevelopmentForm form) {
    return form == F::e_learning || form == F::belajar_mandiri || form == F::komunitas_belajar;
}

int Capacity(DevelopmentForm form, Rng& rng) {
    switch (form) {
        case F::e_learning:
        case F::belajar_mandiri:
        case F::komunitas_belajar: return 0;  // unlimited
        case F::seminar: return 100 + 50 * rng.Between(0, 2);
        case F::coaching:
        case F::mentoring: return rng.Between(10, 15);
        case F::magang: return rng.Between(4, 8);
        case F::pendidikan: return rng.Between(5, 10);
        case F::pelatihan_jarak_jauh: return 60;
        case F::patok_banding: return 25;
        default: return 25 + 5 * rng.Between(0, 3);
    }
}

// Calendar days an offering spans: 8 JP a working day, five working days a week; self-paced courses stay
// open four to eight weeks; degree study spans a year.
int DurationDays(const domain::Program& program, Rng& rng) {
    if (program.form == F::pendidikan) return 365;
    if (SelfPaced(program.form)) return 28 + 7 * rng.Between(0, 4);
    const int working_days = std::max(1, (program.jp + 7) / 8);
    return (working_days / 5) * 7 + working_days % 5;
}

int RunsPerYear(const domain::Program& program) {
    if (program.code == "PKN2" || program.form == F::pendidikan) return 1;
    if (program.form == F::e_learning || program.code == "LATSAR") return 3;
    if (program.form == F::bimtek || program.form == F::pelatihan_klasikal) return 3;
    return 2;
}

domain::Offering MakeOffering(const domain::Program& program, int year, int run, Rng& rng) {
    domain::Offering o;
    o.code = program.code + "-" + std::to_string(year) + "-" + (run < 9 ? "0" : "") + std::to_string(run + 1);
    o.program_code = program.code;
    // Start between February and November, moved to the Monday of its week.
    const int month = 2 + rng.Between(0, 9);
    const int day = rng.Between(1, 28);
    int64_t start = domain::Date::FromYmd(year, month, day)->DaysSinceEpoch();
    const int64_t weekday = ((start % 7) + 7 + 3) % 7;  // 1970-01-01 was a Thursday: 0 = Monday
    start -= weekday;
    o.start = domain::Date::FromDaysSinceEpoch(start);
    o.end = o.start.AddDays(std::max(0, DurationDays(program, rng) - 1));
    o.capacity = Capacity(program.form, rng);
    size_t institution = 0;
    for (size_t i = 0; i < kInstitutions.size(); ++i) {
        if (kInstitutions[i] == program.institution) institution = i;
    }
    o.location = std::string(kLocations[institution]);
    if (program.form == F::patok_banding) o.location = "Pemerintah Provinsi Jawa Timur, Surabaya";
    if (program.form == F::pelatihan_jarak_jauh) o.location = "Daring (Zoom dan LMS BPSDM Provinsi Jambi)";
    return o;
}

}  // namespace

Catalog BuildCatalog(uint64_t seed, int plan_year) {
    Catalog catalog;
    Rng rng = Rng::For(seed, Stream::programs, 0);
    for (const auto& info : kPrograms) catalog.programs.push_back(FromInfo(info));
    AddSectorPrograms(catalog.programs, rng);
    for (size_t p = 0; p < catalog.programs.size(); ++p) {
        const auto& program = catalog.programs[p];
        Rng runs = Rng::For(seed, Stream::offerings, p);
        // The current year ran fewer batches than the plan year schedules.
        const int current_runs = std::max(1, RunsPerYear(program) - 1);
        for (int year : {plan_year - 1, plan_year}) {
            const int count = year == plan_year ? RunsPerYear(program) : current_runs;
            std::vector<domain::Offering> batch;
            batch.reserve(static_cast<size_t>(count));
            for (int run = 0; run < count; ++run) batch.push_back(MakeOffering(program, year, run, runs));
            std::sort(batch.begin(), batch.end(), [](const auto& a, const auto& b) { return a.start < b.start; });
            for (size_t run = 0; run < batch.size(); ++run) {
                // Numbered in date order: angkatan I is the first of the year.
                batch[run].code =
                    program.code + "-" + std::to_string(year) + "-" + (run < 9 ? "0" : "") + std::to_string(run + 1);
                catalog.offerings.push_back(std::move(batch[run]));
                catalog.offering_program.push_back(p);
            }
        }
    }
    return catalog;
}

}  // namespace bangkom::app::demo
