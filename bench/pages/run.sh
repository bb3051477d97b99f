#!/usr/bin/env bash
# =============================================================================
# bench/pages/run.sh — the app's signed-in and public pages against the minimal page (issue 21).
#
# Usage:  bash bench/pages/run.sh            (SQLite, and PostgreSQL when POSTGRES is set)
#         POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres" bash bench/pages/run.sh
#
# What it does, per database (sqlite, then postgres if POSTGRES is set):
#   1. Publishes src/DataStrategy.Web and bench/DataStrategy.MinimalPage in Release (or reuses PUBLISH_DIR).
#   2. Starts the app with the demo organisation (fresh database) and the minimal page (bench/DataStrategy.MinimalPage:
#      one query of 20 rows from a 1,000-row table on the same database engine, written as HTML).
#   3. ROUNDS times: for each target in turn — the minimal page, the stakeholder list, the results dashboard of the
#      demo's current campaign, the strategy overview, the roadmap overview, the public home page — signs in again
#      (a fresh cookie, as a browser has one: the session check renews a cookie at most once a minute) and runs
#      wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency. Every run is refused unless wrk saw no non-2xx/3xx
#      responses and no socket errors; a Lua counter then proves every page answers 200 under load (not a redirect).
#   4. Prints, per target, the median requests/s and p99 and the ratio to the minimal page's median in the same run.
#
# Knobs: PORT [47600]  MIN_PORT [47601]  ROUNDS [3]  DURATION [10s]  WARMUP [3s]  CONNECTIONS [32]  THREADS [2]
#        PUBLISH_DIR (reuse an app publish)  MIN_PUBLISH_DIR (reuse a minimal-page publish)  TARGETS (space-separated
#        subset of: minimal stakeholders dashboard strategy roadmap public)  KEEP_WORK [0]
#        APP_SETTINGS (extra settings for the app, e.g. "PageCache__Enabled=false" to measure rendering alone)
#        DATABASES (default "sqlite", plus "postgres" when POSTGRES is set; "postgres" alone to skip SQLite)
# =============================================================================
set -euo pipefail
PORT="${PORT:-47600}"; MIN_PORT="${MIN_PORT:-47601}"; ROUNDS="${ROUNDS:-3}"; DURATION="${DURATION:-10s}"
WARMUP="${WARMUP:-3s}"; CONNECTIONS="${CONNECTIONS:-32}"; THREADS="${THREADS:-2}"; KEEP_WORK="${KEEP_WORK:-0}"
TARGETS="${TARGETS:-minimal stakeholders dashboard strategy roadmap public}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
ORG=ville-de-demo; EMAIL="lead@${ORG}.example"; PASSWORD='Demo-Studio-2026!'
BASE="http://127.0.0.1:${PORT}"; MIN_BASE="http://127.0.0.1:${MIN_PORT}"
WORK="$(mktemp -d /tmp/dss-pagesbench.XXXXXX)"; APP_PID=""; MIN_PID=""

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
stop() { local pid="$1"; if [[ -n "$pid" ]] && kill -0 "$pid" 2>/dev/null; then kill -TERM "$pid" 2>/dev/null || true; wait "$pid" 2>/dev/null || true; fi; }
cleanup() { stop "$APP_PID"; stop "$MIN_PID"; if [[ "$KEEP_WORK" != 1 ]]; then rm -rf "$WORK"; else log "kept $WORK"; fi; }
trap cleanup EXIT
for tool in curl wrk dotnet awk sort python3; do command -v "$tool" >/dev/null || die "$tool not found"; done

PUB="${PUBLISH_DIR:-$WORK/publish}"; MIN_PUB="${MIN_PUBLISH_DIR:-$WORK/minimal}"
if [[ -z "${PUBLISH_DIR:-}" ]]; then
    log "publishing the app (Release)"
    dotnet publish "$REPO/src/DataStrategy.Web" -c Release -o "$PUB" -nologo -v quiet >"$WORK/publish.log" 2>&1 || { tail -20 "$WORK/publish.log"; die "publish failed"; }
fi
if [[ -z "${MIN_PUBLISH_DIR:-}" ]]; then
    log "publishing the minimal page (Release)"
    dotnet publish "$REPO/bench/DataStrategy.MinimalPage" -c Release -o "$MIN_PUB" -nologo -v quiet >"$WORK/publish-min.log" 2>&1 || { tail -20 "$WORK/publish-min.log"; die "publish failed"; }
fi

wait_200() { local url="$1" i code; for i in $(seq 1 600); do code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$url" || true); [[ "$code" == 200 ]] && return 0; sleep 0.2; done; return 1; }

start_both() { # db
    local db="$1" data="$WORK/data-$db" extra=() minconn=()
    mkdir -p "$data"
    if [[ "$db" == postgres ]]; then
        local name="dss_pagesbench_$$"
        extra=(Database__Provider=Postgres "ConnectionStrings__Default=${POSTGRES};Database=${name}")
        minconn=(--provider postgres --connection "${POSTGRES};Database=postgres")
    else
        minconn=(--provider sqlite --connection "Data Source=$data/minimal.db;Pooling=true")
    fi
    ( cd "$data"; exec env ASPNETCORE_ENVIRONMENT=Production ASPNETCORE_URLS="$BASE" DataFolder="$data" Demo__Enabled=true \
        Security__LoginAttemptsPerMinute=1000000 DOTNET_NOLOGO=1 "${extra[@]}" ${APP_SETTINGS:-} dotnet "$PUB/DataStrategy.Web.dll" --contentRoot "$PUB" ) >"$data/app.log" 2>&1 &
    APP_PID=$!
    ( cd "$data"; exec dotnet "$MIN_PUB/DataStrategy.MinimalPage.dll" --urls "$MIN_BASE" "${minconn[@]}" ) >"$data/min.log" 2>&1 &
    MIN_PID=$!
    wait_200 "$BASE/account/login" || { tail -30 "$data/app.log" >&2; die "app did not start"; }
    wait_200 "$MIN_BASE/" || { tail -30 "$data/min.log" >&2; die "minimal page did not start"; }
}

login() { # -> Cookie header value
    local jar="$WORK/jar.txt" html token
    rm -f "$jar"
    html=$(curl -s -c "$jar" -b "$jar" "$BASE/account/login")
    token=$(grep -o '<input[^>]*name="__RequestVerificationToken"[^>]*>' <<<"$html" | head -n1 | sed -n 's/.*value="\([^"]*\)".*/\1/p')
    [[ -n "$token" ]] || die "no antiforgery token on the login page"
    [[ $(curl -s -o /dev/null -w '%{http_code}' -c "$jar" -b "$jar" --data-urlencode "Email=$EMAIL" --data-urlencode "Password=$PASSWORD" \
        --data-urlencode "__RequestVerificationToken=$token" "$BASE/account/login") == 302 ]] || die "login refused"
    awk -F'\t' 'NF>=7 { sub(/^#HttpOnly_/, "", $1); if ($1 ~ /^#/) next; printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$jar"
}

url_of() { # target -> URL
    case "$1" in
        minimal) echo "$MIN_BASE/" ;;
        stakeholders) echo "$BASE/o/$ORG/stakeholders" ;;
        dashboard) echo "$BASE$DASHBOARD" ;;
        strategy) echo "$BASE/o/$ORG/strategy" ;;
        roadmap) echo "$BASE/o/$ORG/roadmap" ;;
        public) echo "$BASE/p/$ORG" ;;
        *) die "unknown target $1" ;;
    esac
}

to_ms() { awk -v v="$1" 'BEGIN { n=v; sub(/[a-z]+$/, "", n); u=v; sub(/^[0-9.]+/, "", u);
    f = (u=="us") ? 0.001 : (u=="ms") ? 1 : (u=="s") ? 1000 : (u=="m") ? 60000 : -1; if (f < 0) { print "n/a"; exit } printf "%.2f", n*f }'; }
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {print (NR%2) ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2}'; }

cat >"$WORK/status.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) n200 = 0; nother = 0 end
function response(status, headers, body) if status == 200 then n200 = n200 + 1 else nother = nother + 1 end end
function done(summary, latency, requests)
    local ok, bad = 0, 0
    for _, t in ipairs(threads) do ok = ok + t:get("n200"); bad = bad + t:get("nother") end
    io.write(string.format("STATUS200 %d OTHER %d\n", ok, bad))
end
LUA

declare -A RPS P99 BYTES
SUMMARY="$WORK/summary.md"
: >"$SUMMARY"
DEFAULT_DATABASES="sqlite"; [[ -n "${POSTGRES:-}" ]] && DEFAULT_DATABASES="sqlite postgres"
DATABASES="${DATABASES:-$DEFAULT_DATABASES}"
for db in $DATABASES; do
    log "[$db] starting the app and the minimal page"
    start_both "$db"
    COOKIE=$(login)
    DASHBOARD=$(curl -s -H "Cookie: $COOKIE" "$BASE/o/$ORG/campaigns" | grep -o "/o/$ORG/campaigns/[0-9a-f-]\{36\}" | head -n1)/dashboard
    [[ "$DASHBOARD" == /o/* ]] || die "no campaign found for the dashboard"
    for t in $TARGETS; do
        u=$(url_of "$t"); [[ "$t" == public || "$t" == minimal ]] && h=() || h=(-H "Cookie: $COOKIE")
        code=$(curl -s -o "$WORK/$t.html" -w '%{http_code}' "${h[@]}" "$u"); [[ "$code" == 200 ]] || die "$t ($u) answered $code"
        BYTES[$t]=$(stat -c %s "$WORK/$t.html")
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$WARMUP" "${h[@]}" "$u" >/dev/null 2>&1
        wrk -t"$THREADS" -c"$CONNECTIONS" -d2s -s "$WORK/status.lua" "${h[@]}" "$u" >"$WORK/status-$t.txt" 2>&1
        read -r _ ok _ bad < <(grep '^STATUS200' "$WORK/status-$t.txt")
        [[ "$ok" -gt 0 && "$bad" -eq 0 ]] || { cat "$WORK/status-$t.txt"; die "$t under load: $ok answers 200, $bad other"; }
    done
    log "[$db] checked: every target answers 200 under load (dashboard $DASHBOARD); load $(loadavg)"
    for r in $(seq 1 "$ROUNDS"); do
        for t in $TARGETS; do
            COOKIE=$(login)
            u=$(url_of "$t"); [[ "$t" == public || "$t" == minimal ]] && h=() || h=(-H "Cookie: $COOKIE")
            out="$WORK/wrk-$db-$t-$r.txt"
            wrk -t"$THREADS" -c"$CONNECTIONS" -d"$DURATION" --latency "${h[@]}" "$u" >"$out" 2>&1
            grep -q 'Non-2xx or 3xx responses\|Socket errors' "$out" && { cat "$out"; die "$t: errors under load"; }
            rps=$(awk '/^Requests\/sec:/ {print $2}' "$out"); p99=$(to_ms "$(awk '$1=="99%" {print $2}' "$out")")
            RPS[$db,$t]="${RPS[$db,$t]:-} $rps"; P99[$db,$t]="${P99[$db,$t]:-} $p99"
            log "[$db] round $r $t: $rps req/s, p99 $p99 ms (load $(loadavg))"
        done
    done
    stop "$APP_PID"; APP_PID=""; stop "$MIN_PID"; MIN_PID=""
    min_rps=$(median ${RPS[$db,minimal]:-0})
    {
        echo "### $db${APP_SETTINGS:+ ($APP_SETTINGS)} — $(date -u '+%Y-%m-%d %H:%M UTC'), wrk -t$THREADS -c$CONNECTIONS -d$DURATION, $ROUNDS rounds, load at end $(loadavg)"
        echo
        echo "| page | bytes | median req/s | runs req/s | median p99 ms | runs p99 ms | ratio to minimal |"
        echo "|---|---:|---:|---|---:|---|---:|"
        for t in $TARGETS; do
            m=$(median ${RPS[$db,$t]}); p=$(median ${P99[$db,$t]})
            ratio=$(awk -v a="$m" -v b="$min_rps" 'BEGIN { if (b > 0) printf "%.1f%%", 100*a/b; else print "n/a" }')
            echo "| $t | ${BYTES[$t]} | $m | ${RPS[$db,$t]# } | $p | ${P99[$db,$t]# } | $ratio |"
        done
        echo
    } | tee -a "$SUMMARY"
done
echo "Machine: $(nproc) cores ($(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)), dotnet $(dotnet --version), $(wrk -v 2>&1 | head -n1 | awk '{print $1, $2}')" | tee -a "$SUMMARY"
