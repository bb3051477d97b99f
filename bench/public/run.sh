#!/usr/bin/env bash
# Public site under load: requests per second and p99 latency with 64 concurrent connections (wrk), on SQLite
# and on PostgreSQL, with the static-file ceiling (the site's style sheet, served by the same Kestrel) measured
# in the same run.
#
#   bash bench/public/run.sh              # from the repository root; DURATION=10s RUNS=3 CONNECTIONS=64
#
# Steps: publishes the web app and builds the CLI (Release); for each database, seeds the demo organisation
# (six published case studies with images, a published strategy and a roadmap), starts the app, warms every URL
# for 5 s, then runs wrk RUNS times per URL (2 threads, CONNECTIONS connections, DURATION each) and reports the
# median requests/s and the median p99 of the runs. wrk shares the machine's cores with the server and the database.
set -euo pipefail
DURATION="${DURATION:-10s}"
RUNS="${RUNS:-3}"
CONNECTIONS="${CONNECTIONS:-64}"
PORT="${PORT:-47421}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d /tmp/dss-publicbench.XXXXXX)"
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
command -v wrk >/dev/null || { echo "wrk is needed (apt-get install wrk)" >&2; exit 1; }

dotnet build "$REPO/src/DataStrategy.Cli" -c Release -o "$WORK/cli" >/dev/null
dotnet publish "$REPO/src/DataStrategy.Web" -c Release -o "$WORK/web" >/dev/null

# Sets PG_DIR and PG_CONNECTION in this shell (not a subshell), so that cleanup can stop the cluster.
start_postgres() {
    PG_DIR=$(mktemp -d /tmp/dss-pgbench.XXXXXX)
    PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
    local run=()
    if [[ "$(id -u)" = 0 ]]; then id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres; chown postgres "$PG_DIR"; run=(runuser -u postgres --); fi
    "${run[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >/dev/null
    "${run[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 60 -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c max_connections=200" start >/dev/null
    PG_CONNECTION="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Database=dss_bench;Maximum Pool Size=64"
}

median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us$/,"",v); print v/1000} else if (v ~ /ms$/) {sub(/ms$/,"",v); print v} else {sub(/s$/,"",v); print v*1000}}'; }

URLS=(
    "static style sheet (ceiling)|/css/site.css"
    "home: strategy, roadmap, latest case studies (fr)|/p/ville-de-demo?culture=fr"
    "case study list (nl)|/p/ville-de-demo/case-studies?culture=nl"
    "case study page (nl)|/p/ville-de-demo/case-studies/capteurs-stationnement?culture=nl"
    "Atom feed (en)|/p/ville-de-demo/case-studies/feed.atom?culture=en"
)

bench_database() { # name
    local name=$1
    dotnet "$WORK/cli/dss.dll" seed-demo >/dev/null
    dotnet "$WORK/web/DataStrategy.Web.dll" --contentRoot "$WORK/web" --urls "$BASE" >"$WORK/app-$name.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do curl -sf -o /dev/null "$BASE/p/ville-de-demo/case-studies" && break; sleep 0.2; done
    local image
    image=$(curl -s "$BASE/p/ville-de-demo/case-studies/capteurs-stationnement" | grep -o '/p/ville-de-demo/images/[^"/]*/medium' | head -n1)
    local all=("${URLS[@]}" "photo, 800 px JPEG|$image")
    for entry in "${all[@]}"; do
        local label=${entry%%|*} path=${entry#*|}
        [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE$path")" == 200 ]] || { echo "$path is not 200" >&2; exit 1; }
        wrk -t2 -c"$CONNECTIONS" -d5s "$BASE$path" >/dev/null
        : >"$WORK/rps.txt"; : >"$WORK/p99.txt"
        for _ in $(seq 1 "$RUNS"); do
            out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency "$BASE$path")
            if echo "$out" | grep -q "Non-2xx"; then echo "$path answered errors under load:" >&2; echo "$out" >&2; exit 1; fi
            echo "$out" | awk '/Requests\/sec/ {print $2}' >>"$WORK/rps.txt"
            echo "$out" | awk '$1 == "99%" {print $2}' | to_ms >>"$WORK/p99.txt"
        done
        printf '| %s | %s | %.0f | %.1f |\n' "$name" "$label" "$(median <"$WORK/rps.txt")" "$(median <"$WORK/p99.txt")"
    done
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

echo "| database | URL | requests/s (median of $RUNS) | p99 ms (median of $RUNS) |"
echo "|---|---|---|---|"
export DataFolder="$WORK/data-sqlite"
bench_database SQLite
if [[ -n "$PG_BIN" && -x "$PG_BIN/initdb" ]]; then
    export DataFolder="$WORK/data-pg"
    export Database__Provider=Postgres
    start_postgres
    export ConnectionStrings__Default="$PG_CONNECTION"
    bench_database PostgreSQL
else
    echo "PostgreSQL is not installed: only SQLite was measured" >&2
fi
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg); wrk -t2 -c$CONNECTIONS -d$DURATION"
