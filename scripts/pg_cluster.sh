#!/usr/bin/env bash
# A throwaway PostgreSQL 15 cluster for tests, on 127.0.0.1 only (STACK.md's recipe).
#
#   scripts/pg_cluster.sh start DIR   initdb DIR/data (as user postgres when run as root), start it on a free port
#                                     with its socket in DIR; prints the libpq URL and writes it to DIR/url.
#                                     Already running → prints the same URL again.
#   scripts/pg_cluster.sh stop DIR    stops the cluster and removes DIR (only a directory this script made).
#   scripts/pg_cluster.sh url DIR     prints the URL of a running cluster.
#
# Durability is off (fsync, synchronous_commit, full_page_writes): the data is thrown away anyway.
# PGBIN overrides the binaries' directory (default /usr/lib/postgresql/15/bin).
set -euo pipefail

PGBIN=${PGBIN:-/usr/lib/postgresql/15/bin}
MARKER=.bangkom_pg_cluster

die() {
    echo "pg_cluster: $*" >&2
    exit 1
}

usage() {
    echo "usage: $0 start|stop|url DIR" >&2
    exit 2
}

# Runs a PostgreSQL binary as postgres when we are root (the server refuses to run as root).
as_pg() {
    if [[ $(id -u) -eq 0 ]]; then
        runuser -u postgres -- "$@"
    else
        "$@"
    fi
}

running() {
    [[ -f $DIR/data/PG_VERSION ]] && as_pg "$PGBIN/pg_ctl" -D "$DIR/data" status >/dev/null 2>&1
}

port_free() {
    ! (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null
}

init_cluster() {
    [[ -x $PGBIN/initdb ]] || die "initdb not found in $PGBIN (install the postgresql package or set PGBIN)"
    if [[ -e $DIR && ! -f $DIR/$MARKER && -n $(ls -A "$DIR" 2>/dev/null) ]]; then
        die "$DIR exists and is not a cluster made by this script; refusing to use it"
    fi
    mkdir -p "$DIR"
    touch "$DIR/$MARKER"
    if [[ $(id -u) -eq 0 ]]; then
        chown -R postgres: "$DIR"
        runuser -u postgres -- test -x "$DIR" || die "user postgres cannot reach $DIR (choose a directory under /tmp)"
    fi
    if [[ ! -f $DIR/data/PG_VERSION ]]; then
        as_pg "$PGBIN/initdb" -D "$DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync \
            >"$DIR/initdb.log" 2>&1 || die "initdb failed; see $DIR/initdb.log: $(tail -n 3 "$DIR/initdb.log")"
    fi
}

# Starts on a random free port; another process may take the port between the check and the bind, so retry.
start_server() {
    local attempt port
    for attempt in 1 2 3 4 5 6 7 8; do
        port=$((20000 + RANDOM % 40000))
        port_free "$port" || continue
        if as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -l "$DIR/server.log" -w -t 30 \
            -o "-c listen_addresses=127.0.0.1 -p $port -k $DIR -c fsync=off -c synchronous_commit=off \
-c full_page_writes=off -c max_connections=300" start >/dev/null 2>&1; then
            echo "postgresql://postgres@127.0.0.1:$port/postgres" >"$DIR/url"
            return 0
        fi
        echo "pg_cluster: start on port $port failed (attempt $attempt), retrying" >&2
    done
    die "could not start PostgreSQL; see $DIR/server.log: $(tail -n 5 "$DIR/server.log" 2>/dev/null)"
}

cmd_start() {
    if running && [[ -f $DIR/url ]]; then
        cat "$DIR/url"
        return 0
    fi
    init_cluster
    start_server
    cat "$DIR/url"
}

cmd_stop() {
    [[ -e $DIR ]] || return 0
    [[ -f $DIR/$MARKER ]] || die "$DIR was not made by this script; refusing to remove it"
    if running; then
        as_pg "$PGBIN/pg_ctl" -D "$DIR/data" -m immediate -w stop >/dev/null 2>&1 || die "pg_ctl stop failed for $DIR"
    fi
    rm -rf "$DIR"
}

cmd_url() {
    running && [[ -f $DIR/url ]] || die "no cluster running in $DIR"
    cat "$DIR/url"
}

[[ $# -eq 2 ]] || usage
[[ -n $2 ]] || usage
DIR=$(realpath -m "$2")
[[ $DIR != / ]] || die "refusing to use /"
case $1 in
    start) cmd_start ;;
    stop) cmd_stop ;;
    url) cmd_url ;;
    *) usage ;;
esac
