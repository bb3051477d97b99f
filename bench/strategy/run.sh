#!/usr/bin/env bash
# Strategy document (DOCX) and version comparison, each against a baseline measured in the same process.
#
#   bash bench/strategy/run.sh                # from the repository root
#
# The strategy is the tests' StrategySamples.Create(20 objectives, 15 services, 12 roles, 40 RACI activities,
# 5 governance bodies, seed 42): 100 items (with the vision, 4 principles, 2 teams and a network), 230 RACI
# cells, ~96 KB of snapshot JSON. The second version has 10 items with a word changed or a sentence added in
# French or in French and Dutch, 2 items added, 1 removed, 2 moved and 5 RACI letters changed (`edits` prints
# what StrategyDiff.Compare finds).
#
# Steps:
#   time    ONE process, workstation GC: WARMUP untimed then DOC_RUNS timed iterations, each running once, in an
#           order that rotates every iteration, with a full GC (untimed) before each:
#             minimal_docx   baseline: a one-paragraph DOCX with the same Open XML SDK into a MemoryStream
#             snapshot_json  baseline: StrategySnapshot.ToJson (the floor of touching all the content)
#             doc_fr         StrategyDocx.Build, languages ["fr"] (holder names, version line, no logo)
#             doc_fr_nl      StrategyDocx.Build, languages ["fr", "nl"] (one column per language)
#           then WARMUP + COMPARE_RUNS iterations of:
#             load_json_x2      baseline: StrategySnapshot.FromJson of both versions' JSON
#             compare           StrategyDiff.Compare of the two loaded snapshots
#             load_and_compare  both FromJson + Compare (what the review and submit pages do)
#           Prints median, p10, p90, median allocations, ratio of medians and median of per-iteration ratios.
#   memory  For each GC mode in GC_MODES and MEM_REPEATS times, one child process per case (the runner re-invokes
#           itself): sample (only generates the strategy), minimal, json, fr, frnl (generate, then run the
#           operation ONCE, cold), fr_x10, frnl_x10 (ten builds: does the peak grow?); each reports VmHWM from
#           /proc/self/status and GC.GetTotalAllocatedBytes.
#           The document's own peak = its peak minus the sample's (or minus the minimal DOCX's, SDK load included).
#           The web app runs with server GC (Web SDK default), hence both modes.
#
# Knobs: DOC_RUNS=40, COMPARE_RUNS=200, WARMUP=5, MEM_REPEATS=5, GC_MODES="workstation,server", NO_BUILD=1.
set -euo pipefail
cd "$(dirname "$0")/../.."
DOC_RUNS=${DOC_RUNS:-40}
COMPARE_RUNS=${COMPARE_RUNS:-200}
WARMUP=${WARMUP:-5}
MEM_REPEATS=${MEM_REPEATS:-5}
GC_MODES=${GC_MODES:-workstation,server}
RUNNER=bench/DataStrategy.StrategyRunner/bin/Release/net10.0/DataStrategy.StrategyRunner.dll

if [[ "${NO_BUILD:-}" != 1 ]]; then
  dotnet build bench/DataStrategy.StrategyRunner -c Release -v q -nologo >/dev/null
fi

cpu=$(sed -n 's/^model name[[:space:]]*: //p' /proc/cpuinfo | head -1)
mem=$(awk '/MemTotal/ {printf "%.1f GB", $2 / 1048576}' /proc/meminfo)
echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores ($cpu), $mem RAM, load $(cut -d' ' -f1-3 /proc/loadavg), dotnet $(dotnet --version), commit $(git rev-parse --short HEAD 2>/dev/null || echo '?')"
echo "# DOC_RUNS=$DOC_RUNS COMPARE_RUNS=$COMPARE_RUNS WARMUP=$WARMUP MEM_REPEATS=$MEM_REPEATS GC_MODES=$GC_MODES"
echo
echo "## Second version: what the comparison finds"
dotnet "$RUNNER" edits
echo
echo "## Time (one process)"
DOTNET_gcServer=0 dotnet "$RUNNER" time "$DOC_RUNS" "$COMPARE_RUNS" "$WARMUP"
echo
echo "## Peak memory (one process per case and repeat)"
dotnet "$RUNNER" memory "$MEM_REPEATS" "$GC_MODES"
echo
echo "# done $(date -u '+%H:%M UTC'), load $(cut -d' ' -f1-3 /proc/loadavg)"
