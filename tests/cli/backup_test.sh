#!/usr/bin/env bash
# `bangkom backup`: a SQLite database backed up while a server runs against it and a writer keeps importing,
# then restored (the backup file put in place) and read back; the same for PostgreSQL with pg_dump/pg_restore
# into a new database when BANGKOM_TEST_POSTGRES (an admin URL) is set. Error paths: existing output, missing
# database, a file that is not a database, an unreachable PostgreSQL.
# Usage: tests/cli/backup_test.sh [path/to/bangkom]   (default: build/bangkom)
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
BIN=$(realpath "${1:-build/bangkom}")
FIX=tests/fixtures/import
WORK=$(mktemp -d)
DB="$WORK/live.db"
PGBIN=/usr/lib/postgresql/15/bin
[[ -x $PGBIN/psql ]] || PGBIN=$(dirname "$(command -v psql 2>/dev/null || echo /usr/bin/psql)")
PIDS=()
PG_ADMIN=${BANGKOM_TEST_POSTGRES:-}
PG_DBS=()
failures=0

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
    for db in "${PG_DBS[@]}"; do
        "$PGBIN/psql" -q -d "$PG_ADMIN" -c "DROP DATABASE IF EXISTS $db WITH (FORCE)" >/dev/null 2>&1
    done
    rm -rf "$WORK"
}
trap cleanup EXIT

check() {  # check NAME CONDITION...
    local name=$1
    shift
    if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

run() {  # run EXPECTED_EXIT ARGS... ; stdout+stderr in $WORK/out
    local expected=$1
    shift
    "$BIN" "$@" >"$WORK/out" 2>&1
    local code=$?
    if [[ $code -ne $expected ]]; then
        echo "  exit $code (expected $expected) for: $*"
        sed 's/^/  | /' "$WORK/out"
        return 1
    fi
}

has() { grep -qF -- "$1" "$WORK/out"; }

load_fixtures() {  # DB
    for kind in opd unit_layanan kompetensi jabatan pegawai penilaian; do
        "$BIN" import "$kind" "$FIX/$kind.csv" --db "$1" >/dev/null 2>&1 || return 1
    done
}

export_csv() {  # DB KIND FILE
    "$BIN" export "$2" --db "$1" --format csv --output "$3" >/dev/null 2>&1
}

same_data() {  # DB_A DB_B: every fixture kind exports the same rows
    local kind
    for kind in opd unit_layanan kompetensi jabatan pegawai penilaian; do
        export_csv "$1" "$kind" "$WORK/a.csv" && export_csv "$2" "$kind" "$WORK/b.csv" || return 1
        cmp -s "$WORK/a.csv" "$WORK/b.csv" || { echo "  $kind differs"; return 1; }
    done
}

# --- SQLite, with a server running and a writer importing beside the backup -----------------------------------
check "init" run 0 init --db "$DB"
check "fixtures imported" load_fixtures "$DB"
"$BIN" serve --db "$DB" --port 0 >"$WORK/serve.log" 2>&1 &
PIDS+=($!)
for _ in $(seq 1 100); do grep -q "berjalan di" "$WORK/serve.log" && break; sleep 0.1; done
check "a server runs on the database" grep -q "berjalan di" "$WORK/serve.log"
(for _ in $(seq 1 200); do "$BIN" import opd "$FIX/opd.csv" --db "$DB" >/dev/null 2>&1 || exit 1; done) &
WRITER=$!
PIDS+=("$WRITER")

check "backup while serving and writing" run 0 backup --db "$DB" --output "$WORK/backup.db"
check "backup reports the file and the method" has "Cadangan ditulis: $WORK/backup.db"
check "method is the online backup API" has "sqlite-backup-api"
check "writer was still running during the backup" kill -0 "$WRITER"
check "backup in English" run 0 --lang en backup --db "$DB" --output "$WORK/backup-en.db"
check "english words" has "Backup written: $WORK/backup-en.db"
kill "$WRITER" 2>/dev/null
check "the backup is one file (no -wal beside it)" test ! -e "$WORK/backup.db-wal"
check "no partial file left" test ! -e "$WORK/backup.db.part"

# Restoring = putting the file in place (docs/deploy.md): the server stopped, the copy renamed over the database.
cp "$WORK/backup.db" "$WORK/restored.db"
check "restored copy exports pegawai" export_csv "$WORK/restored.db" pegawai "$WORK/pegawai.csv"
check "a known employee is in the restored copy" grep -q '^198609262015051001,"Siti Rahmawati, S.Kep."' "$WORK/pegawai.csv"
export_csv "$WORK/restored.db" penilaian "$WORK/penilaian.csv"
check "assessments are in the restored copy (header + 2 rows)" test "$(wc -l <"$WORK/penilaian.csv")" -eq 3
check "the restored copy holds the same data as the live database" same_data "$DB" "$WORK/restored.db"
check "a server starts on the restored copy" bash -c "
    '$BIN' serve --db '$WORK/restored.db' --port 0 >'$WORK/serve2.log' 2>&1 & pid=\$!
    for _ in \$(seq 1 100); do grep -q 'berjalan di' '$WORK/serve2.log' && break; sleep 0.1; done
    addr=\$(sed -nE 's#.*http://([0-9.]+:[0-9]+).*#\1#p' '$WORK/serve2.log' | head -1)
    curl -sf \"http://\$addr/api/v1/health\" | grep -q ok; ok=\$?; kill \$pid; wait \$pid; exit \$ok"

# --- error paths ------------------------------------------------------------------------------------------------
check "existing output exits 1" run 1 backup --db "$DB" --output "$WORK/backup.db"
check "existing output: message" has "Berkas cadangan sudah ada"
check "existing output is left alone" same_data "$DB" "$WORK/backup.db"
check "missing database exits 1" run 1 backup --db "$WORK/tidak-ada.db" --output "$WORK/x.db"
check "missing database: message" has "Basis data tidak ditemukan"
check "missing database: no output" test ! -e "$WORK/x.db"
check "a CSV is not a database: exits 1" run 1 backup --db "$FIX/opd.csv" --output "$WORK/y.db"
check "not a database: message" has "bukan basis data"
check "not a database: no output, no partial file" bash -c "[[ ! -e '$WORK/y.db' && ! -e '$WORK/y.db.part' ]]"
check "an SQLite file without Bangkom tables exits 1" bash -c \
    "rm -f '$WORK/plain.db' && sqlite3 '$WORK/plain.db' 'CREATE TABLE t(x)' && \
     '$BIN' backup --db '$WORK/plain.db' --output '$WORK/z.db' 2>&1 | grep -q 'bukan basis data Bangkom'; \
     [[ \${PIPESTATUS[0]} -eq 1 && ! -e '$WORK/z.db' ]]"
check "missing --output exits non-zero" bash -c "! '$BIN' backup --db '$DB' >/dev/null 2>&1"
check "unreachable PostgreSQL exits 1" run 1 backup --db "postgresql://bangkom@127.0.0.1:1/tidak_ada" \
    --output "$WORK/pg-x.dump"
check "unreachable PostgreSQL: pg_dump's reason" has "pg_dump gagal"
check "unreachable PostgreSQL: no output" test ! -e "$WORK/pg-x.dump"

# --- PostgreSQL: pg_dump, pg_restore into a new database ----------------------------------------------------------
with_dbname() {  # URL NAME → the URL naming database NAME
    local url=$1 name=$2 query=""
    [[ "$url" == *\?* ]] && query="?${url#*\?}" && url=${url%%\?*}
    if [[ "${url#*://}" == */* ]]; then url="${url%/*}/$name"; else url="$url/$name"; fi
    echo "$url$query"
}
if [[ -z "$PG_ADMIN" ]]; then
    echo "# BANGKOM_TEST_POSTGRES is not set: PostgreSQL backup not tested"
else
    SRC_DB="bangkom_backup_src_$$"
    DST_DB="bangkom_backup_dst_$$"
    PG_DBS+=("$SRC_DB" "$DST_DB")
    "$PGBIN/psql" -q -d "$PG_ADMIN" -c "CREATE DATABASE $SRC_DB" -c "CREATE DATABASE $DST_DB" >/dev/null
    SRC=$(with_dbname "$PG_ADMIN" "$SRC_DB")
    DST=$(with_dbname "$PG_ADMIN" "$DST_DB")
    check "pg: init" run 0 init --db "$SRC"
    check "pg: fixtures imported" load_fixtures "$SRC"
    "$BIN" serve --db "$SRC" --port 0 >"$WORK/serve-pg.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 100); do grep -q "berjalan di" "$WORK/serve-pg.log" && break; sleep 0.1; done
    check "pg: a server runs on the database" grep -q "berjalan di" "$WORK/serve-pg.log"
    check "pg: backup with pg_dump while serving" run 0 backup --db "$SRC" --output "$WORK/bangkom.dump"
    check "pg: method is pg_dump" has "pg_dump"
    check "pg: custom format archive" bash -c "head -c 5 '$WORK/bangkom.dump' | grep -q PGDMP"
    check "pg: pg_restore into a new database" "$PGBIN/pg_restore" --no-owner --exit-on-error -d "$DST" \
        "$WORK/bangkom.dump"
    check "pg: the restored database exports pegawai" export_csv "$DST" pegawai "$WORK/pg-pegawai.csv"
    check "pg: a known employee is there" grep -q '^198609262015051001,"Siti Rahmawati, S.Kep."' "$WORK/pg-pegawai.csv"
    check "pg: the restored database holds the same data" same_data "$SRC" "$DST"
    check "pg: existing output exits 1" run 1 backup --db "$SRC" --output "$WORK/bangkom.dump"
fi

echo "$failures failed"
[[ $failures -eq 0 ]]
