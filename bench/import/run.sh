#!/usr/bin/env bash
# Answer import of a wide CSV (N respondents x 100 questions), end to end except HTTP, against
# its "floor": the same answers written with one plain prepared INSERT in one transaction.
#
#   bash bench/import/run.sh                 # from the repository root
#
# Steps:
#   1. dotnet build bench/DataStrategy.ImportRunner -c Release (skipped with NO_BUILD=1).
#   2. For each size in SIZES (respondents; 100 questions each) and each run 1..RUNS, runs the
#      scenarios in SCENARIOS alternately, each in a NEW process on a NEW SQLite file under WORK:
#        floor          plain INSERT into a table with the Answers columns, no indexes (the floor)
#        floor-indexed  same, plus the three indexes of Answers (one unique)
#        import         TabularFile.Read -> AnswerMapping.Suggest + AnswerImport.Parse
#                       -> AnswerImportCommit.CommitAsync on a freshly migrated database
#                       (organisation, 100-question framework, campaign created first, untimed)
#      The runner prints one line of key=value figures: total_ms (wall), cpu_ms (process CPU
#      time of the timed part), read_ms/parse_ms/commit_ms (import only), alloc_mb
#      (GC.GetTotalAllocatedBytes during the timed part), setup_ws_mb (working set before it)
#      and peak_ws_mb (Process.PeakWorkingSet64 of the whole process at the end).
#   3. Prints every line, then a markdown table of medians and the ratios import / floor.
#
# Knobs: SIZES="2000 20000", RUNS=5, SCENARIOS="floor floor-indexed import", WORK=/tmp/dss-import-bench,
#        NO_BUILD=1, DOTNET_gcServer=1 (server GC like the web app; default is workstation GC).
set -euo pipefail
cd "$(dirname "$0")/../.."
SIZES=${SIZES:-"2000 20000"}
RUNS=${RUNS:-5}
SCENARIOS=${SCENARIOS:-"floor floor-indexed import"}
WORK=${WORK:-/tmp/dss-import-bench}
RUNNER=bench/DataStrategy.ImportRunner/bin/Release/net10.0/DataStrategy.ImportRunner.dll
LOG=$(mktemp)
trap 'rm -f "$LOG"' EXIT

if [[ "${NO_BUILD:-}" != 1 ]]; then
  dotnet build bench/DataStrategy.ImportRunner -c Release -v q -nologo >/dev/null
fi
mkdir -p "$WORK"

echo "# $(date -u '+%Y-%m-%d %H:%M UTC'), $(nproc) cores, load $(cut -d' ' -f1-3 /proc/loadavg), gcServer=${DOTNET_gcServer:-0}"
for size in $SIZES; do
  for run in $(seq 1 "$RUNS"); do
    for s in $SCENARIOS; do
      line=$(dotnet "$RUNNER" "$s" "$size" "$WORK")
      echo "run=$run load=$(cut -d' ' -f1 /proc/loadavg) $line" | tee -a "$LOG"
    done
  done
done

# Medians per (scenario, size) and ratios to the floor of the same size.
echo
echo "| Respondents | Answers | Scenario | total ms | cpu ms | read ms | parse ms | commit ms | alloc MB | peak WS MB | total / floor | cpu / floor |"
echo "|---|---|---|---|---|---|---|---|---|---|---|---|"
awk '
function med(key,   n, i, j, t, a) {
  n = split(vals[key], a, " ");
  for (i = 1; i <= n; i++) for (j = i + 1; j <= n; j++) if (a[j] < a[i]) { t = a[i]; a[i] = a[j]; a[j] = t }
  return n == 0 ? "" : (n % 2 ? a[(n + 1) / 2] : (a[n / 2] + a[n / 2 + 1]) / 2);
}
{
  delete f;
  for (i = 1; i <= NF; i++) { split($i, kv, "="); f[kv[1]] = kv[2] }
  k = f["scenario"] SUBSEP f["respondents"];
  if (!(k in seen)) { seen[k] = 1; order[++n] = k; answers[k] = f["answers"] }
  split("total_ms cpu_ms read_ms parse_ms commit_ms alloc_mb peak_ws_mb", m, " ");
  for (j in m) if (m[j] in f) vals[k SUBSEP m[j]] = vals[k SUBSEP m[j]] " " f[m[j]];
}
END {
  for (i = 1; i <= n; i++) {
    split(order[i], p, SUBSEP); k = order[i]; fl = "floor" SUBSEP p[2];
    tot = med(k SUBSEP "total_ms"); cpu = med(k SUBSEP "cpu_ms");
    ft = med(fl SUBSEP "total_ms"); fc = med(fl SUBSEP "cpu_ms");
    r1 = ""; if (ft > 0) r1 = sprintf("%.2f", tot / ft);
    r2 = ""; if (fc > 0) r2 = sprintf("%.2f", cpu / fc);
    printf "| %s | %s | %s | %.0f | %.0f | %s | %s | %s | %.0f | %.0f | %s | %s |\n", p[2], answers[k], p[1], tot, cpu, med(k SUBSEP "read_ms"), med(k SUBSEP "parse_ms"), med(k SUBSEP "commit_ms"), med(k SUBSEP "alloc_mb"), med(k SUBSEP "peak_ws_mb"), r1, r2;
  }
}' "$LOG"
