#!/usr/bin/env bash
# Runs every suite: format and clang-tidy checks, C++ (unit + storage contract) via CTest, CLI scripts, front-end unit, API, browser
# end-to-end. Ends with one line "N passed, N failed" over all of them; exit 1 when anything failed.
# Both databases: one throwaway PostgreSQL cluster (scripts/pg_cluster.sh, build/pg-test) serves the whole run —
# the storage contract suite runs on SQLite and PostgreSQL, the API suite twice ("api" on SQLite, "api-pg").
set -uo pipefail
cd "$(dirname "$0")/.."
./scripts/setup.sh || exit 1
./scripts/build.sh || { echo "build failed"; echo "0 passed, 1 failed"; exit 1; }

mkdir -p build/test-results
passed=0; failed=0
add() { passed=$((passed + $1)); failed=$((failed + $2)); printf '  %-10s %s passed, %s failed\n' "$3" "$1" "$2" >> build/test-results/summary.txt; }
: > build/test-results/summary.txt

# 0. PostgreSQL: one cluster for the run, stopped at the end whatever happens. Not starting is a failure, not a skip.
PG_DIR=build/pg-test
trap './scripts/pg_cluster.sh stop "$PG_DIR" >/dev/null 2>&1 || true' EXIT
if BANGKOM_TEST_POSTGRES=$(./scripts/pg_cluster.sh start "$PG_DIR" 2>build/test-results/pg-cluster.log) &&
  [[ -n $BANGKOM_TEST_POSTGRES ]]; then
  export BANGKOM_TEST_POSTGRES
  add 1 0 pg-cluster
else
  unset BANGKOM_TEST_POSTGRES
  echo "PostgreSQL cluster did not start:"; cat build/test-results/pg-cluster.log
  add 0 1 pg-cluster
fi

# 1. formatting (one check)
if ./scripts/format_check.sh >build/test-results/format.log 2>&1; then add 1 0 format; else cat build/test-results/format.log | head -40; add 0 1 format; fi

# 1b. clang-tidy over src/ (one check)
if ./scripts/tidy_check.sh >build/test-results/tidy-summary.log 2>&1; then add 1 0 tidy; else cat build/test-results/tidy-summary.log; add 0 1 tidy; fi

# 2. C++: unit and storage contract tests (tests are listed at ctest time: drop stale lists so that the
#    PostgreSQL instances appear exactly when BANGKOM_TEST_POSTGRES is set)
rm -f build/tests/*_tests.cmake
ctest --test-dir build -j "$(nproc)" --output-on-failure --timeout 300 2>&1 | tee build/test-results/ctest.log
line=$(grep -E 'tests passed, [0-9]+ tests failed out of [0-9]+' build/test-results/ctest.log | tail -1)
if [[ -n "$line" ]]; then
  total=$(sed -E 's/.*out of ([0-9]+).*/\1/' <<<"$line"); bad=$(sed -E 's/.* ([0-9]+) tests failed.*/\1/' <<<"$line")
  add $((total - bad)) "$bad" ctest
else add 0 1 ctest; fi

# 3. command line: every CLI command on real files (tests/cli/*.sh print "ok NAME" / "FAIL NAME")
for t in tests/cli/*_test.sh; do
  log=build/test-results/$(basename "$t" .sh).log
  bash "$t" build/bangkom 2>&1 | tee "$log"
  status=${PIPESTATUS[0]}
  bad=$(grep -c '^FAIL ' "$log")
  # A script that dies before printing its FAIL lines still counts as a failure.
  [[ $status -ne 0 && $bad -eq 0 ]] && bad=1
  add "$(grep -c '^ok ' "$log")" "$bad" "cli"
done

# 3b. scale-out: nginx in front of two `bangkom serve` on one PostgreSQL database (prints "ok"/"FAIL" lines)
bash tests/scaleout/scaleout_test.sh build/bangkom 2>&1 | tee build/test-results/scaleout.log
status=${PIPESTATUS[0]}
bad=$(grep -c '^FAIL ' build/test-results/scaleout.log)
[[ $status -ne 0 && $bad -eq 0 ]] && bad=1
add "$(grep -c '^ok ' build/test-results/scaleout.log)" "$bad" scaleout

# 4-6. vitest suites: front-end unit, API (real server), e2e (real server + Chromium)
run_vitest() {  # name, npm script
  local out=build/test-results/$1.json
  rm -f "$out"
  npm run --silent "$2" -- --reporter=default --reporter=json --outputFile.json="$out"
  if [[ -f "$out" ]]; then
    read -r p f < <(node -e 'const r=require(process.argv[1]); console.log(r.numPassedTests, r.numFailedTests + (!r.success && r.numFailedTests===0 ? 1 : 0))' "$(pwd)/$out")
    add "$p" "$f" "$1"
  else add 0 1 "$1"; fi
}
run_vitest web test:unit
run_vitest api test:api
if [[ -n ${BANGKOM_TEST_POSTGRES:-} ]]; then
  BANGKOM_TEST_DB=postgres run_vitest api-pg test:api
else add 0 1 api-pg; fi
run_vitest e2e test:e2e

echo
echo "Suites:"; cat build/test-results/summary.txt
echo "$passed passed, $failed failed"
[[ $failed -eq 0 ]]
