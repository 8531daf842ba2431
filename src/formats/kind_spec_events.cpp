// Columns of the transaction kinds of FORMATS.md: ratings, performance, history, proposals and surveys.

#include "formats/kind_spec_parts.hpp"

namespace bangkom::formats::spec_parts {

using domain::Kind;
using T = ColumnType;

namespace {

constexpr std::string_view kNipId = "NIP pegawai (harus ada di data pegawai).";
constexpr std::string_view kNipEn = "The employee's NIP (must exist in the employee data).";
constexpr std::string_view kNipExample = "198609262015051001";
constexpr std::string_view kCompetencyId = "Kode kompetensi (harus ada di data kompetensi).";
constexpr std::string_view kCompetencyEn = "Competency code (must exist in the competency data).";
constexpr std::string_view kDateId = "Tanggal: 2027-03-15 atau 15/03/2027.";
constexpr std::string_view kDateEn = "Date: 2027-03-15 or 15/03/2027.";
constexpr std::string_view kOfferingId = "Kode angkatan (harus ada di data angkatan).";
constexpr std::string_view kOfferingEn = "Offering code (must exist in the offering data).";

ColumnSpec SurveyAnswer(std::string_view name, std::string_view element_id, std::string_view element_en,
                        std::string_view example) {
    return {name, false, T::integer, element_id, element_en, example};
}

}  // namespace

KindSpec Assessments() {
    return {Kind::penilaian,
            "Penilaian kompetensi",
            "Competency assessments",
            {
                {"nip", true, T::nip, kNipId, kNipEn, kNipExample},
                {"kode_kompetensi", true, T::code, kCompetencyId, kCompetencyEn, "T.KES.02"},
                {"level", true, T::decimal, "Level yang dinilai, 1.0 sampai 5.0 (boleh 3,5 pada CSV dengan ';').",
                 "Assessed level, 1.0 to 5.0 (3,5 is accepted in a ';' CSV).", "3.5"},
                {"sumber", true, T::enum_code, "Sumber penilaian: asesmen, atasan, rekan, mandiri.",
                 "Source of the rating: asesmen, atasan, rekan, mandiri.", "asesmen"},
                {"tanggal", true, T::date, kDateId, kDateEn, "2027-02-10"},
            },
            {"nip", "kode_kompetensi", "sumber", "tanggal"}};
}

KindSpec PerformanceRatings() {
    return {Kind::kinerja,
            "Kinerja (SKP)",
            "Performance (SKP)",
            {
                {"nip", true, T::nip, kNipId, kNipEn, kNipExample},
                {"tahun", true, T::integer, "Tahun penilaian SKP.", "Year of the SKP appraisal.", "2026"},
                {"hasil_kerja", true, T::enum_code, "Rating hasil kerja: di_atas, sesuai, di_bawah.",
                 "Rating of work results: di_atas, sesuai, di_bawah.", "di_atas"},
                {"perilaku_kerja", true, T::enum_code, "Rating perilaku kerja: di_atas, sesuai, di_bawah.",
                 "Rating of work behaviour: di_atas, sesuai, di_bawah.", "sesuai"},
                {"predikat", false, T::enum_code,
                 "Predikat kinerja (boleh kosong; bila diisi harus sesuai matriks): sangat_baik, baik, "
                 "butuh_perbaikan, kurang, sangat_kurang.",
                 "Performance predikat (optional; if given it must match the matrix): sangat_baik, baik, "
                 "butuh_perbaikan, kurang, sangat_kurang.",
                 "baik"},
            },
            {"nip", "tahun"}};
}

KindSpec JpHistory() {
    return {Kind::riwayat_jp,
            "Riwayat JP",
            "JP history",
            {
                {"nip", true, T::nip, kNipId, kNipEn, kNipExample},
                {"nama_kegiatan", true, T::text, "Nama kegiatan pengembangan yang diikuti.",
                 "Name of the development activity attended.", "Pelatihan Komunikasi Efektif"},
                {"tanggal_mulai", true, T::date, kDateId, kDateEn, "2026-08-03"},
                {"tanggal_selesai", true, T::date, "Tanggal selesai, tidak sebelum tanggal mulai.",
                 "End date, not before the start date.", "2026-08-05"},
                {"jp", true, T::integer, "Jam pelajaran yang diperoleh.", "Learning hours earned.", "24"},
                {"penyelenggara", false, T::text, "Penyelenggara kegiatan.", "Organiser of the activity.",
                 "BPSDM Provinsi Jambi"},
                {"nomor_sertifikat", false, T::text, "Nomor sertifikat, bila ada.", "Certificate number, if any.",
                 "800/123/BPSDM/2026"},
            },
            {"nip", "nama_kegiatan", "tanggal_mulai"}};
}

KindSpec Proposals() {
    return {Kind::usulan,
            "Usulan pengembangan",
            "Development proposals",
            {
                {"nip", true, T::nip, kNipId, kNipEn, kNipExample},
                {"kode_kompetensi", true, T::code, kCompetencyId, kCompetencyEn, "T.KES.02"},
                {"alasan", false, T::text, "Alasan usulan.", "Reason for the proposal.",
                 "Belum pernah mengikuti pelatihan PPI"},
                {"bentuk", false, T::enum_code, "Bentuk yang diusulkan, seperti pada program (mis. e_learning).",
                 "Proposed form, as in programs (e.g. e_learning).", "pelatihan_klasikal"},
                {"prioritas", false, T::integer, "Prioritas 1 (tinggi) sampai 3 (rendah); kosong = 2.",
                 "Priority 1 (high) to 3 (low); empty = 2.", "1"},
            },
            {"nip", "kode_kompetensi"}};
}

KindSpec SurveyResponses() {
    return {Kind::skm,
            "Survei kepuasan masyarakat",
            "Public satisfaction survey",
            {
                {"kode_unit", true, T::code, "Kode unit layanan yang disurvei.", "Code of the surveyed service unit.",
                 "PKM.KENALI"},
                {"tanggal", true, T::date,
                 "Tanggal pengisian. "
                 "2027-03-15 atau 15/03/2027.",
                 "Date of the answer. 2027-03-15 or 15/03/2027.", "2027-04-12"},
                SurveyAnswer("u1", "U1 Persyaratan, 1-4; kosong = tidak dijawab.",
                             "U1 Requirements, 1-4; empty = not answered.", "4"),
                SurveyAnswer("u2", "U2 Sistem, mekanisme dan prosedur, 1-4.", "U2 System and procedure, 1-4.", "3"),
                SurveyAnswer("u3", "U3 Waktu penyelesaian, 1-4.", "U3 Completion time, 1-4.", "3"),
                SurveyAnswer("u4", "U4 Biaya/tarif, 1-4.", "U4 Cost/fee, 1-4.", "4"),
                SurveyAnswer("u5", "U5 Produk spesifikasi jenis pelayanan, 1-4.", "U5 Service products, 1-4.", "3"),
                SurveyAnswer("u6", "U6 Kompetensi pelaksana, 1-4.", "U6 Staff competence, 1-4.", "4"),
                SurveyAnswer("u7", "U7 Perilaku pelaksana, 1-4.", "U7 Staff behaviour, 1-4.", "4"),
                SurveyAnswer("u8", "U8 Penanganan pengaduan, saran dan masukan, 1-4.",
                             "U8 Handling of complaints and suggestions, 1-4.", "3"),
                SurveyAnswer("u9", "U9 Sarana dan prasarana, 1-4.", "U9 Facilities, 1-4.", "2"),
                {"jenis_kelamin", false, T::enum_code, "Jenis kelamin responden: L atau P.",
                 "Respondent's sex: L or P.", "P"},
                {"umur", false, T::integer, "Umur responden dalam tahun.", "Respondent's age in years.", "34"},
                {"pendidikan", false, T::text, "Pendidikan: SD, SMP, SMA, D1-D3, D4/S1, S2, S3.",
                 "Education: SD, SMP, SMA, D1-D3, D4/S1, S2, S3.", "SMA"},
                {"pekerjaan", false, T::text, "Pekerjaan: PNS, TNI, Polri, Swasta, Wirausaha, Lainnya.",
                 "Occupation: PNS, TNI, Polri, Swasta, Wirausaha, Lainnya.", "Wirausaha"},
                {"saran", false, T::text, "Saran responden.", "The respondent's suggestion.",
                 "Ruang tunggu perlu ditambah kursi"},
            },
            {}};
}

KindSpec TestScores() {
    return {Kind::tes,
            "Pre-test dan post-test",
            "Pre- and post-tests",
            {
                {"kode_angkatan", true, T::code, kOfferingId, kOfferingEn, "PPI.2027.A1"},
                {"nip", true, T::nip, kNipId, kNipEn, kNipExample},
                {"jenis", true, T::enum_code, "Jenis tes: pre atau post.", "Kind of test: pre or post.", "pre"},
                {"skor", true, T::decimal, "Skor 0 sampai 100.", "Score 0 to 100.", "72.5"},
            },
            {"kode_angkatan", "nip", "jenis"}};
}

KindSpec ReactionAnswers() {
    constexpr std::string_view kItemEn = "Rating 1-5; empty = not answered.";
    return {
        Kind::reaksi,
        "Evaluasi reaksi",
        "Reaction survey",
        {
            {"kode_angkatan", true, T::code, kOfferingId, kOfferingEn, "PPI.2027.A1"},
            {"nip", false, T::nip, "NIP peserta; kosong bila anonim.", "Participant's NIP; empty when anonymous.", ""},
            {"relevansi", false, T::integer, "Relevansi dengan pekerjaan, 1-5; kosong = tidak dijawab.", kItemEn, "5"},
            {"materi", false, T::integer, "Materi, 1-5.", kItemEn, "4"},
            {"pengajar", false, T::integer, "Pengajar, 1-5.", kItemEn, "5"},
            {"metode", false, T::integer, "Metode, 1-5.", kItemEn, "4"},
            {"sarana", false, T::integer, "Sarana, 1-5.", kItemEn, "3"},
            {"manfaat", false, T::integer, "Manfaat, 1-5.", kItemEn, "5"},
            {"saran", false, T::text, "Saran peserta.", "The participant's suggestion.", "Tambah sesi praktik"},
        },
        {}};
}

KindSpec Feedback360s() {
    return {Kind::umpan_balik_360,
            "Umpan balik 360",
            "360 feedback",
            {
                {"nip_dinilai", true, T::nip, "NIP pegawai yang dinilai (harus ada di data pegawai).",
                 "NIP of the employee rated (must exist in the employee data).", kNipExample},
                {"nip_penilai", false, T::nip,
                 "NIP penilai; hanya disimpan sebagai hash berkunci sehingga penilai tetap anonim.",
                 "NIP of the rater; stored only as a keyed hash so the rater stays anonymous.", "197803152003122002"},
                {"hubungan", true, T::enum_code, "Hubungan penilai: atasan, rekan, bawahan, mandiri.",
                 "The rater's relationship: atasan, rekan, bawahan, mandiri.", "atasan"},
                {"kode_kompetensi", true, T::code, kCompetencyId, kCompetencyEn, "M.03"},
                {"skor", true, T::decimal, "Skor 1 sampai 5.", "Score 1 to 5.", "4"},
                {"tanggal", true, T::date, kDateId, kDateEn, "2027-05-20"},
            },
            {}};
}

}  // namespace bangkom::formats::spec_parts
