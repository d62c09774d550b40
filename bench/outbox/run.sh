#!/usr/bin/env bash
# Outbox benchmark: latency from commit to readable event, and relay throughput, each against a
# plain-Kafka baseline measured in the same run. Needs the suite running (./kam up). Prints its
# figures as result lines (bench/lib.sh); run alone, it appends its table to bench/RESULTS.md with
# the machine and the date, under ./kam bench the one table of the run has them.
set -euo pipefail
root="$(cd "$(dirname "$0")/../.." && pwd)"
cd "$root"
# shellcheck source=../lib.sh
source bench/lib.sh
libs="${KAM_CACHE:-$HOME/.cache/kam}/kafka-4.1.2/libs"
[[ -d $libs ]] || { echo "Kafka client libraries not found in $libs: run ./kam up first" >&2; exit 1; }
curl -fsS -o /dev/null http://127.0.0.1:8080/q/health/ready ||
  { echo "the gateway is not ready on :8080: run ./kam up first" >&2; exit 1; }

out=$(mktemp)
echo "==> running bench/outbox/OutboxBench.java (log: $out)"
if ! java -Xmx256m -cp "$libs/*" bench/outbox/OutboxBench.java 2>"$out.err" | tee "$out"; then
  echo "OutboxBench failed; the end of its error output ($out.err):" >&2
  tail -n 5 "$out.err" >&2
  exit 1
fi
if [[ -n ${BENCH_RESULTS:-} ]]; then
  sed -n 's/^RESULT //p' "$out" >>"$BENCH_RESULTS"
  settings=$( (env | grep -E '^BENCH_(LATENCY|BULK|STATEMENT)' || true) | sort | tr '\n' ' ')
  echo "p3.settings=${settings:-defaults}" >>"$BENCH_RESULTS"
fi
bench_alone || exit 0

{
  echo
  echo "## Outbox relay, $(date -u +%Y-%m-%dT%H:%MZ)"
  echo
  echo "Machine: $(nproc) cores, $(free -g | awk '/Mem:/ {print $2}') GiB, $(uname -sm), $(java -version 2>&1 | head -1)."
  settings=$( (env | grep -E '^BENCH_' || true) | sort | tr '\n' ' ')
  echo "Command: \`${settings}bench/outbox/run.sh\` against \`./kam up\` (gateway, account-service, incentive-service, local Kafka)."
  echo
  grep '^|' "$out"
} >> bench/RESULTS.md
echo "==> appended to bench/RESULTS.md"
