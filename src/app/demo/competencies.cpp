#include "app/demo/competencies.hpp"

#include <array>

namespace bangkom::app::demo {
namespace {

struct ManagerialInfo {
    std::string_view code;
    std::string_view name;
    std::string_view kind;
    std::string_view definition;
    std::string_view behaviour;  // a verb phrase that reads after "Mampu ..." and "agar seluruh instansi ..."
};

constexpr std::array<ManagerialInfo, 9> kManagerial{{
    {"M.01", "Integritas", "manajerial",
     "Konsisten berperilaku selaras dengan nilai, norma dan etika organisasi, jujur dalam hubungan dengan atasan, "
     "rekan kerja, bawahan dan pemangku kepentingan.",
     "bertindak jujur, konsisten dan sesuai kode etik"},
    {"M.02", "Kerja Sama", "manajerial",
     "Kemampuan menjalin, membina dan mempertahankan hubungan kerja yang efektif, memiliki komitmen saling membantu "
     "dalam penyelesaian tugas.",
     "bekerja sama dan berbagi informasi untuk mencapai tujuan bersama"},
    {"M.03", "Komunikasi", "manajerial",
     "Kemampuan menerangkan pandangan dan gagasan secara jelas, sistematis dan meyakinkan, lisan maupun tertulis.",
     "menyampaikan informasi secara jelas, lugas dan meyakinkan"},
    {"M.04", "Orientasi pada Hasil", "manajerial",
     "Kemampuan mempertahankan komitmen pribadi yang tinggi untuk menyelesaikan tugas dengan dapat diandalkan, "
     "bertanggung jawab dan melampaui standar.",
     "menetapkan target kerja yang terukur dan mencapainya sesuai standar"},
    {"M.05", "Pelayanan Publik", "manajerial",
     "Kemampuan melaksanakan tugas pelayanan publik secara profesional, transparan dan mengikuti standar "
     "pelayanan yang objektif, netral dan tidak memihak.",
     "memberikan pelayanan yang cepat, transparan dan berorientasi pada pengguna layanan"},
    {"M.06", "Pengembangan Diri dan Orang Lain", "manajerial",
     "Kemampuan meningkatkan pengetahuan dan menyempurnakan keterampilan diri, serta menginspirasi orang lain "
     "untuk mengembangkan dan menyempurnakan pengetahuan dan keterampilannya.",
     "meningkatkan pengetahuan dan keterampilan diri serta orang lain"},
    {"M.07", "Mengelola Perubahan", "manajerial",
     "Kemampuan menyesuaikan diri dengan situasi yang baru atau berubah dan tidak bergantung secara berlebihan "
     "pada metode dan proses lama.",
     "menyesuaikan diri dan mendorong perubahan ke arah yang lebih baik"},
    {"M.08", "Pengambilan Keputusan", "manajerial",
     "Kemampuan membuat keputusan yang baik secara tepat waktu dan dengan keyakinan diri setelah mempertimbangkan "
     "prinsip kehati-hatian, dirumuskan secara sistematis dan seksama berdasarkan berbagai informasi, alternatif "
     "pemecahan masalah dan konsekuensinya.",
     "mengambil keputusan yang tepat waktu berdasarkan data dan analisis risiko"},
    {"SK.01", "Perekat Bangsa", "sosial_kultural",
     "Kemampuan dalam mempromosikan sikap toleransi, keterbukaan, peka terhadap perbedaan individu/kelompok "
     "masyarakat; mampu menjadi perpanjangan tangan pemerintah dalam mempersatukan masyarakat.",
     "menghargai keberagaman dan mempersatukan orang dari latar belakang yang berbeda"},
}};

constexpr std::array<std::string_view, 9> kManagerialCodes{"M.01", "M.02", "M.03", "M.04", "M.05",
                                                           "M.06", "M.07", "M.08", "SK.01"};

struct SectorInfo {
    std::string_view sector;
    std::string_view prefix;
    std::array<std::string_view, kTechnicalPerSector> names;
};

constexpr std::array<SectorInfo, 11> kSectors{{
    {"kesehatan",
     "KES",
     {"Asuhan Keperawatan", "Pelayanan Kebidanan", "Pelayanan Medis Dasar", "Pencegahan dan Pengendalian Infeksi",
      "Surveilans Epidemiologi", "Manajemen Kefarmasian", "Promosi Kesehatan", "Keselamatan Pasien"}},
    {"pendidikan",
     "PDK",
     {"Perencanaan Pembelajaran", "Pelaksanaan Pembelajaran Berpusat pada Murid", "Asesmen Pembelajaran",
      "Pengembangan Kurikulum Satuan Pendidikan", "Literasi dan Numerasi", "Pendidikan Inklusif",
      "Teknologi Pembelajaran Digital", "Supervisi Akademik"}},
    {"keuangan",
     "KEU",
     {"Penganggaran Daerah", "Penatausahaan Keuangan Daerah", "Akuntansi Pemerintahan Berbasis Akrual",
      "Pengelolaan Barang Milik Daerah", "Pengelolaan Pajak Daerah", "Audit Intern Pemerintah", "Manajemen Risiko",
      "Reviu Laporan Keuangan Pemerintah Daerah"}},
    {"pekerjaan_umum",
     "PU",
     {"Perencanaan Teknis Jalan dan Jembatan", "Pengawasan Konstruksi", "Pengelolaan Sumber Daya Air", "Penataan Ruang",
      "Manajemen Kontrak Konstruksi", "Keselamatan Konstruksi", "Pemeliharaan Jalan",
      "Perencanaan Bangunan Gedung Negara"}},
    {"perhubungan",
     "HUB",
     {"Manajemen dan Rekayasa Lalu Lintas", "Pengujian Kendaraan Bermotor", "Keselamatan Transportasi Jalan",
      "Perencanaan Angkutan Umum", "Pengelolaan Terminal", "Keselamatan Pelayaran Sungai dan Penyeberangan",
      "Perizinan Angkutan", "Analisis Data Transportasi"}},
    {"lingkungan_hidup",
     "LH",
     {"Kajian Dampak Lingkungan (AMDAL)", "Pengendalian Pencemaran Air dan Udara", "Pengelolaan Sampah dan Limbah B3",
      "Pengawasan Penaatan Lingkungan", "Pengendalian Kebakaran Hutan dan Lahan", "Rehabilitasi Hutan dan Lahan",
      "Perhutanan Sosial", "Mitigasi dan Adaptasi Perubahan Iklim"}},
    {"pelayanan_perizinan",
     "IZN",
     {"Perizinan Berusaha Berbasis Risiko (OSS RBA)", "Standar Pelayanan Publik", "Pengelolaan Pengaduan Pelayanan",
      "Analisis Persyaratan Perizinan", "Pengawasan Penanaman Modal", "Promosi Investasi", "Pelayanan Prima",
      "Survei Kepuasan Masyarakat"}},
    {"kepegawaian",
     "SDM",
     {"Manajemen Kinerja ASN", "Analisis Jabatan dan Beban Kerja", "Manajemen Talenta", "Pengembangan Kompetensi ASN",
      "Penilaian Kompetensi (Asesmen)", "Pengadaan dan Mutasi ASN", "Sistem Informasi ASN (SIASN)",
      "Penyelenggaraan Pelatihan"}},
    {"pemerintahan",
     "PEM",
     {"Analisis Kebijakan Publik", "Perencanaan Pembangunan Daerah", "Penyusunan Produk Hukum Daerah",
      "Pengelolaan Arsip Dinamis", "Kehumasan dan Komunikasi Publik", "Pengadaan Barang/Jasa Pemerintah",
      "Evaluasi Kinerja dan Akuntabilitas (SAKIP)", "Pelayanan dan Rehabilitasi Sosial"}},
    {"teknologi_informasi",
     "TIK",
     {"Tata Kelola SPBE", "Pengembangan Aplikasi", "Keamanan Informasi", "Pengelolaan Infrastruktur Jaringan",
      "Manajemen Data dan Satu Data", "Analisis Statistik", "Persandian", "Pengelolaan Konten Digital"}},
    {"pertanian",
     "TAN",
     {"Penyuluhan Pertanian", "Budidaya Tanaman Pangan dan Hortikultura", "Perlindungan Tanaman", "Kesehatan Hewan",
      "Pengawasan Mutu Benih", "Budidaya Perikanan", "Ketahanan dan Keamanan Pangan", "Pengolahan Hasil Perkebunan"}},
}};

const auto kSectorNames = [] {
    std::array<std::string_view, kSectors.size()> names{};
    for (size_t i = 0; i < kSectors.size(); ++i) names[i] = kSectors[i].sector;
    return names;
}();

domain::Competency Managerial(const ManagerialInfo& info) {
    domain::Competency c;
    c.code = std::string(info.code);
    c.name = std::string(info.name);
    c.kind = info.kind == "manajerial" ? domain::CompetencyKind::manajerial : domain::CompetencyKind::sosial_kultural;
    c.description = std::string(info.definition);
    const std::string b(info.behaviour);
    // The five levels of DOMAIN.md: self by procedure; self and own team; own unit; the whole agency; national.
    c.level_descriptions = {
        "Mampu " + b + " dalam tugasnya sendiri, mengikuti prosedur yang berlaku.",
        "Mampu " + b + " serta mengajak rekan dalam timnya melakukan hal yang sama.",
        "Mampu memastikan unit kerjanya " + b + ", dan menindaklanjuti penyimpangan.",
        "Mampu mengembangkan sistem dan budaya agar seluruh instansi " + b + ".",
        "Menjadi teladan dan membentuk kebijakan nasional agar aparatur " + b + ".",
    };
    return c;
}

domain::Competency Technical(const SectorInfo& sector, int index) {
    domain::Competency c;
    c.code = "T." + std::string(sector.prefix) + "." + (index < 9 ? "0" : "") + std::to_string(index + 1);
    c.name = std::string(sector.names[static_cast<size_t>(index)]);
    c.kind = domain::CompetencyKind::teknis;
    c.sector = std::string(sector.sector);
    std::string label(sector.sector);
    for (char& ch : label) ch = ch == '_' ? ' ' : ch;
    c.description = "Kemampuan teknis bidang " + label + ": " + c.name + ".";
    c.level_descriptions = {
        "Memahami konsep dasar " + c.name + " dan menerapkannya dengan bimbingan.",
        "Menerapkan " + c.name + " secara mandiri pada tugas rutin sesuai standar.",
        "Menganalisis dan menyelesaikan masalah " + c.name + " yang kompleks di unit kerja.",
        "Mengembangkan metode dan standar " + c.name + " di tingkat instansi.",
        "Menjadi rujukan dan merumuskan kebijakan " + c.name + " di tingkat nasional.",
    };
    return c;
}

}  // namespace

std::span<const std::string_view> Sectors() {
    return kSectorNames;
}

std::string TechnicalCode(std::string_view sector, int index) {
    for (const auto& info : kSectors) {
        if (info.sector == sector) {
            return "T." + std::string(info.prefix) + "." + (index < 9 ? "0" : "") + std::to_string(index + 1);
        }
    }
    return {};
}

std::span<const std::string_view> ManagerialAndSocioCulturalCodes() {
    return kManagerialCodes;
}

std::vector<domain::Competency> BuildCompetencies() {
    std::vector<domain::Competency> out;
    out.reserve(std::size(kManagerial) + std::size(kSectors) * kTechnicalPerSector);
    for (const auto& info : kManagerial) out.push_back(Managerial(info));
    for (const auto& sector : kSectors) {
        for (int i = 0; i < kTechnicalPerSector; ++i) out.push_back(Technical(sector, i));
    }
    return out;
}

}  // namespace bangkom::app::demo
