#!/usr/bin/env bash
# =============================================================================
# bench/http/run.sh — HTTP-level benchmark of the Data Strategy Studio web app.
#
# Usage (from anywhere; needs bash, curl, wrk, the .NET SDK):
#     bash bench/http/run.sh
#
# What it does
#   1. Publishes src/DataStrategy.Web in Release to a temporary folder.
#   2. Cold start, COLD_RUNS times each, interleaved (fresh, warm, fresh, warm, ...):
#        fresh : empty DataFolder -> start includes the SQLite migrations + demo seed;
#        warm  : an already-migrated, already-seeded DataFolder (primed once, not counted).
#      Measures launch of `dotnet <publish>/DataStrategy.Web.dll --contentRoot <publish>`
#      until the first HTTP 200 on GET /account/login (curl polls every POLL_INTERVAL s),
#      and VmRSS (/proc/PID/status) right after that first 200 and after IDLE_SECONDS idle.
#      The OS page cache is warm after the first launch: this is "process cold", not
#      "machine cold".
#   3. Load: starts the app once (fresh DataFolder, demo on), logs in as the demo lead with
#      curl (antiforgery token + cookie), checks that the stakeholder list answers 200 and
#      contains "Sophie Lambert", then runs wrk (CONNECTIONS connections, THREADS threads,
#      DURATION, --latency) against
#        (a) /css/site.css                       — static-file ceiling,
#        (b) /o/ville-de-demo/stakeholders       — authenticated Razor page + SQLite queries,
#      after one short untimed warm-up of each, LOAD_ROUNDS times alternating
#      (static, list, static, list, ...). Reports the median requests/s and median p99
#      latency of each and the ratio list/static. Every run is rejected if wrk reports
#      "Non-2xx or 3xx responses" or socket errors, and a final untimed wrk run with a
#      Lua status counter proves the list requests answer 200 (wrk itself counts a 302 to
#      the login page as a success, so the counter is what rules that out).
#   4. Prints a markdown summary (also written to $WORK/summary.md) with the machine facts.
#
# All traffic goes to 127.0.0.1 only. wrk and the server share the same machine (and its
# cores), so throughput figures are for this set-up, not for a dedicated server.
#
# Knobs (environment variables, defaults in brackets):
#   PORT [47311]  COLD_RUNS [5]  IDLE_SECONDS [5]  POLL_INTERVAL [0.02]
#   CONNECTIONS [32]  THREADS [2]  DURATION [20s]  WARMUP [5s]  LOAD_ROUNDS [3]
#   PUBLISH_DIR [unset: publish to $WORK/publish; set: reuse an existing publish folder]
#   KEEP_WORK [0: delete the temporary folder at the end; 1: keep it]
# =============================================================================
set -euo pipefail

PORT="${PORT:-47311}"
COLD_RUNS="${COLD_RUNS:-5}"
IDLE_SECONDS="${IDLE_SECONDS:-5}"
POLL_INTERVAL="${POLL_INTERVAL:-0.02}"
CONNECTIONS="${CONNECTIONS:-32}"
THREADS="${THREADS:-2}"
DURATION="${DURATION:-20s}"
WARMUP="${WARMUP:-5s}"
LOAD_ROUNDS="${LOAD_ROUNDS:-3}"
KEEP_WORK="${KEEP_WORK:-0}"
START_TIMEOUT_S=120

REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BASE="http://127.0.0.1:${PORT}"
ORG=ville-de-demo
LIST_PATH="/o/${ORG}/stakeholders"
STATIC_PATH="/css/site.css"
LOGIN_EMAIL="lead@${ORG}.example"
LOGIN_PASSWORD='Demo-Studio-2026!'

WORK="$(mktemp -d /tmp/dss-httpbench.XXXXXX)"
APP_PID=""

log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }

cleanup() {
    if [[ -n "$APP_PID" ]] && kill -0 "$APP_PID" 2>/dev/null; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
    fi
    if [[ "$KEEP_WORK" != 1 ]]; then rm -rf "$WORK"; else log "kept $WORK"; fi
}
trap cleanup EXIT

for tool in curl wrk dotnet awk sort; do
    command -v "$tool" >/dev/null || die "$tool not found"
done

# ---------------------------------------------------------------------------- helpers
median() { # numbers as arguments -> median (mean of the two middle values when even)
    printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR==0) {print "n/a"; exit} if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'
}
now_ns() { date +%s%N; }
rss_kib() { awk '/^VmRSS:/ {print $2}' "/proc/$1/status" 2>/dev/null || echo 0; }
mib() { awk -v k="$1" 'BEGIN {printf "%.0f", k/1024}'; }

port_busy() { curl -s -o /dev/null --max-time 1 "$BASE/" ; }

# start_app DATAFOLDER LOGFILE  -> sets APP_PID
start_app() {
    local data="$1" logfile="$2"
    if port_busy; then die "something already answers on $BASE; choose another PORT"; fi
    (
        cd "$WORK"
        export ASPNETCORE_ENVIRONMENT=Production \
               ASPNETCORE_URLS="$BASE" \
               DataFolder="$data" \
               Demo__Enabled=true \
               Security__LoginAttemptsPerMinute=100000 \
               DOTNET_CLI_TELEMETRY_OPTOUT=1 \
               DOTNET_NOLOGO=1
        exec dotnet "$PUB/DataStrategy.Web.dll" --contentRoot "$PUB"
    ) >"$logfile" 2>&1 &
    APP_PID=$!
}

stop_app() {
    if [[ -n "$APP_PID" ]]; then
        kill -TERM "$APP_PID" 2>/dev/null || true
        wait "$APP_PID" 2>/dev/null || true
        APP_PID=""
    fi
    # make sure the port is free again before the next launch
    for _ in $(seq 1 100); do port_busy || return 0; sleep 0.1; done
    die "port $PORT still answers after stopping the app"
}

# wait_for_200 PATH -> prints elapsed ms since $T0 (global) once PATH answers 200
wait_for_200() {
    local path="$1" code deadline
    deadline=$(( $(now_ns) + START_TIMEOUT_S * 1000000000 ))
    while :; do
        code=$(curl -s -o /dev/null -w '%{http_code}' --max-time 5 "$BASE$path" || true)
        if [[ "$code" == 200 ]]; then
            echo $(( ($(now_ns) - T0) / 1000000 ))
            return 0
        fi
        kill -0 "$APP_PID" 2>/dev/null || return 1
        (( $(now_ns) < deadline )) || return 1
        sleep "$POLL_INTERVAL"
    done
}

loadavg() { cut -d' ' -f1-3 /proc/loadavg; }
LOAD_AT_START=$(loadavg)
log "load average at start: $LOAD_AT_START (a busy machine makes every figure slower; compare ratios)"

# ---------------------------------------------------------------------------- 1. publish
if [[ -n "${PUBLISH_DIR:-}" ]]; then
    PUB="$(cd "$PUBLISH_DIR" && pwd)"
    log "reusing publish folder $PUB"
else
    PUB="$WORK/publish"
    log "publishing src/DataStrategy.Web (Release) to $PUB"
    publish_ok=0
    for attempt in 1 2 3; do   # retry: another build may hold a file lock for a moment
        if dotnet publish "$REPO/src/DataStrategy.Web" -c Release -o "$PUB" -nologo -v quiet >"$WORK/publish.log" 2>&1; then
            publish_ok=1; break
        fi
        log "publish attempt $attempt failed (tail of log below); retrying in 10 s"
        tail -n 5 "$WORK/publish.log" >&2
        sleep 10
    done
    (( publish_ok )) || die "dotnet publish failed; see $WORK/publish.log (KEEP_WORK=1 to keep it)"
fi
[[ -f "$PUB/DataStrategy.Web.dll" && -d "$PUB/wwwroot" ]] || die "publish folder lacks DataStrategy.Web.dll or wwwroot"

# ---------------------------------------------------------------------------- 2. cold start
# one run(kind) = launch, time to first 200 on /account/login, RSS then, RSS after idle
declare -a FRESH_MS=() FRESH_RSS1=() FRESH_RSS2=() WARM_MS=() WARM_RSS1=() WARM_RSS2=()
WARM_DATA="$WORK/data-warm"

cold_run() { # kind (fresh|warm|prime) index
    local kind="$1" i="$2" data ms r1 r2
    case "$kind" in
        fresh) data="$WORK/data-fresh-$i"; mkdir -p "$data" ;;
        *)     data="$WARM_DATA"; mkdir -p "$data" ;;
    esac
    T0=$(now_ns)
    start_app "$data" "$WORK/cold-$kind-$i.log"
    if ! ms=$(wait_for_200 /account/login); then
        tail -n 30 "$WORK/cold-$kind-$i.log" >&2
        die "$kind run $i: no 200 on /account/login within ${START_TIMEOUT_S}s"
    fi
    r1=$(rss_kib "$APP_PID")
    sleep "$IDLE_SECONDS"
    r2=$(rss_kib "$APP_PID")
    stop_app
    log "  $kind #$i: first 200 after ${ms} ms, RSS $(mib "$r1") MiB, after ${IDLE_SECONDS}s idle $(mib "$r2") MiB (loadavg $(loadavg))"
    case "$kind" in
        fresh) FRESH_MS+=("$ms"); FRESH_RSS1+=("$r1"); FRESH_RSS2+=("$r2") ;;
        warm)  WARM_MS+=("$ms");  WARM_RSS1+=("$r1");  WARM_RSS2+=("$r2") ;;
    esac
}

log "cold start: priming run (creates the warm database, warms the OS file cache; not counted)"
cold_run prime 0
[[ -f "$WARM_DATA/datastrategy.db" ]] || die "priming run did not create $WARM_DATA/datastrategy.db"
log "cold start: $COLD_RUNS fresh-database runs and $COLD_RUNS warm-database runs, interleaved"
for i in $(seq 1 "$COLD_RUNS"); do
    cold_run fresh "$i"
    cold_run warm "$i"
done

# ---------------------------------------------------------------------------- 3. load
log "load: starting the app once (fresh DataFolder, demo on)"
T0=$(now_ns)
start_app "$WORK/data-load" "$WORK/load-app.log"
wait_for_200 /account/login >/dev/null || { tail -n 30 "$WORK/load-app.log" >&2; die "app did not start for the load test"; }

JAR="$WORK/cookies.txt"
login_html=$(curl -s -c "$JAR" -b "$JAR" "$BASE/account/login")
token=$(grep -o '<input[^>]*name="__RequestVerificationToken"[^>]*>' <<<"$login_html" | head -n1 | sed -n 's/.*value="\([^"]*\)".*/\1/p')
[[ -n "$token" ]] || die "no __RequestVerificationToken in the login form"
login_code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" \
    --data-urlencode "Email=$LOGIN_EMAIL" --data-urlencode "Password=$LOGIN_PASSWORD" \
    --data-urlencode "__RequestVerificationToken=$token" "$BASE/account/login")
[[ "$login_code" == 302 ]] || die "login POST answered $login_code, expected 302"
grep -q $'\tdss.auth\t' "$JAR" || die "no dss.auth cookie after login"
# Netscape cookie jar -> one Cookie header (HttpOnly cookies carry a "#HttpOnly_" prefix)
COOKIE=$(awk -F'\t' 'NF>=7 { sub(/^#HttpOnly_/, "", $1); if ($1 ~ /^#/) next; printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$JAR")

list_check=$(curl -s -w '\n%{http_code} %{size_download}' -H "Cookie: $COOKIE" "$BASE$LIST_PATH")
list_code=$(tail -n1 <<<"$list_check" | cut -d' ' -f1)
LIST_BYTES=$(tail -n1 <<<"$list_check" | cut -d' ' -f2)
[[ "$list_code" == 200 ]] || die "GET $LIST_PATH with the cookie answered $list_code, expected 200"
grep -q 'Sophie Lambert' <<<"$list_check" || die "GET $LIST_PATH does not contain 'Sophie Lambert'"
STATIC_BYTES=$(curl -s -o /dev/null -w '%{size_download}' "$BASE$STATIC_PATH")
log "login ok; $LIST_PATH: 200, ${LIST_BYTES} bytes, contains 'Sophie Lambert'; $STATIC_PATH: ${STATIC_BYTES} bytes"

to_ms() { # wrk latency such as 812.00us / 12.34ms / 1.20s / 2.00m -> ms
    awk -v v="$1" 'BEGIN { n=v; sub(/[a-z]+$/, "", n); u=v; sub(/^[0-9.]+/, "", u);
        f = (u=="us") ? 0.001 : (u=="ms") ? 1 : (u=="s") ? 1000 : (u=="m") ? 60000 : -1;
        if (f < 0) { print "n/a"; exit } printf "%.2f", n*f }'
}

declare -a STATIC_RPS=() STATIC_P99=() LIST_RPS=() LIST_P99=()
run_wrk() { # kind (static|list) round duration -> appends figures unless round == warmup
    local kind="$1" round="$2" dur="$3" out path rps p99
    out="$WORK/wrk-$kind-$round.txt"
    if [[ "$kind" == static ]]; then
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$dur" --latency "$BASE$STATIC_PATH" >"$out" 2>&1
    else
        wrk -t"$THREADS" -c"$CONNECTIONS" -d"$dur" --latency -H "Cookie: $COOKIE" "$BASE$LIST_PATH" >"$out" 2>&1
    fi
    if grep -q 'Non-2xx or 3xx responses' "$out"; then cat "$out" >&2; die "wrk $kind #$round: non-2xx/3xx responses"; fi
    if grep -q 'Socket errors' "$out"; then cat "$out" >&2; die "wrk $kind #$round: socket errors"; fi
    rps=$(awk '/^Requests\/sec:/ {print $2}' "$out")
    p99=$(to_ms "$(awk '$1=="99%" {print $2}' "$out")")
    [[ -n "$rps" ]] || { cat "$out" >&2; die "could not read Requests/sec from wrk"; }
    log "  wrk $kind #$round: ${rps} req/s, p99 ${p99} ms (loadavg $(loadavg))"
    if [[ "$round" != warmup ]]; then
        if [[ "$kind" == static ]]; then STATIC_RPS+=("$rps"); STATIC_P99+=("$p99"); else LIST_RPS+=("$rps"); LIST_P99+=("$p99"); fi
    fi
}

log "load: untimed warm-up ($WARMUP each), then $LOAD_ROUNDS x (static, list) of $DURATION, -c$CONNECTIONS -t$THREADS"
run_wrk static warmup "$WARMUP"
run_wrk list warmup "$WARMUP"
for r in $(seq 1 "$LOAD_ROUNDS"); do
    run_wrk static "$r" "$DURATION"
    run_wrk list "$r" "$DURATION"
done

# Status check: wrk counts 3xx as success, so count the status codes of the list requests.
cat >"$WORK/status.lua" <<'LUA'
local threads = {}
function setup(thread) table.insert(threads, thread) end
function init(args) n200 = 0; nother = 0 end
function response(status, headers, body)
    if status == 200 then n200 = n200 + 1 else nother = nother + 1 end
end
function done(summary, latency, requests)
    local ok, bad = 0, 0
    for _, t in ipairs(threads) do ok = ok + t:get("n200"); bad = bad + t:get("nother") end
    io.write(string.format("STATUS200 %d OTHER %d\n", ok, bad))
end
LUA
wrk -t"$THREADS" -c"$CONNECTIONS" -d3s -s "$WORK/status.lua" -H "Cookie: $COOKIE" "$BASE$LIST_PATH" >"$WORK/wrk-status.txt" 2>&1
read -r _ LIST_200 _ LIST_OTHER < <(grep '^STATUS200' "$WORK/wrk-status.txt") || true
[[ "${LIST_200:-0}" -gt 0 && "${LIST_OTHER:-1}" -eq 0 ]] || { cat "$WORK/wrk-status.txt" >&2; die "list requests under load were not all 200"; }
log "status check: $LIST_200 list responses under load, all 200"
LOAD_RSS=$(rss_kib "$APP_PID")
stop_app
LOAD_AT_END=$(loadavg)

# ---------------------------------------------------------------------------- 4. summary
m_fresh=$(median "${FRESH_MS[@]}"); m_warm=$(median "${WARM_MS[@]}")
m_s_rps=$(median "${STATIC_RPS[@]}"); m_l_rps=$(median "${LIST_RPS[@]}")
m_s_p99=$(median "${STATIC_P99[@]}"); m_l_p99=$(median "${LIST_P99[@]}")
ratio=$(awk -v a="$m_l_rps" -v b="$m_s_rps" 'BEGIN {printf "%.3f", a/b}')
p99ratio=$(awk -v a="$m_l_p99" -v b="$m_s_p99" 'BEGIN {printf "%.1f", a/b}')
join() { local IFS=,; echo "$*" | sed 's/,/, /g'; }
mibs() { local out=() k; for k in "$@"; do out+=("$(mib "$k")"); done; join "${out[@]}"; }

cpu_model=$(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)
mem_total=$(awk '/^MemTotal:/ {printf "%.1f GiB", $2/1048576}' /proc/meminfo)
wrk_version=$(wrk -v 2>&1 | head -n1 | awk '{print $1, $2}' || true)

{
cat <<EOF
## HTTP benchmark — $(date -u '+%Y-%m-%d %H:%M UTC')

Machine: $(nproc) cores ($cpu_model), $mem_total RAM, $(uname -sr), dotnet SDK $(dotnet --version), ${wrk_version:-wrk}.
App: \`dotnet DataStrategy.Web.dll\` from a Release publish, SQLite, ASPNETCORE_ENVIRONMENT=Production, demo organisation seeded.

### Cold start (launch → first HTTP 200 on GET /account/login; $COLD_RUNS runs each, interleaved)

| Case | Median | All runs (ms) | RSS at first 200, median | RSS after ${IDLE_SECONDS} s idle, median |
|---|---|---|---|---|
| Fresh DataFolder (migrations + demo seed) | **${m_fresh} ms** | $(join "${FRESH_MS[@]}") | $(mib "$(median "${FRESH_RSS1[@]}")") MiB | $(mib "$(median "${FRESH_RSS2[@]}")") MiB |
| Warm DataFolder (already migrated and seeded) | **${m_warm} ms** | $(join "${WARM_MS[@]}") | $(mib "$(median "${WARM_RSS1[@]}")") MiB | $(mib "$(median "${WARM_RSS2[@]}")") MiB |

RSS per run (MiB), fresh at first 200: $(mibs "${FRESH_RSS1[@]}"); after idle: $(mibs "${FRESH_RSS2[@]}").
RSS per run (MiB), warm at first 200: $(mibs "${WARM_RSS1[@]}"); after idle: $(mibs "${WARM_RSS2[@]}").

### Load (wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency; $LOAD_ROUNDS rounds alternating, after a $WARMUP warm-up of each)

| Target | Median req/s | Median p99 | Runs req/s | Runs p99 (ms) |
|---|---|---|---|---|
| GET $STATIC_PATH (static, ${STATIC_BYTES} B) | **${m_s_rps}** | **${m_s_p99} ms** | $(join "${STATIC_RPS[@]}") | $(join "${STATIC_P99[@]}") |
| GET $LIST_PATH (signed in, ${LIST_BYTES} B) | **${m_l_rps}** | **${m_l_p99} ms** | $(join "${LIST_RPS[@]}") | $(join "${LIST_P99[@]}") |
| Ratio list / static | **${ratio}** (throughput) | ${p99ratio}× (p99) | | |

Checks: login POST → 302 with \`dss.auth\`; list page with the cookie → 200 containing "Sophie Lambert";
no "Non-2xx or 3xx responses" or socket errors in any wrk run; a separate 3 s wrk run with a Lua
status counter saw $LIST_200 list responses, all 200. App RSS after the load runs: $(mib "$LOAD_RSS") MiB.
wrk and the app share the same $(nproc) cores. Load average (1/5/15 min) at start: $LOAD_AT_START; at end: $LOAD_AT_END.
EOF
} | tee "$WORK/summary.md"

if [[ "$KEEP_WORK" == 1 ]]; then log "summary written to $WORK/summary.md"; fi
