#!/usr/bin/env bash
# Shell-level test of `bangkom ikm` and `bangkom evaluate` on a small demo database plus rows imported here that make
# three offerings of agency EVAL judge as designed (docs/evaluation.md):
# - EVA1 (2025-03-10 … 03-14): 6 participants at EVU1; SKM at EVU1 30 before (answers 3/4 alternating → respondent
#   index 75/100, mean 87.5) and 30 after (all 4 → 100): L4 rose significantly → efektif. EVU3 (same agency, no
#   participant) stays at 87.5 → difference-in-differences 12.5.
# - EVA2 (2025-05-05 … 05-09): 6 participants at EVU2 (no SKM); tests differ by +5 −5 +3 −3 +1 −1 → mean difference
#   0, p = 1 → L2 decides: tidak_signifikan.
# - EVA3 (2025-04-07 … 04-11): 2 test pairs; at EVU4 (Puskesmas Kenali Besar) 40 SKM responses before but only 12
#   after → data_kurang, saying "Respons SKM sesudah pelatihan: 12 dari 30 yang diperlukan di Puskesmas Kenali Besar".
# Usage: tests/cli/evaluate_test.sh [path/to/bangkom]   (default: build/bangkom)
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-build/bangkom}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
DB="$WORK/bangkom.db"
failures=0

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
js() { node -e "const d = JSON.parse(require('fs').readFileSync('$WORK/out', 'utf8')); process.exit(($1) ? 0 : 1)"; }
nip() { printf '1985010120100110%02d' "$1"; }

imp() {  # imp KIND FILE
  "$BIN" import "$1" "$2" --db "$DB" >"$WORK/imp.out" 2>&1 || { echo "  setup: import $1 failed"; cat "$WORK/imp.out"; }
}

skm() {  # skm UNIT DATE COUNT A B: COUNT responses, every element A or B alternately
  local i v
  for ((i = 0; i < $3; i++)); do
    v=$(( i % 2 ? $4 : $5 ))
    echo "$1,$2,$v,$v,$v,$v,$v,$v,$v,$v,$v,,,,,"
  done
}

"$BIN" demo --db "$DB" --employees 400 --year 2026 >/dev/null 2>&1 || echo "  setup: demo failed"
cat >"$WORK/opd.csv" <<EOF
kode_opd,nama_opd,singkatan,anggaran_bangkom
EVAL,Dinas Uji Evaluasi,DUE,0
EOF
cat >"$WORK/unit_layanan.csv" <<EOF
kode_unit,nama_unit,kode_opd
EVU1,Puskesmas Satu,EVAL
EVU2,Puskesmas Dua,EVAL
EVU3,Puskesmas Tiga,EVAL
EVU4,Puskesmas Kenali Besar,EVAL
EOF
cat >"$WORK/jabatan.csv" <<EOF
kode_jabatan,nama_jabatan,jenis_jabatan,kode_opd,bidang
EV-PEL,Pelaksana Uji,pelaksana,EVAL,
EOF
{
  echo "nip,nama,kode_jabatan,kode_opd,kode_unit,nip_atasan,status,email,kode_jabatan_target"
  for i in $(seq 1 14); do
    unit=EVU1
    ((i > 6)) && unit=EVU2
    ((i > 12)) && unit=EVU4
    echo "$(nip "$i"),Pegawai Uji $i,EV-PEL,EVAL,$unit,,pns,,"
  done
} >"$WORK/pegawai.csv"
cat >"$WORK/program.csv" <<EOF
kode_program,nama,lembaga,bentuk,jp,biaya_per_peserta,kompetensi,level_maksimal
EVP1,Pelatihan Pelayanan Prima Uji,Lembaga Uji,pelatihan_klasikal,24,0,M.05:1,5
EVP2,Pelatihan Komunikasi Uji,Lembaga Uji,pelatihan_klasikal,24,0,M.03:1,5
EOF
cat >"$WORK/angkatan.csv" <<EOF
kode_angkatan,kode_program,tanggal_mulai,tanggal_selesai,kapasitas,lokasi
EVA1,EVP1,2025-03-10,2025-03-14,30,Jambi
EVA2,EVP2,2025-05-05,2025-05-09,30,Jambi
EVA3,EVP2,2025-04-07,2025-04-11,30,Jambi
EOF
{
  echo "kode_angkatan,nip,jenis,skor"
  for i in $(seq 1 6); do echo "EVA1,$(nip "$i"),pre,$((50 + i))"; echo "EVA1,$(nip "$i"),post,$((60 + i))"; done
  d=(5 -5 3 -3 1 -1)
  for i in $(seq 7 12); do echo "EVA2,$(nip "$i"),pre,60"; echo "EVA2,$(nip "$i"),post,$((60 + d[i - 7]))"; done
  for i in 13 14; do echo "EVA3,$(nip "$i"),pre,50"; echo "EVA3,$(nip "$i"),post,70"; done
} >"$WORK/tes.csv"
{
  echo "kode_unit,tanggal,u1,u2,u3,u4,u5,u6,u7,u8,u9,jenis_kelamin,umur,pendidikan,pekerjaan,saran"
  skm EVU1 2025-01-15 30 3 4
  skm EVU1 2025-08-01 30 4 4
  skm EVU3 2025-01-15 30 3 4
  skm EVU3 2025-08-01 30 3 4
  skm EVU4 2025-02-01 40 3 4
  skm EVU4 2025-09-01 12 3 4
} >"$WORK/skm.csv"
for kind in opd unit_layanan jabatan pegawai program angkatan tes skm; do imp "$kind" "$WORK/$kind.csv"; done

# --- bangkom ikm ---
check "ikm json" run 0 ikm --db "$DB" --unit EVU1
check "ikm keys of the issue" \
  js "['unit','from','to','respondents','nrr','ikm','index','grade','label'].every((k) => k in d) && d.nrr.length === 9"
check "ikm over every response: 60 respondents, index 93.75, A" \
  js "d.unit === 'EVU1' && d.respondents === 60 && d.index === 93.75 && d.grade === 'A' && d.label === 'Sangat Baik'"
check "ikm --from/--to keeps the window" run 0 ikm --db "$DB" --unit EVU1 --from 2025-01-01 --to 31/03/2025
check "ikm window: 30 respondents, index 87.5, B" \
  js "d.respondents === 30 && d.index === 87.5 && d.grade === 'B' && d.from === '2025-01-01' && d.to === '2025-03-31'"
check "ikm text" run 0 ikm --db "$DB" --unit EVU1 --format text
check "ikm text names the unit and grade" has "Puskesmas Satu"
check "ikm unknown unit exits 2" run 2 ikm --db "$DB" --unit NOPE
check "ikm unknown unit says so" err_has "Unit layanan tidak ditemukan: NOPE"
check "ikm bad date exits 2" run 2 ikm --db "$DB" --unit EVU1 --from 2025-13-01
check "ikm --to before --from exits 2" run 2 ikm --db "$DB" --unit EVU1 --from 2025-05-01 --to 2025-01-01

# --- bangkom evaluate --offering ---
check "evaluate EVA1" run 0 evaluate --db "$DB" --offering EVA1
check "EVA1: efektif on L4" js "d.verdict === 'efektif' && d.primary === 'L4' && d.offering === 'EVA1' && d.program === 'EVP1'"
check "EVA1: L4 before 87.5, after 100, DiD 12.5 against EVU3" \
  js "d.levels.L4.before === 87.5 && d.levels.L4.after === 100 && d.levels.L4.did === 12.5 && d.levels.L4.control_units.includes('EVU3') && !d.levels.L4.control_units.includes('EVU1')"
check "EVA1: L2 keys and figures" \
  js "['n','mean_pre','mean_post','mean_diff','ci_low','ci_high','t','df','p','wilcoxon_v','wilcoxon_p','d_z','gain'].every((k) => k in d.levels.L2) && d.levels.L2.n === 6 && d.levels.L2.mean_diff === 10"
check "EVA1: reason in Indonesian" js "d.reason.startsWith('Indeks kepuasan masyarakat di unit layanan peserta naik signifikan')"

check "evaluate EVA2" run 0 evaluate --db "$DB" --offering EVA2
check "EVA2: tidak_signifikan on L2, review advised" \
  js "d.verdict === 'tidak_signifikan' && d.primary === 'L2' && d.levels.L2.mean_diff === 0 && d.reason.includes('tinjau kembali materi dan metode pelatihan')"

check "evaluate EVA3" run 0 evaluate --db "$DB" --offering EVA3
check "EVA3: data_kurang without a primary level" js "d.verdict === 'data_kurang' && d.primary === null"
check "EVA3: the missing SKM responses, exactly" \
  js "d.missing.some((m) => m.text === 'Respons SKM sesudah pelatihan: 12 dari 30 yang diperlukan di Puskesmas Kenali Besar')"
check "EVA3: the missing test pairs" js "d.missing.some((m) => m.text === 'Pasangan pre-test dan post-test: 2 dari 5 yang diperlukan')"
check "EVA3: the reason lists them" js "d.reason.startsWith('Data belum cukup untuk menilai program: Respons SKM sesudah pelatihan: 12 dari 30')"
check "evaluate text" run 0 --lang en evaluate --db "$DB" --offering EVA3 --format text
check "text in English lists what is missing" has "SKM responses after training: 12 of 30 needed at Puskesmas Kenali Besar"

check "evaluate unknown offering exits 2" run 2 evaluate --db "$DB" --offering NOPE
check "unknown offering says so" err_has "Angkatan tidak ditemukan: NOPE"
check "evaluate needs --offering or --year" run 2 evaluate --db "$DB"
check "evaluate refuses both" run 2 evaluate --db "$DB" --offering EVA1 --year 2025

# --- bangkom evaluate --year ---
check "evaluate --year 2025" run 0 evaluate --db "$DB" --year 2025
check "year: the three offerings with q beside p" \
  js "((o) => o('EVA1').q !== null && o('EVA2').q !== null && o('EVA3').q === null && o('EVA1').q >= o('EVA1').primary_p)((c) => d.offerings.find((x) => x.offering === c))"
check "year: counts add up" \
  js "Object.values(d.counts).reduce((a, b) => a + b, 0) === d.offerings.length && d.counts.efektif >= 1 && d.settings.alpha === 0.05"
check "year: only offerings starting in 2025" js "d.offerings.every((o) => o.start.startsWith('2025'))"

echo "evaluate: $failures failed"
[[ $failures -eq 0 ]]
