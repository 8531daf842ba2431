#include "storage/kind_tables.hpp"

#include <cstddef>
#include <iterator>
#include <variant>

namespace bangkom::storage {

namespace {

constexpr std::string_view kOpd[] = {"kode_opd", "nama_opd", "singkatan", "anggaran_bangkom"};
constexpr std::string_view kOpdSearch[] = {"kode_opd", "nama_opd", "singkatan"};
constexpr std::string_view kUnit[] = {"kode_unit", "nama_unit", "kode_opd"};
constexpr std::string_view kUnitSearch[] = {"kode_unit", "nama_unit"};
constexpr std::string_view kKompetensi[] = {"kode",    "nama",    "jenis",   "bidang",  "deskripsi",
                                            "level_1", "level_2", "level_3", "level_4", "level_5"};
constexpr std::string_view kKompetensiSearch[] = {"kode", "nama", "bidang"};
constexpr std::string_view kJabatan[] = {"kode_jabatan", "nama_jabatan", "jenis_jabatan", "kode_opd", "bidang"};
constexpr std::string_view kJabatanSearch[] = {"kode_jabatan", "nama_jabatan"};
constexpr std::string_view kStandar[] = {"kode_jabatan", "kode_kompetensi", "level", "bobot"};
constexpr std::string_view kStandarSearch[] = {"kode_jabatan", "kode_kompetensi"};
constexpr std::string_view kPegawai[] = {"nip",        "nama",   "kode_jabatan", "kode_opd",           "kode_unit",
                                         "nip_atasan", "status", "email",        "kode_jabatan_target"};
constexpr std::string_view kPegawaiSearch[] = {"nip", "nama", "kode_jabatan"};
constexpr std::string_view kPenilaian[] = {"nip", "kode_kompetensi", "sumber", "tanggal", "level"};
constexpr std::string_view kNipCompetencySearch[] = {"nip", "kode_kompetensi"};
constexpr std::string_view kKinerja[] = {"nip", "tahun", "hasil_kerja", "perilaku_kerja", "predikat"};
constexpr std::string_view kNipSearch[] = {"nip"};
constexpr std::string_view kProgram[] = {"kode_program",      "nama",          "lembaga", "bentuk", "jp",
                                         "biaya_per_peserta", "level_maksimal"};
constexpr std::string_view kProgramSearch[] = {"kode_program", "nama", "lembaga"};
constexpr std::string_view kAngkatan[] = {"kode_angkatan",   "kode_program", "tanggal_mulai",
                                          "tanggal_selesai", "kapasitas",    "lokasi"};
constexpr std::string_view kAngkatanSearch[] = {"kode_angkatan", "kode_program", "lokasi"};
constexpr std::string_view kRiwayat[] = {"nip", "nama_kegiatan", "tanggal_mulai",   "tanggal_selesai",
                                         "jp",  "penyelenggara", "nomor_sertifikat"};
constexpr std::string_view kRiwayatSearch[] = {"nip", "nama_kegiatan", "penyelenggara"};
constexpr std::string_view kUsulan[] = {"nip", "kode_kompetensi", "tahun", "alasan", "bentuk", "prioritas", "status"};
constexpr std::string_view kSkm[] = {"kode_unit", "tanggal",    "u1",        "u2",   "u3", "u4",
                                     "u5",        "u6",         "u7",        "u8",   "u9", "jenis_kelamin",
                                     "umur",      "pendidikan", "pekerjaan", "saran"};
constexpr std::string_view kSkmSearch[] = {"kode_unit", "saran"};
constexpr std::string_view kTes[] = {"kode_angkatan", "nip", "jenis", "skor"};
constexpr std::string_view kTesSearch[] = {"kode_angkatan", "nip"};
constexpr std::string_view kReaksi[] = {"kode_angkatan", "nip",    "relevansi", "materi", "pengajar",
                                        "metode",        "sarana", "manfaat",   "saran"};
constexpr std::string_view kUmpanBalik[] = {"nip_dinilai",     "hash_penilai", "hubungan",
                                            "kode_kompetensi", "skor",         "tanggal"};
constexpr std::string_view kUmpanBalikSearch[] = {"nip_dinilai", "kode_kompetensi"};

constexpr std::string_view kByOwnAgency = "kode_opd = ?";
constexpr std::string_view kByPositionAgency =
    "kode_jabatan IN (SELECT j.kode_jabatan FROM jabatan j WHERE j.kode_opd = ?)";
constexpr std::string_view kByEmployeeAgency = "nip IN (SELECT p.nip FROM pegawai p WHERE p.kode_opd = ?)";
constexpr std::string_view kByRatedAgency = "nip_dinilai IN (SELECT p.nip FROM pegawai p WHERE p.kode_opd = ?)";
constexpr std::string_view kByUnitAgency = "kode_unit IN (SELECT u.kode_unit FROM unit_layanan u WHERE u.kode_opd = ?)";

// Indexed by static_cast<int>(Kind), in the order of domain::Kind.
const KindTable kTables[] = {
    {"opd", kOpd, 1, false, kOpdSearch, kByOwnAgency, ""},
    {"unit_layanan", kUnit, 1, false, kUnitSearch, kByOwnAgency, ""},
    {"kompetensi", kKompetensi, 1, false, kKompetensiSearch, "", ""},
    {"jabatan", kJabatan, 1, false, kJabatanSearch, kByOwnAgency, ""},
    {"standar_kompetensi", kStandar, 2, false, kStandarSearch, kByPositionAgency, ""},
    {"pegawai", kPegawai, 1, false, kPegawaiSearch, kByOwnAgency, "nip"},
    {"penilaian", kPenilaian, 4, false, kNipCompetencySearch, kByEmployeeAgency, "nip"},
    {"kinerja", kKinerja, 2, false, kNipSearch, kByEmployeeAgency, "nip"},
    {"program", kProgram, 1, false, kProgramSearch, "", "", "kompetensi"},
    {"angkatan", kAngkatan, 1, false, kAngkatanSearch, "", ""},
    {"riwayat_jp", kRiwayat, 3, false, kRiwayatSearch, kByEmployeeAgency, "nip"},
    {"usulan", kUsulan, 3, true, kNipCompetencySearch, kByEmployeeAgency, "nip"},
    {"skm", kSkm, 0, true, kSkmSearch, kByUnitAgency, ""},
    {"tes", kTes, 3, false, kTesSearch, kByEmployeeAgency, "nip"},
    {"reaksi", kReaksi, 0, true, kTesSearch, kByEmployeeAgency, "nip"},
    {"umpan_balik_360", kUmpanBalik, 0, true, kUmpanBalikSearch, kByRatedAgency, "nip_dinilai", "nip_penilai"},
};
static_assert(std::size(kTables) == std::variant_size_v<domain::Records>, "one KindTable per kind");

}  // namespace

const KindTable& TableOf(domain::Kind kind) {
    return kTables[static_cast<size_t>(kind)];
}

bool HasSingleKey(domain::Kind kind) {
    return TableOf(kind).key_count == 1;
}

std::string Placeholder(char prefix, size_t i) {
    return prefix + std::to_string(i + 1);
}

std::string InsertSql(const KindTable& t, char prefix) {
    std::string sql = "INSERT INTO " + std::string(t.table) + " (" + JoinNames(t.columns, ", ") + ") VALUES (";
    for (size_t i = 0; i < t.columns.size(); ++i) sql += (i > 0 ? ", " : "") + Placeholder(prefix, i);
    sql += ")";
    if (t.key_count > 0) sql += " ON CONFLICT (" + JoinNames(t.key_columns(), ", ") + ") DO NOTHING";
    return sql;
}

std::string UpdateSql(const KindTable& t, char prefix) {
    if (t.key_count == 0) return {};
    const auto keys = static_cast<size_t>(t.key_count);
    std::string sql = "UPDATE " + std::string(t.table) + " SET ";
    for (size_t i = keys; i < t.columns.size(); ++i) {
        sql += (i > keys ? ", " : "") + std::string(t.columns[i]) + " = " + Placeholder(prefix, i);
    }
    sql += " WHERE ";
    for (size_t i = 0; i < keys; ++i) {
        sql += (i > 0 ? " AND " : "") + std::string(t.columns[i]) + " = " + Placeholder(prefix, i);
    }
    return sql;
}

std::string JoinNames(std::span<const std::string_view> names, std::string_view separator) {
    std::string out;
    for (size_t i = 0; i < names.size(); ++i) {
        if (i > 0) out += separator;
        out += names[i];
    }
    return out;
}

Error NotSingleKeyed(domain::Kind kind) {
    return MakeError(ErrorCode::invalid_argument, "Jenis data '" + std::string(TableOf(kind).table) +
                                                      "' tidak memiliki kunci tunggal (has no single key)");
}

Error RecordNotFound(domain::Kind kind, const std::string& key) {
    return MakeError(ErrorCode::not_found,
                     "Data " + std::string(TableOf(kind).table) + " '" + key + "' tidak ditemukan (not found)");
}

Error UnknownSortColumn(const KindTable& table, const std::string& column) {
    return MakeError(ErrorCode::invalid_argument, "Kolom urut '" + column + "' tidak dikenal untuk " +
                                                      std::string(table.table) + " (unknown sort column)");
}

Error AtRecord(Error error, size_t index) {
    error.message =
        "Rekaman ke-" + std::to_string(index + 1) + " (record " + std::to_string(index + 1) + "): " + error.message;
    return error;
}

}  // namespace bangkom::storage
