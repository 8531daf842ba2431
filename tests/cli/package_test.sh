#!/usr/bin/env bash
# Shell-level test of `bangkom package inspect`: our own SCORM 1.2 / 2004 fixtures (tests/fixtures/scorm, zipped
# here with ziptool), hostile zips, and — when ../shared/data is present — the public sample packages.
# Usage: tests/cli/package_test.sh [path/to/bangkom]   (default: build/bangkom)
set -uo pipefail
cd "$(dirname "$0")/../.."
BIN=${1:-build/bangkom}
WORK=$(mktemp -d)
trap 'rm -rf "$WORK"' EXIT
SHARED=../shared/data/scorm/zips
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

err_has() { grep -qF -- "$1" "$WORK/err"; }
js() { node -e "const d = JSON.parse(require('fs').readFileSync('$WORK/out', 'utf8')); process.exit(($1) ? 0 : 1)"; }

# zip_dir DIR OUT: every file of DIR at its relative path.
zip_dir() {
  local args=()
  while IFS= read -r f; do args+=(add_file "$f" "$1/$f" 0 0); done < <(cd "$1" && find . -type f | sed 's|^\./||' | sort)
  ziptool -n "$2" "${args[@]}" >/dev/null
}

zip_dir tests/fixtures/scorm/scorm12 "$WORK/scorm12.zip"
zip_dir tests/fixtures/scorm/scorm2004 "$WORK/scorm2004.zip"

check "scorm 1.2 fixture inspected" run 0 package inspect "$WORK/scorm12.zip"
check "scorm 1.2: standard, title, one item" js "d.standard === 'scorm_1.2' && d.title === 'Uji SCORM 1.2: Pelayanan Publik' && d.items.length === 1 && d.items[0].launch === 'index.html'"
check "scorm 2004 fixture inspected" run 0 package inspect "$WORK/scorm2004.zip"
check "scorm 2004: two SCOs in order" js "d.standard === 'scorm_2004' && d.items.map((i) => i.identifier).join() === 'SCO1,SCO2' && d.items[1].launch === 'materi/kuis.html'"
check "text format" run 0 package inspect "$WORK/scorm2004.zip" --format text
check "text names the standard" grep -q "scorm_2004" "$WORK/out"

ziptool -n "$WORK/escape.zip" add imsmanifest.xml "<manifest/>" add "../luar.html" "x" >/dev/null
check "path escape exits 2" run 2 package inspect "$WORK/escape.zip"
check "path escape named" err_has "\"../luar.html\" keluar dari folder paket"
ziptool -n "$WORK/nomanifest.zip" add index.html "x" >/dev/null
check "missing manifest exits 2" run 2 package inspect "$WORK/nomanifest.zip"
check "missing manifest said" err_has "imsmanifest.xml tidak ada di akar paket"
check "missing manifest in English" run 2 --lang en package inspect "$WORK/nomanifest.zip"
check "english message" err_has "imsmanifest.xml is missing"
printf 'bukan zip' >"$WORK/teks.zip"
check "not a zip exits 2" run 2 package inspect "$WORK/teks.zip"
check "missing file exits 2" run 2 package inspect "$WORK/tidak-ada.zip"

if [[ -d $SHARED ]]; then
  check "shared scorm12.zip" run 0 package inspect "$SHARED/scorm12.zip"
  check "shared scorm12 is 1.2 with items" js "d.standard === 'scorm_1.2' && d.items.length > 0"
  check "shared scorm2004.zip" run 0 package inspect "$SHARED/scorm2004.zip"
  check "shared scorm2004 is 2004" js "d.standard === 'scorm_2004' && d.items.length > 0"
  check "shared cmi5.zip" run 0 package inspect "$SHARED/cmi5.zip"
  check "shared cmi5 is cmi5" js "d.standard === 'cmi5' && d.items.length > 0"
  check "shared aicc.zip refused" run 2 package inspect "$SHARED/aicc.zip"
  check "aicc said" err_has "AICC tidak didukung"
else
  echo "skip shared packages: $SHARED not present"
fi

echo "package: $failures failed"
[[ $failures -eq 0 ]]
