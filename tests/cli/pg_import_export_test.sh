#!/usr/bin/env bash
# The import/export round trip of import_export_test.sh on PostgreSQL: `bangkom init|import|export` with
# --db postgresql://…, checked through the commands and directly in the database with psql.
# Uses the cluster of BANGKOM_TEST_POSTGRES (an admin URL; scripts/test.sh sets it) and a fresh database in it,
# dropped at the end; when unset, starts its own throwaway cluster with scripts/pg_cluster.sh.
# Usage: tests/cli/pg_import_export_test.sh [path/to/bangkom]   (default: build/bangkom)
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-build/bangkom}
FIX=tests/fixtures/import
WORK=$(mktemp -d)
OWN_CLUSTER=""
DBNAME="bangkom_cli_$$_${RANDOM}"
failures=0

cleanup() {
  if [[ -n ${ADMIN:-} ]]; then psql "$ADMIN" -XqAt -c "DROP DATABASE IF EXISTS \"$DBNAME\" WITH (FORCE)" >/dev/null 2>&1; fi
  if [[ -n $OWN_CLUSTER ]]; then scripts/pg_cluster.sh stop "$OWN_CLUSTER" >/dev/null 2>&1; fi
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
sql() { psql "$DB" -XqAt -v ON_ERROR_STOP=1 -c "$1" 2>&1; }
sql_is() {  # sql_is EXPECTED SQL
  local got
  got=$(sql "$2")
  [[ $got == "$1" ]] || { echo "  $2 → '$got' (expected '$1')"; return 1; }
}

ADMIN=${BANGKOM_TEST_POSTGRES:-}
if [[ -z $ADMIN ]]; then
  OWN_CLUSTER=$(mktemp -d /tmp/bangkom-pg-cli-XXXXXX)
  ADMIN=$(scripts/pg_cluster.sh start "$OWN_CLUSTER" 2>"$WORK/cluster.log")
fi
check "a PostgreSQL cluster to test on" test -n "$ADMIN"
if [[ -z $ADMIN ]]; then sed 's/^/  | /' "$WORK/cluster.log"; echo "$failures failed"; exit 1; fi
# The admin URL with the fresh database's name as its path.
DB=$(node -e 'const u = new URL(process.argv[1]); u.pathname = "/" + process.argv[2]; console.log(u.toString())' \
  "$ADMIN" "$DBNAME")
check "fresh database" bash -c "psql '$ADMIN' -XqAt -v ON_ERROR_STOP=1 -c 'CREATE DATABASE \"$DBNAME\"'"

check "init migrates the PostgreSQL database" run 0 init --db "$DB"
check "schema is there" sql_is 0 "SELECT count(*) FROM opd"
check "init again is a no-op" run 0 init --db "$DB"

for kind in opd unit_layanan kompetensi jabatan pegawai; do
  check "import $kind" run 0 import "$kind" "$FIX/$kind.csv" --db "$DB"
done
check "rows are in PostgreSQL" sql_is 2 "SELECT count(*) FROM opd"
check "summary line" run 0 import opd "$FIX/opd.csv" --db "$DB"
check "summary counts updates" has "opd: 2 baris, 0 baru, 2 diperbarui"
check "semicolon CSV with decimal comma" run 0 import penilaian "$FIX/penilaian.csv" --db "$DB"
check "penilaian inserted" has "penilaian: 2 baris, 2 baru, 0 diperbarui"
check "decimal level stored as a number" sql_is 3.5 "SELECT level FROM penilaian WHERE kode_kompetensi = 'T.KES.02'"

check "bad file exits 2" run 2 import penilaian "$FIX/penilaian_salah.csv" --db "$DB"
check "bad file: missing reference" has "baris 3, kolom kode_kompetensi: 'X.99' tidak ada di data Kompetensi"
check "bad file: nothing written" sql_is 2 "SELECT count(*) FROM penilaian"
check "import writes the audit log" bash -c "[[ \$(psql '$DB' -XqAt -c 'SELECT count(*) FROM audit_log') -ge 7 ]]"

check "export csv" run 0 export penilaian --db "$DB" --format csv --output "$WORK/penilaian.csv"
check "export has every row" bash -c "[[ \$(wc -l < '$WORK/penilaian.csv') -eq 3 ]]"
check "export has decimal point and ISO date" grep -q "198609262015051001,T.KES.02,3.5,asesmen,2027-02-10" "$WORK/penilaian.csv"
check "export xlsx" run 0 export pegawai --db "$DB" --format xlsx --output "$WORK/pegawai-ekspor.xlsx"
check "exported xlsx imports again" run 0 import pegawai "$WORK/pegawai-ekspor.xlsx" --db "$DB"
check "re-import updates" has "pegawai: 2 baris, 0 baru, 2 diperbarui"

# The same file into SQLite and back out: both backends export the same bytes.
check "sqlite twin" bash -c "for k in opd unit_layanan kompetensi jabatan pegawai penilaian; do
  '$BIN' import \$k '$FIX/'\$k.csv --db '$WORK/twin.db' >/dev/null || exit 1; done"
check "sqlite export" run 0 export penilaian --db "$WORK/twin.db" --format csv --output "$WORK/penilaian-sqlite.csv"
check "same export from both backends" cmp -s "$WORK/penilaian.csv" "$WORK/penilaian-sqlite.csv"

check "unreachable server exits non-zero" bash -c "! '$BIN' import opd '$FIX/opd.csv' \
  --db 'postgresql://bangkom:rahasia@127.0.0.1:1/none' >'$WORK/out' 2>&1"
check "unreachable server: password not printed" bash -c "! grep -q rahasia '$WORK/out'"

echo "$failures failed"
[[ $failures -eq 0 ]]
