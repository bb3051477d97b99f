#!/usr/bin/env bash
# Server time of the roadmap overview (Gantt SVG + table + critical path + capacity check) for generated
# roadmaps, against the stakeholder list page (a small authenticated Razor page) as the baseline, same session.
#
#   bash bench/roadmap/gantt.sh            # from the repository root; SIZES="30 300 1000" RUNS=21
#
# Steps: builds the CLI and web app (Release), seeds the demo into a temporary DataFolder, replaces the demo roadmap
# with `dss roadmap generate --initiatives N` for each size, starts the app, signs in with curl, then requests
# (untimed warm-up of 3 each) RUNS times alternately: the stakeholder list, the roadmap overview. Reports the median
# and p90 of curl's time_total (loopback, so this is the server's time plus a negligible transfer) and the page size.
set -euo pipefail
SIZES="${SIZES:-30 300 1000}"
RUNS="${RUNS:-21}"
PORT="${PORT:-47411}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d /tmp/dss-ganttbench.XXXXXX)"
BASE="http://127.0.0.1:$PORT"
APP_PID=""
cleanup() { [[ -n "$APP_PID" ]] && kill "$APP_PID" 2>/dev/null; wait "$APP_PID" 2>/dev/null || true; rm -rf "$WORK"; }
trap cleanup EXIT

dotnet build "$REPO/src/DataStrategy.Cli" -c Release -o "$WORK/cli" >/dev/null
dotnet publish "$REPO/src/DataStrategy.Web" -c Release -o "$WORK/web" >/dev/null
export DataFolder="$WORK/data"
dotnet "$WORK/cli/dss.dll" seed-demo >/dev/null

median() { sort -n | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
p90() { sort -n | awk '{a[NR]=$1} END {i=int(NR*0.9); if (i<1) i=1; print a[i]}'; }

echo "| initiatives | overview median ms | p90 ms | stakeholder list median ms | ratio | overview KB |"
echo "|---|---|---|---|---|---|"
for n in $SIZES; do
    dotnet "$WORK/cli/dss.dll" roadmap generate --initiatives "$n" >/dev/null
    dotnet "$WORK/web/DataStrategy.Web.dll" --contentRoot "$WORK/web" --urls "$BASE" >"$WORK/app.log" 2>&1 &
    APP_PID=$!
    for _ in $(seq 1 600); do curl -sf -o /dev/null "$BASE/account/login" && break; sleep 0.2; done
    JAR="$WORK/jar.txt"; rm -f "$JAR"
    token=$(curl -s -c "$JAR" -b "$JAR" "$BASE/account/login" | grep -o '<input[^>]*name="__RequestVerificationToken"[^>]*>' | head -n1 | sed -n 's/.*value="\([^"]*\)".*/\1/p')
    code=$(curl -s -o /dev/null -w '%{http_code}' -c "$JAR" -b "$JAR" --data-urlencode "Email=lead@ville-de-demo.example" \
        --data-urlencode "Password=Demo-Studio-2026!" --data-urlencode "__RequestVerificationToken=$token" "$BASE/account/login")
    [[ "$code" == 302 ]] || { echo "login failed ($code)" >&2; exit 1; }
    page="$BASE/o/ville-de-demo/roadmap"; list="$BASE/o/ville-de-demo/stakeholders"
    for _ in 1 2 3; do curl -s -o /dev/null -b "$JAR" "$page"; curl -s -o /dev/null -b "$JAR" "$list"; done
    : >"$WORK/page.txt"; : >"$WORK/list.txt"
    for _ in $(seq 1 "$RUNS"); do
        curl -s -o /dev/null -b "$JAR" -w '%{time_total}\n' "$list" >>"$WORK/list.txt"
        curl -s -o "$WORK/page.html" -b "$JAR" -w '%{time_total}\n' "$page" >>"$WORK/page.txt"
    done
    grep -q "data-testid=\"gantt\"" "$WORK/page.html" || { echo "the overview has no Gantt chart" >&2; exit 1; }
    pm=$(awk '{print $1*1000}' "$WORK/page.txt" | median); pp=$(awk '{print $1*1000}' "$WORK/page.txt" | p90)
    lm=$(awk '{print $1*1000}' "$WORK/list.txt" | median)
    kb=$(( $(stat -c %s "$WORK/page.html") / 1024 ))
    printf '| %s | %.0f | %.0f | %.0f | %.1f× | %s |\n' "$n" "$pm" "$pp" "$lm" "$(awk -v a="$pm" -v b="$lm" 'BEGIN {print a/b}')" "$kb"
    kill "$APP_PID"; wait "$APP_PID" 2>/dev/null || true; APP_PID=""
done
echo
echo "Machine: $(nproc) cores, $(grep -m1 'model name' /proc/cpuinfo | cut -d: -f2 | xargs), load average $(cut -d' ' -f1-3 /proc/loadavg)"
