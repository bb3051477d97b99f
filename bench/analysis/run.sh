#!/usr/bin/env bash
# Campaign analysis: the maturity analysis from the database to the dashboard's numbers, the kernel alone,
# the dashboard page under 32 concurrent users and the maturity report DOCX, each against a floor or a
# baseline measured in the same session.
#
#   bash bench/analysis/run.sh                # from the repository root
#
# Steps (PARTS picks which; default all four, in this order):
#   kernel    For each size in SIZES (respondents x 100 questions), ONE process: generates the answers in memory
#             (seed 42: 12 departments of 4 kinds, 3 respondent types, ~5 % don't know, 2 % not applicable),
#             builds AnalysisData with AnalysisDataBuilder, then 2 warm-up and RUNS timed iterations, each timing
#             alternately: floor (one pass over columnar arrays: per-question count, sum, sum of squares),
#             floor_groups (the same into each answer's 4 groups), MaturityAnalysis.Run without bootstrap and
#             breakdowns (bare), without bootstrap (no_bootstrap), without breakdowns (no_breakdowns), and with
#             everything (full: Resamples=1000, Breakdowns=true).
#   analysis  For each size: `seed` writes a NEW SQLite file under WORK (EF migrations of the app, organisation,
#             7-theme/14-topic/100-question framework, 12 departments, campaign; responses and answers with a
#             prepared INSERT), then ONE process runs 1 warm-up and RUNS timed iterations of, alternately:
#               scan          SELECT ResponseId, QuestionId, State, Level FROM Answers WHERE OrganisationId=@o AND
#                             CampaignId=@c (the app's query) with a SqliteDataReader, every value read
#               scan_append   the same scan appending every row to a DuckDB in-memory table (Appender API)
#               duck_query    SELECT question, count(*), avg(level), stddev_samp(level) FROM t GROUP BY question
#               app_load      CampaignAnalyses.LoadAsync (new answers stamp, cache emptied)
#               app_kernel    MaturityAnalysis.Run on what app_load returned, with the campaign's options
#               app_run       CampaignAnalyses.RunAsync with an empty cache: what the dashboard calls
#               scan_table    (not part of the floor) the same columns with "Answers" NOT INDEXED: a full table scan
#             floor = scan + duck_query (append left out); floor_append = scan_append + duck_query.
#             ANALYSIS_WARMUP (default 1) untimed iterations come first; REUSE_DB=1 keeps WORK/analysis-SIZE.db and
#             its campaign id (WORK/analysis-SIZE.db.campaign) for the next invocation instead of re-seeding.
#   report    Seeds a campaign of REPORT_RESPONDENTS x 100 answers, then RUNS processes, each under
#             /usr/bin/time (max RSS), each running MaturityReportComposer.ComposeAsync + MaturityReportDocx.Build
#             ("en") 3 times: iteration 1 in a fresh process (cold: JIT, empty cache), 2-3 with the cache emptied.
#   dashboard Starts the Release app as bench/save/run.sh does (fresh DataFolder, demo seed, Production), seeds a
#             campaign of DASHBOARD_RESPONDENTS x 100 answers into the demo organisation, signs in as the demo
#             facilitator and measures GET /o/ville-de-demo/campaigns/{id}/dashboard: the first request of the
#             process, COLD_RUNS cold-cache requests (answers stamp renewed in SQL, one at a time), HERD_RUNS times
#             cold-cache requests from CLIENTS clients at once, then WARMUP+DURATION seconds of CLIENTS clients on the warm
#             page, alternating with GET /health at the same concurrency (2 rounds each).
#   Prints every line, then markdown tables of medians and ratios.
#
# Knobs: SIZES="1000 10000 50000", RUNS=5, PARTS="kernel analysis report dashboard", WORK=/tmp/dss-analysis-bench,
#        REPORT_RESPONDENTS=2000, DASHBOARD_RESPONDENTS=2000, PORT=5392, CLIENTS=32, DURATION=20, WARMUP=5,
#        COLD_RUNS=5, HERD_RUNS=1, ANALYSIS_WARMUP=1, REUSE_DB=1, NO_BUILD=1, DOTNET_gcServer=1 (for the runner; default workstation GC).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${SIZES:-"1000 10000 50000"}
RUNS=${RUNS:-5}
PARTS=${PARTS:-"kernel analysis report dashboard"}
WORK=${WORK:-/tmp/dss-analysis-bench}
REPORT_RESPONDENTS=${REPORT_RESPONDENTS:-2000}
DASHBOARD_RESPONDENTS=${DASHBOARD_RESPONDENTS:-2000}
PORT=${PORT:-5392}
CLIENTS=${CLIENTS:-32}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
COLD_RUNS=${COLD_RUNS:-5}
ANALYSIS_WARMUP=${ANALYSIS_WARMUP:-1}
HERD_RUNS=${HERD_RUNS:-1}
RUNNER=bench/DataStrategy.AnalysisRunner/bin/Release/net10.0/DataStrategy.AnalysisRunner.dll
LOG=$(mktemp)
APP_PID=""
DATA=""
cleanup() {
  if [[ -n "$APP_PID" ]]; then kill "$APP_PID" 2>/dev/null || true; wait "$APP_PID" 2>/dev/null || true; fi
  [[ -n "$DATA" ]] && rm -rf "$DATA"
  rm -f "$LOG"
}
trap cleanup EXIT

if [[ "${NO_BUILD:-}" != 1 ]]; then
  dotnet build bench/DataStrategy.AnalysisRunner -c Release -v q -nologo >/dev/null
  [[ " $PARTS " == *" dashboard "* ]] && dotnet build src/DataStrategy.Web -c Release -v q -nologo >/dev/null
fi
mkdir -p "$WORK"
field() { sed -n "s/.*\b$1=\([^ ]*\).*/\1/p" <<<"$2"; }
seed() { # seed <file> <respondents> [org slug] -> campaign id
  local line
  line=$(dotnet "$RUNNER" seed "$@")
  echo "# seed $(basename "$1") $2 respondents: $line" >&2
  field campaign "$line"
}
log() { echo "part=$1 size=$2 $3" | tee -a "$LOG"; }

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), gcServer=${DOTNET_gcServer:-0}, RUNS=$RUNS"
for part in $PARTS; do
  case $part in
    kernel)
      for size in $SIZES; do
        dotnet "$RUNNER" kernel "$size" "$RUNS" | while read -r line; do log kernel "$size" "$line"; done
      done ;;
    analysis)
      for size in $SIZES; do
        db="$WORK/analysis-$size.db"
        if [[ "${REUSE_DB:-}" == 1 && -f "$db.campaign" ]]; then id=$(cat "$db.campaign"); else
          rm -f "$db" "$db-wal" "$db-shm"; id=$(seed "$db" "$size"); echo "$id" >"$db.campaign"; fi
        dotnet "$RUNNER" analysis "$db" "$id" "$RUNS" "$ANALYSIS_WARMUP" | while read -r line; do log analysis "$size" "$line"; done
        [[ "${REUSE_DB:-}" == 1 ]] || rm -f "$db" "$db-wal" "$db-shm" "$db.campaign"
      done ;;
    report)
      db="$WORK/report-$REPORT_RESPONDENTS-$$.db"
      id=$(seed "$db" "$REPORT_RESPONDENTS")
      for run in $(seq 1 "$RUNS"); do
        out=$( { /usr/bin/time -f "maxrss_kb=%M" dotnet "$RUNNER" report "$db" "$id" 3; } 2>&1 )
        rss=$(sed -n 's/^maxrss_kb=//p' <<<"$out")
        grep '^iteration=' <<<"$out" | while read -r line; do log report "$REPORT_RESPONDENTS" "run=$run $line maxrss_mb=$((rss / 1024))"; done
      done
      rm -f "$db" "$db-wal" "$db-shm" ;;
    dashboard)
      DATA=$(mktemp -d /tmp/dss-analysis-dash.XXXXXX)
      BASE="http://127.0.0.1:$PORT"
      ASPNETCORE_ENVIRONMENT=Production DataFolder="$DATA" Demo__Enabled=true Security__LoginAttemptsPerMinute=100000 \
        dotnet src/DataStrategy.Web/bin/Release/net10.0/DataStrategy.Web.dll --contentRoot "$PWD/src/DataStrategy.Web" --urls "$BASE" \
        >"$DATA/app.log" 2>&1 &
      APP_PID=$!
      for _ in $(seq 1 600); do
        [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/account/login" || true)" == 200 ]] && break
        kill -0 "$APP_PID" 2>/dev/null || { cat "$DATA/app.log"; exit 1; }
        sleep 0.1
      done
      id=$(seed "$DATA/datastrategy.db" "$DASHBOARD_RESPONDENTS" ville-de-demo)
      dotnet "$RUNNER" dashboard "$BASE" "$DATA/datastrategy.db" "$id" "$CLIENTS" "$DURATION" "$WARMUP" "$COLD_RUNS" "$HERD_RUNS" \
        | while read -r line; do log dashboard "$DASHBOARD_RESPONDENTS" "$line"; done
      log dashboard "$DASHBOARD_RESPONDENTS" "phase=rss app_vmrss_mb=$(awk '/VmRSS/ {print int($2 / 1024)}' /proc/$APP_PID/status) app_vmhwm_mb=$(awk '/VmHWM/ {print int($2 / 1024)}' /proc/$APP_PID/status)"
      kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
      rm -rf "$DATA"; DATA="" ;;
    *) echo "unknown part $part" >&2; exit 2 ;;
  esac
done

# Medians per part, size and (for the report) iteration kind or (for the dashboard) phase and target.
awk '
function med(s,   n, i, j, t, a) {
  n = split(s, a, " ");
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] + 0 < a[i] + 0) { t = a[i]; a[i] = a[j]; a[j] = t }
  return n == 0 ? "" : (n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2);
}
function m(k, f) { return med(v[k SUBSEP f]) }
function r(a, b) { return (b > 0) ? sprintf("%.2f", a / b) : "" }
{
  delete f;
  for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
  k = f["part"] SUBSEP f["size"];
  if (f["part"] == "report") k = k SUBSEP (f["iteration"] == 1 ? "cold" : "warm");
  if (f["part"] == "dashboard") k = k SUBSEP f["phase"] SUBSEP f["target"];
  if (!(k in seen)) { seen[k] = 1; order[++n] = k }
  for (x in f) v[k SUBSEP x] = v[k SUBSEP x] " " f[x];
}
END {
  print "\n### Kernel (in memory), medians in ms\n";
  print "| Respondents | Answers | floor | floor, 4 groups | Run bare | Run no bootstrap | Run no breakdowns | **Run full** | full CPU | full / floor | no bootstrap / floor | no bootstrap / floor 4 groups |";
  print "|---|---|---|---|---|---|---|---|---|---|---|---|";
  for (i = 1; i <= n; i++) { split(order[i], p, SUBSEP); if (p[1] != "kernel") continue; k = order[i];
    printf "| %s | %s | %.2f | %.2f | %.1f | %.1f | %.1f | **%.1f** | %.0f | %s | %s | %s |\n", p[2], m(k, "answers"), m(k, "floor_ms"), m(k, "floor_groups_ms"), m(k, "bare_ms"), m(k, "no_bootstrap_ms"), m(k, "no_breakdowns_ms"), m(k, "full_ms"), m(k, "full_cpu_ms"), r(m(k, "full_ms"), m(k, "floor_ms")), r(m(k, "no_bootstrap_ms"), m(k, "floor_ms")), r(m(k, "no_bootstrap_ms"), m(k, "floor_groups_ms")) }
  print "\n### From the database (SQLite) to the dashboard numbers, medians in ms\n";
  print "| Respondents | Answers | scan | table scan | scan + append | DuckDB query | floor (scan + query) | app load | app kernel | **app RunAsync** | RunAsync CPU | RunAsync cached | **RunAsync / floor** | RunAsync / floor with append | median of per-run ratios |";
  print "|---|---|---|---|---|---|---|---|---|---|---|---|---|---|---|";
  for (i = 1; i <= n; i++) { split(order[i], p, SUBSEP); if (p[1] != "analysis") continue; k = order[i];
    printf "| %s | %s | %.0f | %.0f | %.0f | %.1f | %.0f | %.0f | %.0f | **%.0f** | %.0f | %.1f | **%s** | %s | %.2f |\n", p[2], m(k, "answers"), m(k, "scan_ms"), m(k, "scan_table_ms"), m(k, "scan_append_ms"), m(k, "duck_query_ms"), m(k, "floor_ms"), m(k, "app_load_ms"), m(k, "app_kernel_ms"), m(k, "app_run_ms"), m(k, "app_run_cpu_ms"), m(k, "app_run_cached_ms"), r(m(k, "app_run_ms"), m(k, "floor_ms")), r(m(k, "app_run_ms"), m(k, "floor_append_ms")), m(k, "app_run_over_floor") }
  print "\n### Maturity report DOCX, medians\n";
  print "| Respondents | Iterations | total ms | compose ms | DOCX build ms | CPU ms | alloc MB | DOCX KB | peak WS MB (process) | max RSS MB (/usr/bin/time) |";
  print "|---|---|---|---|---|---|---|---|---|---|";
  for (i = 1; i <= n; i++) { split(order[i], p, SUBSEP); if (p[1] != "report") continue; k = order[i];
    printf "| %s | %s | %.0f | %.0f | %.0f | %.0f | %.1f | %.1f | %.0f | %.0f |\n", p[2], p[3], m(k, "total_ms"), m(k, "compose_ms"), m(k, "docx_ms"), m(k, "cpu_ms"), m(k, "alloc_mb"), m(k, "docx_kb"), m(k, "peak_ws_mb"), m(k, "maxrss_mb") }
  print "\n### Dashboard page, medians\n";
  print "| Respondents | Phase | Target | ms (single request) | warm single ms | /health single ms | req/s | p50 ms | p90 ms | p99 ms | max ms |";
  print "|---|---|---|---|---|---|---|---|---|---|---|";
  for (i = 1; i <= n; i++) { split(order[i], p, SUBSEP); if (p[1] != "dashboard" || p[3] == "rss") continue; k = order[i];
    printf "| %s | %s | %s | %s | %s | %s | %s | %s | %s | %s | %s |\n", p[2], p[3], p[4], m(k, "ms"), m(k, "warm_single_ms"), m(k, "health_single_ms"), m(k, "rps"), m(k, "p50_ms"), m(k, "p90_ms"), m(k, "p99_ms"), m(k, "max_ms") }
}' "$LOG"
