#!/usr/bin/env bash
# The test command: runs every tier (unit, HTTP on SQLite, HTTP on PostgreSQL, browser) and ends
# with one line "N passed, N failed[, N skipped]" summed from the TRX files.
#
# It installs (Debian, as root) and starts what the tiers need when missing: Chromium, LibreOffice
# (report conversion tests) and a
# throwaway PostgreSQL cluster in a temporary folder. With CI=true a tier that cannot run is a
# failure; otherwise it is skipped with a warning and counted as skipped.
set -uo pipefail
cd "$(dirname "$0")/.."
ROOT=$(pwd)
RESULTS="$ROOT/TestResults"
rm -rf "$RESULTS"; mkdir -p "$RESULTS"
CI=${CI:-false}
failures=0
skipped_tiers=0
say() { printf '\n== %s\n' "$*"; }

need_install=()
command -v chromium >/dev/null 2>&1 || need_install+=(chromium)
# The catalogue's SHACL validation runs on Node (tests/shacl).
command -v npm >/dev/null 2>&1 || need_install+=(nodejs npm)
PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
[ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || need_install+=(postgresql)
# The report tests convert DOCX to PDF with LibreOffice, as the product does.
command -v soffice >/dev/null 2>&1 || need_install+=(libreoffice-writer)
# The proxy tier runs the deployment of docs/deploy.md: nginx terminating TLS in front of two instances.
[ -x /usr/sbin/nginx ] || need_install+=(nginx)
command -v openssl >/dev/null 2>&1 || need_install+=(openssl)
if [ ${#need_install[@]} -gt 0 ]; then
  if [ "$(id -u)" = 0 ] && command -v apt-get >/dev/null 2>&1; then
    say "Installing ${need_install[*]} from Debian's packages"
    apt-get update -qq >/dev/null 2>&1
    # Installed to be started by the tests, not as a service (no nginx on port 80 after the install).
    own_policy=false
    if [ ! -e /usr/sbin/policy-rc.d ]; then printf '#!/bin/sh\nexit 101\n' > /usr/sbin/policy-rc.d; chmod +x /usr/sbin/policy-rc.d; own_policy=true; fi
    DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_install[@]}" >"$RESULTS/apt.log" 2>&1 || echo "apt-get install failed (see $RESULTS/apt.log)"
    [ "$own_policy" = true ] && rm -f /usr/sbin/policy-rc.d
    PG_BIN=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -1)
  else
    echo "Missing ${need_install[*]} and cannot install (not root or no apt-get)."
  fi
fi

# A throwaway PostgreSQL cluster on a free loopback port, owned by an unprivileged user.
PG_DIR=""
PG_PORT=""
start_postgres() {
  [ -n "$PG_BIN" ] && [ -x "$PG_BIN/initdb" ] || return 1
  PG_DIR=$(mktemp -d /tmp/dss-pg.XXXXXX)
  PG_PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
  local run=()
  if [ "$(id -u)" = 0 ]; then
    id postgres >/dev/null 2>&1 || useradd --system --no-create-home postgres
    chown postgres "$PG_DIR"
    run=(runuser -u postgres --)
  fi
  "${run[@]}" "$PG_BIN/initdb" -D "$PG_DIR/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 >"$RESULTS/pg-init.log" 2>&1 || return 1
  "${run[@]}" "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -l "$PG_DIR/log" -w -t 60 \
    -o "-p $PG_PORT -k $PG_DIR -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=300" start >/dev/null || return 1
  export DSS_TEST_POSTGRES="Host=127.0.0.1;Port=$PG_PORT;Username=postgres;Pooling=true;Maximum Pool Size=20"
}
stop_postgres() {
  if [ -n "$PG_DIR" ] && [ -d "$PG_DIR/data" ]; then
    if [ "$(id -u)" = 0 ]; then runuser -u postgres -- "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1
    else "$PG_BIN/pg_ctl" -D "$PG_DIR/data" -m immediate stop >/dev/null 2>&1; fi
    rm -rf "$PG_DIR"
  fi
}
trap stop_postgres EXIT

say "Build"
dotnet build DataStrategy.slnx -c Debug -nologo -v quiet 2>&1 | tail -3
if [ "${PIPESTATUS[0]}" -ne 0 ]; then echo "Build failed"; echo "0 passed, 1 failed"; exit 1; fi

# The catalogue's SHACL validation (CatalogueTests) runs tests/shacl/validate.mjs with Node packages pinned by its
# lock file. A missing node/npm or a failed install makes those tests fail (they never skip).
say "SHACL validator (npm ci in tests/shacl)"
if command -v npm >/dev/null 2>&1; then
  (cd tests/shacl && npm ci --no-audit --no-fund --loglevel=error >"$RESULTS/npm-ci.log" 2>&1) || echo "npm ci failed (see $RESULTS/npm-ci.log): the catalogue validation tests will fail"
else
  echo "npm is not installed: the catalogue validation tests will fail"
  [ "$CI" = "true" ] && { failures=$((failures + 1)); echo "shacl-npm" >> "$RESULTS/failed-tiers"; }
fi

run_tier() { # name project [env...]
  local name=$1 project=$2; shift 2
  say "Tier: $name"
  local started=$SECONDS
  env "$@" dotnet test "$project" --no-build -nologo ${TIER_FILTER:+--filter "$TIER_FILTER"} --logger "trx;LogFileName=$name.trx" --results-directory "$RESULTS" -v quiet 2>&1 | grep -vE '^\s*$' | tail -25
  [ "${PIPESTATUS[0]}" -eq 0 ] || failures=$((failures + 1))
  echo "$name $((SECONDS - started))" >> "$RESULTS/tier-seconds"
}
skip_tier() { # name reason
  if [ "$CI" = "true" ]; then
    echo "Tier $1 cannot run: $2 — with CI=true this is a failure."
    failures=$((failures + 1)); echo "$1" >> "$RESULTS/failed-tiers"
  else
    echo "WARNING: tier $1 skipped: $2"; skipped_tiers=$((skipped_tiers + 1))
  fi
}

run_tier unit tests/DataStrategy.Core.Tests
run_tier http-sqlite tests/DataStrategy.Web.Tests DSS_TEST_PROVIDER=Sqlite
if start_postgres; then
  run_tier http-postgres tests/DataStrategy.Web.Tests DSS_TEST_PROVIDER=Postgres
else
  skip_tier http-postgres "PostgreSQL could not be started (see $RESULTS/pg-init.log)"
fi
if command -v chromium >/dev/null 2>&1; then
  TIER_FILTER="Tier!=proxy" run_tier browser tests/DataStrategy.Browser.Tests
  if [ ! -x /usr/sbin/nginx ]; then
    skip_tier proxy "nginx is not installed"
  elif [ -z "${DSS_TEST_POSTGRES:-}" ]; then
    skip_tier proxy "PostgreSQL is not running"
  else
    TIER_FILTER="Tier=proxy" run_tier proxy tests/DataStrategy.Browser.Tests
  fi
else
  skip_tier browser "Chromium is not installed"
  skip_tier proxy "Chromium is not installed"
fi

say "Summary"
[ -f "$RESULTS/tier-seconds" ] && while read -r tier secs; do printf '  %-24s %d min %02d s\n' "$tier" $((secs / 60)) $((secs % 60)); done < "$RESULTS/tier-seconds"
printf '  %-24s %d min %02d s\n' "whole run" $((SECONDS / 60)) $((SECONDS % 60))
python3 - "$RESULTS" "$skipped_tiers" <<'PY'
import glob, sys, xml.etree.ElementTree as ET
ns = {"t": "http://microsoft.com/schemas/VisualStudio/TeamTest/2010"}
passed = failed = skipped = 0
for f in sorted(glob.glob(sys.argv[1] + "/*.trx")):
    c = ET.parse(f).getroot().find("t:ResultSummary/t:Counters", ns)
    p, fl = int(c.get("passed")), int(c.get("failed")) + int(c.get("error")) + int(c.get("timeout")) + int(c.get("aborted"))
    s = int(c.get("total")) - int(c.get("executed")) + int(c.get("notExecuted"))
    print(f"  {f.split('/')[-1]:24} {p} passed, {fl} failed, {s} skipped")
    if int(c.get("executed")) == 0:
        print(f"  {f.split('/')[-1]} ran no test: counted as a failure")
        fl += 1
    passed, failed, skipped = passed + p, failed + fl, skipped + s
skipped += int(sys.argv[2])
open(sys.argv[1] + "/summary.txt", "w").write(f"{passed} {failed} {skipped}")
PY
read -r P F S < "$RESULTS/summary.txt"
[ -f "$RESULTS/failed-tiers" ] && F=$((F + $(wc -l < "$RESULTS/failed-tiers")))
if [ "$F" -eq 0 ] && [ "$failures" -gt 0 ]; then F=$failures; fi
if [ "$S" -gt 0 ]; then echo "$P passed, $F failed, $S skipped"; else echo "$P passed, $F failed"; fi
[ "$F" -eq 0 ] && [ "$failures" -eq 0 ]
