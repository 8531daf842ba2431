#!/usr/bin/env bash
# Shell-level test of `bangkom gaps` (needs analysis, AKPK) on the API fixtures plus a few rows written here.
# Usage: tests/cli/gaps_test.sh [path/to/bangkom]   (default: build/bangkom)
# Figures by hand (see tests/api/gaps.test.ts for the full reasoning): budi M.03 held 2 (atasan) of 3 → gap 1,
# weak SKP → weight 1.5, training; siti T.KES.02 2.5 of 3 → gap 0.5, M.03 of the target position not assessed;
# andi weak SKP, no gap → non_training; dewi maintain.
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-build/bangkom}
FIX=tests/api/fixtures
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/bangkom.db"
failures=0
BUDI=198609262015051001
SITI=199001012019032002
ANDI=199205152020121003
DEWI=198803172014022001

check() {  # check NAME CONDITION...
  local name=$1
  shift
  if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

run() {  # run EXPECTED_EXIT ARGS... ; stdout in $WORK/out, stderr in $WORK/err
  local expected=$1
  shift
  "$BIN" "$@" >"$WORK/out" 2>"$WORK/err"
  local code=$?
  if [[ $code -ne $expected ]]; then
    echo "  exit $code (expected $expected) for: $*"
    sed 's/^/  | /' "$WORK/out" "$WORK/err" | head -20
    return 1
  fi
}

has() { grep -qF -- "$1" "$WORK/out"; }
err_has() { grep -qF -- "$1" "$WORK/err"; }
# js EXPRESSION: evaluates EXPRESSION with `d` = the JSON in $WORK/out; true when it is truthy.
js() { node -e "const d = JSON.parse(require('fs').readFileSync('$WORK/out', 'utf8')); process.exit(($1) ? 0 : 1)"; }

"$BIN" init --db "$DB" >/dev/null
for kind in opd unit_layanan kompetensi jabatan standar_kompetensi pegawai penilaian kinerja; do
  "$BIN" import "$kind" "$FIX/$kind.csv" --db "$DB" >/dev/null || echo "  setup: import $kind failed"
done
cat >"$WORK/penilaian.csv" <<EOF
nip,kode_kompetensi,level,sumber,tanggal
$BUDI,M.03,2,atasan,2026-03-01
$BUDI,M.03,4,mandiri,2026-05-01
$BUDI,M.03,5,asesmen,2022-01-10
EOF
cat >"$WORK/kinerja.csv" <<EOF
nip,tahun,hasil_kerja,perilaku_kerja,predikat
$BUDI,2025,di_bawah,di_bawah,
$ANDI,2025,di_bawah,sesuai,
EOF
"$BIN" import penilaian "$WORK/penilaian.csv" --db "$DB" >/dev/null || echo "  setup: extra penilaian failed"
"$BIN" import kinerja "$WORK/kinerja.csv" --db "$DB" >/dev/null || echo "  setup: extra kinerja failed"

check "gaps json" run 0 gaps --db "$DB"
check "json has every employee" js "d.employees.length === 4"
check "json employee keys" js "['nip','agency','position','jp_earned','akpk','box','gaps'].every((k) => k in d.employees[0])"
check "json gap keys" js "['competency','required','held','source','gap','target_gap','weight'].every((k) => k in d.employees[0].gaps[0])"
check "budi: atasan beats mandiri and the stale asesmen" \
  js "((g) => g.competency === 'M.03' && g.held === 2 && g.source === 'atasan' && g.gap === 1 && g.weight === 1.5)(d.employees.find((e) => e.nip === '$BUDI').gaps[0])"
check "budi: training" js "d.employees.find((e) => e.nip === '$BUDI').akpk === 'training'"
check "siti: decimal level, gap as a number" \
  js "((g) => g.held === 2.5 && g.gap === 0.5 && g.weight === 2)(d.employees.find((e) => e.nip === '$SITI').gaps.find((x) => x.competency === 'T.KES.02'))"
check "json decimals in plain form (2.5, not 2.5E0)" has '"held":2.5,'
check "siti: not assessed → held and source null" \
  js "((g) => g.held === null && g.source === null && g.target_required === 3 && g.target_gap === 0)(d.employees.find((e) => e.nip === '$SITI').gaps.find((x) => x.competency === 'M.03'))"
check "andi: non_training" js "d.employees.find((e) => e.nip === '$ANDI').akpk === 'non_training'"
check "dewi: maintain" js "d.employees.find((e) => e.nip === '$DEWI').akpk === 'maintain'"
check "summary AKPK distribution" \
  js "JSON.stringify(d.summary.akpk) === JSON.stringify({training: 1, non_training: 1, future_development: 1, maintain: 1, unknown: 0})"
check "summary employees and heatmap rows" js "d.summary.employees === 4 && d.summary.heatmap.agencies.length === 2"

check "gaps --agency" run 0 gaps --db "$DB" --agency DISDIK
check "agency filter keeps only its employees" js "d.employees.length === 1 && d.employees[0].nip === '$DEWI' && d.summary.agency === 'DISDIK'"
check "gaps --nip" run 0 gaps --db "$DB" --nip "$SITI"
check "nip filter keeps one employee" js "d.employees.length === 1 && d.employees[0].nip === '$SITI'"

check "gaps csv to a file" run 0 gaps --db "$DB" --format csv --output "$WORK/gaps.csv"
check "csv header" bash -c "head -1 '$WORK/gaps.csv' | tr -d '\r\357\273\277' | grep -qx 'nip,agency,position,jp_earned,akpk,box,competency,required,target_required,held,source,gap,target_gap,weight,target_weight'"
check "csv one row per employee and competency" bash -c "[[ \$(tail -n +2 '$WORK/gaps.csv' | grep -c .) -eq 5 ]]"
check "csv budi's line" grep -q "^$BUDI,DINKES,KES-KASI,0,training,[0-9]*,M.03,3,0,2,atasan,1,0,1.5,0" "$WORK/gaps.csv"
check "csv not assessed: held and source empty" grep -q "^$SITI,DINKES,KES-PERAWAT,[0-9]*,future_development,[0-9]*,M.03,0,3,,,0,0,0,0[[:space:]]*$" "$WORK/gaps.csv"
check "gaps csv --agency to stdout" run 0 gaps --db "$DB" --format csv --agency DISDIK
check "csv agency filter" bash -c "[[ \$(grep -c '^1' '$WORK/out') -eq 1 ]] && grep -q '^$DEWI,DISDIK' '$WORK/out'"

check "unknown NIP exits 2" run 2 gaps --db "$DB" --nip 199912312022011001
check "unknown NIP message in Indonesian" err_has "pegawai dengan NIP '199912312022011001' tidak ditemukan"
check "unknown agency exits 2" run 2 gaps --db "$DB" --agency NOPE
check "unknown agency message" err_has "OPD 'NOPE' tidak ditemukan"
check "unknown agency in English" run 2 --lang en gaps --db "$DB" --agency NOPE
check "english message" err_has "unknown agency 'NOPE'"
check "NIP outside the agency exits 2" run 2 gaps --db "$DB" --agency DISDIK --nip "$SITI"
check "bad format is refused" bash -c "! '$BIN' gaps --db '$DB' --format xml >/dev/null 2>&1"

echo "gaps: $failures failed"
[[ $failures -eq 0 ]]
