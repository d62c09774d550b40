#!/usr/bin/env bash
# Gateway overhead (issue 9 item 1, issue 11 P1): an authenticated GET of one account dossier and of
# /api/accounts/me, each measured with wrk directly at account-service, through the gateway, and
# through a plain nginx reverse proxy (no token check) in front of the same service: same
# connections, threads and duration, in one run. Needs the suite running (./kam up); starts its own
# gateway instance with the rate limit off (the measured cost is the proxy's, not the limiter's
# refusals) and its own nginx, both on spare loopback ports, and stops them by PID when done.
# Prints its figures as result lines (bench/lib.sh); run alone, it appends its table to
# bench/RESULTS.md, under ./kam bench the one table of the run has them.
#
# Settings: BENCH_DURATION (10s), BENCH_CONNECTIONS (32), BENCH_THREADS (2),
# BENCH_WARMUP (30s per target), BENCH_GATEWAY_PORT (18090), BENCH_NGINX_PORT (18091),
# BENCH_GATEWAY_JAR (the gateway build to measure; default: the running suite's).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# shellcheck source=../../infra/ports.env
source infra/ports.env
# shellcheck source=../lib.sh
source bench/lib.sh

duration=${BENCH_DURATION:-10s}
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
gateway_port=${BENCH_GATEWAY_PORT:-18090}
nginx_port=${BENCH_NGINX_PORT:-18091}
service="http://127.0.0.1:$KAM_ACCOUNT_PORT"
work=$(mktemp -d)
logs="$work/logs"
mkdir -p "$logs"

say() { printf '==> %s\n' "$*"; }
die() { printf 'error: %s\n' "$*" >&2; exit 1; }
for tool in wrk nginx curl java; do
  command -v "$tool" >/dev/null || die "$tool not found (Debian: apt-get install wrk nginx-light curl)"
done
curl -fsS -o /dev/null "$service/q/health/ready" || die "account-service is not ready on :$KAM_ACCOUNT_PORT: run ./kam up first"
# The jar the suite's gateway runs from (the build being measured), else this clone's build;
# BENCH_GATEWAY_JAR measures another build (e.g. an earlier commit's, for a before/after).
jar=${BENCH_GATEWAY_JAR:-}
[[ -n $jar ]] || jar=$(bench_running_jar gateway 2>/dev/null) || jar="gateway/target/quarkus-app/quarkus-run.jar"
[[ -f $jar ]] || die "$jar not built: run ./kam up first"
bench_port_free "$gateway_port" && bench_port_free "$nginx_port" || exit 1

pids=()
cleanup() {
  for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${pids[@]}"; do while kill -0 "$pid" 2>/dev/null; do sleep 0.2; done; done
}
trap cleanup EXIT

say "logs and configuration of this run: $work"
say "gateway instance with the rate limit off on 127.0.0.1:$gateway_port"
KAM_RATE_LIMIT_RPS=0 java -Xmx256m -Dquarkus.http.port="$gateway_port" -jar "$jar" >"$logs/gateway.log" 2>&1 &
pids+=($!)
gateway_pid=$!

say "nginx reverse proxy (keep-alive to the service, no token check) on 127.0.0.1:$nginx_port"
cat >"$work/nginx.conf" <<CONF
worker_processes auto;
pid $work/nginx.pid;
error_log $logs/nginx-error.log warn;
events { worker_connections 1024; }
http {
  # As Debian ships nginx: one access log line per request, like the gateway's access log.
  access_log $logs/nginx-access.log;
  upstream account_service { server 127.0.0.1:$KAM_ACCOUNT_PORT; keepalive 64; }
  server {
    listen 127.0.0.1:$nginx_port;
    location / {
      proxy_pass http://account_service;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
    }
  }
}
CONF
nginx -c "$work/nginx.conf" -p "$work" -g 'daemon off;' &
pids+=($!)

for i in $(seq 1 60); do
  curl -fsS -o /dev/null "http://127.0.0.1:$gateway_port/q/health/ready" 2>/dev/null && break
  [[ $i == 60 ]] && die "the bench's gateway did not get ready (log: $logs/gateway.log)"
  sleep 1
done

token=$(curl -fsS -d grant_type=password -d client_id=kam-cli -d username=kate -d password=kate-demo \
  "http://127.0.0.1:$KAM_KEYCLOAK_PORT/realms/kam/protocol/openid-connect/token" |
  sed 's/.*"access_token":"\([^"]*\)".*/\1/')
[[ -n $token ]] || die "no token from Keycloak"
account=$(curl -fsS -H "Authorization: Bearer $token" -H 'Content-Type: application/json' \
  -d "{\"name\":\"Bench gateway\",\"legalId\":\"BENCH-GW-$RANDOM$RANDOM\",\"status\":\"KEY\",\"contactCadenceDays\":30}" \
  "$service/api/accounts" | sed 's/.*"id":"\([^"]*\)".*/\1/')
[[ $account =~ ^[0-9a-f-]{36}$ ]] || die "could not register the bench's account"

declare -A rate p99
# CPU time (user + system, clock ticks) of some processes: what each request costs a process, which unlike
# requests per second hardly depends on what else the machine is doing.
cpu_ticks() {
  local pid total=0
  for pid in "$@"; do total=$((total + $(awk '{print $14 + $15}' "/proc/$pid/stat" 2>/dev/null || echo 0))); done
  echo "$total"
}
service_pid=$(cat "infra/.work/run/account.pid" 2>/dev/null || echo 0)
declare -A cpu
measure() { # name url
  local out proxy_pids=() requests before_service before_proxy
  case $1 in
    *-gateway) proxy_pids=("$gateway_pid") ;;
    *-nginx) mapfile -t proxy_pids < <(cat "$work/nginx.pid"; ps --ppid "$(cat "$work/nginx.pid")" -o pid= | tr -d ' ') ;;
  esac
  # a short warm-up first: the JIT and the connection pools, not the measure
  wrk -t"$threads" -c"$connections" -d3s -H "Authorization: Bearer $token" "$2" >/dev/null
  before_service=$(cpu_ticks "$service_pid")
  before_proxy=$(cpu_ticks "${proxy_pids[@]}")
  out=$(wrk -t"$threads" -c"$connections" -d"$duration" --latency -H "Authorization: Bearer $token" "$2")
  requests=$(awk '/requests in/ {print $1}' <<<"$out")
  cpu[$1.service]=$(awk -v t="$(($(cpu_ticks "$service_pid") - before_service))" -v r="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.3f", t * 1000 / hz / r }')
  cpu[$1.proxy]=$(awk -v t="$(($(cpu_ticks "${proxy_pids[@]}") - before_proxy))" -v r="$requests" -v hz="$(getconf CLK_TCK)" \
    'BEGIN { printf "%.3f", t * 1000 / hz / r }')
  echo "$out" >"$logs/wrk-$1.txt"
  if grep -q "Non-2xx" <<<"$out"; then
    die "$1: some answers were not 2xx (see $logs/wrk-$1.txt)"
  fi
  rate[$1]=$(awk '/Requests\/sec/ {print $2}' <<<"$out")
  p99[$1]=$(awk '$1 == "99%" {print $2}' <<<"$out")
  printf '    %-16s %10s req/s   p99 %-9s CPU ms/request: service %s, proxy %s\n' "$1" "${rate[$1]}" "${p99[$1]}" \
    "${cpu[$1.service]}" "${cpu[$1.proxy]}"
  bench_result "p1.${1/-/.}.service.cpu.ms" "${cpu[$1.service]}"
  [[ $1 == *-direct ]] || bench_result "p1.${1/-/.}.proxy.cpu.ms" "${cpu[$1.proxy]}"
  bench_result "p1.${1/-/.}.rps" "${rate[$1]}"
  bench_result "p1.${1/-/.}.p99.ms" "$(wrk_ms "${p99[$1]}")"
}

# A freshly started service or proxy is measured cold otherwise, and whichever runs last looks best:
# every path is driven first, the service through all three, before any figure is taken.
# 30 s each: a freshly started JVM spent a third of its CPU in the JIT compilers after 90 s of load
# on this busy 2-core machine (async-profiler, docs/adr/0029); a gateway in service is compiled.
warmup=${BENCH_WARMUP:-30s}
say "warm-up: each of the six targets for $warmup (JIT, connection pools, caches)"
for url in "$service/api/accounts/$account" "http://127.0.0.1:$gateway_port/api/accounts/$account" \
  "http://127.0.0.1:$nginx_port/api/accounts/$account" "$service/api/accounts/me" \
  "http://127.0.0.1:$gateway_port/api/accounts/me" "http://127.0.0.1:$nginx_port/api/accounts/me"; do
  wrk -t"$threads" -c"$connections" -d"$warmup" -H "Authorization: Bearer $token" "$url" >/dev/null
  printf '    warmed %s\n' "$url"
done

for path in "dossier:/api/accounts/$account" "me:/api/accounts/me"; do
  name=${path%%:*}
  url_path=${path#*:}
  say "GET $url_path: direct, through the gateway, through nginx (wrk -t$threads -c$connections -d$duration each)"
  measure "$name-direct" "$service$url_path"
  measure "$name-gateway" "http://127.0.0.1:$gateway_port$url_path"
  measure "$name-nginx" "http://127.0.0.1:$nginx_port$url_path"
done

ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f", a / b }'; }
table=$(
  echo "| request | direct req/s (p99) | gateway req/s (p99) | gateway / direct | nginx req/s (p99) | nginx / direct | CPU ms/request: service direct, gateway, nginx |"
  echo "|---|---|---|---|---|---|---|"
  for name in dossier me; do
    echo "| GET $([[ $name == me ]] && echo /api/accounts/me || echo '/api/accounts/{id}') | ${rate[$name-direct]} (${p99[$name-direct]}) | ${rate[$name-gateway]} (${p99[$name-gateway]}) | $(ratio "${rate[$name-gateway]}" "${rate[$name-direct]}") | ${rate[$name-nginx]} (${p99[$name-nginx]}) | $(ratio "${rate[$name-nginx]}" "${rate[$name-direct]}") | ${cpu[$name-direct.service]}, ${cpu[$name-gateway.proxy]}, ${cpu[$name-nginx.proxy]} |"
  done
)
bench_result p1.settings "wrk -t$threads -c$connections -d$duration after a $warmup warm-up per target; gateway rate limit off"
echo
echo "$table"
bench_alone || exit 0
{
  echo
  echo "## Gateway overhead, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sm), $(java -version 2>&1 | head -1), $(nginx -v 2>&1)."
  echo "Command: \`${BENCH_GATEWAY_JAR:+BENCH_GATEWAY_JAR=$BENCH_GATEWAY_JAR }bench/gateway/run.sh\` (wrk -t$threads -c$connections -d$duration after a $warmup warm-up per target and 3 s before each measure; gateway rate limit off; nginx with its access log on). Goal: gateway >= 0.80x direct, p99 no worse than nginx's."
  echo
  echo "$table"
} >>bench/RESULTS.md
say "appended to bench/RESULTS.md (wrk outputs in $logs)"
