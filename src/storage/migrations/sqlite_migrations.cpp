// The SQLite schema. Portable SQL on purpose (TEXT, INTEGER, REAL; ISO dates as TEXT; codes as keys) so that
// the PostgreSQL list can mirror it version by version; the only dialect points are the generated ids
// ("id INTEGER PRIMARY KEY" here, an identity column there). Column names are the FORMATS.md column names,
// which is also what ListQuery::sort_by accepts.

#include "storage/migrations/area_tables.hpp"
#include "storage/migrations/migrations.hpp"

namespace bangkom::storage::migrations {

namespace {

// Master data of FORMATS.md. Optional references (kode_unit, kode_jabatan_target, bentuk, ...) are NULL when
// absent so that the foreign keys hold. nip_atasan has no foreign key: a supervisor may be outside the data.
constexpr std::string_view kMasterTables = R"sql(
CREATE TABLE opd (
    kode_opd TEXT NOT NULL PRIMARY KEY,
    nama_opd TEXT NOT NULL,
    singkatan TEXT NOT NULL DEFAULT '',
    anggaran_bangkom INTEGER NOT NULL DEFAULT 0
);
CREATE TABLE unit_layanan (
    kode_unit TEXT NOT NULL PRIMARY KEY,
    nama_unit TEXT NOT NULL,
    kode_opd TEXT NOT NULL REFERENCES opd (kode_opd)
);
CREATE INDEX unit_layanan_opd ON unit_layanan (kode_opd);
CREATE TABLE kompetensi (
    kode TEXT NOT NULL PRIMARY KEY,
    nama TEXT NOT NULL,
    jenis TEXT NOT NULL,
    bidang TEXT NOT NULL DEFAULT '',
    deskripsi TEXT NOT NULL DEFAULT '',
    level_1 TEXT NOT NULL DEFAULT '',
    level_2 TEXT NOT NULL DEFAULT '',
    level_3 TEXT NOT NULL DEFAULT '',
    level_4 TEXT NOT NULL DEFAULT '',
    level_5 TEXT NOT NULL DEFAULT ''
);
CREATE TABLE jabatan (
    kode_jabatan TEXT NOT NULL PRIMARY KEY,
    nama_jabatan TEXT NOT NULL,
    jenis_jabatan TEXT NOT NULL,
    kode_opd TEXT NOT NULL REFERENCES opd (kode_opd),
    bidang TEXT NOT NULL DEFAULT ''
);
CREATE INDEX jabatan_opd ON jabatan (kode_opd);
CREATE TABLE standar_kompetensi (
    kode_jabatan TEXT NOT NULL REFERENCES jabatan (kode_jabatan),
    kode_kompetensi TEXT NOT NULL REFERENCES kompetensi (kode),
    level INTEGER NOT NULL,
    bobot REAL NOT NULL DEFAULT 1,
    PRIMARY KEY (kode_jabatan, kode_kompetensi)
);
CREATE TABLE pegawai (
    nip TEXT NOT NULL PRIMARY KEY,
    nama TEXT NOT NULL,
    kode_jabatan TEXT NOT NULL REFERENCES jabatan (kode_jabatan),
    kode_opd TEXT NOT NULL REFERENCES opd (kode_opd),
    kode_unit TEXT REFERENCES unit_layanan (kode_unit),
    nip_atasan TEXT,
    status TEXT NOT NULL DEFAULT 'pns',
    email TEXT NOT NULL DEFAULT '',
    kode_jabatan_target TEXT REFERENCES jabatan (kode_jabatan)
);
CREATE INDEX pegawai_opd ON pegawai (kode_opd);
CREATE INDEX pegawai_atasan ON pegawai (nip_atasan);
CREATE INDEX pegawai_jabatan ON pegawai (kode_jabatan);
CREATE INDEX pegawai_nama ON pegawai (nama);
CREATE TABLE program (
    kode_program TEXT NOT NULL PRIMARY KEY,
    nama TEXT NOT NULL,
    lembaga TEXT NOT NULL,
    bentuk TEXT NOT NULL,
    jp INTEGER NOT NULL,
    biaya_per_peserta INTEGER NOT NULL,
    level_maksimal INTEGER NOT NULL DEFAULT 5
);
CREATE INDEX program_lembaga ON program (lembaga);
CREATE TABLE program_kompetensi (
    kode_program TEXT NOT NULL REFERENCES program (kode_program) ON DELETE CASCADE,
    urutan INTEGER NOT NULL,
    kode_kompetensi TEXT NOT NULL REFERENCES kompetensi (kode),
    levels INTEGER NOT NULL,
    PRIMARY KEY (kode_program, urutan)
);
CREATE TABLE angkatan (
    kode_angkatan TEXT NOT NULL PRIMARY KEY,
    kode_program TEXT NOT NULL REFERENCES program (kode_program),
    tanggal_mulai TEXT NOT NULL,
    tanggal_selesai TEXT NOT NULL,
    kapasitas INTEGER NOT NULL,
    lokasi TEXT NOT NULL DEFAULT ''
);
CREATE INDEX angkatan_program ON angkatan (kode_program);
)sql";

// Transactions of FORMATS.md. Keyed kinds carry their key as PRIMARY KEY / UNIQUE; appended kinds have an id.
constexpr std::string_view kTransactionTables = R"sql(
CREATE TABLE penilaian (
    nip TEXT NOT NULL REFERENCES pegawai (nip),
    kode_kompetensi TEXT NOT NULL REFERENCES kompetensi (kode),
    sumber TEXT NOT NULL,
    tanggal TEXT NOT NULL,
    level REAL NOT NULL,
    PRIMARY KEY (nip, kode_kompetensi, sumber, tanggal)
);
CREATE TABLE kinerja (
    nip TEXT NOT NULL REFERENCES pegawai (nip),
    tahun INTEGER NOT NULL,
    hasil_kerja TEXT NOT NULL,
    perilaku_kerja TEXT NOT NULL,
    predikat TEXT NOT NULL,
    PRIMARY KEY (nip, tahun)
);
CREATE TABLE riwayat_jp (
    nip TEXT NOT NULL REFERENCES pegawai (nip),
    nama_kegiatan TEXT NOT NULL,
    tanggal_mulai TEXT NOT NULL,
    tanggal_selesai TEXT NOT NULL,
    jp INTEGER NOT NULL,
    penyelenggara TEXT NOT NULL DEFAULT '',
    nomor_sertifikat TEXT NOT NULL DEFAULT '',
    PRIMARY KEY (nip, nama_kegiatan, tanggal_mulai)
);
CREATE TABLE usulan (
    id INTEGER PRIMARY KEY,
    nip TEXT NOT NULL REFERENCES pegawai (nip),
    kode_kompetensi TEXT NOT NULL REFERENCES kompetensi (kode),
    tahun INTEGER NOT NULL,
    alasan TEXT NOT NULL DEFAULT '',
    bentuk TEXT,
    prioritas INTEGER NOT NULL DEFAULT 2,
    status TEXT NOT NULL,
    UNIQUE (nip, kode_kompetensi, tahun)
);
CREATE TABLE skm (
    id INTEGER PRIMARY KEY,
    kode_unit TEXT NOT NULL REFERENCES unit_layanan (kode_unit),
    tanggal TEXT NOT NULL,
    u1 INTEGER, u2 INTEGER, u3 INTEGER, u4 INTEGER, u5 INTEGER, u6 INTEGER, u7 INTEGER, u8 INTEGER, u9 INTEGER,
    jenis_kelamin TEXT,
    umur INTEGER,
    pendidikan TEXT NOT NULL DEFAULT '',
    pekerjaan TEXT NOT NULL DEFAULT '',
    saran TEXT NOT NULL DEFAULT ''
);
CREATE INDEX skm_unit ON skm (kode_unit, tanggal);
CREATE TABLE tes (
    kode_angkatan TEXT NOT NULL REFERENCES angkatan (kode_angkatan),
    nip TEXT NOT NULL REFERENCES pegawai (nip),
    jenis TEXT NOT NULL,
    skor REAL NOT NULL,
    PRIMARY KEY (kode_angkatan, nip, jenis)
);
CREATE INDEX tes_nip ON tes (nip);
CREATE TABLE reaksi (
    id INTEGER PRIMARY KEY,
    kode_angkatan TEXT NOT NULL REFERENCES angkatan (kode_angkatan),
    nip TEXT REFERENCES pegawai (nip),
    relevansi INTEGER, materi INTEGER, pengajar INTEGER, metode INTEGER, sarana INTEGER, manfaat INTEGER,
    saran TEXT NOT NULL DEFAULT ''
);
CREATE INDEX reaksi_angkatan ON reaksi (kode_angkatan);
CREATE INDEX reaksi_nip ON reaksi (nip);
CREATE TABLE umpan_balik_360 (
    id INTEGER PRIMARY KEY,
    nip_dinilai TEXT NOT NULL REFERENCES pegawai (nip),
    hash_penilai TEXT NOT NULL DEFAULT '',
    hubungan TEXT NOT NULL,
    kode_kompetensi TEXT NOT NULL REFERENCES kompetensi (kode),
    skor REAL NOT NULL,
    tanggal TEXT NOT NULL
);
CREATE INDEX umpan_balik_360_nip ON umpan_balik_360 (nip_dinilai);
)sql";

// Accounts and the application's own state: shared by every process, so the server can scale out.
constexpr std::string_view kApplicationTables = R"sql(
CREATE TABLE users (
    id INTEGER PRIMARY KEY,
    username TEXT NOT NULL UNIQUE,
    password_hash TEXT NOT NULL,
    role TEXT NOT NULL,
    kode_opd TEXT NOT NULL DEFAULT '',
    nip TEXT NOT NULL DEFAULT '',
    lembaga TEXT NOT NULL DEFAULT '',
    display_name TEXT NOT NULL DEFAULT '',
    active INTEGER NOT NULL DEFAULT 1
);
CREATE TABLE sessions (
    token_hash TEXT NOT NULL PRIMARY KEY,
    user_id INTEGER NOT NULL REFERENCES users (id),
    csrf_token TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL
);
CREATE INDEX sessions_user ON sessions (user_id);
CREATE INDEX sessions_expiry ON sessions (expires_at);
CREATE TABLE rate_limit_hits (
    hit_key TEXT NOT NULL,
    window_start INTEGER NOT NULL,
    hits INTEGER NOT NULL,
    PRIMARY KEY (hit_key, window_start)
);
CREATE TABLE audit_log (
    id INTEGER PRIMARY KEY,
    at INTEGER NOT NULL,
    user_id INTEGER NOT NULL DEFAULT 0,
    username TEXT NOT NULL DEFAULT '',
    action TEXT NOT NULL,
    entity TEXT NOT NULL DEFAULT '',
    entity_key TEXT NOT NULL DEFAULT '',
    before_json TEXT NOT NULL DEFAULT '',
    after_json TEXT NOT NULL DEFAULT ''
);
CREATE TABLE jobs (
    id TEXT NOT NULL PRIMARY KEY,
    kind TEXT NOT NULL,
    user_id INTEGER NOT NULL DEFAULT 0,
    state TEXT NOT NULL,
    percent INTEGER NOT NULL DEFAULT 0,
    message TEXT NOT NULL DEFAULT '',
    result_json TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    updated_at INTEGER NOT NULL
);
CREATE TABLE settings (
    setting_key TEXT NOT NULL PRIMARY KEY,
    value TEXT NOT NULL
);
)sql";

const Migration kSqliteMigrations[] = {
    {1, "master data", kMasterTables},
    {2, "transactions", kTransactionTables},
    {3, "users, sessions, rate limits, audit, jobs, settings", kApplicationTables},
    {4, "participation: proposals, windows, votes, forum, inbox", kSqliteParticipationTables},
    {5, "plans and their versions", kSqlitePlanTables},
    {6, "delivery: participants, attendance, certificates", kSqliteDeliveryTables},
    {7, "learning record store: xAPI clients and statements", kSqliteXapiTables},
    {8, "e-learning: course modules, progress, SCORM commits", kSqliteCourseTables},
    {9, "quizzes: question bank, attempts", kSqliteQuizTables},
    {10, "learning record store: State API documents", kSqliteXapiStateTables},
    {11, "reaction survey: who answered, apart from the answers", kSqliteReactionTables},
    {12, "360 campaigns: who is asked to rate whom, apart from the answers", kSqliteFeedbackTables},
    {13, "evaluation: program revisions, SKM survey periods per unit", kSqliteReviewTables},
};

}  // namespace

std::span<const Migration> SqliteMigrations() {
    return kSqliteMigrations;
}

}  // namespace bangkom::storage::migrations
