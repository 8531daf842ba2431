# Helpers of scaleout_test.sh (sourced; uses its ROOT, BIN, WORK, PASSWORD, PIDS, PG_* and OWN_CLUSTER).
# shellcheck shell=bash

PSQL=$(
    if [[ -x /usr/lib/postgresql/15/bin/psql ]]; then echo /usr/lib/postgresql/15/bin/psql; else echo psql; fi
)

# Sets DB: a fresh PostgreSQL database (or a shared SQLite file, see the header of scaleout_test.sh).
choose_database() {
    if [[ "${BANGKOM_SCALEOUT_BACKEND:-}" == sqlite ]]; then
        DB="$WORK/shared.db"
        return 0
    fi
    PG_ADMIN=${BANGKOM_TEST_POSTGRES:-}
    if [[ -z "$PG_ADMIN" ]]; then
        OWN_CLUSTER="$WORK/pg"
        PG_ADMIN=$("$ROOT/scripts/pg_cluster.sh" start "$OWN_CLUSTER" 2>"$WORK/pg.log" | tail -1)
        [[ -n "$PG_ADMIN" ]] || { sed 's/^/  | /' "$WORK/pg.log"; return 1; }
    fi
    PG_DBNAME="bangkom_scaleout_$$_$RANDOM"
    "$PSQL" -q -d "$PG_ADMIN" -c "CREATE DATABASE $PG_DBNAME" >"$WORK/pg.log" 2>&1 || {
        sed 's/^/  | /' "$WORK/pg.log"
        return 1
    }
    DB=$(with_dbname "$PG_ADMIN" "$PG_DBNAME")
    if "$BIN" init --db "$DB" 2>&1 | grep -q "belum didukung"; then
        echo "# note: this bangkom has no PostgreSQL backend yet: one SQLite file shared by both processes"
        DB="$WORK/shared.db"
    fi
}

# The URL with its database name replaced (postgresql://u@h:p/OLD?x → postgresql://u@h:p/NEW?x).
with_dbname() {
    local url=$1 name=$2 query=""
    [[ "$url" == *\?* ]] && query="?${url#*\?}" && url=${url%%\?*}
    local rest=${url#*://}
    if [[ "$rest" == */* ]]; then url="${url%/*}/$name"; else url="$url/$name"; fi
    echo "$url$query"
}

free_port() {
    node -e 'const s=require("net").createServer();s.listen(0,"127.0.0.1",()=>{console.log(s.address().port);s.close()})'
}

# Starts `bangkom serve` NAME on a free port; sets SERVE_ADDR to host:port once it listens.
start_serve() {
    local name=$1
    SERVE_ADDR=""
    "$BIN" serve --db "$DB" --port 0 --workers 4 --trusted-proxy 127.0.0.1 >"$WORK/serve-$name.log" 2>&1 &
    local pid=$!
    PIDS+=("$pid")
    echo "$pid" >"$WORK/serve-$name.pid"
    for _ in $(seq 1 300); do  # up to 30 s: the first start migrates the database
        SERVE_ADDR=$(sed -nE 's#.*berjalan di http://([0-9.]+:[0-9]+).*#\1#p' "$WORK/serve-$name.log" | head -1)
        [[ -n "$SERVE_ADDR" ]] && return 0
        kill -0 "$pid" 2>/dev/null || break
        sleep 0.1
    done
    sed 's/^/  | /' "$WORK/serve-$name.log"
    return 1
}

# Starts nginx as an unprivileged foreground process with everything under $WORK/nginx; sets NGINX_ADDR.
start_nginx() {
    local a=$1 b=$2 dir="$WORK/nginx" port
    NGINX_ADDR=""
    port=$(free_port)
    mkdir -p "$dir/tmp"
    sed -e "s#@DIR@#$dir#g" -e "s#@PORT@#$port#g" -e "s#@A@#$a#g" -e "s#@B@#$b#g" \
        "$ROOT/tests/scaleout/nginx.conf.in" >"$dir/nginx.conf"
    local run=()
    if [[ $(id -u) -eq 0 ]]; then
        chown -R nobody:nogroup "$dir"
        run=(runuser -u nobody --)
    fi
    "${run[@]}" nginx -p "$dir" -c "$dir/nginx.conf" -e "$dir/error.log" -g 'daemon off;' >"$dir/stdout.log" 2>&1 &
    PIDS+=($!)
    for _ in $(seq 1 100); do
        if curl -s -o /dev/null "http://127.0.0.1:$port/api/v1/health"; then
            # shellcheck disable=SC2034  # read by scaleout_test.sh
            NGINX_ADDR="127.0.0.1:$port"
            return 0
        fi
        sleep 0.1
    done
    cat "$dir/stdout.log" "$dir/error.log" 2>/dev/null | sed 's/^/  | /'
    return 1
}

# login ADDR USER JAR: signs in with $PASSWORD; the answer in $WORK/body, the cookie in JAR (and JAR.saved).
login() {
    curl -s -o "$WORK/body" -c "$3" -H 'Content-Type: application/json' \
        -d "{\"username\":\"$2\",\"password\":\"$PASSWORD\"}" "http://$1/api/v1/auth/login"
    cp "$3" "$3.saved"
}

login_status() {  # ADDR USER PASSWORD → the HTTP status
    curl -s -o /dev/null -w '%{http_code}' -H 'Content-Type: application/json' \
        -d "{\"username\":\"$2\",\"password\":\"$3\"}" "http://$1/api/v1/auth/login"
}

json_field() {  # FILE a.b.c → the value ("" when absent)
    node -e 'let v=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8"));
             for (const k of process.argv[2].split(".")) v = v == null ? undefined : v[k];
             console.log(v ?? "")' "$1" "$2" 2>/dev/null
}

create_user() {  # ADDR JAR CSRF USERNAME → the HTTP status (body in $WORK/create-USERNAME.json)
    curl -s -o "$WORK/create-$4.json" -w '%{http_code}' --max-time 30 -b "$2" -H "X-CSRF-Token: $3" \
        -H 'Content-Type: application/json' \
        -d "{\"username\":\"$4\",\"password\":\"$PASSWORD\",\"role\":\"auditor\",\"display_name\":\"Uji $4\"}" \
        "http://$1/api/v1/users"
}

# N pegawai rows with distinct valid NIPs (birth 1980-MM-DD, TMT 2005-01, sequence 001..999).
make_pegawai_csv() {
    awk -v n="$1" 'BEGIN {
        print "nip,nama,kode_jabatan,kode_opd,kode_unit,nip_atasan,status"
        for (i = 0; i < n; i++) {
            seq = i % 999 + 1; day = int(i / 999) % 28 + 1; month = int(i / (999 * 28)) % 12 + 1
            printf "1980%02d%02d2005011%03d,Pegawai Uji %d,DINKES.PERAWAT.AMD,DINKES,,,pns\n", month, day, seq, i
        }
    }'
}

# Polls the job on ADDR until it ends; prints each new "state percent message" and finally
# "STATE rows=N" (or the error). Gives up after 120 s.
follow_job() {
    local addr=$1 jar=$2 id=$3 last="" line
    for _ in $(seq 1 1200); do
        curl -s -b "$jar" "http://$addr/api/v1/jobs/$id" >"$WORK/job.json"
        line=$(node -e 'const j=JSON.parse(require("fs").readFileSync(process.argv[1],"utf8")).job;
            const r=j.result; const end=r ? (r.error ? " error=" + r.error.message : " rows=" + r.rows) : "";
            console.log(j.state + " " + j.percent + "% " + j.message + end)' "$WORK/job.json" 2>/dev/null)
        [[ "$line" != "$last" ]] && echo "$line" && last=$line
        [[ "$line" == succeeded* || "$line" == failed* ]] && return 0
        sleep 0.1
    done
    echo "timeout"
}

# One writer: creates users wW_I (I = 1..COUNT) through ADDR, retrying failed attempts (at most 5 times).
# Logs "NAME ATTEMPT STATUS NANOS" per attempt; a 409 on a retry means the earlier attempt had landed.
write_stream() {
    local addr=$1 jar=$2 csrf=$3 w=$4 count=$5 i attempt status name
    for i in $(seq 1 "$count"); do
        name="w${w}_$i"
        for attempt in 1 2 3 4 5; do
            status=$(create_user "$addr" "$jar" "$csrf" "$name")
            echo "$name $attempt $status $(date +%s%N)"
            [[ "$status" == 201 ]] && break
            [[ "$status" == 409 && $attempt -gt 1 ]] && break
        done
    done
}

# Waits until COUNT writes were acknowledged by the writers (or they all ended); records the kill time.
wait_for_acks() {
    local want=$1 writers=$2
    for _ in $(seq 1 600); do
        [[ $(cat "$WORK"/writes-*.log 2>/dev/null | grep -c ' 201 ') -ge $want ]] && break
        sleep 0.05
    done
    date +%s%N >"$WORK/killed_at"
    [[ $writers -gt 0 ]]
}

# Sums the writers' logs against the users read back through B ($WORK/users.json):
# "acked N", "retried N", "failed_attempts N", "unresolved N" (never acknowledged), "missing N" (acknowledged
# but absent), "after_kill N" (acknowledged after the kill).
report_writes() {
    local work=$1
    cat "$work"/writes-*.log >"$work/writes.log"
    node -e '
        const fs = require("fs");
        const [logFile, usersFile, killedFile] = process.argv.slice(1);
        const present = new Set(JSON.parse(fs.readFileSync(usersFile, "utf8")).users.map(u => u.username));
        const killedAt = BigInt(fs.readFileSync(killedFile, "utf8").trim());
        const final = new Map(); let failedAttempts = 0, afterKill = 0, retried = 0;
        for (const line of fs.readFileSync(logFile, "utf8").trim().split("\n")) {
            const [name, attempt, status, at] = line.split(" ");
            if (status !== "201" && !(status === "409" && attempt !== "1")) { failedAttempts++; continue; }
            final.set(name, status);
            if (attempt !== "1") retried++;
            if (BigInt(at) > killedAt) afterKill++;
        }
        const names = new Set(fs.readFileSync(logFile, "utf8").trim().split("\n").map(l => l.split(" ")[0]));
        const unresolved = [...names].filter(n => !final.has(n));
        const missing = [...final.keys()].filter(n => !present.has(n));
        console.log("writes " + names.size);
        console.log("acked " + final.size);
        console.log("retried " + retried);
        console.log("failed_attempts " + failedAttempts);
        console.log("unresolved " + unresolved.length + (unresolved.length ? " " + unresolved.join(",") : ""));
        console.log("missing " + missing.length + (missing.length ? " " + missing.join(",") : ""));
        console.log("after_kill " + afterKill);
    ' "$work/writes.log" "$work/users.json" "$work/killed_at"
}
