// Migration 6 (issue 7): participants of offerings, the roll of each day, certificates. Same tables in both
// dialects (INTEGER → BIGINT, REAL → DOUBLE PRECISION); tests/storage/migrations compares them. No foreign keys
// to the master data (as plans): a certificate keeps what it said when issued.

#include "storage/migrations/area_tables.hpp"

namespace bangkom::storage::migrations {

const std::string_view kSqliteDeliveryTables = R"sql(
CREATE TABLE participants (
    kode_angkatan TEXT NOT NULL,
    nip TEXT NOT NULL,
    kode_opd TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    plan_id INTEGER NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    score REAL,
    reason_id TEXT NOT NULL DEFAULT '',
    reason_en TEXT NOT NULL DEFAULT '',
    certificate TEXT NOT NULL DEFAULT '',
    enrolled_at INTEGER NOT NULL,
    enrolled_by INTEGER NOT NULL DEFAULT 0,
    decided_at INTEGER NOT NULL DEFAULT 0,
    decided_by INTEGER NOT NULL DEFAULT 0,
    PRIMARY KEY (kode_angkatan, nip)
);
CREATE INDEX participants_nip ON participants (nip);
CREATE TABLE attendance (
    kode_angkatan TEXT NOT NULL,
    tanggal TEXT NOT NULL,
    nip TEXT NOT NULL,
    present INTEGER NOT NULL,
    PRIMARY KEY (kode_angkatan, tanggal, nip)
);
CREATE TABLE certificates (
    number TEXT NOT NULL PRIMARY KEY,
    kode_angkatan TEXT NOT NULL,
    nip TEXT NOT NULL,
    name TEXT NOT NULL,
    kode_opd TEXT NOT NULL DEFAULT '',
    nama_opd TEXT NOT NULL DEFAULT '',
    kode_program TEXT NOT NULL,
    nama_program TEXT NOT NULL,
    lembaga TEXT NOT NULL DEFAULT '',
    jp INTEGER NOT NULL,
    tanggal_mulai TEXT NOT NULL,
    tanggal_selesai TEXT NOT NULL,
    lokasi TEXT NOT NULL DEFAULT '',
    issued_at INTEGER NOT NULL,
    UNIQUE (kode_angkatan, nip)
);
)sql";

const std::string_view kPostgresDeliveryTables = R"sql(
CREATE TABLE participants (
    kode_angkatan TEXT NOT NULL,
    nip TEXT NOT NULL,
    kode_opd TEXT NOT NULL DEFAULT '',
    source TEXT NOT NULL,
    plan_id BIGINT NOT NULL DEFAULT 0,
    status TEXT NOT NULL,
    score DOUBLE PRECISION,
    reason_id TEXT NOT NULL DEFAULT '',
    reason_en TEXT NOT NULL DEFAULT '',
    certificate TEXT NOT NULL DEFAULT '',
    enrolled_at BIGINT NOT NULL,
    enrolled_by BIGINT NOT NULL DEFAULT 0,
    decided_at BIGINT NOT NULL DEFAULT 0,
    decided_by BIGINT NOT NULL DEFAULT 0,
    PRIMARY KEY (kode_angkatan, nip)
);
CREATE INDEX participants_nip ON participants (nip);
CREATE TABLE attendance (
    kode_angkatan TEXT NOT NULL,
    tanggal TEXT NOT NULL,
    nip TEXT NOT NULL,
    present BIGINT NOT NULL,
    PRIMARY KEY (kode_angkatan, tanggal, nip)
);
CREATE TABLE certificates (
    number TEXT NOT NULL PRIMARY KEY,
    kode_angkatan TEXT NOT NULL,
    nip TEXT NOT NULL,
    name TEXT NOT NULL,
    kode_opd TEXT NOT NULL DEFAULT '',
    nama_opd TEXT NOT NULL DEFAULT '',
    kode_program TEXT NOT NULL,
    nama_program TEXT NOT NULL,
    lembaga TEXT NOT NULL DEFAULT '',
    jp BIGINT NOT NULL,
    tanggal_mulai TEXT NOT NULL,
    tanggal_selesai TEXT NOT NULL,
    lokasi TEXT NOT NULL DEFAULT '',
    issued_at BIGINT NOT NULL,
    UNIQUE (kode_angkatan, nip)
);
)sql";

}  // namespace bangkom::storage::migrations
