#include "app/demo/functionals.hpp"

namespace bangkom::app::demo {
namespace {

// Names follow the current Permenpan RB regulations of each jabatan fungsional; the three pelaksana positions are
// those of the 2024 simplification (operator, pengelola, penata layanan operasional).
constexpr FunctionalFamily kFamilies[] = {
    {"OPR", "Operator Layanan Operasional", "", Degree::none, "PL:1", 35, 12},
    {"PNGL", "Pengelola Layanan Operasional", "", Degree::ekonomi, "PL:1", 45, 8},
    {"PNT", "Penata Layanan Operasional", "", Degree::sosial, "PL:1", 50, 5},
    // kesehatan
    {"DOKTER", "Dokter", "kesehatan", Degree::dokter, "AP:4|AM:4|AMD:3", 55, 5},
    {"DRG", "Dokter Gigi", "kesehatan", Degree::drg, "AP:3|AM:2", 70, 5},
    {"PERAWAT", "Perawat", "kesehatan", Degree::perawat, "T:4|M:3|AP:4|AM:2", 72, 20},
    {"BIDAN", "Bidan", "kesehatan", Degree::bidan, "T:4|M:2|AP:3|AM:1", 100, 20},
    {"APOTEKER", "Apoteker", "kesehatan", Degree::farmasi, "AP:3|AM:2", 75, 10},
    {"TTK", "Asisten Apoteker", "kesehatan", Degree::farmasi, "T:3|M:1", 80, 15},
    {"NUTRISIONIS", "Nutrisionis", "kesehatan", Degree::kesehatan, "T:2|AP:2", 85, 10},
    {"SANITARIAN", "Sanitarian", "kesehatan", Degree::kesehatan, "T:2|AP:2", 55, 10},
    {"PLK", "Pranata Laboratorium Kesehatan", "kesehatan", Degree::kesehatan, "T:3|AP:2", 70, 10},
    {"EPIDEMIOLOG", "Epidemiolog Kesehatan", "kesehatan", Degree::kesehatan, "AP:2|AM:2", 60, 0},
    {"ADMKES", "Administrator Kesehatan", "kesehatan", Degree::kesehatan, "AP:2|AM:2", 60, 0},
    {"RADIOGRAFER", "Radiografer", "kesehatan", Degree::kesehatan, "T:2|AP:1", 45, 10},
    {"PEREKAM", "Perekam Medis", "kesehatan", Degree::kesehatan, "T:3|AP:1", 70, 15},
    {"FISIOTERAPIS", "Fisioterapis", "kesehatan", Degree::kesehatan, "T:2|AP:1", 60, 10},
    {"PSIKOLOG", "Psikolog Klinis", "kesehatan", Degree::sosial, "AP:2|AM:1", 75, 5},
    // pendidikan
    {"GURU", "Guru", "pendidikan", Degree::guru, "AP:5|AM:4|AMD:3", 62, 20},
    {"PENGAWAS_SEKOLAH", "Pengawas Sekolah", "pendidikan", Degree::guru, "AM:1|AMD:2", 45, 0},
    {"PUSTAKAWAN", "Pustakawan", "pendidikan", Degree::sosial, "T:3|AP:2|AM:1", 70, 10},
    {"PLP", "Pranata Laboratorium Pendidikan", "pendidikan", Degree::teknik, "T:3|AP:1", 55, 20},
    // keuangan
    {"AUDITOR", "Auditor", "keuangan", Degree::ekonomi, "AP:4|AM:3|AMD:2", 50, 0},
    {"P2UPD", "Pengawas Penyelenggaraan Urusan Pemerintahan di Daerah", "keuangan", Degree::sosial, "AP:2|AM:2|AMD:1",
     45, 0},
    {"AKPD", "Analis Keuangan Pusat dan Daerah", "keuangan", Degree::ekonomi, "AP:3|AM:2", 55, 0},
    // pekerjaan umum
    {"TJJ", "Teknik Jalan dan Jembatan", "pekerjaan_umum", Degree::teknik, "T:2|AP:3|AM:2", 20, 5},
    {"TPA", "Teknik Pengairan", "pekerjaan_umum", Degree::teknik, "T:1|AP:3|AM:2", 20, 5},
    {"PENATA_RUANG", "Penata Ruang", "pekerjaan_umum", Degree::teknik, "AP:2|AM:1", 40, 0},
    {"TTBP", "Teknik Tata Bangunan dan Perumahan", "pekerjaan_umum", Degree::teknik, "T:1|AP:2|AM:1", 30, 5},
    // perhubungan
    {"PKB", "Penguji Kendaraan Bermotor", "perhubungan", Degree::teknik, "T:3|AP:2|AM:1", 10, 5},
    {"ANTRANS", "Analis Transportasi", "perhubungan", Degree::teknik, "AP:2|AM:1", 35, 0},
    // lingkungan hidup, kehutanan, ESDM
    {"PDL", "Pengendali Dampak Lingkungan", "lingkungan_hidup", Degree::teknik, "AP:3|AM:2", 45, 0},
    {"PLH", "Pengawas Lingkungan Hidup", "lingkungan_hidup", Degree::teknik, "AP:2|AM:1", 35, 0},
    {"PENYULUH_HUT", "Penyuluh Kehutanan", "lingkungan_hidup", Degree::pertanian, "T:3|AP:2|AM:1", 25, 10},
    {"POLHUT", "Polisi Kehutanan", "lingkungan_hidup", Degree::none, "T:3|M:2|AP:1", 10, 5},
    {"PEH", "Pengendali Ekosistem Hutan", "lingkungan_hidup", Degree::pertanian, "T:2|AP:2", 35, 5},
    {"PENYELIDIK_BUMI", "Penyelidik Bumi", "lingkungan_hidup", Degree::teknik, "AP:2|AM:1", 25, 0},
    // pelayanan perizinan
    {"PIZIN", "Analis Perizinan", "pelayanan_perizinan", Degree::hukum, "AP:3|AM:2", 55, 5},
    {"APM", "Analis Penanaman Modal", "pelayanan_perizinan", Degree::ekonomi, "AP:2|AM:1", 50, 0},
    // kepegawaian
    {"ASDMA", "Analis Sumber Daya Manusia Aparatur", "kepegawaian", Degree::sosial, "AP:3|AM:2|AMD:1", 60, 0},
    {"PRSDMA", "Pranata Sumber Daya Manusia Aparatur", "kepegawaian", Degree::none, "T:3|M:1", 60, 10},
    {"ASESOR", "Asesor Sumber Daya Manusia Aparatur", "kepegawaian", Degree::sosial, "AP:1|AM:2", 55, 0},
    {"WIDYAISWARA", "Widyaiswara", "kepegawaian", Degree::sosial, "AP:1|AM:3|AMD:3|AU:1", 45, 0},
    // pemerintahan and the general functional positions
    {"ANKEB", "Analis Kebijakan", "pemerintahan", Degree::sosial, "AP:3|AM:2|AMD:1", 50, 0},
    {"PERENCANA", "Perencana", "pemerintahan", Degree::ekonomi, "AP:3|AM:3|AMD:1", 50, 0},
    {"ARSIPARIS", "Arsiparis", "pemerintahan", Degree::sosial, "T:3|AP:2|AM:1", 65, 10},
    {"PRAHUM", "Pranata Hubungan Masyarakat", "pemerintahan", Degree::sosial, "T:2|AP:2|AM:1", 55, 5},
    {"PBJ", "Pengelola Pengadaan Barang/Jasa", "pemerintahan", Degree::ekonomi, "AP:3|AM:2", 40, 0},
    {"PERANCANG", "Perancang Peraturan Perundang-undangan", "pemerintahan", Degree::hukum, "AP:2|AM:2|AMD:1", 55, 0},
    {"ANHUK", "Analis Hukum", "pemerintahan", Degree::hukum, "AP:2|AM:1", 55, 0},
    {"PENELITI", "Peneliti", "pemerintahan", Degree::sosial, "AP:2|AM:2|AMD:1", 45, 0},
    {"PEKSOS", "Pekerja Sosial", "pemerintahan", Degree::sosial, "T:2|AP:3|AM:1", 65, 10},
    {"PENYULUH_SOS", "Penyuluh Sosial", "pemerintahan", Degree::sosial, "AP:2|AM:1", 60, 5},
    {"POLPP", "Polisi Pamong Praja", "pemerintahan", Degree::none, "T:4|M:2|AP:1", 15, 15},
    {"PPB", "Analis Bencana", "pemerintahan", Degree::teknik, "T:1|AP:2|AM:1", 30, 5},
    {"PENGAWAS_NAKER", "Pengawas Ketenagakerjaan", "pemerintahan", Degree::hukum, "AP:3|AM:2", 40, 0},
    {"INSTRUKTUR", "Instruktur", "pemerintahan", Degree::teknik, "T:2|AP:2", 35, 10},
    {"MEDIATOR", "Mediator Hubungan Industrial", "pemerintahan", Degree::hukum, "AP:1|AM:1", 45, 0},
    {"PENGAWAS_DAG", "Pengawas Perdagangan", "pemerintahan", Degree::ekonomi, "AP:2|AM:1", 45, 0},
    {"PENERA", "Penera", "pemerintahan", Degree::teknik, "T:2|AP:1", 30, 5},
    {"PENGAWAS_KOP", "Pengawas Koperasi", "pemerintahan", Degree::ekonomi, "AP:2|AM:1", 50, 0},
    {"ADYATAMA", "Adyatama Kepariwisataan dan Ekonomi Kreatif", "pemerintahan", Degree::sosial, "AP:2|AM:1", 55, 0},
    {"ADYATAMA_OR", "Analis Keolahragaan", "pemerintahan", Degree::sosial, "AP:2|AM:1", 35, 0},
    {"PAMONG_BUDAYA", "Pamong Budaya", "pemerintahan", Degree::sosial, "AP:2|AM:1", 50, 0},
    {"ADMINDUK", "Administrator Database Kependudukan", "teknologi_informasi", Degree::komputer, "T:2|AP:2", 45, 5},
    {"PENGGERAK_SWADAYA", "Penggerak Swadaya Masyarakat", "pemerintahan", Degree::sosial, "AP:2|AM:1", 45, 0},
    // teknologi informasi
    {"PRAKOM", "Pranata Komputer", "teknologi_informasi", Degree::komputer, "T:2|AP:3|AM:1", 35, 10},
    {"SANDIMAN", "Sandiman", "teknologi_informasi", Degree::komputer, "T:2|AP:2", 30, 5},
    {"STATISTISI", "Statistisi", "teknologi_informasi", Degree::komputer, "AP:2|AM:1", 55, 0},
    // pertanian, perikanan, pangan
    {"PENYULUH_TAN", "Penyuluh Pertanian", "pertanian", Degree::pertanian, "T:3|AP:3|AM:1", 35, 25},
    {"POPT", "Pengendali Organisme Pengganggu Tumbuhan", "pertanian", Degree::pertanian, "T:3|AP:2", 40, 10},
    {"MEDVET", "Medik Veteriner", "pertanian", Degree::pertanian, "AP:2|AM:1", 55, 5},
    {"PARAMEDVET", "Paramedik Veteriner", "pertanian", Degree::pertanian, "T:3|M:1", 35, 10},
    {"PENGAWAS_BENIH", "Pengawas Benih Tanaman", "pertanian", Degree::pertanian, "T:2|AP:2", 40, 5},
    {"ANALIS_PANGAN", "Analis Ketahanan Pangan", "pertanian", Degree::pertanian, "AP:2|AM:1", 55, 0},
    {"PENYULUH_IKAN", "Penyuluh Perikanan", "pertanian", Degree::pertanian, "T:2|AP:3|AM:1", 35, 20},
    {"PENGAWAS_IKAN", "Pengawas Perikanan", "pertanian", Degree::pertanian, "T:2|AP:1", 20, 5},
    {"PENGAWAS_MUTU_PANGAN", "Pengawas Mutu Pangan", "pertanian", Degree::pertanian, "AP:2|AM:1", 60, 0},
};

}  // namespace

std::span<const FunctionalFamily> FunctionalFamilies() {
    return kFamilies;
}

const FunctionalFamily* FindFamily(std::string_view id) {
    for (const auto& family : kFamilies) {
        if (family.id == id) return &family;
    }
    return nullptr;
}

std::string_view CommonStaff() {
    return "OPR:10|PNGL:14|PNT:10|ANKEB:1|ARSIPARIS:1|PRAKOM:1|PERENCANA:1";
}

}  // namespace bangkom::app::demo

namespace bangkom::app::demo {

std::vector<WeightedId> ParseWeighted(std::string_view text) {
    std::vector<WeightedId> out;
    while (!text.empty()) {
        const size_t bar = text.find('|');
        std::string_view item = text.substr(0, bar);
        text = bar == std::string_view::npos ? std::string_view{} : text.substr(bar + 1);
        const size_t colon = item.find(':');
        int weight = 1;
        if (colon != std::string_view::npos) {
            weight = 0;
            for (char ch : item.substr(colon + 1)) weight = weight * 10 + (ch - '0');
            item = item.substr(0, colon);
        }
        if (!item.empty()) out.push_back({item, weight});
    }
    return out;
}

}  // namespace bangkom::app::demo
