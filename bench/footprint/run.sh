#!/usr/bin/env bash
# Footprint (issue 11 P5): resident memory of each running service and of the gateway under load,
# and the start-up time of each started alone. Needs the suite running (./kam up).
#
# RSS: each part of ./kam up (PIDs in infra/.work/run/<part>.pid, JVM options KAM_SERVICE_JAVA_OPTS,
# by default -Xmx128m with the serial collector, docs/adr/0031) is driven with wrk for BENCH_P5_LOAD on an authenticated GET
# (account-service: a dossier; contact- and incentive-service: their /me; the gateway: a dossier
# through it, where its rate limit answers the excess with 429, which it has to handle as well)
# while VmRSS (/proc/<pid>/status) is read every second; the highest reading counts.
#
# Start-up: a second copy of each part's jar starts alone on a spare port (BENCH_P5_PORT, +1, +2,
# +3) with ./kam's JVM options and environment, its Kafka consumers in groups of their own and its
# periodic jobs off (bench/lib.sh, bench_copy_start), and is stopped as soon as Quarkus logs
# "started in X s"; that figure is the one reported (it ends when the HTTP server listens). The
# running suite shares the cores meanwhile, so this is an upper bound of a start on a quiet host.
#
# Warm ./kam up is bench/footprint/up.sh (./kam bench p5-up): it stops the suite first.
#
# Settings: BENCH_P5_LOAD (10s), BENCH_CONNECTIONS (32), BENCH_THREADS (2), BENCH_P5_PORT (18185).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
ROOT=$root
cd "$root"
# shellcheck source=../stack.sh
source bench/stack.sh

load=${BENCH_P5_LOAD:-10s}
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
base_port=${BENCH_P5_PORT:-18185}
work=$(mktemp -d)

require_cmds wrk curl java
for part in "${SERVICE_PARTS[@]}"; do
  part_running "$part" && service_ready "$part" || die "$part is not running and ready: run ./kam up first"
done
export_stack_env

copy_pid=""
trap '[[ -z $copy_pid ]] || bench_stop "$copy_pid"' EXIT

info "P5 logs of this run: $work"
token=$(bench_token kate kate-demo)
account=$(bench_account "$token" "http://127.0.0.1:$KAM_ACCOUNT_PORT" "Bench footprint")

declare -A rss startup
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

declare -A target=(
  [account]="http://127.0.0.1:$KAM_ACCOUNT_PORT/api/accounts/$account"
  [contact]="http://127.0.0.1:$KAM_CONTACT_PORT/api/stakeholders/me"
  [incentive]="http://127.0.0.1:$KAM_INCENTIVE_PORT/api/incentives/me"
  [gateway]="http://127.0.0.1:$KAM_GATEWAY_PORT/api/accounts/$account"
)
for part in "${SERVICE_PARTS[@]}"; do
  pid=$(part_pid "$part")
  info "P5 RSS of $part (pid $pid) while wrk -t$threads -c$connections -d$load drives ${target[$part]#http://127.0.0.1:}"
  idle=$(rss_mb "$pid")
  wrk -t"$threads" -c"$connections" -d"$load" -H "Authorization: Bearer $token" "${target[$part]}" \
    >"$work/wrk-$part.txt" &
  wrk_pid=$!
  peak=$idle
  while kill -0 "$wrk_pid" 2>/dev/null; do
    now=$(rss_mb "$pid")
    ((now > peak)) && peak=$now
    sleep 1
  done
  wait "$wrk_pid" || die "wrk failed on ${target[$part]} (see $work/wrk-$part.txt)"
  printf '    %-10s before %4s MB, highest under load %4s MB (%s req/s, %s answers not 2xx)\n' "$part" "$idle" \
    "$peak" "$(awk '/Requests\/sec/ {print $2}' "$work/wrk-$part.txt")" \
    "$(awk '/Non-2xx/ {print $NF}' "$work/wrk-$part.txt" | grep . || echo 0)"
  rss[$part]=$peak
  bench_result "p5.$part.rss.mb" "$peak"
done

port=$base_port
for part in "${SERVICE_PARTS[@]}"; do
  info "P5 start-up of $part alone: a copy on 127.0.0.1:$port, stopped once started"
  log="$work/$part-copy.log"
  copy_pid=$(bench_copy_start "$part" "$port" "$log")
  started="" deadline=$((SECONDS + 180))
  while [[ -z $started ]]; do
    sleep 0.2
    started=$(sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' "$log" | head -1)
    [[ -n $started ]] && break
    kill -0 "$copy_pid" 2>/dev/null || die "the $part copy exited before it started (log: $log)"
    ((SECONDS < deadline)) || die "the $part copy did not start within 180 s (log: $log)"
  done
  bench_stop "$copy_pid"
  copy_pid=""
  printf '    %-10s started in %s s\n' "$part" "$started"
  startup[$part]=$started
  bench_result "p5.$part.startup.s" "$started"
  port=$((port + 1))
done
bench_result p5.settings "JVM: $KAM_SERVICE_JAVA_OPTS; load wrk -c$connections -d$load per part"

if bench_alone; then
  table=$(
    echo "| part | RSS under load (goal <= 256 MB) | start-up alone (goal <= 3 s) |"
    echo "|---|---|---|"
    for part in "${SERVICE_PARTS[@]}"; do echo "| $part | ${rss[$part]} MB | ${startup[$part]} s |"; done
  )
  echo
  echo "$table"
  {
    echo
    echo "## Footprint, $(date -u +%Y-%m-%dT%H:%MZ)"
    echo
    echo "Machine: $(bench_machine)."
    echo "Command: \`bench/footprint/run.sh\` (JVM options \`$KAM_SERVICE_JAVA_OPTS\`; wrk -c$connections -d$load on each part)."
    echo
    echo "$table"
  } >>bench/RESULTS.md
  info "appended to bench/RESULTS.md"
fi
