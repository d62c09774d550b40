#!/usr/bin/env bash
# Tries one JVM setting on a copy of one part (issue 11 P5, docs/adr/0030): starts a copy of the
# running part's jar on a spare port with the given JVM options and environment (bench/lib.sh,
# bench_copy_start: periodic jobs off, Kafka consumers in groups of their own), reads Quarkus'
# "started in X s", then drives it with wrk (a warm-up, then the measured run) while VmRSS is read
# every second, and prints one line: start-up, RSS once started, highest RSS, requests/s, p99,
# threads. With -XX:NativeMemoryTracking=summary in the options it also keeps jcmd's native memory
# summary (and the class loader statistics) taken under load. The copy is stopped by its PID.
#
#   bench/footprint/try.sh <account|contact|incentive|gateway> <label> [VAR=value ...] [-- JVM options]
#   e.g. bench/footprint/try.sh account serial MALLOC_ARENA_MAX=2 -- -Xmx128m -XX:+UseSerialGC
#
# Without "--" the options are ./kam's (KAM_SERVICE_JAVA_OPTS). The gateway copy routes to a copy
# of account-service of its own (./kam's options, port + 10) with its rate limit off, so that the
# running suite only serves the token check's key fetch. Needs ./kam up (the jars it runs, the
# database, Kafka, Keycloak). Settings: TRY_PORT (18281), TRY_WARMUP (10s), TRY_LOAD (20s),
# BENCH_CONNECTIONS (32), BENCH_THREADS (2), TRY_OUT (a fresh directory for logs and NMT reports).
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
ROOT=$root
cd "$root"
# shellcheck source=../stack.sh
source bench/stack.sh

(($# >= 2)) || die "usage: $0 <account|contact|incentive|gateway> <label> [VAR=value ...] [-- JVM options]"
part=$1 label=$2
shift 2
envs=()
while (($# > 0)) && [[ $1 != -- ]]; do envs+=("$1"); shift; done
if (($# > 0)); then shift; KAM_SERVICE_JAVA_OPTS="$*"; fi
port=${TRY_PORT:-18281}
warmup=${TRY_WARMUP:-10s}
load=${TRY_LOAD:-20s}
connections=${BENCH_CONNECTIONS:-32}
threads=${BENCH_THREADS:-2}
out=${TRY_OUT:-$(mktemp -d)}
mkdir -p "$out"
export_stack_env

pids=()
trap 'for p in "${pids[@]}"; do bench_stop "$p"; done' EXIT

wait_started() { # pid log -> Quarkus' start-up seconds
  local started="" deadline=$((SECONDS + 240))
  while [[ -z $started ]]; do
    sleep 0.2
    started=$(sed -n 's/.* started in \([0-9.]*\)s\..*/\1/p' "$2" | head -1)
    [[ -n $started ]] && break
    kill -0 "$1" 2>/dev/null || die "the copy exited before it started (log: $2)"
    ((SECONDS < deadline)) || die "the copy did not start within 240 s (log: $2)"
  done
  printf '%s' "$started"
}
rss_mb() { awk '/^VmRSS:/ { printf "%.0f", $2 / 1024 }' "/proc/$1/status"; }

token=$(bench_token kate kate-demo)
account_url="http://127.0.0.1:$KAM_ACCOUNT_PORT"
if [[ $part == gateway ]]; then
  # The gateway's own copy of account-service, with ./kam's options.
  backend_log="$out/account-backend.log"
  backend=$(KAM_SERVICE_JAVA_OPTS="-Xms32m -Xmx256m -XX:+ExitOnOutOfMemoryError" \
    bench_copy_start account $((port + 10)) "$backend_log")
  pids+=("$backend")
  wait_started "$backend" "$backend_log" >/dev/null
  account_url="http://127.0.0.1:$((port + 10))"
  export KAM_ACCOUNT_URL=$account_url KAM_RATE_LIMIT_RPS=0
fi

log="$out/$part-$label.log"
copy=$(
  for e in "${envs[@]}"; do export "${e?}"; done
  bench_copy_start "$part" "$port" "$log"
)
pids+=("$copy")
started=$(wait_started "$copy" "$log")
sleep 2
idle=$(rss_mb "$copy")

copy_url="http://127.0.0.1:$port"
case $part in
  account | gateway)
    id_file="$out/../account.id"
    [[ -s $id_file ]] || bench_account "$token" "$account_url" "Bench footprint settings" >"$id_file"
    target="$copy_url/api/accounts/$(<"$id_file")"
    ;;
  contact) target="$copy_url/api/stakeholders/me" ;;
  incentive) target="$copy_url/api/incentives/me" ;;
esac

drive() { # duration file -> peak RSS while wrk runs
  wrk -t"$threads" -c"$connections" -d"$1" --latency -H "Authorization: Bearer $token" "$target" >"$2" &
  local wrk_pid=$! peak=0 now
  while kill -0 "$wrk_pid" 2>/dev/null; do
    now=$(rss_mb "$copy")
    ((now > peak)) && peak=$now
    sleep 1
  done
  wait "$wrk_pid"
  printf '%s' "$peak"
}
peak_warm=$(drive "$warmup" "$out/$part-$label.warmup.txt")
peak=$(drive "$load" "$out/$part-$label.wrk.txt")
((peak_warm > peak)) && peak=$peak_warm
nthreads=$(awk '/^Threads:/ {print $2}' "/proc/$copy/status")
if [[ $KAM_SERVICE_JAVA_OPTS == *NativeMemoryTracking* ]]; then
  jcmd "$copy" VM.native_memory summary >"$out/$part-$label.nmt.txt" 2>&1 || true
  jcmd "$copy" VM.classloader_stats >"$out/$part-$label.classloaders.txt" 2>&1 || true
  # Loaded classes by package (two levels below the top one), the biggest first.
  jcmd "$copy" VM.class_hierarchy 2>/dev/null | sed -n 's/^[- |]*\([a-zA-Z0-9_$.]*\)\/.*/\1/p' |
    awk -F. '{ print $1 "." $2 "." $3 }' | sort | uniq -c | sort -rn | head -40 >"$out/$part-$label.packages.txt" || true
fi
wrkf="$out/$part-$label.wrk.txt"
rps=$(awk '/Requests\/sec/ {print $2}' "$wrkf")
p99=$(awk '$1 == "99%" {print $2}' "$wrkf")
non2xx=$(awk '/Non-2xx/ {print $NF}' "$wrkf" | grep . || echo 0)
printf 'TRY %-9s %-28s start %5s s  idle %4s MB  peak %4s MB  %8s req/s  p99 %8s  non-2xx %s  threads %s  [%s] [%s]\n' \
  "$part" "$label" "$started" "$idle" "$peak" "$rps" "$p99" "$non2xx" "$nthreads" "${envs[*]}" "$KAM_SERVICE_JAVA_OPTS" |
  tee -a "$out/../results.txt"
