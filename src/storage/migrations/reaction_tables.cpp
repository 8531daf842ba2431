// Migration 11 (issue 8): the mark that a participant answered an offering's reaction survey in the app, kept apart
// from the answer (`reaksi`, stored without NIP when anonymous). No time column; and an anonymous answer's row gets a
// random id (storage/delivery_repository.cpp), so the order of the marks cannot be lined up with the answers. Same
// table in both dialects; tests/storage/migrations compares them.

#include "storage/migrations/area_tables.hpp"

namespace bangkom::storage::migrations {

const std::string_view kSqliteReactionTables = R"sql(
CREATE TABLE reaksi_tanda (
    kode_angkatan TEXT NOT NULL REFERENCES angkatan (kode_angkatan),
    nip TEXT NOT NULL REFERENCES pegawai (nip),
    PRIMARY KEY (kode_angkatan, nip)
);
CREATE INDEX reaksi_tanda_nip ON reaksi_tanda (nip);
)sql";

const std::string_view kPostgresReactionTables = R"sql(
CREATE TABLE reaksi_tanda (
    kode_angkatan TEXT NOT NULL REFERENCES angkatan (kode_angkatan),
    nip TEXT NOT NULL REFERENCES pegawai (nip),
    PRIMARY KEY (kode_angkatan, nip)
);
CREATE INDEX reaksi_tanda_nip ON reaksi_tanda (nip);
)sql";

}  // namespace bangkom::storage::migrations
