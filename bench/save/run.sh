#!/usr/bin/env bash
# Interview-capture autosave (POST /o/ville-de-demo/interviews/{id}?handler=Field) under 32
# concurrent savers, each on its own interview, against GET /css/site.css and GET /health at the
# same concurrency in the same session.
#
#   bash bench/save/run.sh                   # from the repository root
#
# Steps:
#   1. dotnet build src/DataStrategy.Web and bench/DataStrategy.SaveRunner -c Release (NO_BUILD=1 skips).
#   2. Starts `dotnet src/DataStrategy.Web/bin/Release/net10.0/DataStrategy.Web.dll --contentRoot
#      $PWD/src/DataStrategy.Web (absolute: a relative one resolves against the dll folder) --urls http://127.0.0.1:$PORT` with ASPNETCORE_ENVIRONMENT=Production,
#      a fresh DataFolder (SQLite, migrations + demo seed), Demo__Enabled=true and
#      Security__LoginAttemptsPerMinute=100000; waits for GET /account/login to answer 200.
#   3. Runs bench/DataStrategy.SaveRunner: signs in as the demo facilitator, clones interviews in
#      SQL until the demo campaign has one per client (the demo seeds 20), reads each capture page
#      for its antiforgery token and question IDs, then for each of TARGETS (static, health, save)
#      a WARMUP-second warm-up and a DURATION-second timed phase with CLIENTS clients sending back
#      to back. Prints requests/s, p50/p90/p99/max latency, non-200 count and the load average.
#   4. Stops the app (its own PID) and deletes the DataFolder.
#
# Knobs: PORT=5391, CLIENTS=32, DURATION=20, WARMUP=5, TARGETS="static health save", NO_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
PORT=${PORT:-5391}
CLIENTS=${CLIENTS:-32}
DURATION=${DURATION:-20}
WARMUP=${WARMUP:-5}
export TARGETS=${TARGETS:-"static health save"}
BASE="http://127.0.0.1:$PORT"
DATA=$(mktemp -d /tmp/dss-save-bench.XXXXXX)
APP_PID=""
cleanup() { [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null && wait "$APP_PID" 2>/dev/null; rm -rf "$DATA"; }
trap cleanup EXIT

if [[ "${NO_BUILD:-}" != 1 ]]; then
  dotnet build src/DataStrategy.Web -c Release -v q -nologo >/dev/null
  dotnet build bench/DataStrategy.SaveRunner -c Release -v q -nologo >/dev/null
fi

ASPNETCORE_ENVIRONMENT=Production DataFolder="$DATA" Demo__Enabled=true Security__LoginAttemptsPerMinute=100000 \
  dotnet src/DataStrategy.Web/bin/Release/net10.0/DataStrategy.Web.dll --contentRoot "$PWD/src/DataStrategy.Web" --urls "$BASE" \
  >"$DATA/app.log" 2>&1 &
APP_PID=$!
for _ in $(seq 1 600); do
  [[ "$(curl -s -o /dev/null -w '%{http_code}' "$BASE/account/login" || true)" == 200 ]] && break
  kill -0 "$APP_PID" 2>/dev/null || { cat "$DATA/app.log"; exit 1; }
  sleep 0.1
done

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg)"
dotnet bench/DataStrategy.SaveRunner/bin/Release/net10.0/DataStrategy.SaveRunner.dll "$BASE" "$DATA/datastrategy.db" "$CLIENTS" "$DURATION" "$WARMUP"
echo "# app VmRSS after the load: $(awk '/VmRSS/ {print $2, $3}' /proc/$APP_PID/status)"
