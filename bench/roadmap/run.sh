#!/usr/bin/env bash
# Roadmap scheduling: generated roadmaps (both objectives, ListScheduler baseline in the same process) and PSPLIB.
#
#   bash bench/roadmap/run.sh                 # from the repository root
#
# Steps:
#   roadmaps  DataStrategy.RoadmapRunner: for 30, 100, 300 and 1,000 initiatives (fixed seed per size; 3–6 teams with a
#             hire in month 12, durations 1–9 months, 0–3 dependencies of which ~20% start-to-start with a lag, 10% locked,
#             8% with a deadline, 24 monthly periods, demand in tenths of an FTE; `describe` prints each), RUNS times each:
#               ListScheduler   the priority-rule heuristic (best of 4 rules + 24 randomised passes)
#               CP-SAT          Scheduler.Solve with TIME_LIMIT seconds and WORKERS workers, once per variant of TUNINGS
#                               (plain = OR-Tools' RCPSP example, the baseline; issue6; default), paired in one process
#             for MinimiseFinish and MaximiseWeightedDelivered; prints medians and p10–p90 of wall time.
#   psplib    dss bench psplib on j30 (every J30_EVERY-th instance, 1 s each) and j60 (every J60_EVERY-th, 10 s each)
#             from PSPLIB_DIR; one line per instance, one summary line per set.
#
# Knobs: RUNS=3, TIME_LIMIT=10, WORKERS=2, SIZES=30,100,300,1000, PSPLIB_DIR=../shared/data/psplib, J30_EVERY=1,
#        J60_EVERY=8, TUNINGS=plain,default, SKIP_PSPLIB=1, NO_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
RUNS=${RUNS:-3}
TIME_LIMIT=${TIME_LIMIT:-10}
WORKERS=${WORKERS:-2}
SIZES=${SIZES:-30,100,300,1000}
PSPLIB_DIR=${PSPLIB_DIR:-../shared/data/psplib}
J30_EVERY=${J30_EVERY:-1}
J60_EVERY=${J60_EVERY:-8}
TUNINGS=${TUNINGS:-plain,default}
RUNNER=bench/DataStrategy.RoadmapRunner/bin/Release/net10.0/DataStrategy.RoadmapRunner.dll
CLI=src/DataStrategy.Cli/bin/Release/net10.0/dss.dll

if [[ "${NO_BUILD:-}" != 1 ]]; then
  dotnet build bench/DataStrategy.RoadmapRunner -c Release -v q -nologo >/dev/null
  dotnet build src/DataStrategy.Cli -c Release -v q -nologo >/dev/null
fi

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
mem=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($cpu), $mem RAM, load $(cut -d' ' -f1-3 /proc/loadavg), dotnet $(dotnet --version), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "# RUNS=$RUNS TIME_LIMIT=$TIME_LIMIT WORKERS=$WORKERS SIZES=$SIZES"
echo
echo "## Generated roadmaps"
for size in ${SIZES//,/ }; do dotnet "$RUNNER" describe "$size"; done
echo
dotnet "$RUNNER" time "$RUNS" "$TIME_LIMIT" "$SIZES" "$WORKERS" "$TUNINGS"
echo
echo "# load $(cut -d' ' -f1-3 /proc/loadavg)"
if [[ "${SKIP_PSPLIB:-}" != 1 ]]; then
  echo
  echo "## PSPLIB"
  dotnet "$CLI" bench psplib "$PSPLIB_DIR/j30" --time-limit 1 --workers "$WORKERS" --every "$J30_EVERY" --tuning "$TUNINGS"
  dotnet "$CLI" bench psplib "$PSPLIB_DIR/j60" --time-limit 10 --workers "$WORKERS" --every "$J60_EVERY" --tuning "$TUNINGS"
fi
echo
echo "# done $(date -u '+%H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
