#include "app/demo/agencies.hpp"

#include <array>

namespace bangkom::app::demo {
namespace {

// Headcounts sum to the default 12,000 and follow the real weight of the province's workforce: the SMA/SMK/SLB
// teachers of Dinas Pendidikan first, then the hospitals, then the field agencies (Samsat, KPH, Satpol PP).
// Entries 1-36 are named in DOMAIN.md ("Pemerintah Provinsi Jambi"); 37-45 are the remaining agencies of the
// 2025 structure, with plausible names.
constexpr std::array<AgencyInfo, 45> kAgencies{{
    // --- named in DOMAIN.md ---
    {"SETDA", "Sekretariat Daerah Provinsi Jambi", "Setda", "Sekretaris Daerah Provinsi Jambi", "pemerintahan", 120,
     "Asisten Pemerintahan dan Kesejahteraan Rakyat|Asisten Perekonomian dan Pembangunan|Asisten Administrasi Umum",
     "ANKEB:6|PERENCANA:2"},
    {"BIRO.PEMOTDA", "Biro Pemerintahan dan Otonomi Daerah", "Biro Pemotda",
     "Kepala Biro Pemerintahan dan Otonomi Daerah", "pemerintahan", 70,
     "Kepala Bagian Pemerintahan Umum|Kepala Bagian Otonomi Daerah|Kepala Bagian Kerja Sama", "ANKEB:8"},
    {"BIRO.HUKUM", "Biro Hukum", "Biro Hukum", "Kepala Biro Hukum", "pemerintahan", 70,
     "Kepala Bagian Peraturan Perundang-undangan|Kepala Bagian Bantuan Hukum|Kepala Bagian Dokumentasi Hukum",
     "PERANCANG:8|ANHUK:6"},
    {"BIRO.ORG", "Biro Organisasi", "Biro Organisasi", "Kepala Biro Organisasi", "pemerintahan", 60,
     "Kepala Bagian Kelembagaan dan Analisis Jabatan|Kepala Bagian Reformasi Birokrasi dan Akuntabilitas Kinerja|"
     "Kepala Bagian Tata Laksana",
     "ANKEB:6|ASDMA:3"},
    {"BIRO.UMUM", "Biro Umum", "Biro Umum", "Kepala Biro Umum", "pemerintahan", 110,
     "Kepala Bagian Tata Usaha Pimpinan|Kepala Bagian Rumah Tangga|Kepala Bagian Protokol", "ARSIPARIS:4|PRAHUM:3"},
    {"BIRO.KESRA", "Biro Kesejahteraan Rakyat", "Biro Kesra", "Kepala Biro Kesejahteraan Rakyat", "pemerintahan", 60,
     "Kepala Bagian Bina Mental dan Spiritual|Kepala Bagian Kesejahteraan Sosial|Kepala Bagian Pendidikan dan "
     "Kesehatan",
     "ANKEB:6"},
    {"BIRO.ADPEM", "Biro Administrasi Pembangunan", "Biro Adpem", "Kepala Biro Administrasi Pembangunan",
     "pemerintahan", 70,
     "Kepala Bagian Pengendalian Pembangunan|Kepala Bagian Pengadaan Barang dan Jasa|Kepala Bagian Pembinaan LPSE",
     "PBJ:10|ANKEB:3"},
    {"SETWAN", "Sekretariat DPRD Provinsi Jambi", "Setwan", "Sekretaris DPRD Provinsi Jambi", "pemerintahan", 160,
     "Kepala Bagian Umum dan Keuangan|Kepala Bagian Persidangan dan Perundang-undangan|Kepala Bagian Fasilitasi "
     "Penganggaran dan Pengawasan",
     "PERANCANG:3|ANKEB:4|PRAHUM:2"},
    {"INSPEKTORAT", "Inspektorat Provinsi Jambi", "Inspektorat", "Inspektur Provinsi Jambi", "keuangan", 130,
     "Sekretaris Inspektorat|Inspektur Pembantu Wilayah I|Inspektur Pembantu Wilayah II|Inspektur Pembantu Wilayah "
     "III|Inspektur Pembantu Wilayah IV",
     "AUDITOR:30|P2UPD:15"},
    {"BAPPEDA", "Badan Perencanaan Pembangunan Daerah", "Bappeda", "Kepala Badan Perencanaan Pembangunan Daerah",
     "pemerintahan", 110,
     "Sekretaris Badan|Kepala Bidang Perencanaan Makro dan Evaluasi|Kepala Bidang Infrastruktur dan Kewilayahan|"
     "Kepala Bidang Pemerintahan dan Pembangunan Manusia|Kepala Bidang Perekonomian dan Sumber Daya Alam",
     "PERENCANA:25|STATISTISI:2"},
    {"BKD", "Badan Kepegawaian Daerah", "BKD", "Kepala Badan Kepegawaian Daerah", "kepegawaian", 110,
     "Sekretaris Badan|Kepala Bidang Pengadaan, Pemberhentian dan Informasi|Kepala Bidang Mutasi dan Promosi|"
     "Kepala Bidang Penilaian Kinerja Aparatur dan Penghargaan",
     "ASDMA:20|PRSDMA:10|ASESOR:3"},
    {"BPSDM", "Badan Pengembangan Sumber Daya Manusia", "BPSDM", "Kepala Badan Pengembangan Sumber Daya Manusia",
     "kepegawaian", 95,
     "Sekretaris Badan|Kepala Bidang Pengembangan Kompetensi Manajerial dan Fungsional|Kepala Bidang Pengembangan "
     "Kompetensi Teknis|Kepala Bidang Sertifikasi Kompetensi dan Pengelolaan Kelembagaan",
     "WIDYAISWARA:14|ASDMA:5|ASESOR:4"},
    {"BKAD", "Badan Keuangan dan Aset Daerah", "BKAD", "Kepala Badan Keuangan dan Aset Daerah", "keuangan", 160,
     "Sekretaris Badan|Kepala Bidang Anggaran|Kepala Bidang Perbendaharaan|Kepala Bidang Akuntansi|Kepala Bidang "
     "Pengelolaan Barang Milik Daerah",
     "AKPD:20"},
    {"BAPENDA", "Badan Pendapatan Daerah", "Bapenda", "Kepala Badan Pendapatan Daerah", "keuangan", 380,
     "Sekretaris Badan|Kepala Bidang Pajak Daerah|Kepala Bidang Retribusi dan Pendapatan Lain|Kepala Bidang "
     "Pengendalian dan Evaluasi Pendapatan",
     "AKPD:6|PRAKOM:2"},
    {"BALITBANGDA", "Badan Penelitian dan Pengembangan Daerah", "Balitbangda",
     "Kepala Badan Penelitian dan Pengembangan Daerah", "pemerintahan", 50,
     "Sekretaris Badan|Kepala Bidang Inovasi dan Teknologi|Kepala Bidang Sosial dan Pemerintahan", "PENELITI:12"},
    {"DISDIK", "Dinas Pendidikan", "Disdik", "Kepala Dinas Pendidikan", "pendidikan", 5000,
     "Sekretaris Dinas|Kepala Bidang Pembinaan SMA|Kepala Bidang Pembinaan SMK|Kepala Bidang Pembinaan Pendidikan "
     "Khusus|Kepala Bidang Guru dan Tenaga Kependidikan",
     "GURU:820|PENGAWAS_SEKOLAH:8|PUSTAKAWAN:8|PLP:10"},
    {"DINKES", "Dinas Kesehatan", "Dinkes", "Kepala Dinas Kesehatan", "kesehatan", 420,
     "Sekretaris Dinas|Kepala Bidang Kesehatan Masyarakat|Kepala Bidang Pencegahan dan Pengendalian Penyakit|"
     "Kepala Bidang Pelayanan Kesehatan|Kepala Bidang Sumber Daya Kesehatan",
     "DOKTER:10|DRG:3|PERAWAT:30|BIDAN:22|APOTEKER:4|TTK:4|NUTRISIONIS:5|SANITARIAN:6|PLK:6|EPIDEMIOLOG:6|"
     "ADMKES:6"},
    {"RSUD.RM", "RSUD Raden Mattaher", "RSUD RM", "Direktur RSUD Raden Mattaher", "kesehatan", 1400,
     "Wakil Direktur Umum dan Keuangan|Wakil Direktur Pelayanan|Kepala Bidang Keperawatan|Kepala Bidang Penunjang "
     "Medik",
     "DOKTER:40|DRG:4|PERAWAT:160|BIDAN:30|APOTEKER:8|TTK:12|NUTRISIONIS:6|PLK:14|RADIOGRAFER:8|PEREKAM:10|"
     "FISIOTERAPIS:5"},
    {"RSJD", "RSJD Kolonel M. Syukur", "RSJD", "Direktur RSJD Kolonel M. Syukur", "kesehatan", 380,
     "Wakil Direktur Umum dan Keuangan|Wakil Direktur Pelayanan|Kepala Bidang Keperawatan",
     "DOKTER:12|PERAWAT:70|PSIKOLOG:8|APOTEKER:3|TTK:5|PEREKAM:4|PEKSOS:4"},
    {"DPUTR", "Dinas Pekerjaan Umum dan Penataan Ruang", "Dinas PUTR", "Kepala Dinas Pekerjaan Umum dan Penataan Ruang",
     "pekerjaan_umum", 330,
     "Sekretaris Dinas|Kepala Bidang Bina Marga|Kepala Bidang Sumber Daya Air|Kepala Bidang Penataan Ruang|Kepala "
     "Bidang Bina Konstruksi",
     "TJJ:20|TPA:12|PENATA_RUANG:6|PBJ:3"},
    {"DISPERKIM", "Dinas Perumahan dan Kawasan Permukiman", "Disperkim",
     "Kepala Dinas Perumahan dan Kawasan Permukiman", "pekerjaan_umum", 110,
     "Sekretaris Dinas|Kepala Bidang Perumahan|Kepala Bidang Kawasan Permukiman|Kepala Bidang Prasarana, Sarana dan "
     "Utilitas",
     "TTBP:12|TJJ:3"},
    {"DISHUT", "Dinas Kehutanan", "Dishut", "Kepala Dinas Kehutanan", "lingkungan_hidup", 260,
     "Sekretaris Dinas|Kepala Bidang Penyuluhan dan Pemberdayaan Masyarakat|Kepala Bidang Perlindungan Hutan dan "
     "Konservasi|Kepala Bidang Rehabilitasi Hutan dan Lahan",
     "PENYULUH_HUT:30|POLHUT:25|PEH:10"},
    {"DESDM", "Dinas Energi dan Sumber Daya Mineral", "Dinas ESDM", "Kepala Dinas Energi dan Sumber Daya Mineral",
     "lingkungan_hidup", 90,
     "Sekretaris Dinas|Kepala Bidang Mineral dan Batubara|Kepala Bidang Energi Baru Terbarukan|Kepala Bidang "
     "Geologi dan Air Tanah",
     "PENYELIDIK_BUMI:8|PDL:4"},
    {"DISPERINDAG", "Dinas Perindustrian dan Perdagangan", "Disperindag", "Kepala Dinas Perindustrian dan Perdagangan",
     "pemerintahan", 110,
     "Sekretaris Dinas|Kepala Bidang Perindustrian|Kepala Bidang Perdagangan Dalam Negeri|Kepala Bidang Perlindungan "
     "Konsumen dan Metrologi",
     "PENGAWAS_DAG:8|PENERA:6"},
    {"DISKOPUKM", "Dinas Koperasi dan Usaha Kecil Menengah", "Diskop UKM",
     "Kepala Dinas Koperasi dan Usaha Kecil Menengah", "pemerintahan", 80,
     "Sekretaris Dinas|Kepala Bidang Kelembagaan dan Pengawasan Koperasi|Kepala Bidang Pemberdayaan Usaha Kecil "
     "Menengah",
     "PENGAWAS_KOP:10"},
    {"DTPHP", "Dinas Tanaman Pangan, Hortikultura dan Peternakan", "Dinas TPHP",
     "Kepala Dinas Tanaman Pangan, Hortikultura dan Peternakan", "pertanian", 220,
     "Sekretaris Dinas|Kepala Bidang Tanaman Pangan|Kepala Bidang Hortikultura|Kepala Bidang Peternakan dan "
     "Kesehatan Hewan",
     "PENYULUH_TAN:25|POPT:10|MEDVET:5|PARAMEDVET:8|PENGAWAS_BENIH:6"},
    {"DISNAKERTRANS", "Dinas Tenaga Kerja dan Transmigrasi", "Disnakertrans",
     "Kepala Dinas Tenaga Kerja dan Transmigrasi", "pemerintahan", 140,
     "Sekretaris Dinas|Kepala Bidang Pelatihan dan Penempatan Tenaga Kerja|Kepala Bidang Hubungan Industrial|Kepala "
     "Bidang Pengawasan Ketenagakerjaan|Kepala Bidang Transmigrasi",
     "PENGAWAS_NAKER:15|INSTRUKTUR:10|MEDIATOR:4"},
    {"DISKOMINFO", "Dinas Komunikasi dan Informatika", "Diskominfo", "Kepala Dinas Komunikasi dan Informatika",
     "teknologi_informasi", 100,
     "Sekretaris Dinas|Kepala Bidang Aplikasi Informatika|Kepala Bidang Informasi dan Komunikasi Publik|Kepala "
     "Bidang Persandian dan Statistik",
     "PRAKOM:20|PRAHUM:8|SANDIMAN:6|STATISTISI:4"},
    {"DISPUSIP", "Dinas Perpustakaan dan Arsip Daerah", "Dispusip", "Kepala Dinas Perpustakaan dan Arsip Daerah",
     "pemerintahan", 110, "Sekretaris Dinas|Kepala Bidang Layanan Perpustakaan|Kepala Bidang Pengelolaan Arsip",
     "PUSTAKAWAN:25|ARSIPARIS:20"},
    {"DINSOS", "Dinas Sosial", "Dinsos", "Kepala Dinas Sosial", "pemerintahan", 150,
     "Sekretaris Dinas|Kepala Bidang Rehabilitasi Sosial|Kepala Bidang Perlindungan dan Jaminan Sosial|Kepala "
     "Bidang Pemberdayaan Sosial dan Penanganan Fakir Miskin",
     "PEKSOS:25|PENYULUH_SOS:8"},
    {"DISHUB", "Dinas Perhubungan", "Dishub", "Kepala Dinas Perhubungan", "perhubungan", 230,
     "Sekretaris Dinas|Kepala Bidang Lalu Lintas dan Angkutan Jalan|Kepala Bidang Pelayaran|Kepala Bidang "
     "Perkeretaapian dan Udara",
     "PKB:20|ANTRANS:8"},
    {"DLH", "Dinas Lingkungan Hidup", "DLH", "Kepala Dinas Lingkungan Hidup", "lingkungan_hidup", 100,
     "Sekretaris Dinas|Kepala Bidang Tata Lingkungan|Kepala Bidang Pengendalian Pencemaran dan Kerusakan "
     "Lingkungan|Kepala Bidang Penaatan Hukum Lingkungan",
     "PDL:14|PLH:10"},
    {"SATPOLPP", "Satuan Polisi Pamong Praja", "Satpol PP", "Kepala Satuan Polisi Pamong Praja", "pemerintahan", 230,
     "Sekretaris Satuan|Kepala Bidang Penegakan Peraturan Daerah|Kepala Bidang Ketertiban Umum dan Ketenteraman "
     "Masyarakat|Kepala Bidang Perlindungan Masyarakat",
     "POLPP:60"},
    {"BPBD", "Badan Penanggulangan Bencana Daerah", "BPBD", "Kepala Pelaksana Badan Penanggulangan Bencana Daerah",
     "pemerintahan", 90,
     "Sekretaris Badan|Kepala Bidang Pencegahan dan Kesiapsiagaan|Kepala Bidang Kedaruratan dan Logistik|Kepala "
     "Bidang Rehabilitasi dan Rekonstruksi",
     "PPB:15"},
    {"KESBANGPOL", "Badan Kesatuan Bangsa dan Politik", "Kesbangpol", "Kepala Badan Kesatuan Bangsa dan Politik",
     "pemerintahan", 70,
     "Sekretaris Badan|Kepala Bidang Ideologi dan Wawasan Kebangsaan|Kepala Bidang Politik Dalam Negeri|Kepala "
     "Bidang Ketahanan Ekonomi, Sosial dan Budaya",
     "ANKEB:8"},
    {"DPMPTSP", "Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "DPMPTSP",
     "Kepala Dinas Penanaman Modal dan Pelayanan Terpadu Satu Pintu", "pelayanan_perizinan", 90,
     "Sekretaris Dinas|Kepala Bidang Pelayanan Perizinan dan Non Perizinan|Kepala Bidang Promosi dan Pengembangan "
     "Iklim Penanaman Modal|Kepala Bidang Pengendalian Pelaksanaan Penanaman Modal",
     "PIZIN:14|APM:6"},
    // --- the remaining agencies of the 2025 structure (not listed in DOMAIN.md) ---
    {"DISPORA", "Dinas Pemuda dan Olahraga", "Dispora", "Kepala Dinas Pemuda dan Olahraga", "pemerintahan", 90,
     "Sekretaris Dinas|Kepala Bidang Pemberdayaan Pemuda|Kepala Bidang Pembudayaan dan Prestasi Olahraga",
     "ANKEB:3|ADYATAMA_OR:6"},
    {"DISBUDPAR", "Dinas Kebudayaan dan Pariwisata", "Disbudpar", "Kepala Dinas Kebudayaan dan Pariwisata",
     "pemerintahan", 100,
     "Sekretaris Dinas|Kepala Bidang Kebudayaan|Kepala Bidang Destinasi Pariwisata|Kepala Bidang Pemasaran "
     "Pariwisata dan Ekonomi Kreatif",
     "ADYATAMA:8|PAMONG_BUDAYA:8"},
    {"DKP", "Dinas Kelautan dan Perikanan", "DKP", "Kepala Dinas Kelautan dan Perikanan", "pertanian", 110,
     "Sekretaris Dinas|Kepala Bidang Perikanan Tangkap|Kepala Bidang Perikanan Budidaya|Kepala Bidang Pengelolaan "
     "Ruang Laut",
     "PENYULUH_IKAN:15|PENGAWAS_IKAN:6"},
    {"DPPPA", "Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "DPPPA",
     "Kepala Dinas Pemberdayaan Perempuan dan Perlindungan Anak", "pemerintahan", 70,
     "Sekretaris Dinas|Kepala Bidang Pemberdayaan Perempuan|Kepala Bidang Perlindungan Anak", "PEKSOS:6|ANKEB:4"},
    {"DISDUKCAPIL", "Dinas Kependudukan dan Pencatatan Sipil", "Disdukcapil",
     "Kepala Dinas Kependudukan dan Pencatatan Sipil", "pemerintahan", 55,
     "Sekretaris Dinas|Kepala Bidang Pelayanan Pendaftaran Penduduk|Kepala Bidang Pengelolaan Informasi "
     "Administrasi Kependudukan",
     "ADMINDUK:10|PRAKOM:3"},
    {"DPMD", "Dinas Pemberdayaan Masyarakat dan Desa", "DPMD", "Kepala Dinas Pemberdayaan Masyarakat dan Desa",
     "pemerintahan", 70, "Sekretaris Dinas|Kepala Bidang Pemerintahan Desa|Kepala Bidang Pemberdayaan Masyarakat Desa",
     "PENGGERAK_SWADAYA:10"},
    {"DISBUN", "Dinas Perkebunan", "Disbun", "Kepala Dinas Perkebunan", "pertanian", 150,
     "Sekretaris Dinas|Kepala Bidang Produksi Perkebunan|Kepala Bidang Perlindungan Perkebunan|Kepala Bidang "
     "Pengolahan dan Pemasaran Hasil Perkebunan",
     "PENYULUH_TAN:20|POPT:10|PENGAWAS_BENIH:8"},
    {"DISKETAPANG", "Dinas Ketahanan Pangan", "Dinas Ketapang", "Kepala Dinas Ketahanan Pangan", "pertanian", 70,
     "Sekretaris Dinas|Kepala Bidang Ketersediaan dan Kerawanan Pangan|Kepala Bidang Konsumsi dan Keamanan Pangan",
     "ANALIS_PANGAN:10|PENGAWAS_MUTU_PANGAN:5"},
    {"PENGHUBUNG", "Badan Penghubung Daerah Provinsi Jambi", "Badan Penghubung", "Kepala Badan Penghubung Daerah",
     "pemerintahan", 35, "Sekretaris Badan|Kepala Bidang Fasilitasi dan Promosi Daerah", "ANKEB:4|PRAHUM:3"},
}};

// Service units. Puskesmas carry the names of real places in Kota Jambi; in the demo they sit under Dinas
// Kesehatan as UPTD. Samsat are the joint offices of each kabupaten/kota under Bapenda.
constexpr std::array<UnitInfo, 80> kUnits{{
    {"DINKES", "UPTD Puskesmas Kenali Besar", "Kepala UPTD Puskesmas Kenali Besar"},
    {"DINKES", "UPTD Puskesmas Simpang Kawat", "Kepala UPTD Puskesmas Simpang Kawat"},
    {"DINKES", "UPTD Puskesmas Paal Merah I", "Kepala UPTD Puskesmas Paal Merah I"},
    {"DINKES", "UPTD Puskesmas Paal Merah II", "Kepala UPTD Puskesmas Paal Merah II"},
    {"DINKES", "UPTD Puskesmas Olak Kemang", "Kepala UPTD Puskesmas Olak Kemang"},
    {"DINKES", "UPTD Puskesmas Putri Ayu", "Kepala UPTD Puskesmas Putri Ayu"},
    {"DINKES", "UPTD Puskesmas Tahtul Yaman", "Kepala UPTD Puskesmas Tahtul Yaman"},
    {"DINKES", "UPTD Puskesmas Talang Banjar", "Kepala UPTD Puskesmas Talang Banjar"},
    {"DINKES", "UPTD Puskesmas Pakuan Baru", "Kepala UPTD Puskesmas Pakuan Baru"},
    {"DINKES", "UPTD Puskesmas Simpang IV Sipin", "Kepala UPTD Puskesmas Simpang IV Sipin"},
    {"DINKES", "UPTD Puskesmas Rawasari", "Kepala UPTD Puskesmas Rawasari"},
    {"DINKES", "UPTD Puskesmas Aur Duri", "Kepala UPTD Puskesmas Aur Duri"},
    {"DINKES", "UPTD Puskesmas Payo Selincah", "Kepala UPTD Puskesmas Payo Selincah"},
    {"DINKES", "UPTD Laboratorium Kesehatan Daerah", "Kepala UPTD Laboratorium Kesehatan Daerah"},
    {"BAPENDA", "UPTD Samsat Kota Jambi", "Kepala UPTD Samsat Kota Jambi"},
    {"BAPENDA", "UPTD Samsat Muaro Jambi", "Kepala UPTD Samsat Muaro Jambi"},
    {"BAPENDA", "UPTD Samsat Batanghari", "Kepala UPTD Samsat Batanghari"},
    {"BAPENDA", "UPTD Samsat Tanjung Jabung Barat", "Kepala UPTD Samsat Tanjung Jabung Barat"},
    {"BAPENDA", "UPTD Samsat Tanjung Jabung Timur", "Kepala UPTD Samsat Tanjung Jabung Timur"},
    {"BAPENDA", "UPTD Samsat Sarolangun", "Kepala UPTD Samsat Sarolangun"},
    {"BAPENDA", "UPTD Samsat Merangin", "Kepala UPTD Samsat Merangin"},
    {"BAPENDA", "UPTD Samsat Bungo", "Kepala UPTD Samsat Bungo"},
    {"BAPENDA", "UPTD Samsat Tebo", "Kepala UPTD Samsat Tebo"},
    {"BAPENDA", "UPTD Samsat Kerinci", "Kepala UPTD Samsat Kerinci"},
    {"BAPENDA", "UPTD Samsat Kota Sungai Penuh", "Kepala UPTD Samsat Kota Sungai Penuh"},
    {"DISDIK", "SMA Negeri 1 Kota Jambi", "Kepala Tata Usaha SMA Negeri 1 Kota Jambi"},
    {"DISDIK", "SMA Negeri 2 Kota Jambi", "Kepala Tata Usaha SMA Negeri 2 Kota Jambi"},
    {"DISDIK", "SMA Negeri 3 Kota Jambi", "Kepala Tata Usaha SMA Negeri 3 Kota Jambi"},
    {"DISDIK", "SMA Negeri 5 Kota Jambi", "Kepala Tata Usaha SMA Negeri 5 Kota Jambi"},
    {"DISDIK", "SMA Negeri 8 Kota Jambi", "Kepala Tata Usaha SMA Negeri 8 Kota Jambi"},
    {"DISDIK", "SMA Negeri Titian Teras H. Abdurrahman Sayoeti", "Kepala Tata Usaha SMA Negeri Titian Teras"},
    {"DISDIK", "SMK Negeri 1 Kota Jambi", "Kepala Tata Usaha SMK Negeri 1 Kota Jambi"},
    {"DISDIK", "SMK Negeri 2 Kota Jambi", "Kepala Tata Usaha SMK Negeri 2 Kota Jambi"},
    {"DISDIK", "SMK Negeri 3 Kota Jambi", "Kepala Tata Usaha SMK Negeri 3 Kota Jambi"},
    {"DISDIK", "SMK Negeri 4 Kota Jambi", "Kepala Tata Usaha SMK Negeri 4 Kota Jambi"},
    {"DISDIK", "SMA Negeri 1 Muaro Jambi", "Kepala Tata Usaha SMA Negeri 1 Muaro Jambi"},
    {"DISDIK", "SMA Negeri 1 Batanghari", "Kepala Tata Usaha SMA Negeri 1 Batanghari"},
    {"DISDIK", "SMA Negeri 1 Sarolangun", "Kepala Tata Usaha SMA Negeri 1 Sarolangun"},
    {"DISDIK", "SMA Negeri 1 Merangin", "Kepala Tata Usaha SMA Negeri 1 Merangin"},
    {"DISDIK", "SMA Negeri 1 Bungo", "Kepala Tata Usaha SMA Negeri 1 Bungo"},
    {"DISDIK", "SMA Negeri 1 Tebo", "Kepala Tata Usaha SMA Negeri 1 Tebo"},
    {"DISDIK", "SMA Negeri 1 Kerinci", "Kepala Tata Usaha SMA Negeri 1 Kerinci"},
    {"DISDIK", "SMA Negeri 1 Tanjung Jabung Barat", "Kepala Tata Usaha SMA Negeri 1 Tanjung Jabung Barat"},
    {"DISDIK", "SMA Negeri 1 Tanjung Jabung Timur", "Kepala Tata Usaha SMA Negeri 1 Tanjung Jabung Timur"},
    {"DISDIK", "SMK Negeri 1 Muaro Jambi", "Kepala Tata Usaha SMK Negeri 1 Muaro Jambi"},
    {"DISDIK", "SMK Negeri 1 Merangin", "Kepala Tata Usaha SMK Negeri 1 Merangin"},
    {"DISDIK", "SLB Negeri Provinsi Jambi", "Kepala Tata Usaha SLB Negeri Provinsi Jambi"},
    {"RSUD.RM", "Instalasi Rawat Jalan RSUD Raden Mattaher", "Kepala Instalasi Rawat Jalan"},
    {"RSUD.RM", "Instalasi Gawat Darurat RSUD Raden Mattaher", "Kepala Instalasi Gawat Darurat"},
    {"RSUD.RM", "Instalasi Rawat Inap RSUD Raden Mattaher", "Kepala Instalasi Rawat Inap"},
    {"RSUD.RM", "Instalasi Farmasi RSUD Raden Mattaher", "Kepala Instalasi Farmasi"},
    {"RSUD.RM", "Instalasi Laboratorium RSUD Raden Mattaher", "Kepala Instalasi Laboratorium"},
    {"RSJD", "Instalasi Rawat Jalan RSJD Kolonel M. Syukur", "Kepala Instalasi Rawat Jalan RSJD"},
    {"RSJD", "Instalasi Rehabilitasi NAPZA RSJD Kolonel M. Syukur", "Kepala Instalasi Rehabilitasi NAPZA"},
    {"RSJD", "Instalasi Gawat Darurat RSJD Kolonel M. Syukur", "Kepala Instalasi Gawat Darurat RSJD"},
    {"DPMPTSP", "Layanan Perizinan Terpadu DPMPTSP Provinsi Jambi", "Kepala Seksi Layanan Perizinan Terpadu"},
    {"DPMPTSP", "Gerai DPMPTSP di Mal Pelayanan Publik Kota Jambi", "Koordinator Gerai Mal Pelayanan Publik"},
    {"DISHUB", "UPTD Pengujian Kendaraan Bermotor", "Kepala UPTD Pengujian Kendaraan Bermotor"},
    {"DISHUB", "UPTD Pelabuhan Penyeberangan Muara Sabak", "Kepala UPTD Pelabuhan Penyeberangan Muara Sabak"},
    {"DISNAKERTRANS", "UPTD Balai Latihan Kerja Jambi", "Kepala UPTD Balai Latihan Kerja Jambi"},
    {"DISNAKERTRANS", "UPTD Pengawasan Ketenagakerjaan Wilayah Barat", "Kepala UPTD Pengawasan Ketenagakerjaan"},
    {"DISPUSIP", "Layanan Perpustakaan Daerah Provinsi Jambi", "Kepala Seksi Layanan Perpustakaan"},
    {"DINSOS", "UPTD Panti Sosial Tresna Werdha Budi Luhur", "Kepala UPTD Panti Sosial Tresna Werdha"},
    {"DINSOS", "UPTD Panti Sosial Bina Remaja", "Kepala UPTD Panti Sosial Bina Remaja"},
    {"BKD", "Layanan Kepegawaian Terpadu BKD", "Kepala Subbidang Layanan Kepegawaian"},
    {"DLH", "UPTD Laboratorium Lingkungan", "Kepala UPTD Laboratorium Lingkungan"},
    {"DISKOMINFO", "Layanan Informasi Publik (PPID) Provinsi Jambi", "Kepala Seksi Layanan Informasi Publik"},
    {"BPSDM", "Layanan Pelatihan dan Sertifikasi BPSDM", "Kepala Subbidang Layanan Pelatihan"},
    {"DTPHP", "UPTD Balai Benih Induk Tanaman Pangan", "Kepala UPTD Balai Benih Induk"},
    {"DTPHP", "UPTD Puskeswan dan Laboratorium Keswan", "Kepala UPTD Laboratorium Kesehatan Hewan"},
    {"DISBUDPAR", "UPTD Museum Siginjei", "Kepala UPTD Museum Siginjei"},
    {"DISBUDPAR", "UPTD Taman Budaya Jambi", "Kepala UPTD Taman Budaya Jambi"},
    {"DISPORA", "UPTD Gelanggang Olahraga Kotabaru", "Kepala UPTD Gelanggang Olahraga"},
    {"DKP", "UPTD Balai Benih Ikan Sungai Gelam", "Kepala UPTD Balai Benih Ikan"},
    {"DISKOPUKM", "UPTD Pusat Layanan Usaha Terpadu KUMKM", "Kepala UPTD PLUT-KUMKM"},
    {"DPPPA", "UPTD Perlindungan Perempuan dan Anak", "Kepala UPTD PPA"},
    {"DESDM", "UPTD Laboratorium Energi dan Sumber Daya Mineral", "Kepala UPTD Laboratorium ESDM"},
    {"DISPERINDAG", "UPTD Metrologi Legal", "Kepala UPTD Metrologi Legal"},
    {"BPBD", "Pusat Pengendalian Operasi Penanggulangan Bencana", "Kepala Seksi Pusdalops PB"},
    {"DISHUT", "UPTD KPHP Unit Tanjung Jabung Barat", "Kepala UPTD KPHP Tanjung Jabung Barat"},
}};

}  // namespace

std::span<const AgencyInfo> Agencies() {
    return kAgencies;
}
std::span<const UnitInfo> Units() {
    return kUnits;
}

}  // namespace bangkom::app::demo
