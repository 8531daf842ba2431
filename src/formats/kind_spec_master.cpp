// Columns of the master kinds of FORMATS.md: agencies, units, competencies, positions, standards, employees,
// programs and their offerings. Examples are from Jambi so that a clerk recognises them.

#include "formats/kind_spec_parts.hpp"

namespace bangkom::formats::spec_parts {

using domain::Kind;
using T = ColumnType;

KindSpec Agencies() {
    return {Kind::opd,
            "OPD",
            "Agencies",
            {
                {"kode_opd", true, T::code, "Kode OPD, unik, tanpa spasi di awal/akhir.",
                 "Agency code, unique, no spaces at either end.", "DINKES"},
                {"nama_opd", true, T::text, "Nama lengkap OPD.", "Full name of the agency.",
                 "Dinas Kesehatan Provinsi Jambi"},
                {"singkatan", false, T::text, "Singkatan nama OPD.", "Short name of the agency.", "Dinkes"},
                {"anggaran_bangkom", false, T::money,
                 "Anggaran pengembangan kompetensi setahun dalam Rupiah utuh (1500000, 1.500.000 atau Rp 1.500.000); "
                 "kosong = 0.",
                 "Yearly competency development budget in whole Rupiah (1500000, 1.500.000 or Rp 1.500.000); "
                 "empty = 0.",
                 "250000000"},
            },
            {"kode_opd"}};
}

KindSpec ServiceUnits() {
    return {
        Kind::unit_layanan,
        "Unit layanan",
        "Service units",
        {
            {"kode_unit", true, T::code, "Kode unit layanan, unik.", "Service unit code, unique.", "PKM.KENALI"},
            {"nama_unit", true, T::text, "Nama unit layanan.", "Name of the service unit.", "Puskesmas Kenali Besar"},
            {"kode_opd", true, T::code, "Kode OPD induk unit (harus sudah ada di data OPD).",
             "Code of the agency the unit belongs to (must exist in the agency data).", "DINKES"},
        },
        {"kode_unit"}};
}

KindSpec Competencies() {
    return {Kind::kompetensi,
            "Kompetensi",
            "Competencies",
            {
                {"kode", true, T::code, "Kode kompetensi, unik.", "Competency code, unique.", "T.KES.02"},
                {"nama", true, T::text, "Nama kompetensi.", "Name of the competency.",
                 "Pencegahan dan Pengendalian Infeksi"},
                {"jenis", true, T::enum_code, "Jenis kompetensi: teknis, manajerial, sosial_kultural.",
                 "Kind of competency: teknis, manajerial, sosial_kultural.", "teknis"},
                {"bidang", false, T::text, "Bidang kompetensi teknis, mis. kesehatan.",
                 "Sector of a technical competency, e.g. kesehatan.", "kesehatan"},
                {"deskripsi", false, T::text, "Uraian singkat kompetensi.", "Short description of the competency.",
                 "Menerapkan prinsip PPI di fasilitas kesehatan"},
                {"level_1", false, T::text, "Gambaran perilaku pada level 1.", "What level 1 looks like.",
                 "Memahami prinsip dasar PPI"},
                {"level_2", false, T::text, "Gambaran perilaku pada level 2.", "What level 2 looks like.",
                 "Menerapkan PPI dengan bimbingan"},
                {"level_3", false, T::text, "Gambaran perilaku pada level 3.", "What level 3 looks like.",
                 "Menerapkan PPI secara mandiri"},
                {"level_4", false, T::text, "Gambaran perilaku pada level 4.", "What level 4 looks like.",
                 "Membimbing rekan dalam PPI"},
                {"level_5", false, T::text, "Gambaran perilaku pada level 5.", "What level 5 looks like.",
                 "Menyusun kebijakan PPI"},
            },
            {"kode"}};
}

KindSpec Positions() {
    return {Kind::jabatan,
            "Jabatan",
            "Positions",
            {
                {"kode_jabatan", true, T::code, "Kode jabatan, unik.", "Position code, unique.", "DINKES.PERAWAT.AM"},
                {"nama_jabatan", true, T::text, "Nama jabatan.", "Name of the position.", "Perawat Ahli Muda"},
                {"jenis_jabatan", true, T::enum_code,
                 "Jenis jabatan: jpt_madya, jpt_pratama, administrator, pengawas, pelaksana, ahli_utama, ahli_madya, "
                 "ahli_muda, ahli_pertama, penyelia, mahir, terampil, pemula.",
                 "Kind of position: jpt_madya, jpt_pratama, administrator, pengawas, pelaksana, ahli_utama, "
                 "ahli_madya, ahli_muda, ahli_pertama, penyelia, mahir, terampil, pemula.",
                 "ahli_muda"},
                {"kode_opd", true, T::code, "Kode OPD tempat jabatan berada.", "Code of the agency of the position.",
                 "DINKES"},
                {"bidang", false, T::text, "Bidang jabatan, mis. kesehatan.", "Sector of the position, e.g. kesehatan.",
                 "kesehatan"},
            },
            {"kode_jabatan"}};
}

KindSpec PositionStandards() {
    return {Kind::standar_kompetensi,
            "Standar kompetensi jabatan",
            "Position competency standards",
            {
                {"kode_jabatan", true, T::code, "Kode jabatan (harus sudah ada di data jabatan).",
                 "Position code (must exist in the position data).", "DINKES.PERAWAT.AM"},
                {"kode_kompetensi", true, T::code, "Kode kompetensi (harus sudah ada di data kompetensi).",
                 "Competency code (must exist in the competency data).", "T.KES.02"},
                {"level", true, T::integer, "Level yang dipersyaratkan, 1 sampai 5.", "Required level, 1 to 5.", "3"},
                {"bobot", false, T::decimal, "Bobot kepentingan, lebih dari 0; kosong = 1.",
                 "Importance weight, above 0; empty = 1.", "1.5"},
            },
            {"kode_jabatan", "kode_kompetensi"}};
}

KindSpec Employees() {
    return {
        Kind::pegawai,
        "Pegawai",
        "Employees",
        {
            {"nip", true, T::nip, "NIP 18 angka (boleh ditulis berkelompok: 19860926 201505 1 001).",
             "18-digit NIP (grouped writing such as 19860926 201505 1 001 is accepted).", "198609262015051001"},
            {"nama", true, T::text, "Nama lengkap dengan gelar.", "Full name with titles.", "Siti Rahmawati, S.Kep."},
            {"kode_jabatan", true, T::code, "Kode jabatan saat ini (harus ada di data jabatan).",
             "Code of the current position (must exist in the position data).", "DINKES.PERAWAT.AM"},
            {"kode_opd", true, T::code, "Kode OPD tempat bekerja.", "Code of the agency the employee works in.",
             "DINKES"},
            {"kode_unit", false, T::code, "Kode unit layanan tempat bertugas, bila ada.",
             "Code of the service unit the employee works at, if any.", "PKM.KENALI"},
            {"nip_atasan", false, T::nip, "NIP atasan langsung (pegawai yang ada, boleh di berkas yang sama).",
             "NIP of the direct supervisor (an existing employee, possibly in the same file).", "197803152003122002"},
            {"status", false, T::enum_code, "Status kepegawaian: pns atau pppk; kosong = pns.",
             "Employment status: pns or pppk; empty = pns.", "pns"},
            {"email", false, T::text, "Alamat surel dinas.", "Work e-mail address.", "siti.rahmawati@jambiprov.go.id"},
            {"kode_jabatan_target", false, T::code, "Kode jabatan yang sedang dipersiapkan untuk pegawai, bila ada.",
             "Code of the position the employee is being prepared for, if any.", "DINKES.PERAWAT.AMD"},
        },
        {"nip"}};
}

KindSpec Programs() {
    return {
        Kind::program,
        "Program pelatihan",
        "Training programs",
        {
            {"kode_program", true, T::code, "Kode program, unik.", "Program code, unique.", "PRG.PPI.2027"},
            {"nama", true, T::text, "Nama program.", "Name of the program.", "Pelatihan PPI Dasar"},
            {"lembaga", true, T::text, "Lembaga penyelenggara.", "Institution running the program.",
             "BPSDM Provinsi Jambi"},
            {"bentuk", true, T::enum_code,
             "Bentuk pengembangan: pelatihan_klasikal, bimtek, seminar, workshop, kursus, e_learning, "
             "pelatihan_jarak_jauh, coaching, mentoring, magang, patok_banding, belajar_mandiri, komunitas_belajar, "
             "pendidikan.",
             "Form of development: pelatihan_klasikal, bimtek, seminar, workshop, kursus, e_learning, "
             "pelatihan_jarak_jauh, coaching, mentoring, magang, patok_banding, belajar_mandiri, komunitas_belajar, "
             "pendidikan.",
             "pelatihan_klasikal"},
            {"jp", true, T::integer, "Jumlah jam pelajaran (1 JP = 45 menit).", "Learning hours (1 JP = 45 minutes).",
             "40"},
            {"biaya_per_peserta", true, T::money, "Biaya per peserta dalam Rupiah utuh.",
             "Cost per participant in whole Rupiah.", "3500000"},
            {"kompetensi", true, T::raises,
             "Kompetensi yang ditingkatkan: KODE:JUMLAH_LEVEL dipisah ';', mis. M.03:1;T.KES.02:2.",
             "Competencies raised: CODE:LEVELS items joined by ';', e.g. M.03:1;T.KES.02:2.", "M.03:1;T.KES.02:2"},
            {"level_maksimal", false, T::integer, "Level tertinggi yang dapat dicapai peserta; kosong = 5.",
             "Highest level a participant reaches; empty = 5.", "4"},
        },
        {"kode_program"}};
}

KindSpec Offerings() {
    return {Kind::angkatan,
            "Angkatan",
            "Offerings",
            {
                {"kode_angkatan", true, T::code, "Kode angkatan/kelas, unik.", "Offering (class) code, unique.",
                 "PPI.2027.A1"},
                {"kode_program", true, T::code, "Kode program (harus ada di data program).",
                 "Program code (must exist in the program data).", "PRG.PPI.2027"},
                {"tanggal_mulai", true, T::date, "Tanggal mulai: 2027-03-15 atau 15/03/2027.",
                 "Start date: 2027-03-15 or 15/03/2027.", "2027-03-15"},
                {"tanggal_selesai", true, T::date, "Tanggal selesai, tidak sebelum tanggal mulai.",
                 "End date, not before the start date.", "2027-03-19"},
                {"kapasitas", true, T::integer, "Jumlah kursi; 0 = tanpa batas (mis. e-learning).",
                 "Number of seats; 0 = unlimited (e.g. e-learning).", "30"},
                {"lokasi", false, T::text, "Tempat pelaksanaan.", "Venue.", "Kampus BPSDM Jambi, Telanaipura"},
            },
            {"kode_angkatan"}};
}

}  // namespace bangkom::formats::spec_parts
