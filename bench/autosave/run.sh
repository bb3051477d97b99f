#!/usr/bin/env bash
# Autosave of ONE interview under 32 concurrent savers (issue 17), on SQLite and on PostgreSQL: saves per second,
# median and p99 latency, errors (target 0) and questions keeping their last write (target all).
#
#   bash bench/autosave/run.sh                                   # from the repository root
#   SOURCE=/tmp/dss-02faac9 bash bench/autosave/run.sh           # the same measurement of another copy of the code
#
# Steps:
#   1. dotnet publish $SOURCE/src/DataStrategy.Web -c Release (SOURCE defaults to this repository; to measure an older
#      commit: mkdir /tmp/dss-02faac9 && git archive 02faac9 | tar -x -C /tmp/dss-02faac9), and builds
#      bench/DataStrategy.AutosaveRunner of THIS repository.
#   2. For each of DATABASES: starts the app (`dotnet <publish>/DataStrategy.Web.dll --contentRoot <publish> --urls
#      http://127.0.0.1:$PORT`, ASPNETCORE_ENVIRONMENT=Production, Demo__Enabled=true, a fresh DataFolder; SQLite in
#      it, or a fresh database on the PostgreSQL server at $PG_HOST:$PG_PORT, user postgres, which the app creates and
#      migrates) and waits for /health.
#   3. Runs the runner: the demo facilitator signed in SESSIONS times, CLIENTS clients saving fields of the demo
#      campaign's first interview back to back (26 clients own one question each, the others all write the last four
#      questions), WARMUP s warm-up, then RUNS timed phases of DURATION s, each followed by a read-back of the 30
#      answers through the capture pages. Prints one line per run and the medians.
#   4. Stops the app (its own PID), drops the PostgreSQL database, deletes the work folder.
#
# Knobs: CLIENTS=32 DURATION=20 WARMUP=5 RUNS=3 SESSIONS=4 DATABASES="sqlite postgres" PORT=47451 PG_HOST=127.0.0.1
# PG_PORT=55432 SOURCE=<repository> NO_PUBLISH=1 (reuse WORK's publish; with WORK=<folder> KEEP_WORK=1).
set -euo pipefail
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
SOURCE="$(cd "${SOURCE:-$REPO}" && pwd)"
CLIENTS="${CLIENTS:-32}"
DURATION="${DURATION:-20}"
WARMUP="${WARMUP:-5}"
RUNS="${RUNS:-3}"
SESSIONS="${SESSIONS:-4}"
DATABASES="${DATABASES:-sqlite postgres}"
PORT="${PORT:-47451}"
PG_HOST="${PG_HOST:-127.0.0.1}"
PG_PORT="${PG_PORT:-55432}"
BASE="http://127.0.0.1:$PORT"
WORK="${WORK:-$(mktemp -d /tmp/dss-autosave-bench.XXXXXX)}"
mkdir -p "$WORK"
APP_PID=""
PG_DB=""
cleanup() {
    if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
    if [[ -n "$PG_DB" ]]; then psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -q -c "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 || true; fi
    [[ "${KEEP_WORK:-}" == 1 ]] || rm -rf "$WORK"
}
trap cleanup EXIT

if [[ "${NO_PUBLISH:-}" != 1 ]]; then
    dotnet publish "$SOURCE/src/DataStrategy.Web" -c Release -o "$WORK/web" -v q -nologo >/dev/null
fi
dotnet build "$REPO/bench/DataStrategy.AutosaveRunner" -c Release -o "$WORK/runner" -v q -nologo >/dev/null

bench_database() { # label
    rm -rf "$WORK/data"
    mkdir -p "$WORK/data"
    ASPNETCORE_ENVIRONMENT=Production DataFolder="$WORK/data" Demo__Enabled=true Security__LoginAttemptsPerMinute=100000 \
        dotnet "$WORK/web/DataStrategy.Web.dll" --contentRoot "$WORK/web" --urls "$BASE" >"$WORK/app-$1.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 900); do
        curl -sf -o /dev/null "$BASE/health" && break
        kill -0 "$APP_PID" 2>/dev/null || { cat "$WORK/app-$1.log"; exit 1; }
        sleep 0.2
    done
    echo "### $1 — $(cd "$SOURCE" && git rev-parse --short HEAD 2>/dev/null || basename "$SOURCE"), $(date -u '+%Y-%m-%d %H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
    dotnet "$WORK/runner/DataStrategy.AutosaveRunner.dll" "$BASE" "$CLIENTS" "$DURATION" "$WARMUP" "$RUNS" "$SESSIONS"
    echo "# errors the app logged while serving: $(awk '/Application started/ {on=1} on && /^fail:/ {n++} END {print n+0}' "$WORK/app-$1.log")"
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
}

if [[ "$DATABASES" == *sqlite* ]]; then
    Database__Provider=Sqlite bench_database SQLite
fi
if [[ "$DATABASES" == *postgres* ]]; then
    if psql -h "$PG_HOST" -p "$PG_PORT" -U postgres -q -c "SELECT 1" >/dev/null 2>&1; then
        PG_DB="dss_autosave_bench_$$"
        Database__Provider=Postgres ConnectionStrings__Default="Host=$PG_HOST;Port=$PG_PORT;Username=postgres;Database=$PG_DB;Maximum Pool Size=64" \
            bench_database PostgreSQL
    else
        echo "No PostgreSQL server at $PG_HOST:$PG_PORT: only SQLite was measured" >&2
    fi
fi
echo "# machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
