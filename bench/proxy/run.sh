#!/usr/bin/env bash
# Through nginx (TLS), two instances on one PostgreSQL database against one instance alone, in the same run:
# requests/s and p99 with 64 connections (wrk) for the stakeholder list (signed in) and the public home page.
#
#   DSS_BENCH_POSTGRES="Host=127.0.0.1;Port=55432;Username=postgres" bash bench/proxy/run.sh
#   (DURATION=10s RUNS=3 CONNECTIONS=64; needs nginx, wrk, openssl from Debian's packages)
#
# nginx runs deploy/nginx-datastrategy.conf (ports, name and certificate replaced) plus one server block that leads
# to the first instance only: "one" goes through the same nginx and TLS, so the comparison is of the instances.
# wrk, nginx, both instances and PostgreSQL share the machine's cores.
set -euo pipefail
DURATION="${DURATION:-10s}"; RUNS="${RUNS:-3}"; CONNECTIONS="${CONNECTIONS:-64}"
REPO="$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)"
WORK="$(mktemp -d /tmp/dss-proxybench.XXXXXX)"
SERVER="${DSS_BENCH_POSTGRES:?set DSS_BENCH_POSTGRES to a PostgreSQL server connection string}"
DB="dss_proxybench_$$"
PIDS=()
cleanup() {
  for p in "${PIDS[@]}"; do kill "$p" 2>/dev/null || true; done
  wait 2>/dev/null || true
  psql "$(python3 -c "import sys;kv=dict(p.split('=',1) for p in sys.argv[1].split(';') if p);print(f\"host={kv.get('Host','127.0.0.1')} port={kv.get('Port','5432')} user={kv.get('Username','postgres')} dbname=postgres\")" "$SERVER")" \
    -qc "DROP DATABASE IF EXISTS $DB WITH (FORCE)" >/dev/null 2>&1 || true
  rm -rf "$WORK"
}
trap cleanup EXIT
free_port() { python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()'; }

echo "Publishing (Release)…"
dotnet publish "$REPO/src/DataStrategy.Web" -c Release -o "$WORK/app" -nologo -v quiet >/dev/null
A=$(free_port); B=$(free_port); MAIN=$(free_port); ONE=$(free_port); PLAIN=$(free_port)
for port in $A $B; do
  ( cd "$WORK/app" && ASPNETCORE_URLS="http://127.0.0.1:$port" ASPNETCORE_ENVIRONMENT=Production DataFolder="$WORK/data-$port" \
    Database__Provider=Postgres ConnectionStrings__Default="$SERVER;Database=$DB" Demo__Enabled=true \
    PublicBaseUrl="https://localhost:$MAIN" Security__LoginAttemptsPerMinute=1000 \
    exec dotnet DataStrategy.Web.dll >"$WORK/app-$port.log" 2>&1 ) &
  PIDS+=($!)
done
for port in $A $B; do
  for _ in $(seq 1 240); do curl -fs "http://127.0.0.1:$port/health/ready" >/dev/null 2>&1 && break; sleep 0.5; done
done
openssl req -x509 -newkey rsa:2048 -nodes -days 1 -subj /CN=localhost -keyout "$WORK/cert.key" -out "$WORK/cert.pem" 2>/dev/null
sed -e "s|listen 443 ssl|listen 127.0.0.1:$MAIN ssl|" -e "s|listen 80;|listen 127.0.0.1:$PLAIN;|" \
    -e "s|127.0.0.1:5001|127.0.0.1:$A|" -e "s|127.0.0.1:5002|127.0.0.1:$B|" -e "s|data.example.brussels;|localhost;|" \
    -e "s|/etc/ssl/certs/data.example.brussels.pem|$WORK/cert.pem|" -e "s|/etc/ssl/private/data.example.brussels.key|$WORK/cert.key|" \
    "$REPO/deploy/nginx-datastrategy.conf" > "$WORK/site.conf"
cat >> "$WORK/site.conf" <<CONF
upstream only_first { server 127.0.0.1:$A; keepalive 32; }
server {
    listen 127.0.0.1:$ONE ssl http2;
    server_name localhost;
    ssl_certificate $WORK/cert.pem;
    ssl_certificate_key $WORK/cert.key;
    location / {
        proxy_pass http://only_first;
        proxy_http_version 1.1;
        proxy_set_header Connection "";
        proxy_set_header Host \$host;
        proxy_set_header X-Forwarded-For \$remote_addr;
        proxy_set_header X-Forwarded-Proto \$scheme;
    }
}
CONF
cat > "$WORK/nginx.conf" <<CONF
$( [ "$(id -u)" = 0 ] && echo "user root;" )
worker_processes 1;
pid $WORK/nginx.pid;
error_log $WORK/nginx-error.log warn;
events { worker_connections 1024; }
http { access_log off; client_body_temp_path $WORK/body; proxy_temp_path $WORK/proxy; include $WORK/site.conf; }
CONF
/usr/sbin/nginx -p "$WORK" -c "$WORK/nginx.conf" -g "daemon off;" & PIDS+=($!)
for _ in $(seq 1 40); do curl -kfs "https://localhost:$MAIN/health/live" >/dev/null 2>&1 && break; sleep 0.25; done

# A signed-in cookie, through the proxy like a browser.
JAR="$WORK/jar"
TOKEN=$(curl -ks -c "$JAR" "https://localhost:$MAIN/account/login" | grep -o 'name="__RequestVerificationToken" type="hidden" value="[^"]*"' | head -1 | sed 's/.*value="//;s/"$//')
STATUS=$(curl -ks -b "$JAR" -c "$JAR" -o "$WORK/login.html" -w "%{http_code}" --data-urlencode "__RequestVerificationToken=$TOKEN" \
  --data-urlencode "Email=lead@ville-de-demo.example" --data-urlencode "Password=$(grep -o 'Password = "[^"]*"' "$REPO/src/DataStrategy.Data/Demo/DemoSeeder.cs" | head -1 | sed 's/.*"\(.*\)"/\1/')" \
  "https://localhost:$MAIN/account/login")
COOKIE=$(awk '$6=="dss.auth"{print $6"="$7}' "$JAR")
[ -n "$COOKIE" ] || { echo "sign-in failed: $STATUS"; grep -o "error-summary.\{0,300\}" "$WORK/login.html" | head -3; tail -n 20 "$WORK"/app-*.log; exit 1; }

median() { sort -g | awk '{a[NR]=$1} END {print (NR%2 ? a[(NR+1)/2] : (a[NR/2]+a[NR/2+1])/2)}'; }
to_ms() { awk '{v=$1; if (v ~ /us$/) {sub(/us/,"",v); v=v/1000} else if (v ~ /ms$/) {sub(/ms/,"",v)} else if (v ~ /s$/) {sub(/s/,"",v); v=v*1000}; printf "%.1f\n", v}'; }
printf '\n| page | target | requests/s (median of %s) | p99 ms (median) | non-2xx |\n|---|---|---|---|---|\n' "$RUNS"
for page in "/o/ville-de-demo/stakeholders" "/p/ville-de-demo"; do
  for target in "two:$MAIN" "one:$ONE"; do
    name=${target%%:*}; port=${target##*:}
    code=$(curl -ks -o /dev/null -w '%{http_code}' -H "Cookie: $COOKIE" "https://localhost:$port$page")
    [ "$code" = 200 ] || { echo "$page via $name answered $code"; exit 1; }
    wrk -t2 -c"$CONNECTIONS" -d3s -H "Cookie: $COOKIE" "https://localhost:$port$page" >/dev/null
    rps=(); p99=(); errors=0
    for _ in $(seq 1 "$RUNS"); do
      out=$(wrk -t2 -c"$CONNECTIONS" -d"$DURATION" --latency -H "Cookie: $COOKIE" "https://localhost:$port$page")
      rps+=("$(echo "$out" | awk '/Requests\/sec/ {print $2}')")
      p99+=("$(echo "$out" | awk '$1=="99%" {print $2}' | to_ms)")
      errors=$((errors + $(echo "$out" | awk '/Non-2xx/ {print $5}' | grep -E '^[0-9]+$' || echo 0)))
    done
    printf '| `%s` | %s instance%s | %s | %s | %s |\n' "$page" "$name" "$([ "$name" = two ] && echo s)" \
      "$(printf '%s\n' "${rps[@]}" | median)" "$(printf '%s\n' "${p99[@]}" | median)" "$errors"
  done
done
