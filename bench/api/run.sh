#!/usr/bin/env bash
# API writes under load: KPI measurements recorded per second by 32 concurrent clients (bench/DataStrategy.ApiRunner,
# one POST per request with a personal access token, back to back), on SQLite and on PostgreSQL, and a count of what
# was written: every request is awaited to its answer, and the rows before and after each run must differ by exactly
# the number of 201 answers. Baselines in the same run: the static-file ceiling and the API's KPI list (a read).
#
#   bash bench/api/run.sh              # from the repository root; DURATION=10 WARMUP=3 RUNS=3 CLIENTS=32 DATABASES="sqlite postgres"
#
# The per-token rate limit is raised for the run (Security__ApiRequestsPerMinute); the default (600 a minute per token)
# would answer 429 after the first seconds, which is its purpose.
set -euo pipefail
DURATION="${DURATION:-10}"
WARMUP="${WARMUP:-3}"
RUNS="${RUNS:-3}"
CLIENTS="${CLIENTS:-32}"
PORT="${PORT:-47431}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d /tmp/dss-apibench.XXXXXX)"
BASE="http://127.0.0.1:$PORT"
APP_PID=""
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
PG_DIR=""
cleanup() {
    [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null || true
    if [[ -n "$PG_DIR" && -d "$PG_DIR/data" ]]; then
        if [[ "$(id -u)" = 0 ]]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true
        else "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1 || true; fi
        rm -rf "$PG_DIR"
    fi
    rm -rf "$WORK"
}
trap cleanup EXIT

dotnet build "$REPO/src/DataStrategy.Cli" -c Release -o "$WORK/cli" >/dev/null
dotnet publish "$REPO/src/DataStrategy.Web" -c Release -o "$WORK/web" >/dev/null
dotnet build "$REPO/bench/DataStrategy.ApiRunner" -c Release -o "$WORK/runner" >/dev/null

start_postgres() {
    PG_DIR=$(mktemp -d /tmp/dss-pgbench.XXXXXX)
    PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    local run=()
    if [[ "$(id -u)" = 0 ]]; then id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres; chown postgres "$PG_DIR"; run=(runuser -u postgres --); fi
    "${run[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    "${run[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 60 -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=dss_bench;Maximum Pool Size=64"
}

bench_database() { # name
    local name=$1
    dotnet "$WORK/cli/dss.dll" seed-demo >/dev/null
    local token
    token=$(dotnet "$WORK/cli/dss.dll" token create --organisation ville-de-demo --email contributor@ville-de-demo.example --name bench --scope write --days 1)
    Security__ApiRequestsPerMinute=100000000 dotnet "$WORK/web/DataStrategy.Web.dll" --contentRoot "$WORK/web" --urls "$BASE" >"$WORK/app-$name.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do curl -sf -o /dev/null "$BASE/health" && break; sleep 0.2; done
    echo "### $name"
    echo
    dotnet "$WORK/runner/DataStrategy.ApiRunner.dll" "$BASE" "$token" "$CLIENTS" "$DURATION" "$WARMUP" "$RUNS"
    echo
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

DATABASES="${DATABASES:-sqlite postgres}"
if [[ "$DATABASES" == *sqlite* ]]; then
    export DataFolder="$WORK/data-sqlite"
    bench_database SQLite
fi
if [[ "$DATABASES" != *postgres* ]]; then
    :
elif [[ -n "$PG_BIN" && -x "$PG_BIN/initdb" ]]; then
    export DataFolder="$WORK/data-pg"
    export Database__Provider=Postgres
    start_postgres
    export ConnectionStrings__Default="$PG_CONNECTION"
    bench_database PostgreSQL
else
    echo "PostgreSQL is not installed: only SQLite was measured" >&2
fi
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
