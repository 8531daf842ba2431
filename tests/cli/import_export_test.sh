#!/usr/bin/env bash
# Shell-level test of `bangkom init|template|import|export` on the fixtures in tests/fixtures/import.
# Usage: tests/cli/import_export_test.sh [path/to/bangkom]   (default: build/bangkom)
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-build/bangkom}
FIX=tests/fixtures/import
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/bangkom.db"
failures=0

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

check "init creates the database" run 0 init --db "$DB"
check "init prints the path" has "$DB"
check "template xlsx" run 0 template pegawai --output "$WORK/pegawai.xlsx"
check "template is a zip" bash -c "head -c 2 '$WORK/pegawai.xlsx' | grep -q PK"
check "template in English" run 0 --lang en template penilaian --output "$WORK/penilaian.xlsx"
check "template unknown kind exits 2" run 2 template karyawan --output "$WORK/x.xlsx"

for kind in opd unit_layanan kompetensi jabatan pegawai; do
  check "import $kind" run 0 import "$kind" "$FIX/$kind.csv" --db "$DB"
done
check "summary line" run 0 import opd "$FIX/opd.csv" --db "$DB"
check "summary counts updates" has "opd: 2 baris, 0 baru, 2 diperbarui"
check "summary in English" run 0 import kompetensi "$FIX/kompetensi.csv" --db "$DB" --lang en
check "english words" has "kompetensi: 2 rows, 0 new, 2 updated"
check "semicolon CSV with decimal comma" run 0 import penilaian "$FIX/penilaian.csv" --db "$DB"
check "penilaian inserted" has "penilaian: 2 baris, 2 baru, 0 diperbarui"

check "bad file exits 2" run 2 import penilaian "$FIX/penilaian_salah.csv" --db "$DB"
check "bad file: missing reference" has "baris 3, kolom kode_kompetensi: 'X.99' tidak ada di data Kompetensi"
check "bad file: bad enum" has "baris 4, kolom sumber: 'guru' tidak dikenal"
check "bad file: bad date" has "baris 4, kolom tanggal:"
check "bad file in English" run 2 import penilaian "$FIX/penilaian_salah.csv" --db "$DB" --lang en
check "english row lines" has "row 3, column kode_kompetensi:"
check "unknown kind exits 2" run 2 import karyawan "$FIX/opd.csv" --db "$DB"
check "unknown kind lists kinds" has "umpan_balik_360"
check "unreadable file exits 2" run 2 import opd "$WORK/tidak-ada.csv" --db "$DB"

check "export csv" run 0 export penilaian --db "$DB" --format csv --output "$WORK/penilaian.csv"
check "nothing written by the bad file" bash -c "[[ \$(wc -l < '$WORK/penilaian.csv') -eq 3 ]]"
check "export has decimal point and ISO date" grep -q "198609262015051001,T.KES.02,3.5,asesmen,2027-02-10" "$WORK/penilaian.csv"
check "export xlsx" run 0 export pegawai --db "$DB" --format xlsx --output "$WORK/pegawai-ekspor.xlsx"
check "exported xlsx imports again" run 0 import pegawai "$WORK/pegawai-ekspor.xlsx" --db "$DB"
check "re-import updates" has "pegawai: 2 baris, 0 baru, 2 diperbarui"

echo "$failures failed"
[[ $failures -eq 0 ]]
