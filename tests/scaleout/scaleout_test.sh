#!/usr/bin/env bash
# Scale-out: Debian's nginx (unprivileged, foreground, on a free loopback port) in front of two `bangkom serve`
# processes on one PostgreSQL database. Shows that any process answers any request: sign in through A and act
# through B; a rate-limit block reached through A holds in B; an import job started on A is followed on B; and
# when A is killed (SIGKILL) in the middle of a stream of writes through nginx, every acknowledged write is
# there afterwards and every failed one was retried, none silently lost. Prints "ok NAME" / "FAIL NAME".
#
# Usage: tests/scaleout/scaleout_test.sh [path/to/bangkom]   (default: build/bangkom)
# Database: a fresh database in the cluster of $BANGKOM_TEST_POSTGRES (admin URL) when set, else a throwaway
# cluster from scripts/pg_cluster.sh. BANGKOM_SCALEOUT_BACKEND=sqlite runs the same test on one shared SQLite
# file (two processes can share it too); so does a bangkom built without the PostgreSQL backend (with a note).
set -uo pipefail
cd "$(dirname "$0")/../.." || exit 1
ROOT=$(pwd)
BIN=$(realpath "${1:-build/bangkom}")
WORK=$(mktemp -d /tmp/bangkom-scaleout.XXXXXX)
chmod 755 "$WORK"
PASSWORD=rahasia-uji-123
export BANGKOM_PASSWORD=$PASSWORD
failures=0
PIDS=()
OWN_CLUSTER=""
PG_ADMIN=""
PG_DBNAME=""

source "$ROOT/tests/scaleout/lib.sh"

cleanup() {
    for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null; done
    for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null; done
    if [[ -n "$PG_DBNAME" && -n "$PG_ADMIN" ]]; then
        "$PSQL" -q -d "$PG_ADMIN" -c "DROP DATABASE IF EXISTS $PG_DBNAME WITH (FORCE)" >/dev/null 2>&1
    fi
    [[ -n "$OWN_CLUSTER" ]] && "$ROOT/scripts/pg_cluster.sh" stop "$OWN_CLUSTER" >/dev/null 2>&1
    rm -rf "$WORK"
}
trap cleanup EXIT

check() {  # check NAME CONDITION...
    local name=$1
    shift
    if "$@"; then echo "ok   $name"; else echo "FAIL $name"; failures=$((failures + 1)); fi
}

# --- the database -------------------------------------------------------------------------------------------
DB=""
choose_database || { echo "FAIL scale-out database"; echo "1 failed"; exit 1; }
echo "# database: $(sed -E 's#://([^:@/]*):[^@/]*@#://\1:***@#' <<<"$DB")"
check "init the shared database" "$BIN" init --db "$DB" >"$WORK/init.log" 2>&1 || sed 's/^/  | /' "$WORK/init.log"
for kind in opd unit_layanan kompetensi jabatan; do
    "$BIN" import "$kind" "tests/fixtures/import/$kind.csv" --db "$DB" >>"$WORK/init.log" 2>&1
done
"$BIN" user add --db "$DB" --username admin --role admin_bkd >>"$WORK/init.log" 2>&1
"$BIN" user add --db "$DB" --username mitra --role lembaga_mitra --institution "Lembaga Uji" >>"$WORK/init.log" 2>&1
check "fixtures and users imported" grep -q "jabatan:" "$WORK/init.log"

# --- two processes and nginx --------------------------------------------------------------------------------
start_serve a
A=$SERVE_ADDR
start_serve b
B=$SERVE_ADDR
check "process A listens" test -n "$A"
check "process B listens" test -n "$B"
[[ -n "$A" && -n "$B" ]] || { echo "$failures failed"; exit 1; }
PID_A=$(cat "$WORK/serve-a.pid")
start_nginx "$A" "$B"
N=$NGINX_ADDR
check "nginx (unprivileged) listens in front of both" test -n "$N"
[[ -n "$N" ]] || { sed 's/^/  | /' "$WORK/nginx/error.log" 2>/dev/null; echo "$failures failed"; exit 1; }
check "health through nginx" bash -c "curl -sf 'http://$N/api/v1/health' | grep -q '\"ok\"'"

# --- sign in through A, act through B ------------------------------------------------------------------------
login "$A" admin "$WORK/jar"
CSRF=$(json_field "$WORK/body" csrf_token)
check "login through A" test "${#CSRF}" -eq 64
check "the session is known to B (same CSRF token)" \
    bash -c "[[ \$(curl -s -b '$WORK/jar' 'http://$B/api/v1/auth/me' | node -e 'let s=\"\";process.stdin.on(\"data\",d=>s+=d).on(\"end\",()=>console.log(JSON.parse(s).csrf_token))') == '$CSRF' ]]"
check "a write through B with A's session and CSRF token" test "$(create_user "$B" "$WORK/jar" "$CSRF" via_b)" = 201
check "B refuses a wrong CSRF token" test "$(create_user "$B" "$WORK/jar" "${CSRF/a/b}x" bad_csrf)" = 403
check "A sees the user written through B" bash -c "curl -s -b '$WORK/jar' 'http://$A/api/v1/users' | grep -q '\"via_b\"'"

login "$B" admin "$WORK/jar2"
CSRF2=$(json_field "$WORK/body" csrf_token)
check "a second session (through B) works in A" \
    test "$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/jar2" "http://$A/api/v1/auth/me")" = 200
status=$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/jar2" -X POST -H "X-CSRF-Token: $CSRF2" \
    "http://$B/api/v1/auth/logout")
check "sign out through B" test "$status" = 200
check "the signed-out session is gone in A" \
    test "$(curl -s -o /dev/null -w '%{http_code}' -b "$WORK/jar2" "http://$A/api/v1/auth/me")" = 401

# --- the login rate limit holds across processes ------------------------------------------------------------
for i in $(seq 1 10); do login_status "$A" mitra "salah-$i-xxxx" >/dev/null; done
check "10 failures through A block the 11th sign-in through B" test "$(login_status "$B" mitra "$PASSWORD")" = 429

# --- an import job started on A, followed on B ---------------------------------------------------------------
ROWS=20000
make_pegawai_csv "$ROWS" >"$WORK/pegawai.csv"
curl -s -o "$WORK/body" -w '%{http_code}' -b "$WORK/jar" -H "X-CSRF-Token: $CSRF" \
    -H 'Content-Type: application/octet-stream' --data-binary "@$WORK/pegawai.csv" \
    "http://$A/api/v1/imports/pegawai" >"$WORK/status"
JOB=$(json_field "$WORK/body" job.id)
check "import job accepted by A (202)" test "$(cat "$WORK/status")" = 202
follow_job "$B" "$WORK/jar" "$JOB" >"$WORK/job.log"
echo "# job seen on B: $(tr '\n' ' ' <"$WORK/job.log" | cut -c1-300)"
check "B follows the job to its end: succeeded" grep -q "^succeeded" "$WORK/job.log"
check "B reports the job's result ($ROWS rows)" grep -q "rows=$ROWS" "$WORK/job.log"
check "the imported rows are readable through B" \
    bash -c "curl -s -b '$WORK/jar' 'http://$B/api/v1/data/pegawai?limit=1' | grep -q '\"total\":$((ROWS + 0))'"

# --- a stream of writes through nginx while A is killed -------------------------------------------------------
WRITERS=4
PER_WRITER=20
for w in $(seq 1 "$WRITERS"); do
    write_stream "$N" "$WORK/jar" "$CSRF" "$w" "$PER_WRITER" >"$WORK/writes-$w.log" 2>&1 &
    PIDS+=($!)
done
wait_for_acks 20 "$WRITERS"
{ kill -9 "$PID_A" && wait "$PID_A"; } 2>/dev/null
echo "# killed A (pid $PID_A, SIGKILL) after $(cat "$WORK"/writes-*.log | grep -c ' 201 ') acknowledged writes"
for w in $(seq 1 "$WRITERS"); do wait "${PIDS[$((${#PIDS[@]} - WRITERS + w - 1))]}"; done
check "A is gone" bash -c "! kill -0 $PID_A 2>/dev/null"
curl -s -b "$WORK/jar" "http://$B/api/v1/users" >"$WORK/users.json"
report_writes "$WORK" "$WRITERS" "$PER_WRITER" >"$WORK/report.txt"
sed 's/^/# /' "$WORK/report.txt"
check "every write was acknowledged in the end (retried through nginx when A died)" \
    grep -q "^unresolved 0$" "$WORK/report.txt"
check "every acknowledged write is present (read through B)" grep -q "^missing 0$" "$WORK/report.txt"
check "writes kept being acknowledged after A died" bash -c "awk '/^after_kill/ {exit !(\$2 > 0)}' '$WORK/report.txt'"
check "nginx still answers with only B" bash -c "curl -sf 'http://$N/api/v1/health' | grep -q '\"ok\"'"

echo "$failures failed"
[[ $failures -eq 0 ]]
