#!/usr/bin/env bash
# =============================================================================
# bench/inventory/run.sh — the data-inventory register with 10,000 datasets, against the stakeholder list page
# measured in the same run (issue 20).
#
# Usage: bash bench/inventory/run.sh          (needs bash, curl, wrk, the .NET SDK)
#
#   1. Publishes the web app and the CLI (Release).
#   2. Starts the app once on a fresh DataFolder (migrations + demo seed), stops it, and adds COUNT datasets to the
#      demo organisation with `dss bench seed-datasets` (same database).
#   3. Starts the app again, signs in as the demo lead, and runs wrk (-t THREADS -c CONNECTIONS --latency) ROUNDS
#      times, alternating: the stakeholder list (baseline), the register's first page, the register searched, and
#      the register filtered and searched. Reports the median p50, p99 and requests/s of each and the ratio to the
#      baseline of the same round.
# Knobs: PORT [47321] COUNT [10000] CONNECTIONS [32] THREADS [2] DURATION [15s] WARMUP [3s] ROUNDS [3] KEEP_WORK [0]
#        DATABASE [sqlite] or postgres, with POSTGRES (a connection string without Database, e.g.
#        "Host=127.0.0.1;Port=55432;Username=postgres"): the run then uses a fresh database dss_invbench_<pid>, dropped at the end.
# =============================================================================
set -euo pipefail
PORT="${PORT:-47321}"; COUNT="${COUNT:-10000}"; CONNECTIONS="${CONNECTIONS:-32}"; THREADS="${THREADS:-2}"
DURATION="${DURATION:-15s}"; WARMUP="${WARMUP:-3s}"; ROUNDS="${ROUNDS:-3}"; KEEP_WORK="${KEEP_WORK:-0}"
DATABASE="${DATABASE:-sqlite}"; PG_DB="dss_invbench_$$"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
BASE="http://127.0.0.1:${PORT}"; ORG=ville-de-demo
WORK="$(mktemp -d /tmp/dss-invbench.XXXXXX)"; APP_PID=""
log() { printf '[%(%H:%M:%S)T] %s\n' -1 "$*" >&2; }
die() { log "ERROR: $*"; exit 1; }
drop_pg() { [[ "$DATABASE" == postgres ]] && command -v psql >/dev/null && psql "$(pg_uri postgres)" -qc "DROP DATABASE IF EXISTS \"$PG_DB\" WITH (FORCE)" >/dev/null 2>&1 || true; }
# libpq wants a URI or key=value pairs; the Npgsql string's Host/Port/Username/Password are enough here.
pg_uri() { awk -v s="$POSTGRES" -v db="$1" 'BEGIN { n = split(s, kv, ";"); for (i = 1; i <= n; i++) { split(kv[i], p, "="); k = tolower(p[1]);
    if (k == "host") h = p[2]; else if (k == "port") o = p[2]; else if (k == "username" || k == "user id") u = p[2]; else if (k == "password") w = p[2] }
    printf "host=%s port=%s user=%s dbname=%s%s", h, (o ? o : 5432), u, db, (w ? " password=" w : "") }'; }
cleanup() { [[ -n "$APP_PID" ]] && kill -TERM "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null; [[ "$KEEP_WORK" == 1 ]] || { rm -rf "$WORK"; drop_pg; }; }
trap cleanup EXIT
for tool in curl wrk dotnet awk; do command -v "$tool" >/dev/null || die "$tool not found"; done
median() { printf '%s\n' "$@" | sort -g | awk '{a[NR]=$1} END {if (NR%2) print a[(NR+1)/2]; else print (a[NR/2]+a[NR/2+1])/2}'; }
to_ms() { awk -v v="$1" 'BEGIN { n=v; sub(/[a-z]+$/, "", n); u=v; sub(/^[0-9.]+/, "", u);
    f = (u=="us") ? 0.001 : (u=="ms") ? 1 : (u=="s") ? 1000 : -1; if (f < 0) { print "n/a"; exit } printf "%.2f", n*f }'; }

export ASPNETCORE_ENVIRONMENT=Production DataFolder="$WORK/data" Demo__Enabled=true Security__LoginAttemptsPerMinute=100000 DOTNET_NOLOGO=1
mkdir -p "$DataFolder"
case "$DATABASE" in
  sqlite) ;;
  postgres) [[ -n "${POSTGRES:-}" ]] || die "DATABASE=postgres needs POSTGRES (a connection string without Database)"
    export Database__Provider=Postgres ConnectionStrings__Default="${POSTGRES};Database=${PG_DB}"; log "PostgreSQL database $PG_DB" ;;
  *) die "DATABASE must be sqlite or postgres" ;;
esac
log "publishing (Release)"
dotnet publish "$REPO/src/DataStrategy.Web" -c Release -o "$WORK/web" -nologo -v quiet >"$WORK/publish.log" 2>&1 || die "publish web failed"
dotnet publish "$REPO/src/DataStrategy.Cli" -c Release -o "$WORK/cli" -nologo -v quiet >>"$WORK/publish.log" 2>&1 || die "publish cli failed"

start_app() { ( cd "$WORK"; ASPNETCORE_URLS="$BASE" exec dotnet "$WORK/web/DataStrategy.Web.dll" --contentRoot "$WORK/web" ) >"$WORK/app.log" 2>&1 & APP_PID=$!
    for _ in $(seq 1 1200); do [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/account/login" || true)" == 200 ]] && return 0; sleep 0.1; done; die "app did not start"; }
stop_app() { kill -TERM "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""; }

log "first start: migrations and demo"; start_app; stop_app
log "seeding $COUNT datasets"
( cd "$WORK"; dotnet "$WORK/cli/dss.dll" bench seed-datasets --organisation "$ORG" --count "$COUNT" ) >"$WORK/seed.log" 2>&1 || { cat "$WORK/seed.log" >&2; die "seeding failed"; }
tail -n 2 "$WORK/seed.log" >&2
start_app

JAR="$WORK/cookies.txt"
token=$(curl -s -c "$JAR" -b "$JAR" "$BASE/account/login" | grep -o '<input[^>]*name="__RequestVerificationToken"[^>]*>' | head -n1 | sed -n 's/.*value="\([^"]*\)".*/\1/p')
code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "Email=lead@$ORG.example" --data-urlencode 'Password=Demo-Studio-2026!' --data-urlencode "__RequestVerificationToken=$token" "$BASE/account/login")
[[ "$code" == 302 ]] || die "login answered $code"
COOKIE=$(awk -F'\t' 'NF>=7 { sub(/^#HttpOnly_/, "", $1); if ($1 ~ /^#/) next; printf "%s%s=%s", (n++ ? "; " : ""), $6, $7 }' "$JAR")

DEPT=$(curl -s -H "Cookie: $COOKIE" "$BASE/o/$ORG/datasets" | grep -o 'option value="[0-9a-f-]\{36\}"' | head -n1 | sed 's/.*"\(.*\)"/\1/')
declare -A PATHS=(
  [baseline]="/o/$ORG/stakeholders"
  [register]="/o/$ORG/datasets"
  [searched]="/o/$ORG/datasets?q=parking"
  [filtered]="/o/$ORG/datasets?q=donnees&department=$DEPT&status=due"
)
ORDER=(baseline register searched filtered)
for k in "${ORDER[@]}"; do
  out=$(curl -s -w '\n%{http_code} %{size_download}' -H "Cookie: $COOKIE" "$BASE${PATHS[$k]}")
  [[ "$(tail -n1 <<<"$out" | cut -d' ' -f1)" == 200 ]] || die "GET ${PATHS[$k]} is not 200"
  log "$k ${PATHS[$k]}: 200, $(tail -n1 <<<"$out" | cut -d' ' -f2) bytes"
done
[[ "$(curl -s -H "Cookie: $COOKIE" "$BASE/o/$ORG/datasets" | grep -c 'data-testid="dataset-row"' || true)" -gt 0 ]] || log "note: no data-testid=dataset-row on the register page"

declare -A P50 P99 RPS
for k in "${ORDER[@]}"; do P50[$k]=""; P99[$k]=""; RPS[$k]=""; done
run() { local k="$1" r="$2" dur="$3" f="$WORK/wrk-$1-$2.txt"
  wrk -t"$THREADS" -c"$CONNECTIONS" -d"$dur" --latency -H "Cookie: $COOKIE" "$BASE${PATHS[$k]}" >"$f" 2>&1
  grep -q 'Non-2xx or 3xx' "$f" && { cat "$f" >&2; die "$k: non-2xx"; }
  local rps p50 p99; rps=$(awk '/^Requests\/sec:/ {print $2}' "$f"); p50=$(to_ms "$(awk '$1=="50%" {print $2}' "$f")"); p99=$(to_ms "$(awk '$1=="99%" {print $2}' "$f")")
  log "  $k #$r: $rps req/s, p50 $p50 ms, p99 $p99 ms (load $(cut -d' ' -f1 /proc/loadavg))"
  [[ "$r" == warmup ]] || { P50[$k]+="$p50 "; P99[$k]+="$p99 "; RPS[$k]+="$rps "; }
}
for k in "${ORDER[@]}"; do run "$k" warmup "$WARMUP"; done
for r in $(seq 1 "$ROUNDS"); do for k in "${ORDER[@]}"; do run "$k" "$r" "$DURATION"; done; done

b=$(median ${RPS[baseline]})
{
echo "## Data inventory register — $(date -u '+%Y-%m-%d %H:%M UTC')"
echo
echo "Machine: $(nproc) cores ($(awk -F': ' '/^model name/ {print $2; exit}' /proc/cpuinfo)), $([[ "$DATABASE" == postgres ]] && echo PostgreSQL || echo SQLite), Release, demo organisation + $COUNT datasets; wrk -t$THREADS -c$CONNECTIONS -d$DURATION --latency, $ROUNDS rounds alternating. Load average at end: $(cut -d' ' -f1-3 /proc/loadavg)."
echo
echo "| Page | Median p50 | Median p99 | Median req/s | Throughput vs stakeholder list |"
echo "|---|---|---|---|---|"
for k in "${ORDER[@]}"; do
  m=$(median ${RPS[$k]}); echo "| \`${PATHS[$k]}\` | $(median ${P50[$k]}) ms | $(median ${P99[$k]}) ms | $m | $(awk -v a="$m" -v b="$b" 'BEGIN {printf "%.2f", a/b}') |"
done
} | tee "$WORK/summary.md"
